// Payments of an order: the buyer's transfer proof, the producer confirming money received,
// settlements (by hand or by Stripe's event) moving the order on, refunds as a running total,
// overdue payments told once, and how fast buyers pay. Who may do what is the order's rule:
// the side an actor takes in it (sideIn).
import type { Db, Tx } from "~/db.server.ts";
import type { Prisma } from "~/generated/prisma/client.ts";
import { median } from "~/lib/median.ts";
import { MEMBERS, notify, usersOf } from "../platform/notification.server.ts";
import { PARTIES, sideIn, tellOtherSide, type OrderActor, type OrderResult } from "./order.server.ts";
import { afterSettlement, readOrderState, readPaymentKind, type OrderSide, type OrderState } from "./order-workflow.ts";

const DAY = 86_400_000;

/** The buyer's proof of a bank transfer for a payment that is due (manual mode). */
export async function submitTransferProof(db: Db, paymentId: string, actor: OrderActor, proof: { path: string; mimeType: string }): Promise<OrderResult> {
  const payment = await db.payment.findUnique({ where: { id: paymentId }, select: { status: true, mode: true, order: { select: { id: true, number: true, state: true, ...PARTIES } } } });
  if (!payment || sideIn(payment.order, actor) !== "buyer") return { ok: false, error: "not_found" };
  if (payment.mode !== "manual" || (payment.status !== "due" && payment.status !== "proof_submitted")) return { ok: false, error: "order_invalid_transition" };
  return db.$transaction(async (tx) => {
    const { count } = await tx.payment.updateMany({ where: { id: paymentId, status: payment.status }, data: { status: "proof_submitted", proofPath: proof.path, proofMime: proof.mimeType, proofAt: new Date() } });
    if (count === 0) return { ok: false, error: "conflict" } as const;
    await notify(tx, usersOf(payment.order.producer.organisation), { kind: "payment_proof", params: { number: payment.order.number }, link: `/orders/${payment.order.id}` }, { email: true });
    return { ok: true } as const;
  });
}

/**
 * Money received: the producer confirms a manual transfer. Settled once: whoever comes second
 * gets a conflict.
 */
export async function settlePayment(db: Db, paymentId: string, actor: OrderActor): Promise<OrderResult<{ state: OrderState }>> {
  const payment = await db.payment.findUnique({ where: { id: paymentId }, select: { status: true, mode: true, order: { select: { buyerId: true, producer: { select: { organisationId: true } } } } } });
  if (!payment) return { ok: false, error: "not_found" };
  const side = sideIn(payment.order, actor);
  if (!side) return { ok: false, error: "not_found" };
  if (side !== "producer" || payment.mode !== "manual" || (payment.status !== "due" && payment.status !== "proof_submitted")) return { ok: false, error: "order_invalid_transition" };
  const state = await db.$transaction((tx) => recordSettlement(tx, paymentId, { userId: actor.userId, role: side }, new Date(), null));
  return state ? { ok: true, state } : { ok: false, error: "conflict" };
}

/**
 * A payment settled (by the producer's confirmation or Stripe's event), in the caller's
 * transaction: the payment becomes paid only if it was still open, and the order moves on
 * (agreed → down_payment_paid, delivered → paid); both sides are told. Returns the order's
 * state, or null when the payment was settled already.
 */
export async function recordSettlement(tx: Tx, paymentId: string, by: { userId: string | null; role: OrderSide | "stripe" }, at: Date, stripePaymentIntentId: string | null): Promise<OrderState | null> {
  const { count } = await tx.payment.updateMany({
    where: { id: paymentId, status: { in: ["due", "proof_submitted"] } },
    data: { status: "paid", paidAt: at, confirmedById: by.userId, ...(stripePaymentIntentId ? { stripePaymentIntentId } : {}) },
  });
  if (count === 0) return null;
  const payment = await tx.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { kind: true, order: { select: { id: true, number: true, state: true, ...PARTIES } } } });
  const from = readOrderState(payment.order.state);
  const to = afterSettlement(from, readPaymentKind(payment.kind));
  if (to) {
    await tx.order.updateMany({ where: { id: payment.order.id, state: from }, data: { state: to } });
    await tx.orderEvent.create({ data: { orderId: payment.order.id, fromState: from, toState: to, actorUserId: by.userId, actorRole: by.role, note: `${payment.kind}_received`, createdAt: at } });
  }
  // The producer confirming tells the buyer; Stripe's word goes to both.
  await tellOtherSide(tx, payment.order, by.role === "stripe" ? "admin" : by.role, to ?? from);
  return to ?? from;
}

/** Order states a refund may end: money has moved. */
const REFUNDABLE: OrderState[] = ["down_payment_paid", "delivered", "paid", "completed"];

/**
 * Money given back on a payment, as a running total in rupiah (Stripe's figure, or the sum an
 * admin recorded): it only grows, so a late or repeated report changes nothing. A payment
 * refunded in full is "refunded"; once every paid payment of the order is, the order is too
 * (a cancelled order stays cancelled). Says whether this call counted anything.
 */
export async function applyRefund(tx: Tx, paymentId: string, refundedTotal: number, by: { userId: string | null; role: string }, at: Date): Promise<boolean> {
  const payment = await tx.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { amount: true, refundedAmount: true, orderId: true } });
  if (refundedTotal <= Number(payment.refundedAmount)) return false;
  const full = refundedTotal >= Number(payment.amount);
  const { count } = await tx.payment.updateMany({ where: { id: paymentId, refundedAmount: payment.refundedAmount }, data: { refundedAmount: BigInt(Math.min(refundedTotal, Number(payment.amount))), ...(full ? { status: "refunded" } : {}) } });
  if (count === 0) return false;
  const order = await tx.order.findUniqueOrThrow({ where: { id: payment.orderId }, select: { state: true, payments: { select: { status: true } } } });
  const allBack = order.payments.every((p) => p.status === "refunded" || p.status === "due" || p.status === "proof_submitted") && order.payments.some((p) => p.status === "refunded");
  if (allBack && REFUNDABLE.includes(readOrderState(order.state))) {
    const moved = await tx.order.updateMany({ where: { id: payment.orderId, state: order.state }, data: { state: "refunded" } });
    if (moved.count === 1) await tx.orderEvent.create({ data: { orderId: payment.orderId, fromState: order.state, toState: "refunded", actorUserId: by.userId, actorRole: by.role, note: "refund", createdAt: at } });
  }
  return true;
}

/**
 * Manual mode: the buyer confirms the producer transferred back what a cancellation owed it.
 * Counted once, like any refund: applyRefund's running total only grows.
 */
export async function confirmRefundReceived(db: Db, paymentId: string, actor: OrderActor): Promise<OrderResult> {
  const payment = await db.payment.findUnique({ where: { id: paymentId }, select: { mode: true, refundDue: true, refundedAmount: true, order: { select: { id: true, number: true, state: true, ...PARTIES } } } });
  const side = payment ? sideIn(payment.order, actor) : null;
  if (!payment || !side) return { ok: false, error: "not_found" };
  if (side !== "buyer" || payment.mode !== "manual" || payment.refundDue <= payment.refundedAmount) return { ok: false, error: "order_invalid_transition" };
  return db.$transaction(async (tx) => {
    const now = new Date();
    if (!(await applyRefund(tx, paymentId, Number(payment.refundDue), { userId: actor.userId, role: side }, now))) return { ok: false, error: "conflict" } as const;
    const { order } = payment;
    await tx.orderEvent.create({ data: { orderId: order.id, fromState: order.state, toState: order.state, actorUserId: actor.userId, actorRole: side, note: "refund_received", createdAt: now } });
    await tellOtherSide(tx, order, side, readOrderState(order.state));
    return { ok: true } as const;
  });
}

/** Whether a payment is overdue: still unpaid after its due date. */
export function isOverdue(payment: { status: string; dueAt: Date }, now = new Date()): boolean {
  return (payment.status === "due" || payment.status === "proof_submitted") && payment.dueAt < now;
}

/**
 * Payments still unpaid after their due date, told once to the buyer, the producer and the
 * dinas office of the producer's province (slow payment by large buyers is what IKM complain
 * of most). Marked first, conditionally, so two workers never tell twice. Returns how many.
 */
export async function flagOverduePayments(db: Db, now = new Date()): Promise<number> {
  const overdue = await db.payment.findMany({
    where: { status: { in: ["due", "proof_submitted"] }, dueAt: { lt: now }, overdueNotifiedAt: null, order: { state: { notIn: ["cancelled", "refunded"] } } },
    select: { id: true, kind: true, order: { select: { id: true, number: true, buyer: { select: { memberships: MEMBERS } }, producer: { select: { provinceCode: true, organisation: { select: { memberships: MEMBERS } } } } } } },
    take: 200,
  });
  let flagged = 0;
  for (const p of overdue) {
    const offices = await db.organisation.findMany({ where: { kind: "dinas", status: "active", regionCode: p.order.producer.provinceCode }, select: { memberships: MEMBERS } });
    flagged += await db.$transaction(async (tx) => {
      const { count } = await tx.payment.updateMany({ where: { id: p.id, overdueNotifiedAt: null }, data: { overdueNotifiedAt: now } });
      if (count === 0) return 0;
      const notice = { kind: "payment_overdue" as const, params: { number: p.order.number, paymentKind: p.kind }, link: `/orders/${p.order.id}` };
      await notify(tx, [...usersOf(p.order.buyer), ...usersOf(p.order.producer.organisation), ...offices.flatMap(usersOf)], notice, { email: true });
      return 1;
    });
  }
  return flagged;
}

/**
 * How fast buyer organisations pay: the median days from a payment falling due to be asked
 * for (the order agreed, the goods delivered) to the money received, over their paid
 * payments, and how many of their payments are overdue now.
 */
export async function paymentSpeedOf(db: Db, where: Prisma.OrderWhereInput = {}, now = new Date()) {
  const payments = await db.payment.findMany({
    where: { order: where, status: { in: ["due", "proof_submitted", "paid"] } },
    select: { status: true, createdAt: true, paidAt: true, dueAt: true, order: { select: { buyerId: true, buyer: { select: { name: true } } } } },
  });
  const byBuyer = new Map<string, { name: string; days: number[]; overdue: number }>();
  for (const p of payments) {
    const entry = byBuyer.get(p.order.buyerId) ?? { name: p.order.buyer.name, days: [], overdue: 0 };
    if (p.status === "paid" && p.paidAt) entry.days.push((p.paidAt.getTime() - p.createdAt.getTime()) / DAY);
    else if (isOverdue(p, now)) entry.overdue++;
    byBuyer.set(p.order.buyerId, entry);
  }
  return [...byBuyer].map(([buyerId, e]) => ({ buyerId, name: e.name, paid: e.days.length, medianDays: median(e.days), overdue: e.overdue })).sort((a, b) => (b.medianDays ?? -1) - (a.medianDays ?? -1));
}
