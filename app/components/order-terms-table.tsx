// One version of an order's terms as a table: items with their amounts, the total, the
// payment split and the delivery. Shared by the order page and its printable invoice.
import { useTranslation } from "react-i18next";
import { formatDate, formatIDR, formatNumber } from "~/lib/format.ts";
import type { OrderLine } from "~/models/orders/order-workflow.ts";
import type { TaxResult } from "~/models/trade/tax.ts";
import { useLocaleAndZone } from "~/root-data.ts";
import { ScrollRegion } from "./scroll-region.tsx";

export interface TermsView {
  lines: OrderLine[];
  deliveryAddress: string;
  deliveryDate: Date | string;
  deliveryTerm: string;
  downPaymentPercent: number;
  downPaymentDueDays: number;
  balanceDueDays: number;
  cancellationRefundPercent: number;
  notes: string | null;
  amounts: { total: number; downPayment: number; balance: number; payable: number; tax: TaxResult };
  /** The PPN rate the order was drafted under. */
  ppnRatePercent: number;
}

export function OrderTermsTable({ version }: { version: TermsView }) {
  const { t } = useTranslation(["orders", "common", "trade"]);
  const { tax } = version.amounts;
  const { locale, zone } = useLocaleAndZone();
  return (
    <>
      <ScrollRegion label={t("linesLabel")}>
        <table className="order-lines">
          <thead>
            <tr>
              <th scope="col">{t("itemName")}</th>
              <th scope="col">{t("quantity")}</th>
              <th scope="col">{t("unitPrice")}</th>
              <th scope="col">{t("lineTotal")}</th>
            </tr>
          </thead>
          <tbody>
            {version.lines.map((l, i) => (
              <tr key={i}>
                <td>{l.name}</td>
                <td>
                  {formatNumber(l.quantity, locale)} {t(`common:units.${l.unit}`, { defaultValue: l.unit })}
                </td>
                <td>{formatIDR(l.unitPrice)}</td>
                <td>{formatIDR(l.quantity * l.unitPrice)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {t("amounts.total")}
              </th>
              <td data-total>{formatIDR(version.amounts.total)}</td>
            </tr>
            {tax.vatCollectedBy === null ? (
              <tr>
                <td colSpan={4} className="muted" data-not-pkp>
                  {t("trade:notPkp")}
                </td>
              </tr>
            ) : (
              <>
                <tr>
                  <th scope="row" colSpan={3}>
                    {t("trade:taxBase")}
                  </th>
                  <td data-tax-base>{formatIDR(tax.taxBase)}</td>
                </tr>
                <tr>
                  <th scope="row" colSpan={3}>
                    {t("trade:vat", { rate: version.ppnRatePercent })}
                  </th>
                  <td data-vat>{formatIDR(tax.vat)}</td>
                </tr>
                <tr>
                  <th scope="row" colSpan={3}>
                    {t("trade:documentTotal")}
                  </th>
                  <td data-document-total>{formatIDR(tax.total)}</td>
                </tr>
                {tax.vatCollectedBy === "buyer" ? (
                  <tr>
                    <th scope="row" colSpan={3}>
                      {t("trade:vatByBuyer")}
                    </th>
                    <td>−{formatIDR(tax.vat)}</td>
                  </tr>
                ) : null}
              </>
            )}
            {version.amounts.payable !== tax.total ? (
              <tr>
                <th scope="row" colSpan={3}>
                  {t("trade:payable")}
                </th>
                <td data-payable>{formatIDR(version.amounts.payable)}</td>
              </tr>
            ) : null}
            <tr>
              <th scope="row" colSpan={3}>
                {t("amounts.downPayment")} ({version.downPaymentPercent}%)
              </th>
              <td>{formatIDR(version.amounts.downPayment)}</td>
            </tr>
            <tr>
              <th scope="row" colSpan={3}>
                {t("amounts.balance")}
              </th>
              <td>{formatIDR(version.amounts.balance)}</td>
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
      <dl className="facts">
        <dt>{t("deliveryAddress")}</dt>
        <dd>{version.deliveryAddress}</dd>
        <dt>{t("deliveryDate")}</dt>
        <dd>{formatDate(version.deliveryDate, locale, zone)}</dd>
        <dt>{t("deliveryTerm")}</dt>
        <dd>{t(`terms.${version.deliveryTerm}`, { defaultValue: version.deliveryTerm })}</dd>
        <dt>{t("payment")}</dt>
        <dd>
          {t("downPaymentDueDays")}: {version.downPaymentDueDays} · {t("balanceDueDays")}: {version.balanceDueDays}
          {version.amounts.downPayment > 0 ? <p className="muted">{t("cancellationRefund", { percent: version.cancellationRefundPercent })}</p> : null}
        </dd>
        {version.notes ? (
          <>
            <dt>{t("notes")}</dt>
            <dd>{version.notes}</dd>
          </>
        ) : null}
      </dl>
    </>
  );
}
