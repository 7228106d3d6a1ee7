// One purchase order for its buyer and producer (and admins): the terms on the table and the
// earlier versions, the moves each side may make now, counter-offers, payments (transfer
// proof, receipt) and the history.
import { dateToDay } from "~/lib/calendar-day.ts";
import { ActionError } from "~/components/action-error.tsx";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ActionButton } from "~/components/action-button.tsx";
import { DOCUMENT_TYPES } from "~/components/forms.tsx";
import { OrderTermsForm } from "~/components/order-terms-form.tsx";
import { OrderTermsTable } from "~/components/order-terms-table.tsx";
import { db } from "~/db.server.ts";
import { formatDate, formatDateTime, formatIDR } from "~/lib/format.ts";
import { invariantResponse, requireOrderActor } from "~/http/guards.server.ts";
import { orderForParty } from "~/models/orders/order.server.ts";
import { isOverdue } from "~/models/orders/payment.server.ts";
import { cancellationRefund, FAKTUR_STATES, orderActionsFor, readOrderState, readVersionAuthor, versionTerms } from "~/models/orders/order-workflow.ts";
import { useLocaleAndZone } from "~/root-data.ts";
import { orderAction } from "./order-actions.server.ts";
import { PayTo, TransferReference } from "~/components/pay-to.tsx";
import { FakturCard } from "~/components/faktur-card.tsx";
import { accountToPay } from "~/models/trade/trade-profile.server.ts";

export const handle = { i18n: ["orders", "errors", "trade"] };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor } = await requireOrderActor(request);
  const found = await orderForParty(db(), params.orderId ?? "", actor);
  invariantResponse(found, "Not found");
  const { order, side } = found;
  const versions = order.versions.map((v) => ({ number: v.number, authorSide: readVersionAuthor(v.authorSide), createdAt: v.createdAt, ...versionTerms(v, order) }));
  const current = versions[0]!;
  const state = readOrderState(order.state);
  const facts = { state, versionBy: current.authorSide, hasDownPayment: current.amounts.downPayment > 0 };
  const now = new Date();
  const account = await accountToPay(db(), order);
  return {
    order: { id: order.id, number: order.number, state, paymentMode: order.paymentMode, agreedAt: order.agreedAt, buyer: order.buyer.name, producer: order.producer.legalName, need: order.match.need },
    side,
    current,
    earlier: versions.slice(1),
    actions: orderActionsFor(facts, side).filter((a) => a !== "counter" && a !== "refund"),
    canCounter: orderActionsFor(facts, side).includes("counter"),
    canEditDraft: state === "draft" && side === "buyer",
    payments: order.payments.map((p) => ({ ...p, amount: Number(p.amount), refundedAmount: Number(p.refundedAmount), refundDue: Number(p.refundDue), proofPath: undefined, hasProof: p.proofPath !== null, overdue: isOverdue(p, now) })),
    events: order.events,
    account,
    faktur: { sellerPkp: order.sellerPkp, number: order.fakturNumber, canRecord: side === "producer" && order.sellerPkp && FAKTUR_STATES.includes(state) },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  return orderAction(request, params.orderId ?? "");
}

export default function OrderPage() {
  const { t } = useTranslation(["orders", "errors", "common", "trade"]);
  const { locale, zone } = useLocaleAndZone();
  const { order, side, current, earlier, actions, canCounter, canEditDraft, payments, events, account, faktur } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const other = current.authorSide === "buyer" ? "producer" : "buyer";
  const paidDown = order.state === "down_payment_paid" ? (payments.find((p) => p.kind === "down_payment" && p.status === "paid")?.amount ?? 0) : 0;
  const termsDefaults = {
    lines: current.lines,
    deliveryAddress: current.deliveryAddress,
    deliveryDate: dateToDay(new Date(current.deliveryDate)),
    deliveryTerm: current.deliveryTerm,
    downPaymentPercent: current.downPaymentPercent,
    downPaymentDueDays: current.downPaymentDueDays,
    balanceDueDays: current.balanceDueDays,
    cancellationRefundPercent: current.cancellationRefundPercent,
    notes: current.notes,
  };
  return (
    <>
      <p>
        <Link to="/orders">← {t("title")}</Link>
      </p>
      <h1>
        {t("number")} {order.number} <span className={`badge state-${order.state}`} data-order-state={order.state}>{t(`states.${order.state}`)}</span>
      </h1>
      <p className="muted">
        {t("buyer")}: {order.buyer} · {t("producer")}: {order.producer} · {t("need")}: <Link to={`/needs/${order.need.id}`}>{order.need.title}</Link>
      </p>
      <p className="notice">{order.paymentMode === "stripe" ? t("modeStripe") : t("modeManual")}</p>
      {actionData?.error && !actionData.paymentId ? <ActionError error={actionData.error} inline /> : null}
      <section className="card">
        <h2>
          {order.state === "draft" || order.state === "proposed" ? t("onTable") : t("agreedTerms")} · {t("versionBy", { n: current.number, side: t(`sides.${current.authorSide}`) })}
        </h2>
        <OrderTermsTable version={current} />
        {order.state === "proposed" ? <p className="muted">{t("waitingFor", { side: t(`sides.${other}`) })}</p> : null}
        {paidDown && actions.includes("cancel") ? (
          <p className="notice" data-cancel-terms>
            {t("cancelAfterPayment", { buyer: formatIDR(cancellationRefund(paidDown, current.cancellationRefundPercent, "buyer")), producer: formatIDR(paidDown) })}
          </p>
        ) : null}
        <div className="actions">
          {actions.map((a) => (
            <ActionButton key={a} intent="act" fields={{ action: a }} label={t(`actions.${a}`)} className={a === "cancel" || a === "decline" ? "button secondary" : "button"} />
          ))}
          <Link to={`/orders/${order.id}/invoice`} className="button secondary">
            {t("invoice")}
          </Link>
        </div>
      </section>
      {canCounter || canEditDraft ? (
        <details className="card" open={actionData?.result?.status === "error"}>
          <summary>{canEditDraft ? t("editDraft") : t("counter")}</summary>
          {canCounter ? <p className="muted">{t("counterIntro")}</p> : null}
          <OrderTermsForm
            id={`terms-${current.number}`}
            defaults={termsDefaults}
            products={[]}
            lastResult={actionData?.result}
            hidden={{ version: String(current.number) }}
            submits={[canEditDraft ? { intent: "revise", label: t("saveChanges") } : { intent: "counter", label: t("sendCounter") }]}
          />
        </details>
      ) : null}
      {payments.length > 0 || (order.paymentMode === "manual" && order.agreedAt) ? (
        <section className="card">
          <h2>{t("payments")}</h2>
          {order.paymentMode === "manual" ? <PayTo account={account} side={side} /> : null}
          <ul className="plain">
            {payments.map((p) => (
              <li key={p.id} data-payment={p.kind} data-payment-status={p.status}>
                <strong>{t(`paymentKinds.${p.kind}`)}</strong>: {formatIDR(p.amount)} · {t(`paymentStatus.${p.status}`)} ·{" "}
                {p.paidAt ? t("paidOn", { date: formatDate(p.paidAt, locale, zone) }) : t("dueBy", { date: formatDate(p.dueAt, locale, zone) })}
                {p.mode === "manual" ? <TransferReference reference={p.reference} /> : null}{" "}
                {p.overdue ? <span className="badge warning">{t("overdue")}</span> : null}
                {p.hasProof ? (
                  <>
                    {" "}
                    · <a href={`/orders/${order.id}/payments/${p.id}`}>{t("viewProof")}</a>
                  </>
                ) : null}
                {side === "buyer" && p.mode === "manual" && (p.status === "due" || p.status === "proof_submitted") ? (
                  <Form method="post" encType="multipart/form-data" className="inline-upload">
                    <input type="hidden" name="paymentId" value={p.id} />
                    <label htmlFor={`proof-${p.id}`}>{t("proofFile")}</label>
                    <input id={`proof-${p.id}`} type="file" name="proof" accept={DOCUMENT_TYPES} required />
                    <button type="submit" className="button small">
                      {t("uploadProof")}
                    </button>
                  </Form>
                ) : null}
                {p.refundedAmount > 0 ? <> · {t("refunded", { amount: formatIDR(p.refundedAmount) })}</> : null}
                {p.refundDue > p.refundedAmount ? (
                  <p className="notice" data-refund-due>
                    {t("refundDue", { amount: formatIDR(p.refundDue - p.refundedAmount) })} · {p.mode === "stripe" ? t("refundDueStripe") : t("refundDueManual")}
                  </p>
                ) : null}
                {side === "buyer" && p.mode === "manual" && p.refundDue > p.refundedAmount ? (
                  <ActionButton intent="refund-received" fields={{ paymentId: p.id }} label={t("confirmRefund", { amount: formatIDR(p.refundDue - p.refundedAmount) })} />
                ) : null}
                {p.lastError && p.status === "due" ? (
                  <p className="field-errors" data-payment-error>
                    {t("paymentFailed", { reason: p.lastError })}
                  </p>
                ) : null}
                {p.settlement ? <> · {t(`settlement.${p.settlement}`)}</> : null}
                {p.payoutAt ? (
                  <span data-payout>
                    {" "}
                    · {t("paidOut", { date: formatDate(p.payoutAt, locale, zone), reference: p.payoutReference })}
                  </span>
                ) : null}
                {side === "admin" && p.status === "paid" && p.settlement === "platform" && !p.payoutAt ? (
                  <Form method="post" className="inline-upload">
                    <input type="hidden" name="intent" value="payout" />
                    <input type="hidden" name="paymentId" value={p.id} />
                    <label htmlFor={`payout-${p.id}`}>{t("payoutReference")}</label>
                    <input id={`payout-${p.id}`} name="reference" required minLength={3} maxLength={100} />
                    <button type="submit" className="button small secondary">
                      {t("recordPayout")}
                    </button>
                  </Form>
                ) : null}
                {side === "admin" && p.status === "paid" ? (
                  <Form method="post" className="inline-upload">
                    <input type="hidden" name="intent" value="refund" />
                    <input type="hidden" name="paymentId" value={p.id} />
                    <label htmlFor={`refund-${p.id}`}>{t("refundAmount")}</label>
                    <input id={`refund-${p.id}`} name="amount" type="number" min={1} max={p.amount - p.refundedAmount} defaultValue={p.amount - p.refundedAmount} required />
                    <button type="submit" className="button small secondary">
                      {t("actions.refund")}
                    </button>
                  </Form>
                ) : null}
                {actionData?.error && actionData.paymentId === p.id ? <ActionError error={actionData.error} inline /> : null}
                {side === "buyer" && p.mode === "stripe" && p.status === "due" ? (
                  <ActionButton intent="checkout" fields={{ paymentId: p.id }} label={t("payWithStripe", { amount: formatIDR(p.amount) })} />
                ) : null}
                {side === "producer" && p.mode === "manual" && (p.status === "due" || p.status === "proof_submitted") ? (
                  <ActionButton intent="settle" fields={{ paymentId: p.id }} label={t("confirmReceipt", { amount: formatIDR(p.amount) })} />
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {faktur.sellerPkp && (faktur.number || faktur.canRecord) ? <FakturCard faktur={faktur} error={actionData?.paymentId === "faktur" ? actionData.error : null} /> : null}
      {earlier.length > 0 ? (
        <details className="card">
          <summary>{t("versions")}</summary>
          {earlier.map((v) => (
            <div key={v.number}>
              <h3>{t("versionBy", { n: v.number, side: t(`sides.${v.authorSide}`) })}</h3>
              <OrderTermsTable version={v} />
            </div>
          ))}
        </details>
      ) : null}
      <section className="card">
        <h2>{t("history")}</h2>
        <ol className="plain">
          {events.map((e, i) => (
            <li key={i}>
              {formatDateTime(e.createdAt, locale, zone)} · {t(`sides.${e.actorRole ?? "system"}`, { defaultValue: e.actorRole ?? "" })} ·{" "}
              {e.note === "refund_received" ? t("refundReceived") : e.note === "bank_account_changed" || e.note === "faktur_recorded" ? t(`trade:history.${e.note}`) : e.fromState === e.toState ? t("counterNote", { n: e.note?.replace("counter:v", "") ?? "" }) : t("event", { from: e.fromState ? t(`states.${e.fromState}`) : "–", to: t(`states.${e.toState}`) })}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
