// One purchase order for its buyer and producer (and admins): the terms on the table and the
// earlier versions, the moves each side may make now, counter-offers, payments (transfer
// proof, receipt) and the history.
import { parseWithZod } from "@conform-to/zod/v4";
import { dateToDay } from "~/lib/calendar-day.ts";
import { ActionError } from "~/components/action-error.tsx";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ActionButton } from "~/components/action-button.tsx";
import { OrderTermsForm } from "~/components/order-terms-form.tsx";
import { OrderTermsTable } from "~/components/order-terms-table.tsx";
import { db } from "~/db.server.ts";
import { readForm, readUploadForm } from "~/http/form-body.server.ts";
import { formatDate, formatDateTime, formatIDR } from "~/lib/format.ts";
import { invariantResponse, requireOrderActor } from "~/http/guards.server.ts";
import { MAX_ORDER_TOTAL, OrderTermsSchema, withoutEmptyLines } from "~/models/order-forms.ts";
import { confirmRefundReceived, isOverdue, orderForParty, reviseOrder, settlePayment, submitTransferProof } from "~/models/order.server.ts";
import { MAX_DOCUMENT_BYTES, storeDocument } from "~/models/uploads.server.ts";
import { env } from "~/env.server.ts";
import { moveOrder, recordPayout, refundPayment, startCheckout, stripeClient } from "~/models/stripe-payments.server.ts";
import { cancellationRefund, ORDER_ACTIONS, orderActionsFor, orderAmounts, type OrderLine, type OrderState } from "~/models/order-workflow.ts";
import { useLocaleAndZone } from "~/root-data.ts";

export const handle = { i18n: ["orders", "errors"] };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor } = await requireOrderActor(request);
  const found = await orderForParty(db(), params.orderId ?? "", actor);
  invariantResponse(found, "Not found");
  const { order, side } = found;
  const versions = order.versions.map((v) => ({
    number: v.number,
    authorSide: v.authorSide as "buyer" | "producer",
    lines: v.lines as unknown as OrderLine[],
    deliveryAddress: v.deliveryAddress,
    deliveryDate: v.deliveryDate,
    deliveryTerm: v.deliveryTerm,
    downPaymentPercent: v.downPaymentPercent,
    downPaymentDueDays: v.downPaymentDueDays,
    balanceDueDays: v.balanceDueDays,
    cancellationRefundPercent: v.cancellationRefundPercent,
    notes: v.notes,
    createdAt: v.createdAt,
    amounts: orderAmounts(v.lines as unknown as OrderLine[], v.downPaymentPercent),
  }));
  const current = versions[0]!;
  const state = order.state as OrderState;
  const facts = { state, versionBy: current.authorSide, hasDownPayment: current.amounts.downPayment > 0 };
  const now = new Date();
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
  };
}

const ActSchema = z.object({ intent: z.literal("act"), action: z.enum(ORDER_ACTIONS) });
const SettleSchema = z.object({ intent: z.enum(["settle", "checkout", "refund-received"]), paymentId: z.string().min(1).max(40) });
const RefundSchema = z.object({ paymentId: z.string().min(1).max(40), amount: z.coerce.number().int().min(1).max(MAX_ORDER_TOTAL) });
const PayoutSchema = z.object({ paymentId: z.string().min(1).max(40), reference: z.string().trim().min(3, "too_short").max(100, "too_long") });
const VersionSchema = z.object({ version: z.coerce.number().int().min(1).max(1000) });

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, permissions } = await requireOrderActor(request);
  const orderId = params.orderId ?? "";
  if (request.headers.get("Content-Type")?.startsWith("multipart/form-data")) return uploadProof(request, actor);
  const form = await readForm(request);
  const intent = form.get("intent");
  if (intent === "counter" || intent === "revise") {
    const cleaned = withoutEmptyLines(form);
    const submission = parseWithZod(cleaned, { schema: OrderTermsSchema });
    const version = VersionSchema.safeParse(Object.fromEntries(form));
    if (submission.status !== "success" || !version.success) return data({ result: submission.reply(), error: null, paymentId: null }, { status: 400 });
    const result = await reviseOrder(db(), orderId, version.data.version, submission.value, actor);
    invariantResponse(result.ok || result.error !== "not_found", "Not found");
    if (!result.ok) return data({ result: submission.reply({ formErrors: [result.error] }), error: null, paymentId: null }, { status: 409 });
    return { result: submission.reply({ resetForm: true }), error: null, paymentId: null };
  }
  const values = Object.fromEntries(form);
  // Money leaving the platform's hands: only with the permission (the models check it too).
  const settler = { userId: actor.userId, permissions };
  if ((intent === "refund" || intent === "payout") && !permissions.includes("settle:payment:any")) {
    return data({ result: undefined, error: "forbidden", paymentId: String(values.paymentId ?? "") }, { status: 403 });
  }
  if (intent === "refund") {
    const parsed = RefundSchema.safeParse(values);
    if (!parsed.success) return data({ result: undefined, error: "refund_amount_invalid", paymentId: String(values.paymentId ?? "") }, { status: 400 });
    const payment = await db().payment.findFirst({ where: { id: parsed.data.paymentId, orderId }, select: { id: true } });
    invariantResponse(payment, "Not found");
    const result = await refundPayment(db(), stripeClient(), payment.id, parsed.data.amount, settler);
    if (!result.ok) return data({ result: undefined, error: result.error, paymentId: parsed.data.paymentId }, { status: result.error === "forbidden" ? 403 : result.error === "refund_amount_invalid" ? 400 : 409 });
    return { result: undefined, error: null, paymentId: null };
  }
  if (intent === "payout") {
    const parsed = PayoutSchema.safeParse(values);
    if (!parsed.success) return data({ result: undefined, error: "payout_reference_required", paymentId: String(values.paymentId ?? "") }, { status: 400 });
    const payment = await db().payment.findFirst({ where: { id: parsed.data.paymentId, orderId }, select: { id: true } });
    invariantResponse(payment, "Not found");
    const result = await recordPayout(db(), payment.id, parsed.data.reference, settler);
    if (!result.ok) return data({ result: undefined, error: result.error, paymentId: payment.id }, { status: result.error === "forbidden" ? 403 : 409 });
    return { result: undefined, error: null, paymentId: null };
  }
  if (intent === "settle" || intent === "checkout" || intent === "refund-received") {
    const parsed = SettleSchema.safeParse(values);
    if (!parsed.success) return data({ result: undefined, error: "invalid", paymentId: null }, { status: 400 });
    const stripe = stripeClient();
    if (parsed.data.intent === "checkout") {
      if (!stripe) return data({ result: undefined, error: "order_invalid_transition", paymentId: parsed.data.paymentId }, { status: 409 });
      const checkout = await startCheckout(db(), stripe, parsed.data.paymentId, actor, env().APP_URL);
      invariantResponse(checkout.ok || checkout.error !== "not_found", "Not found");
      if (!checkout.ok) return data({ result: undefined, error: checkout.error, paymentId: parsed.data.paymentId }, { status: 409 });
      return redirect(checkout.url);
    }
    const result = parsed.data.intent === "settle" ? await settlePayment(db(), parsed.data.paymentId, actor) : await confirmRefundReceived(db(), parsed.data.paymentId, actor);
    invariantResponse(result.ok || result.error !== "not_found", "Not found");
    if (!result.ok) return data({ result: undefined, error: result.error, paymentId: parsed.data.paymentId }, { status: 409 });
    return { result: undefined, error: null, paymentId: null };
  }
  const parsed = ActSchema.safeParse(values);
  if (!parsed.success) return data({ result: undefined, error: "invalid", paymentId: null }, { status: 400 });
  const result = await moveOrder(db(), stripeClient(), orderId, parsed.data.action, actor);
  invariantResponse(result.ok || result.error !== "not_found", "Not found");
  if (!result.ok) return data({ result: undefined, error: result.error, paymentId: null }, { status: 409 });
  return { result: undefined, error: null, paymentId: null };
}

/** The buyer's transfer proof for one payment: a PDF or image, checked by its content. */
async function uploadProof(request: Request, actor: Awaited<ReturnType<typeof requireOrderActor>>["actor"]) {
  const upload = await readUploadForm(request, { maxPartSize: MAX_DOCUMENT_BYTES });
  if (!upload.ok) return data({ result: undefined, error: upload.error === "too_large" ? "file_too_large" : "file_type", paymentId: null }, { status: 400 });
  const form = upload.form;
  const paymentId = String(form.get("paymentId") ?? "").slice(0, 40);
  const file = form.get("proof");
  if (!(file instanceof File) || file.size === 0) return data({ result: undefined, error: "file_required", paymentId }, { status: 400 });
  const stored = await storeDocument(env().UPLOAD_DIR, "payments", new Uint8Array(await file.arrayBuffer()));
  if (!stored.ok) return data({ result: undefined, error: stored.error, paymentId }, { status: 400 });
  const result = await submitTransferProof(db(), paymentId, actor, stored);
  invariantResponse(result.ok || result.error !== "not_found", "Not found");
  if (!result.ok) return data({ result: undefined, error: result.error, paymentId }, { status: 409 });
  return { result: undefined, error: null, paymentId };
}

export default function OrderPage() {
  const { t } = useTranslation(["orders", "errors", "common"]);
  const { locale, zone } = useLocaleAndZone();
  const { order, side, current, earlier, actions, canCounter, canEditDraft, payments, events } = useLoaderData<typeof loader>();
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
          {t("onTable")} · {t("versionBy", { n: current.number, side: t(`sides.${current.authorSide}`) })}
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
            <ActionButton key={a} fields={{ intent: "act", action: a }} label={t(`actions.${a}`)} className={a === "cancel" || a === "decline" ? "button secondary" : "button"} />
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
      {payments.length > 0 ? (
        <section className="card">
          <h2>{t("payments")}</h2>
          <ul className="plain">
            {payments.map((p) => (
              <li key={p.id} data-payment={p.kind} data-payment-status={p.status}>
                <strong>{t(`paymentKinds.${p.kind}`)}</strong>: {formatIDR(p.amount)} · {t(`paymentStatus.${p.status}`)} ·{" "}
                {p.paidAt ? t("paidOn", { date: formatDate(p.paidAt, locale, zone) }) : t("dueBy", { date: formatDate(p.dueAt, locale, zone) })}{" "}
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
                    <input id={`proof-${p.id}`} type="file" name="proof" accept="application/pdf,image/jpeg,image/png" required />
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
                  <ActionButton fields={{ intent: "refund-received", paymentId: p.id }} label={t("confirmRefund", { amount: formatIDR(p.refundDue - p.refundedAmount) })} />
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
                  <ActionButton fields={{ intent: "checkout", paymentId: p.id }} label={t("payWithStripe", { amount: formatIDR(p.amount) })} />
                ) : null}
                {side === "producer" && p.mode === "manual" && (p.status === "due" || p.status === "proof_submitted") ? (
                  <ActionButton fields={{ intent: "settle", paymentId: p.id }} label={t("confirmReceipt", { amount: formatIDR(p.amount) })} />
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
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
              {e.note === "refund_received" ? t("refundReceived") : e.fromState === e.toState ? t("counterNote", { n: e.note?.replace("counter:v", "") ?? "" }) : t("event", { from: e.fromState ? t(`states.${e.fromState}`) : "–", to: t(`states.${e.toState}`) })}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
