// /workspace/needs/:needId/quotations: the buyer's quotations for one need, compared side by
// side, and the request for quotation to one or several producers (the matcher's suggestions,
// partnerships already started, or the producer the buyer came from: ?producer=&product=).
// Only a verified buyer asks; an unverified one is told how to get there.
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { CheckboxField, ErrorList, FileField, FormErrors, SelectField, TextAreaField, TextField } from "~/components/forms.tsx";
import { QuotationCompare } from "~/components/quotation-compare.tsx";
import { db } from "~/db.server.ts";
import { discardPostedDocument, storePostedDocument } from "~/http/document-upload.server.ts";
import { readUploadForm, uploadRefusal } from "~/http/form-body.server.ts";
import { invariantResponse, requireBuyer } from "~/http/guards.server.ts";
import { statusOf } from "~/http/replies.server.ts";
import { dateToDay } from "~/lib/calendar-day.ts";
import { UNITS } from "~/models/domain.ts";
import { MAX_DOCUMENT_BYTES } from "~/models/platform/uploads.server.ts";
import { QuotationRequestSchema } from "~/models/quotations/quotation-forms.ts";
import { quotableProducers, quotationsOfNeed, requestQuotations } from "~/models/quotations/quotation.server.ts";
import { useLocaleAndZone } from "~/root-data.ts";
import { Notice } from "~/components/notice.tsx";

export const handle = { i18n: ["quotations", "needs", "errors", "common"] };
export const meta: MetaFunction = () => [{ title: "Penawaran · MitraIKM" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireBuyer(request);
  const compared = await quotationsOfNeed(db(), params.needId ?? "", viewer.buyerId);
  invariantResponse(compared, "Not found");
  const url = new URL(request.url);
  const chosen = url.searchParams.get("producer")?.slice(0, 40) ?? null;
  const productId = url.searchParams.get("product")?.slice(0, 40) ?? null;
  const producers = await quotableProducers(db(), compared.need.id);
  // The producer the buyer came from (a product page, a suggestion) is offered even when the matcher does not suggest it.
  const extra = chosen && !producers.some((p) => p.producerId === chosen) ? await db().producerProfile.findFirst({ where: { id: chosen, organisation: { status: "active" } }, select: { id: true, legalName: true, products: { where: { id: productId ?? "", status: "active" }, select: { name: true } } } }) : null;
  const { need, quotations, best } = compared;
  return {
    need: { id: need.id, title: need.title, open: need.status === "open", quantity: need.quantity, unit: need.unit, neededBy: dateToDay(need.neededBy) },
    canAsk: viewer.permissions.includes("request:quotation:own"),
    producers: [...(extra ? [{ producerId: extra.id, name: extra.legalName, product: extra.products[0]?.name ?? null, verdict: null, openQuotation: null, askable: true }] : []), ...producers],
    chosen,
    asked: Number(url.searchParams.get("asked")) || 0,
    productId: extra?.products.length ? productId : null,
    quotations: quotations.map((q) => ({ ...q, producer: q.match.producer.legalName, producerSlug: q.match.producer.organisation.slug, product: q.match.product?.name ?? null })),
    best,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireBuyer(request);
  // Another buyer's need does not exist for this one; its own, it may ask on once verified.
  invariantResponse(await db().need.count({ where: { id: params.needId ?? "", buyerId: viewer.buyerId } }), "Not found");
  invariantResponse(viewer.permissions.includes("request:quotation:own"), "Forbidden", 403);
  const upload = await readUploadForm(request, { maxPartSize: MAX_DOCUMENT_BYTES });
  if (!upload.ok) return data({ result: { status: "error" as const, error: { attachment: [uploadRefusal(upload.error)] } }, producer: null }, { status: 400 });
  const submission = parseWithZod(upload.form, { schema: QuotationRequestSchema });
  if (submission.status !== "success") return data({ result: submission.reply(), producer: null }, { status: 400 });
  const posted = await storePostedDocument(upload.form, "attachment", "quotations");
  if (!posted.ok) return data({ result: submission.reply({ fieldErrors: { attachment: [posted.error] } }), producer: null }, { status: 400 });
  const asked = await requestQuotations(db(), params.needId ?? "", { userId: viewer.user.id, buyerId: viewer.buyerId }, submission.value, posted.document);
  if (!asked.ok) {
    await discardPostedDocument(posted.document);
    invariantResponse(asked.error !== "not_found", "Not found");
    return data({ result: submission.reply({ formErrors: [asked.error] }), producer: asked.producer ?? null }, { status: statusOf(asked.error) });
  }
  return redirect(asked.ids.length === 1 ? `/quotations/${asked.ids[0]}` : `/workspace/needs/${params.needId}/quotations?asked=${asked.ids.length}`);
}

export default function NeedQuotations() {
  const { t } = useTranslation(["quotations", "needs", "common", "errors"]);
  const { locale, zone } = useLocaleAndZone();
  const { need, canAsk, producers, chosen, asked, productId, quotations, best } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm<z.input<typeof QuotationRequestSchema> & { attachment?: string }>({
    id: "request-quotation",
    lastResult: actionData?.result,
    defaultValue: { quantity: need.quantity, unit: need.unit, deliveryDate: need.neededBy, producerIds: chosen ? [chosen] : [] },
    shouldRevalidate: "onBlur",
  });
  const askable = producers.filter((p) => p.askable);
  return (
    <>
      <p>
        <Link to={`/workspace/needs/${need.id}/suggestions`}>← {t("backToSuggestions")}</Link>
      </p>
      <h1>{t("needTitle", { need: need.title })}</h1>
      <p className="muted">{t("needIntro")}</p>
      {asked > 0 ? (
        <Notice>{t("asked", { count: asked })}</Notice>
      ) : null}
      <QuotationCompare quotations={quotations} best={best} locale={locale} zone={zone} />
      <section className="card" id="ask">
        <h2>{t("askTitle")}</h2>
        {!canAsk ? (
          <p className="notice" data-unverified>
            {t("verifyFirst")} <Link to="/account/verification">{t("verifyLink")}</Link>
          </p>
        ) : !need.open ? (
          <p className="notice">{t("errors:need_not_open")}</p>
        ) : askable.length === 0 ? (
          <p>{t("noProducersToAsk")}</p>
        ) : (
          <Form method="post" encType="multipart/form-data" {...getFormProps(form)}>
            <FormErrors id={form.errorId} errors={form.errors} values={{ producer: actionData?.producer ?? "" }} />
            <fieldset>
              <legend>{t("chooseProducers")}</legend>
              <ul className="plain-list">
                {producers.map((p) => (
                  <li key={p.producerId}>
                    <label>
                      <input type="checkbox" name={fields.producerIds.name} value={p.producerId} defaultChecked={p.producerId === chosen} disabled={!p.askable} /> {p.name}
                      {p.product ? <span className="muted"> · {p.product}</span> : null}
                      {p.verdict === "near" ? <span className="badge muted">{t("nearMiss")}</span> : null}
                      {p.openQuotation ? <span className="muted"> · {t("openRequest", { number: p.openQuotation.number })}</span> : null}
                    </label>
                  </li>
                ))}
              </ul>
              <ErrorList id={fields.producerIds.errorId} errors={fields.producerIds.errors} />
            </fieldset>
            {productId ? <input type="hidden" name="productId" value={productId} /> : null}
            <div className="field-row">
              <TextField meta={fields.quantity} label={t("quantity")} type="number" />
              <SelectField meta={fields.unit} label={t("unit")} options={UNITS.map((u) => ({ value: u, label: t(`common:units.${u}`, { defaultValue: u }) }))} />
            </div>
            <TextField meta={fields.deliveryPlace} label={t("deliveryPlace")} help={t("deliveryPlaceHint")} />
            <TextField meta={fields.deliveryDate} label={t("deliveryDate")} type="date" />
            <TextAreaField meta={fields.specs} label={t("specs")} help={t("specsHint")} />
            <CheckboxField meta={fields.sampleRequested} label={t("sampleRequested")} />
            <FileField name="attachment" label={t("attachment")} help={t("attachmentHint")} errors={fields.attachment.errors} />
            <button type="submit" className="button">
              {t("sendRequest")}
            </button>
          </Form>
        )}
      </section>
    </>
  );
}
