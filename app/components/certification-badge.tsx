import { useTranslation } from "react-i18next";
import { formatDate } from "~/lib/format.ts";
import { useLocaleAndZone } from "~/root-data.ts";

interface CertificationView {
  type: string;
  status: string;
  validFrom?: Date | string | null;
  validUntil?: Date | string | null;
}

/** A certification as buyers see it: verified ones stand out from those awaiting a dinas check. */
export function CertificationBadge({ certification, withDate = false }: { certification: CertificationView; withDate?: boolean }) {
  const { t } = useTranslation(["catalog", "common"]);
  const { locale, zone } = useLocaleAndZone();
  const verified = certification.status === "verified";
  const expired = certification.validUntil ? new Date(certification.validUntil) < new Date() : false;
  // Issued to start on a later day: not held yet, whoever checked it.
  const notYet = !expired && certification.validFrom ? new Date(certification.validFrom) > new Date() : false;
  const date = certification.validUntil ? formatDate(certification.validUntil, locale, zone) : null;
  const until = notYet ? t("validFrom", { date: formatDate(certification.validFrom!, locale, zone) }) : date ? t(expired ? "expiredOn" : "validUntil", { date }) : t("noExpiry");
  // Expired or not yet begun outranks verified: a screen reader must hear it, as the colour shows it.
  const status = expired ? t("expired") : notYet ? t("notYetValid") : verified ? t("verified") : t("pending");
  return (
    <span
      className={`cert ${expired ? "cert-expired" : notYet ? "cert-pending" : verified ? "cert-verified" : "cert-pending"}`}
      data-cert={certification.type}
      data-status={expired ? "expired" : notYet ? "not-yet-valid" : certification.status}
      title={status}
    >
      <span aria-hidden="true">{expired ? "⚠ " : notYet ? "… " : verified ? "✓ " : "… "}</span>
      {t(`common:certTypes.${certification.type}`)}
      <span className="visually-hidden"> — {status}</span>
      {withDate ? <small> · {until}</small> : null}
    </span>
  );
}
