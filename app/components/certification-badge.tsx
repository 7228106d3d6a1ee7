import { useTranslation } from "react-i18next";
import { formatDate } from "~/lib/format.ts";
import { useLocaleAndZone } from "~/root-data.ts";

interface CertificationView {
  type: string;
  status: string;
  validUntil?: Date | string | null;
}

/** A certification as buyers see it: verified ones stand out from those awaiting a dinas check. */
export function CertificationBadge({ certification, withDate = false }: { certification: CertificationView; withDate?: boolean }) {
  const { t } = useTranslation(["catalog", "common"]);
  const { locale, zone } = useLocaleAndZone();
  const verified = certification.status === "verified";
  const expired = certification.validUntil ? new Date(certification.validUntil) < new Date() : false;
  const date = certification.validUntil ? formatDate(certification.validUntil, locale, zone) : null;
  const until = date ? t(expired ? "expiredOn" : "validUntil", { date }) : t("noExpiry");
  // Expired outranks verified: a screen reader must hear "expired", as the colour shows it.
  const status = expired ? t("expired") : verified ? t("verified") : t("pending");
  return (
    <span
      className={`cert ${expired ? "cert-expired" : verified ? "cert-verified" : "cert-pending"}`}
      data-cert={certification.type}
      data-status={expired ? "expired" : certification.status}
      title={status}
    >
      <span aria-hidden="true">{expired ? "⚠ " : verified ? "✓ " : "… "}</span>
      {t(`common:certTypes.${certification.type}`)}
      <span className="visually-hidden"> — {status}</span>
      {withDate ? <small> · {until}</small> : null}
    </span>
  );
}
