import { useTranslation } from "react-i18next";
import { formatDate } from "~/lib/format.ts";
import { expiryState } from "~/models/certifications/certification-rules.ts";
import { useLocaleAndZone } from "~/root-data.ts";

interface CertificationView {
  type: string;
  status: string;
  validFrom?: Date | string | null;
  validUntil?: Date | string | null;
}

/**
 * How each state looks. Expired or not yet begun outranks verified: a screen reader must hear
 * it, as the colour shows it.
 */
const LOOKS = {
  expired: { className: "cert-expired", icon: "⚠ ", label: "expired" },
  notYet: { className: "cert-pending", icon: "… ", label: "notYetValid" },
  verified: { className: "cert-verified", icon: "✓ ", label: "verified" },
  pending: { className: "cert-pending", icon: "… ", label: "pending" },
} as const;

/** A certification as buyers see it: verified ones stand out from those awaiting a dinas check. */
export function CertificationBadge({ certification, withDate = false }: { certification: CertificationView; withDate?: boolean }) {
  const { t } = useTranslation(["catalog", "common"]);
  const { locale, zone } = useLocaleAndZone();
  const expired = expiryState(certification.validUntil ?? null) === "expired";
  // Issued to start on a later day: not held yet, whoever checked it.
  const notYet = !expired && certification.validFrom ? new Date(certification.validFrom) > new Date() : false;
  const state = expired ? "expired" : notYet ? "notYet" : certification.status === "verified" ? "verified" : "pending";
  const look = LOOKS[state];
  const date = certification.validUntil ? formatDate(certification.validUntil, locale, zone) : null;
  const until = notYet ? t("validFrom", { date: formatDate(certification.validFrom!, locale, zone) }) : date ? t(expired ? "expiredOn" : "validUntil", { date }) : t("noExpiry");
  const status = t(look.label);
  return (
    <span
      className={`cert ${look.className}`}
      data-cert={certification.type}
      data-status={expired ? "expired" : notYet ? "not-yet-valid" : certification.status}
      title={status}
    >
      <span aria-hidden="true">{look.icon}</span>
      {t(`common:certTypes.${certification.type}`)}
      <span className="visually-hidden"> — {status}</span>
      {withDate ? <small> · {until}</small> : null}
    </span>
  );
}
