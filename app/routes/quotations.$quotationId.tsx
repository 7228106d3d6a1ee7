// /quotations/:quotationId: one request for quotation as its two sides read it. The producer
// answers (price, minimum order, lead time, validity, terms, a document) or declines with a
// reason; the buyer accepts, rejects or withdraws, and once accepted drafts the purchase order
// from it. Anyone else: 404. Each form's errors show beside its fields, all in one round.
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { ActionError } from "~/components/action-error.tsx";
import { CheckboxField, FileField, FormErrors, SelectField, TextAreaField, TextField } from "~/components/forms.tsx";
import { QuotationState } from "~/components/quotation-compare.tsx";
import { db } from "~/db.server.ts";
import { discardPostedDocument, storePostedDocument } from "~/http/document-upload.server.ts";
import { readUploadForm, uploadRefusal } from "~/http/form-body.server.ts";
import { invariantResponse, quotationActorOf, requireViewer } from "~/http/guards.server.ts";
import { refused } from "~/http/replies.server.ts";
import { formatDate, formatIDR } from "~/lib/format.ts";
import { MAX_DOCUMENT_BYTES } from "~/models/platform/uploads.server.ts";
import { QuotationAnswerSchema, QuotationDecisionSchema, QuoteDeclineSchema } from "~/models/quotations/quotation-forms.ts";
import { moveQuotation, quotationFor, type QuotationActor, type QuotationMove } from "~/models/quotations/quotation.server.ts";
import { QUOTE_DECLINE_REASONS } from "~/models/quotations/quotation-workflow.ts";
import { useLocaleAndZone } from "~/root-data.ts";
import { Notice } from "~/components/notice.tsx";

export const handle = { i18n: ["quotations", "errors", "common"] };
export const meta: MetaFunction = () => [{ title: "Penawaran · MitraIKM" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  const found = await quotationFor(db(), params.quotationId ?? "", quotationActorOf(viewer));
  invariantResponse(found, "Not found");
  return found;
}

type Reply = { form: "answer" | "decline" | "decision"; result: SubmissionResult<string[]> | null };

/** One named function per intent: the producer's answer or decline, the buyer's decision. */
export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireViewer(request);
  const upload = await readUploadForm(request, { maxPartSize: MAX_DOCUMENT_BYTES });
  if (!upload.ok) return data({ form: "answer", result: { status: "error" as const, error: { attachment: [uploadRefusal(upload.error)] } } } satisfies Reply, { status: 400 });
  const id = params.quotationId ?? "";
  const actor = quotationActorOf(viewer);
  switch (upload.form.get("intent")) {
    case "quote":
      return answer(id, actor, upload.form);
    case "decline":
      return decline(id, actor, upload.form);
    case "accept":
    case "reject":
    case "withdraw":
      return decide(id, actor, upload.form);
    default:
      return data({ form: "decision", result: { status: "error", error: { "": ["invalid"] } } } satisfies Reply, { status: 400 });
  }
}

async function apply(id: string, actor: QuotationActor, move: QuotationMove, form: Reply["form"], submission: { reply: (o?: { formErrors?: string[] }) => Reply["result"] }) {
  const moved = await moveQuotation(db(), id, actor, move);
  if (!moved.ok && move.action === "quote") await discardPostedDocument(move.attachment);
  if (!moved.ok) return refused(moved.error, { form, result: submission.reply({ formErrors: [moved.error] }) });
  return { form, result: submission.reply() } satisfies Reply;
}

async function answer(id: string, actor: QuotationActor, form: FormData) {
  const submission = parseWithZod(form, { schema: QuotationAnswerSchema });
  if (submission.status !== "success") return data({ form: "answer", result: submission.reply() } satisfies Reply, { status: 400 });
  const posted = await storePostedDocument(form, "attachment", "quotations");
  if (!posted.ok) return data({ form: "answer", result: submission.reply({ fieldErrors: { attachment: [posted.error] } }) } satisfies Reply, { status: 400 });
  return apply(id, actor, { action: "quote", answer: submission.value, attachment: posted.document }, "answer", submission);
}

async function decline(id: string, actor: QuotationActor, form: FormData) {
  const submission = parseWithZod(form, { schema: QuoteDeclineSchema });
  if (submission.status !== "success") return data({ form: "decline", result: submission.reply() } satisfies Reply, { status: 400 });
  return apply(id, actor, { action: "decline", decline: submission.value }, "decline", submission);
}

async function decide(id: string, actor: QuotationActor, form: FormData) {
  const submission = parseWithZod(form, { schema: QuotationDecisionSchema });
  if (submission.status !== "success") return data({ form: "decision", result: submission.reply() } satisfies Reply, { status: 400 });
  return apply(id, actor, { action: submission.value.intent, note: submission.value.note ?? null }, "decision", submission);
}

export default function QuotationPage() {
  const { t } = useTranslation(["quotations", "common"]);
  const { locale, zone } = useLocaleAndZone();
  const { side, quotation: q, actions, need, buyer, producer, product, matchId, orderable } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const unit = t(`common:units.${q.unit}`, { defaultValue: q.unit });
  return (
    <>
      <p>
        <Link to={side === "buyer" ? `/workspace/needs/${need.id}/quotations` : "/quotations"}>← {side === "buyer" ? t("backToNeed") : t("title")}</Link>
      </p>
      <h1>
        {t("quotationTitle", { number: q.number })} <QuotationState state={q.state} expired={q.expired} />
      </h1>
      <p className="muted">{t("between", { buyer, producer: producer.name, need: need.title })}</p>
      <p>
        <Link to={`/matches/${matchId}/messages`}>{t("messagesLink")}</Link>
      </p>
      <section className="card">
        <h2>{t("requestTitle")}</h2>
        <dl className="pairs">
          <dt>{t("quantity")}</dt>
          <dd>
            {q.quantity} {unit}
          </dd>
          {product ? (
            <>
              <dt>{t("product")}</dt>
              <dd>{product.name}</dd>
            </>
          ) : null}
          <dt>{t("deliveryPlace")}</dt>
          <dd>{q.deliveryPlace}</dd>
          <dt>{t("deliveryDate")}</dt>
          <dd>{formatDate(q.deliveryDate, locale, zone)}</dd>
          <dt>{t("specs")}</dt>
          <dd className="preserve-lines">{q.specs || need.description}</dd>
          <dt>{t("sampleRequested")}</dt>
          <dd>{q.sampleRequested ? t("yes") : t("no")}</dd>
        </dl>
        <Attachments quotationId={q.id} attachments={q.attachments.filter((a) => a.side === "buyer")} />
      </section>
      {q.answeredAt ? (
        <section className="card" data-answer>
          <h2>{t("answerTitle")}</h2>
          {q.state === "declined" ? (
            <p>{t("declinedBecause", { reason: t(`declineReasons.${q.declineReason}`), note: q.note ?? "" })}</p>
          ) : (
            <dl className="pairs">
              <dt>{t("unitPrice")}</dt>
              <dd>
                {formatIDR(q.unitPrice ?? 0)} / {unit} <span className="muted">{t("beforePpn")}</span>
              </dd>
              <dt>{t("minOrder")}</dt>
              <dd>{q.minOrderQuantity ?? "–"}</dd>
              <dt>{t("total")}</dt>
              <dd>{q.total === null ? "–" : formatIDR(q.total)}</dd>
              <dt>{t("leadTime")}</dt>
              <dd>{t("days", { count: q.leadTimeDays ?? 0 })}</dd>
              <dt>{t("validUntil")}</dt>
              <dd>{q.validUntil ? formatDate(q.validUntil, locale, zone) : "–"}</dd>
              <dt>{t("terms")}</dt>
              <dd className="preserve-lines">{q.terms || "–"}</dd>
              <dt>{t("sampleOffered")}</dt>
              <dd>{q.sampleOffered ? t("yes") : t("no")}</dd>
            </dl>
          )}
          <Attachments quotationId={q.id} attachments={q.attachments.filter((a) => a.side === "producer")} />
        </section>
      ) : null}
      {q.decidedAt && q.note && q.state !== "declined" ? <p className="notice">{t("decisionNote", { note: q.note })}</p> : null}
      {orderable && side === "buyer" ? (
        <Notice>
          {t("acceptedNext")}{" "}
          <Link to={`/orders/new?match=${matchId}`} className="button small" data-draft-order>
            {t("draftOrder")}
          </Link>
        </Notice>
      ) : null}
      {actions.includes("quote") ? <AnswerForm lastResult={actionData?.form === "answer" ? actionData.result : null} /> : null}
      {actions.includes("decline") ? <DeclineForm lastResult={actionData?.form === "decline" ? actionData.result : null} /> : null}
      {side === "buyer" && actions.length > 0 ? <DecisionForm actions={actions} lastResult={actionData?.form === "decision" ? actionData.result : null} /> : null}
      {side === "buyer" && q.expired ? <ActionError error="quotation_expired" /> : null}
    </>
  );
}

function Attachments({ quotationId, attachments }: { quotationId: string; attachments: { id: string; fileName: string }[] }) {
  const { t } = useTranslation("quotations");
  if (attachments.length === 0) return null;
  return (
    <p>
      {t("attachments")}:{" "}
      {attachments.map((a) => (
        <a key={a.id} href={`/quotations/${quotationId}/attachments/${a.id}`}>
          {a.fileName}
        </a>
      ))}
    </p>
  );
}

type LastResult = Reply["result"];

function AnswerForm({ lastResult }: { lastResult: LastResult }) {
  const { t } = useTranslation("quotations");
  const [form, fields] = useForm<z.input<typeof QuotationAnswerSchema> & { attachment?: string }>({ id: "answer", lastResult, shouldRevalidate: "onBlur" });
  return (
    <section className="card">
      <h2>{t("answerFormTitle")}</h2>
      <Form method="post" encType="multipart/form-data" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="quote" />
        <FormErrors id={form.errorId} errors={form.errors} />
        <div className="field-row">
          <TextField meta={fields.unitPrice} label={t("unitPriceField")} type="number" help={t("unitPriceHint")} />
          <TextField meta={fields.minOrderQuantity} label={t("minOrder")} type="number" />
          <TextField meta={fields.leadTimeDays} label={t("leadTimeField")} type="number" />
          <TextField meta={fields.validUntil} label={t("validUntil")} type="date" />
        </div>
        <TextAreaField meta={fields.terms} label={t("terms")} help={t("termsHint")} />
        <CheckboxField meta={fields.sampleOffered} label={t("sampleOffered")} />
        <FileField name="attachment" label={t("attachment")} help={t("attachmentHint")} errors={fields.attachment.errors} />
        <button type="submit" className="button">
          {t("sendQuotation")}
        </button>
      </Form>
    </section>
  );
}

function DeclineForm({ lastResult }: { lastResult: LastResult }) {
  const { t } = useTranslation("quotations");
  const [form, fields] = useForm<z.input<typeof QuoteDeclineSchema>>({ id: "decline", lastResult, shouldRevalidate: "onBlur" });
  return (
    <section className="card">
      <h2>{t("declineTitle")}</h2>
      <Form method="post" encType="multipart/form-data" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="decline" />
        <FormErrors id={form.errorId} errors={form.errors} />
        <SelectField meta={fields.reason} label={t("declineReason")} options={QUOTE_DECLINE_REASONS.map((r) => ({ value: r, label: t(`declineReasons.${r}`) }))} />
        <TextField meta={fields.note} label={t("declineNote")} />
        <button type="submit" className="button secondary">
          {t("declineButton")}
        </button>
      </Form>
    </section>
  );
}

function DecisionForm({ actions, lastResult }: { actions: string[]; lastResult: LastResult }) {
  const { t } = useTranslation("quotations");
  const [form, fields] = useForm<z.input<typeof QuotationDecisionSchema>>({ id: "decision", lastResult });
  return (
    <section className="card">
      <h2>{t("decisionTitle")}</h2>
      <Form method="post" encType="multipart/form-data" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <TextField meta={fields.note} label={t("decisionNoteField")} />
        <div className="actions">
          {actions.includes("accept") ? (
            <button type="submit" name="intent" value="accept" className="button">
              {t("accept")}
            </button>
          ) : null}
          {actions.includes("reject") ? (
            <button type="submit" name="intent" value="reject" className="button secondary">
              {t("reject")}
            </button>
          ) : null}
          {actions.includes("withdraw") ? (
            <button type="submit" name="intent" value="withdraw" className="button secondary">
              {t("withdraw")}
            </button>
          ) : null}
        </div>
      </Form>
    </section>
  );
}
