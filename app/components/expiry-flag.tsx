import { useTranslation } from "react-i18next";
import { formatDate } from "~/lib/format.ts";
import { expiryState } from "~/models/certifications/certification-rules.ts";
import { useLocaleAndZone } from "~/root-data.ts";

/** A certificate's end date with its flag: valid, expiring within 60 days, or expired. */
export function ExpiryFlag({ validUntil }: { validUntil: Date | string | null }) {
  const { t } = useTranslation("certifications");
  const { locale, zone } = useLocaleAndZone();
  const state = expiryState(validUntil);
  return (
    <span data-expiry={state}>
      {validUntil ? formatDate(validUntil, locale, zone) : "–"}
      <br />
      <span className={`badge expiry-${state}`}>{t(`expiry.${state}`)}</span>
    </span>
  );
}
