// The printable purchase order and invoice, in the reader's language (PDF through the
// browser's print): the parties, the terms on the table and what has been paid.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { OrderTermsTable } from "~/components/order-terms-table.tsx";
import { db } from "~/db.server.ts";
import { formatDate, formatIDR } from "~/lib/format.ts";
import { invariantResponse, requireOrderActor } from "~/http/guards.server.ts";
import { orderForParty } from "~/models/orders/order.server.ts";
import { orderAmounts, type OrderLine } from "~/models/orders/order-workflow.ts";
import { useLocaleAndZone } from "~/root-data.ts";

export const handle = { i18n: ["orders"] };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor } = await requireOrderActor(request);
  const found = await orderForParty(db(), params.orderId ?? "", actor);
  invariantResponse(found, "Not found");
  const { order } = found;
  const v = order.versions[0]!;
  const lines = v.lines as unknown as OrderLine[];
  return {
    number: order.number,
    state: order.state,
    issued: order.agreedAt ?? order.createdAt,
    buyer: order.buyer.name,
    producer: { name: order.producer.legalName, address: order.producer.address },
    version: { ...v, total: undefined, lines, amounts: orderAmounts(lines, v.downPaymentPercent) },
    payments: order.payments.map((p) => ({ kind: p.kind, amount: Number(p.amount), status: p.status, paidAt: p.paidAt, dueAt: p.dueAt })),
  };
}

export default function Invoice() {
  const { t } = useTranslation("orders");
  const { locale, zone } = useLocaleAndZone();
  const { number, state, issued, buyer, producer, version, payments } = useLoaderData<typeof loader>();
  return (
    <article className="printable invoice">
      <p className="no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t("printInvoice")}
        </button>
      </p>
      <h1>
        {t("invoiceTitle")} {number}
      </h1>
      <p>
        {t("issued")}: {formatDate(issued, locale, zone)} · {t("state")}: {t(`states.${state}`)}
      </p>
      <div className="field-row">
        <div>
          <h2>{t("producer")}</h2>
          <p>
            {producer.name}
            {producer.address ? (
              <>
                <br />
                {producer.address}
              </>
            ) : null}
          </p>
        </div>
        <div>
          <h2>{t("buyer")}</h2>
          <p>{buyer}</p>
        </div>
      </div>
      <OrderTermsTable version={version} />
      {payments.length > 0 ? (
        <>
          <h2>{t("payments")}</h2>
          <ul>
            {payments.map((p) => (
              <li key={p.kind}>
                {t(`paymentKinds.${p.kind}`)}: {formatIDR(p.amount)} · {t(`paymentStatus.${p.status}`)} ·{" "}
                {p.paidAt ? t("paidOn", { date: formatDate(p.paidAt, locale, zone) }) : t("dueBy", { date: formatDate(p.dueAt, locale, zone) })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}
