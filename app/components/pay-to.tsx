// Where a buyer pays an order by bank transfer: the producer's account, and the warning when
// the producer changed it after the order was agreed (the usual start of transfer fraud: the
// buyer is asked to confirm by phone). The reference to write goes with each payment.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/lib/format.ts";
import { useLocaleAndZone } from "~/root-data.ts";

export interface PayToAccount {
  bank: string;
  number: string;
  holderName: string;
  createdAt: Date | string;
  changedAfterAgreement: boolean;
}

export function PayTo({ account, side }: { account: PayToAccount | null; side: string }) {
  const { t } = useTranslation("trade");
  const { locale, zone } = useLocaleAndZone();
  if (!account) {
    return (
      <p className="notice" data-no-account>
        {t("noAccount")} {side === "producer" ? <Link to="/account/tax#bank">{t("title")}</Link> : null}
      </p>
    );
  }
  return (
    <div data-pay-to>
      <p>
        <strong>{t("payTo")}:</strong> {account.bank} · <span data-account-number>{account.number}</span> · {account.holderName}
      </p>
      {account.changedAfterAgreement ? (
        <p className="notice warning" role="alert" data-account-changed>
          {t("accountChanged", { date: formatDate(account.createdAt, locale, zone) })}
        </p>
      ) : null}
    </div>
  );
}

/** The reference a buyer writes on the transfer for one payment. */
export function TransferReference({ reference }: { reference: string | null }) {
  const { t } = useTranslation("trade");
  if (!reference) return null;
  return (
    <span data-reference>
      {" "}
      · {t("reference")}: <code>{reference}</code>
    </span>
  );
}
