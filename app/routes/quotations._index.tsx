// /quotations: the requests for quotation a buyer sent or a producer received, newest first,
// with what each is waiting for. A producer answers from here; a buyer compares per need.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { QuotationState } from "~/components/quotation-compare.tsx";
import { db } from "~/db.server.ts";
import { invariantResponse, quotationActorOf, requireViewer } from "~/http/guards.server.ts";
import { formatDate, formatIDR } from "~/lib/format.ts";
import { quotationsOf } from "~/models/quotations/quotation.server.ts";
import { useLocaleAndZone } from "~/root-data.ts";

export const handle = { i18n: ["quotations", "common"] };
export const meta: MetaFunction = () => [{ title: "Penawaran · MitraIKM" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  // Buyers and producers of an active organisation trade; nobody else has quotations.
  invariantResponse((viewer.role === "buyer" || viewer.role === "producer") && viewer.permissions.includes("trade:order:own"), "Not found");
  const rows = await quotationsOf(db(), quotationActorOf(viewer));
  return {
    side: viewer.role,
    quotations: rows.map((q) => ({ id: q.id, number: q.number, state: q.state, expired: q.expired, need: q.match.need.title, needId: q.match.need.id, other: viewer.role === "buyer" ? q.match.producer.legalName : q.match.need.buyer.name, total: q.total, requestedAt: q.requestedAt, deliveryDate: q.deliveryDate })),
  };
}

export default function Quotations() {
  const { t } = useTranslation("quotations");
  const { locale, zone } = useLocaleAndZone();
  const { side, quotations } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{side === "buyer" ? t("listIntroBuyer") : t("listIntroProducer")}</p>
      {quotations.length === 0 ? (
        <p className="card">{side === "buyer" ? t("noneBuyer") : t("noneProducer")}</p>
      ) : (
        <div className="table-scroll">
          <table className="stack">
            <thead>
              <tr>
                <th scope="col">{t("number")}</th>
                <th scope="col">{t("need")}</th>
                <th scope="col">{side === "buyer" ? t("producer") : t("buyer")}</th>
                <th scope="col">{t("state")}</th>
                <th scope="col">{t("total")}</th>
                <th scope="col">{t("deliveryDate")}</th>
              </tr>
            </thead>
            <tbody>
              {quotations.map((q) => (
                <tr key={q.id} data-quotation={q.number}>
                  <th scope="row" data-label={t("number")}>
                    <Link to={`/quotations/${q.id}`}>{q.number}</Link>
                  </th>
                  <td data-label={t("need")}>{side === "buyer" ? <Link to={`/workspace/needs/${q.needId}/quotations`}>{q.need}</Link> : q.need}</td>
                  <td data-label={side === "buyer" ? t("producer") : t("buyer")}>{q.other}</td>
                  <td data-label={t("state")}>
                    <QuotationState state={q.state} expired={q.expired} />
                  </td>
                  <td data-label={t("total")}>{q.total === null ? "–" : formatIDR(q.total)}</td>
                  <td data-label={t("deliveryDate")}>{formatDate(q.deliveryDate, locale, zone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
