// The printable purchase order and invoice, in the reader's language (PDF through the
// browser's print): the parties with their NPWP, the terms on the table with the tax base and
// PPN (trade/tax.ts), the tax invoice number, where to pay with each payment's transfer
// reference, and what has been paid; a sum above the stamp-duty threshold says so.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { OrderTermsTable, type TermsView } from "~/components/order-terms-table.tsx";
import { db } from "~/db.server.ts";
import { formatDate, formatIDR } from "~/lib/format.ts";
import { invariantResponse, requireOrderActor } from "~/http/guards.server.ts";
import { orderForParty } from "~/models/orders/order.server.ts";
import { versionTerms } from "~/models/orders/order-workflow.ts";
import { useLocaleAndZone } from "~/root-data.ts";
import { PayTo, TransferReference } from "~/components/pay-to.tsx";
import { formatNpwp } from "~/models/trade/npwp.ts";
import { accountToPay } from "~/models/trade/trade-profile.server.ts";

export const handle = { i18n: ["orders", "trade"] };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, permissions } = await requireOrderActor(request);
  const found = await orderForParty(db(), params.orderId ?? "", actor);
  invariantResponse(found, "Not found");
  const { order, side } = found;
  // The producer's address is a contact detail: a buyer not (or no longer) verified does not see it.
  const showsProducerAddress = side !== "buyer" || permissions.includes("read:contact:partner");
  const v = order.versions[0]!;
  const account = await accountToPay(db(), order);
  return {
    number: order.number,
    state: order.state,
    issued: order.agreedAt ?? order.createdAt,
    buyer: { name: order.buyer.name, address: order.buyer.address, npwp: order.buyerNpwp && formatNpwp(order.buyerNpwp), collectsVat: order.buyerCollectsVat },
    producer: { name: order.producer.legalName, address: showsProducerAddress ? order.producer.address : null, npwp: order.sellerNpwp && formatNpwp(order.sellerNpwp), pkp: order.sellerPkp },
    // The terms the table shows, and nothing else of the version row (who wrote it stays on the order page).
    version: versionTerms(v, order) satisfies TermsView,
    fakturNumber: order.fakturNumber,
    account,
    payments: order.payments.map((p) => ({ kind: p.kind, reference: p.mode === "manual" ? p.reference : null, amount: Number(p.amount), status: p.status, paidAt: p.paidAt, dueAt: p.dueAt })),
  };
}

export default function Invoice() {
  const { t } = useTranslation(["orders", "trade"]);
  const { locale, zone } = useLocaleAndZone();
  const { number, state, issued, buyer, producer, version, fakturNumber, account, payments } = useLoaderData<typeof loader>();
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
        <Party title={t("producer")} party={producer} note={producer.pkp ? null : t("trade:notPkp")} />
        <Party title={t("buyer")} party={buyer} note={null} />
      </div>
      <OrderTermsTable version={version} />
      {producer.pkp ? (
        <p data-faktur>
          {t("trade:fakturNumber")}: {fakturNumber ?? t("trade:fakturNone")}
        </p>
      ) : null}
      {version.amounts.tax.stampDuty ? <p className="muted">{t("trade:stampDuty")}</p> : null}
      {account ? <PayTo account={account} side="buyer" /> : null}
      {payments.length > 0 ? (
        <>
          <h2>{t("payments")}</h2>
          <ul>
            {payments.map((p) => (
              <li key={p.kind}>
                {t(`paymentKinds.${p.kind}`)}: {formatIDR(p.amount)} · {t(`paymentStatus.${p.status}`)} ·{" "}
                {p.paidAt ? t("paidOn", { date: formatDate(p.paidAt, locale, zone) }) : t("dueBy", { date: formatDate(p.dueAt, locale, zone) })}
                <TransferReference reference={p.reference} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}

/** One party of the document: name, address and NPWP, as a finance office books them. */
function Party({ title, party, note }: { title: string; party: { name: string; address: string | null; npwp: string | null }; note: string | null }) {
  const { t } = useTranslation("trade");
  return (
    <div>
      <h2>{title}</h2>
      <p>
        {party.name}
        {party.address ? (
          <>
            <br />
            {party.address}
          </>
        ) : null}
        <br />
        <span data-npwp>
          {t("npwp")}: {party.npwp ?? t("npwpNone")}
        </span>
        {note ? (
          <>
            <br />
            {note}
          </>
        ) : null}
      </p>
    </div>
  );
}
