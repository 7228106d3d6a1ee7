import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ExpiryFlag } from "~/components/expiry-flag.tsx";
import { db } from "~/db.server.ts";
import { expiryState } from "~/models/certifications/certification-rules.ts";
import { listOwnCertifications } from "~/models/certifications/certification.server.ts";
import { requireProducer } from "~/http/guards.server.ts";
import { Notice } from "~/components/notice.tsx";
import { RecordTable } from "~/components/record-table.tsx";

export const handle = { i18n: ["certifications"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireProducer(request);
  const rows = await listOwnCertifications(db(), viewer.producerId);
  const now = new Date();
  return {
    certifications: rows.map((c) => ({
      ...c,
      hasDocument: c.documentPath !== null,
      documentPath: undefined,
      expiry: expiryState(c.validUntil, now),
      productNames: c.products.map((p) => p.product.name),
    })),
  };
}

export default function MyCertifications() {
  const { t } = useTranslation(["certifications", "common"]);
  const { certifications } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const attention = certifications.filter((c) => c.status !== "rejected" && (c.expiry === "expired" || c.expiry === "expiring"));
  return (
    <>
      <div className="page-head">
        <h1>{t("myCertifications")}</h1>
        <Link to="/workspace/certifications/new" className="button">
          {t("newCertification")}
        </Link>
      </div>
      {searchParams.get("created") ? (
        <Notice>{t("created")}</Notice>
      ) : null}
      {attention.length > 0 ? (
        <p className="notice warn" role="status" data-attention={attention.length}>
          {t("expiringNotice", { count: attention.length })}
        </p>
      ) : null}
      <RecordTable
        label={t("myCertifications")}
        className="card"
        columns={[t("type"), t("number"), t("validUntil"), t("products"), t("status")]}
        rows={certifications}
        empty={<p className="card">{t("noCertifications")}</p>}
        row={(c) => (
          <tr key={c.id} data-certification={c.id} data-status={c.status} data-expiry={c.expiry}>
            <td>{t(`common:certTypes.${c.type}`)}</td>
            <td>
              {c.number}
              <br />
              <small className="muted">{c.issuer}</small>
            </td>
            <td>
              <ExpiryFlag validUntil={c.validUntil} />
            </td>
            <td>{c.productNames.length ? c.productNames.join(", ") : t("wholeBusiness")}</td>
            <td>
              <span className={`badge status-cert-${c.status}`}>{t(`statuses.${c.status}`)}</span>
              {c.rejectionReason ? <p className="muted">{t("rejectedBecause", { reason: c.rejectionReason })}</p> : null}
              {c.hasDocument ? (
                <p>
                  <a href={`/certifications/${c.id}/document`}>{t("document_link")}</a>
                </p>
              ) : null}
            </td>
          </tr>
        )}
      />
    </>
  );
}
