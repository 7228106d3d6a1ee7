// "Verified buyer": the platform has checked who this buyer is (buyer-verification.server.ts).
import { useTranslation } from "react-i18next";

export function VerifiedBadge({ verified }: { verified: boolean }) {
  const { t } = useTranslation("trade");
  return verified ? (
    <span className="badge success" data-verified-buyer>
      ✓ {t("verifiedBadge")}
    </span>
  ) : null;
}
