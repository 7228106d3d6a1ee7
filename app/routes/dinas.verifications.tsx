import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CertificationBadge } from "~/components/certification-badge.tsx";
import { ExpiryFlag } from "~/components/expiry-flag.tsx";
import { ErrorList } from "~/components/forms.tsx";
import { ActionButton } from "~/components/action-button.tsx";
import { db } from "~/db.server.ts";
import { readForm } from "~/http/form-body.server.ts";
import { formatDate } from "~/lib/format.ts";
import { VerificationSchema } from "~/models/certifications/certification-forms.ts";
import { decideCertification, expiringInScope, verificationQueue } from "~/models/certifications/certification.server.ts";
import { requireVerifier } from "~/http/guards.server.ts";
import { loadRegions } from "~/models/regions.server.ts";
import { useLocaleAndZone } from "~/root-data.ts";
import { Notice } from "~/components/notice.tsx";

export const handle = { i18n: ["certifications", "catalog"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireVerifier(request);
  const [queue, expiring, regions] = await Promise.all([verificationQueue(db(), viewer.scope), expiringInScope(db(), viewer.scope), loadRegions()]);
  return {
    queue: queue.map((c) => ({ ...c, hasDocument: c.documentPath !== null, documentPath: undefined, region: regions.nameOf(c.producer.regencyCode) })),
    expiring: expiring.map((c) => ({ ...c, region: regions.nameOf(c.producer.regencyCode) })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const viewer = await requireVerifier(request);
  const submission = parseWithZod(await readForm(request), { schema: VerificationSchema });
  if (submission.status !== "success") {
    const id = submission.payload.certificationId;
    return data({ decided: null, errorFor: typeof id === "string" ? id : null, errors: submission.error ?? {} }, { status: 400 });
  }
  const input = submission.value;
  const outcome = await decideCertification(db(), input.certificationId, viewer.scope, input, viewer.user.id);
  if (!outcome.ok) {
    return data(
      { decided: null, errorFor: input.certificationId, errors: { form: [outcome.error] } },
      { status: outcome.error === "not_found" ? 404 : 409 },
    );
  }
  return { decided: input.intent === "verify" ? "verified" : "rejected", errorFor: null, errors: {} };
}

export default function VerificationQueue() {
  const { t } = useTranslation(["certifications", "common"]);
  const { queue, expiring } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { locale, zone } = useLocaleAndZone();
  return (
    <>
      <h1>{t("queueTitle")}</h1>
      <p className="muted">{t("queueIntro")}</p>
      {actionData?.decided ? (
        <Notice>{t(actionData.decided)}</Notice>
      ) : null}
      {queue.length === 0 ? <p className="card">{t("queueEmpty")}</p> : null}
      <ul className="plain-list card">
        {queue.map((c) => {
          const errors: Record<string, string[] | null | undefined> = actionData?.errorFor === c.id ? actionData.errors : {};
          return (
            <li key={c.id} data-certification={c.id}>
              <CertificationBadge certification={{ ...c, status: "pending" }} withDate />{" "}
              <Link to={`/producers/${c.producer.organisation.slug}`}>{c.producer.legalName}</Link> · {c.region}
              <br />
              {t("number")}: {c.number} · {t("issuer")}: {c.issuer} · {t("submitted")}: {formatDate(c.createdAt, locale, zone)}
              {c.hasDocument ? (
                <>
                  {" · "}
                  <a href={`/certifications/${c.id}/document`} target="_blank" rel="noreferrer">
                    {t("document_link")}
                  </a>
                </>
              ) : null}
              <div className="actions">
                <ActionButton inline={false} intent="verify" fields={{ certificationId: c.id }} label={t("verify")} className="button small" />
                <Form method="post" className="inline-form">
                  <input type="hidden" name="intent" value="reject" />
                  <input type="hidden" name="certificationId" value={c.id} />
                  <label htmlFor={`reason-${c.id}`} className="visually-hidden">
                    {t("reason")}
                  </label>
                  <input id={`reason-${c.id}`} name="reason" placeholder={t("reason")} aria-invalid={errors.reason ? true : undefined} />
                  <button type="submit" className="button small secondary">
                    {t("reject")}
                  </button>
                </Form>
              </div>
              <ErrorList errors={[...(errors.reason ?? []), ...(errors.form ?? [])]} id={`decision-${c.id}-error`} />
            </li>
          );
        })}
      </ul>
      <section className="card" aria-labelledby="expiring-title">
        <h2 id="expiring-title">{t("expiringTitle")}</h2>
        <p className="muted">{t("expiringIntro")}</p>
        {expiring.length === 0 ? <p>{t("expiringNone")}</p> : null}
        {expiring.length > 0 ? (
          <div className="table-scroll">
            <table data-expiring>
              <thead>
                <tr>
                  <th scope="col">{t("producer")}</th>
                  <th scope="col">{t("type")}</th>
                  <th scope="col">{t("number")}</th>
                  <th scope="col">{t("validUntil")}</th>
                </tr>
              </thead>
              <tbody>
                {expiring.map((c) => (
                  <tr key={c.id} data-certification={c.id}>
                    <td>
                      <Link to={`/producers/${c.producer.organisation.slug}`}>{c.producer.legalName}</Link>
                      <br />
                      <small className="muted">{c.region}</small>
                    </td>
                    <td>{t(`common:certTypes.${c.type}`)}</td>
                    <td>{c.number}</td>
                    <td>
                      <ExpiryFlag validUntil={c.validUntil} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </>
  );
}
