// The admin's queue of buyers asking to be verified, and a search over every organisation,
// each with its evidence (NIB, NPWP, website, owners' e-mails and whether they are on the
// company's domain, the assignment letter) and the decisions: verify, reject or suspend with
// a reason the buyer reads.
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ActionError } from "~/components/action-error.tsx";
import { ActionButton } from "~/components/action-button.tsx";
import { Notice } from "~/components/notice.tsx";

interface Candidate {
  id: string;
  name: string;
  kind: string;
  status: string;
  buyerType: string | null;
  verification: string;
  verificationNote: string | null;
  nib: string | null;
  npwp: string | null;
  website: string | null;
  hasLetter: boolean;
  owners: { name: string; email: string; onDomain: boolean }[];
}

interface Result {
  error: string | null;
  decided: string | null;
  target: string | null;
}

export function BuyerVerifications({ asking, found, q, result }: { asking: Candidate[]; found: Candidate[]; q: string; result: Result | undefined }) {
  const { t } = useTranslation(["admin", "trade", "common"]);
  return (
    <section className="card" id="verification">
      <h2>{t("verifyTitle")}</h2>
      <p className="muted">{t("verifyIntro")}</p>
      {result?.decided ? (
        <Notice>{t(`decided.${result.decided}`)}</Notice>
      ) : null}
      {asking.length === 0 ? <p>{t("noneAsking")}</p> : <CandidateList rows={asking} result={result} />}
      <Form method="get" className="inline-upload" role="search">
        <label htmlFor="org-search">{t("searchLabel")}</label>
        <input id="org-search" name="q" type="search" defaultValue={q} maxLength={100} />
        <button type="submit" className="button small secondary">
          {t("search")}
        </button>
      </Form>
      {q ? found.length === 0 ? <p>{t("noneFound")}</p> : <CandidateList rows={found} result={result} /> : null}
    </section>
  );
}

function CandidateList({ rows, result }: { rows: Candidate[]; result: Result | undefined }) {
  const { t } = useTranslation(["admin", "trade", "common"]);
  return (
    <ul className="plain-list">
      {rows.map((o) => (
        <li key={o.id} data-candidate={o.id}>
          <strong>{o.name}</strong> · {t(`common:orgKinds.${o.kind}`)}
          {o.buyerType ? <> · {t(`common:buyerTypes.${o.buyerType}`, { defaultValue: o.buyerType })}</> : null} · {t(`common:orgStatuses.${o.status}`)}
          {o.kind === "buyer" ? (
            <>
              {" "}
              <span className={o.verification === "verified" ? "badge success" : "badge muted"} data-verification={o.verification}>
                {t(`trade:verificationStates.${o.verification}`)}
              </span>
            </>
          ) : null}
          <br />
          NIB: {o.nib ?? "–"} · NPWP: {o.npwp ?? "–"} · {t("website")}: {o.website ?? "–"} ·{" "}
          {o.hasLetter ? (
            <a href={`/admin/organisations/${o.id}/letter`} target="_blank" rel="noreferrer">
              {t("trade:letter")}
            </a>
          ) : (
            t("noLetter")
          )}
          <br />
          {o.owners.map((w) => (
            <span key={w.email} data-on-domain={w.onDomain}>
              {w.name} &lt;{w.email}&gt; {w.onDomain ? `✓ ${t("onDomain")}` : ""}{" "}
            </span>
          ))}
          {o.kind === "buyer" && o.status === "active" ? (
            <div className="actions">
              {o.verification !== "verified" ? <ActionButton intent="verify" fields={{ organisationId: o.id }} label={t("verify")} className="button small" /> : null}
              <Form method="post" className="inline-upload">
                <input type="hidden" name="organisationId" value={o.id} />
                <label htmlFor={`note-${o.id}`}>{t("reason")}</label>
                <input id={`note-${o.id}`} name="note" minLength={5} maxLength={500} required />
                {o.verification !== "rejected" ? (
                  <button type="submit" name="intent" value="reject" className="button small secondary">
                    {t("reject")}
                  </button>
                ) : null}
                <button type="submit" name="intent" value="suspend" className="button small secondary">
                  {t("suspend")}
                </button>
              </Form>
            </div>
          ) : null}
          {result?.error && result.target === o.id ? <ActionError error={result.error} inline /> : null}
        </li>
      ))}
    </ul>
  );
}
