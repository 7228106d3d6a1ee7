import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { ErrorList, FileField, FormErrors, SelectField, TextField } from "~/components/forms.tsx";
import { db } from "~/db.server.ts";
import { readUploadForm, uploadRefusal } from "~/http/form-body.server.ts";
import { env } from "~/env.server.ts";
import { CertificationFormSchema } from "~/models/certifications/certification-forms.ts";
import { createCertification } from "~/models/certifications/certification.server.ts";
import { CERTIFICATION_TYPES } from "~/models/domain.ts";
import { requireProducer } from "~/http/guards.server.ts";
import { listOwnProducts } from "~/models/catalog/product.server.ts";
import { MAX_DOCUMENT_BYTES, storeDocument } from "~/models/platform/uploads.server.ts";

export const handle = { i18n: ["certifications"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireProducer(request);
  const products = await listOwnProducts(db(), viewer.producerId);
  return { products: products.filter((p) => p.status === "active").map((p) => ({ id: p.id, name: p.name })) };
}

function documentError(error: string): SubmissionResult<string[]> {
  return { status: "error", error: { document: [error] } };
}

export async function action({ request }: ActionFunctionArgs) {
  const viewer = await requireProducer(request);
  const upload = await readUploadForm(request, { maxPartSize: MAX_DOCUMENT_BYTES });
  if (!upload.ok) return data({ result: documentError(uploadRefusal(upload.error)) }, { status: 400 });
  const formData = upload.form;
  const submission = parseWithZod(formData, { schema: CertificationFormSchema });
  const file = formData.get("document");
  const bytes = file instanceof File && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : null;
  if (submission.status !== "success") {
    return data({ result: submission.reply() }, { status: 400 });
  }
  if (!bytes) return data({ result: submission.reply({ fieldErrors: { document: ["file_required"] } }) }, { status: 400 });
  const stored = await storeDocument(env().UPLOAD_DIR, "certifications", bytes);
  if (!stored.ok) return data({ result: submission.reply({ fieldErrors: { document: [stored.error] } }) }, { status: 400 });
  const created = await createCertification(db(), viewer.producerId, submission.value, stored, viewer.user.id);
  if (!created.ok) return data({ result: submission.reply({ fieldErrors: { [created.field]: [created.error] } }) }, { status: 400 });
  return redirect("/workspace/certifications?created=1");
}

export default function NewCertification() {
  const { t } = useTranslation(["certifications", "common"]);
  const { products } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm<z.input<typeof CertificationFormSchema> & { document?: string }>({
    id: "certification",
    lastResult: actionData?.result,
  });
  return (
    <section className="card">
      <p>
        <Link to="/workspace/certifications">← {t("back")}</Link>
      </p>
      <h1>{t("newCertification")}</h1>
      <Form method="post" encType="multipart/form-data" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <div className="field-row">
          <SelectField
            meta={fields.type}
            label={t("type")}
            placeholder={t("common:choose")}
            options={CERTIFICATION_TYPES.map((c) => ({ value: c, label: t(`common:certTypes.${c}`) }))}
          />
          <TextField meta={fields.number} label={t("number")} />
          <TextField meta={fields.issuer} label={t("issuer")} />
        </div>
        <div className="field-row">
          <TextField meta={fields.validFrom} label={t("validFrom")} type="date" />
          <TextField meta={fields.validUntil} label={t("validUntil")} type="date" help={t("validUntilHelp")} />
          <TextField meta={fields.tkdnPercent} label={t("tkdnPercent")} type="number" step="any" />
        </div>
        <fieldset className="field">
          <legend>{t("products")}</legend>
          <p className="field-help">{t("productsHelp")}</p>
          <div className="checkbox-grid">
            {products.map((p) => (
              <label key={p.id} className="radio">
                <input type="checkbox" name={fields.productIds.name} value={p.id} /> {p.name}
              </label>
            ))}
          </div>
          <ErrorList id={fields.productIds.errorId} errors={[...new Set(Object.values(fields.productIds.allErrors).flat())]} />
        </fieldset>
        <FileField id="certification-document" name="document" label={t("document")} errors={fields.document.errors} errorId={fields.document.errorId} />
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {t("newCertification")}
        </button>
      </Form>
    </section>
  );
}
