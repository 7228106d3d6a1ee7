// A need's quotations side by side: price, minimum order, what the quantity comes to, lead
// time, validity and sample, the lowest price and the shortest lead time among the offers
// that can still be accepted marked. On a phone each row reads as a card (CSS "stack").
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate, formatIDR } from "~/lib/format.ts";
import type { Locale } from "~/lib/locale.ts";

export interface ComparedQuotation {
  id: string;
  number: string;
  state: string;
  expired: boolean;
  producer: string;
  producerSlug: string;
  product: string | null;
  unitPrice: number | null;
  minOrderQuantity: number | null;
  total: number | null;
  leadTimeDays: number | null;
  validUntil: string | Date | null;
  sampleOffered: boolean;
  unit: string;
}

export function QuotationState({ state, expired }: { state: string; expired: boolean }) {
  const { t } = useTranslation("quotations");
  const tone = expired ? " warn" : state === "accepted" || state === "quoted" ? "" : " muted";
  return (
    <span className={`badge${tone}`} data-quotation-state={expired ? "expired" : state}>
      {expired ? t("expired") : t(`states.${state}`)}
    </span>
  );
}

export function QuotationCompare({ quotations, best, locale, zone }: { quotations: ComparedQuotation[]; best: { lowestPrice: string[]; shortestLead: string[] }; locale: Locale; zone: "WIB" | "WITA" | "WIT" }) {
  const { t } = useTranslation(["quotations", "common"]);
  if (quotations.length === 0) return <p className="card">{t("noneForNeed")}</p>;
  return (
    <div className="table-scroll">
      <table className="stack" data-compare>
        <thead>
          <tr>
            <th scope="col">{t("producer")}</th>
            <th scope="col">{t("state")}</th>
            <th scope="col">{t("unitPrice")}</th>
            <th scope="col">{t("minOrder")}</th>
            <th scope="col">{t("total")}</th>
            <th scope="col">{t("leadTime")}</th>
            <th scope="col">{t("validUntil")}</th>
            <th scope="col">{t("sample")}</th>
          </tr>
        </thead>
        <tbody>
          {quotations.map((q) => (
            <tr key={q.id} data-quotation={q.number}>
              <th scope="row" data-label={t("producer")}>
                <Link to={`/quotations/${q.id}`}>{q.producer}</Link>
                <br />
                <span className="muted">
                  {q.number}
                  {q.product ? ` · ${q.product}` : ""}
                </span>
              </th>
              <td data-label={t("state")}>
                <QuotationState state={q.state} expired={q.expired} />
              </td>
              <td data-label={t("unitPrice")}>
                {q.unitPrice === null ? "–" : `${formatIDR(q.unitPrice)} / ${t(`common:units.${q.unit}`, { defaultValue: q.unit })}`}
                {best.lowestPrice.includes(q.id) ? <span className="badge">{t("lowestPrice")}</span> : null}
              </td>
              <td data-label={t("minOrder")}>{q.minOrderQuantity ?? "–"}</td>
              <td data-label={t("total")}>{q.total === null ? "–" : formatIDR(q.total)}</td>
              <td data-label={t("leadTime")}>
                {q.leadTimeDays === null ? "–" : t("days", { count: q.leadTimeDays })}
                {best.shortestLead.includes(q.id) ? <span className="badge">{t("shortestLead")}</span> : null}
              </td>
              <td data-label={t("validUntil")}>{q.validUntil ? formatDate(q.validUntil, locale, zone) : "–"}</td>
              <td data-label={t("sample")}>{q.sampleOffered ? t("yes") : "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
