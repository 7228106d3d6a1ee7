// /account/verification: a buyer organisation shows who it is (NIB, NPWP, website, the
// officer's assignment letter) and asks the platform to verify it; the page says where it
// stands and, after a rejection, why. Owners only. The trailing "_" keeps this page out of the
// account page's layout.
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { ActionError } from "~/components/action-error.tsx";
import { DOCUMENT_TYPES, ErrorList, TextField } from "~/components/forms.tsx";
import { db } from "~/db.server.ts";
import { env } from "~/env.server.ts";
import { readUploadForm, uploadRefusal } from "~/http/form-body.server.ts";
import { invariantResponse, requirePermission } from "~/http/guards.server.ts";
import { statusOf } from "~/http/replies.server.ts";
import { requestVerification, verificationOf } from "~/models/accounts/buyer-verification.server.ts";
import { VerificationRequestSchema } from "~/models/accounts/verification-forms.ts";
import { MAX_DOCUMENT_BYTES, storeDocument } from "~/models/platform/uploads.server.ts";
import { formatNpwp } from "~/models/trade/npwp.ts";
import { Notice } from "~/components/notice.tsx";

export const handle = { i18n: ["trade", "account", "errors"] };
export const meta: MetaFunction = () => [{ title: "Verifikasi · MitraIKM" }];

async function requireBuyerOwner(request: Request) {
  const viewer = await requirePermission(request, "manage:organisation:own");
  invariantResponse(viewer.acting?.kind === "buyer", "Not found");
  return { viewer, organisationId: viewer.acting.organisationId };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { organisationId } = await requireBuyerOwner(request);
  const org = await verificationOf(db(), organisationId);
  invariantResponse(org, "Not found");
  return { ...org, npwp: org.npwp ? formatNpwp(org.npwp) : null };
}

const letterError = (error: string) => ({ status: "error" as const, error: { letter: [error] } });

export async function action({ request }: ActionFunctionArgs) {
  const { viewer, organisationId } = await requireBuyerOwner(request);
  const upload = await readUploadForm(request, { maxPartSize: MAX_DOCUMENT_BYTES });
  if (!upload.ok) return data({ result: letterError(uploadRefusal(upload.error)), error: null }, { status: 400 });
  const submission = parseWithZod(upload.form, { schema: VerificationRequestSchema });
  if (submission.status !== "success") return data({ result: submission.reply(), error: null }, { status: 400 });
  const file = upload.form.get("letter");
  let letter = null;
  if (file instanceof File && file.size > 0) {
    const stored = await storeDocument(env().UPLOAD_DIR, "letters", new Uint8Array(await file.arrayBuffer()));
    if (!stored.ok) return data({ result: submission.reply({ fieldErrors: { letter: [stored.error] } }), error: null }, { status: 400 });
    letter = stored;
  }
  const asked = await requestVerification(db(), organisationId, submission.value, letter, viewer.user.id);
  if (!asked.ok) return data({ result: submission.reply(), error: asked.error }, { status: statusOf(asked.error) });
  return { result: submission.reply(), error: null };
}

export default function VerificationPage() {
  const { t } = useTranslation(["trade", "account"]);
  const org = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm<z.input<typeof VerificationRequestSchema> & { letter?: string }>({
    id: "verification",
    lastResult: actionData?.result,
    defaultValue: { nib: org.nib ?? "", npwp: org.npwp ?? "", website: org.website ?? "" },
  });
  return (
    <>
      <p>
        <Link to="/account">← {t("account:title")}</Link>
      </p>
      <h1>{t("verificationTitle")}</h1>
      <p>{t("verificationIntro")}</p>
      <p data-verification={org.verification}>
        <strong>{t("verificationStatus")}:</strong>{" "}
        <span className={org.verification === "verified" ? "badge success" : "badge muted"}>{t(`verificationStates.${org.verification}`)}</span>
      </p>
      {org.verification === "rejected" && org.verificationNote ? <p className="notice">{t("rejectedBecause", { reason: org.verificationNote })}</p> : null}
      {actionData && actionData.result.status === "success" && !actionData.error ? (
        <Notice>{t("verificationRequested")}</Notice>
      ) : null}
      <ActionError error={actionData?.error} />
      {org.verification === "verified" || org.verification === "requested" ? null : (
        <section className="card">
          <Form method="post" encType="multipart/form-data" {...getFormProps(form)}>
            <TextField meta={fields.nib} label={t("nib")} help={t("nibHint")} />
            <TextField meta={fields.npwp} label={t("npwp")} help={t("npwpHint")} />
            <TextField meta={fields.website} label={t("website")} help={t("websiteHint")} type="url" />
            <div className="field">
              <label htmlFor="letter">{t("letter")}</label>
              <input id="letter" name="letter" type="file" accept={DOCUMENT_TYPES} aria-describedby="letter-help" />
              <p id="letter-help" className="field-help">
                {t("letterHint")} {org.hasLetter ? t("letterKept") : null}
              </p>
              <ErrorList id={fields.letter.errorId} errors={fields.letter.errors} />
            </div>
            <button type="submit" className="button">
              {t("requestVerification")}
            </button>
          </Form>
        </section>
      )}
    </>
  );
}
