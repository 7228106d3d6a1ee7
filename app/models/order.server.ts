// Purchase orders as records. A confirmed partnership becomes an order the buyer drafts; its
// terms are versions (each proposal or counter-offer a new one, never edited). Every move goes
// through order-workflow.ts atomically: the state (and, for offers, the version on the table)
// only changes if it is still what the actor saw, so two people acting at once get one winner
// and a conflict. Each move is an OrderEvent and a notice to the other side, in the same
// transaction. Payments: the down payment is due on agreement, the balance on delivery; in
// manual mode the buyer uploads a transfer proof and the producer confirms receipt.
import type { Db, Tx } from "~/db.server.ts";
import { Prisma } from "~/generated/prisma/client.ts";
import { median } from "~/lib/median.ts";
import { followOrder } from "./match.server.ts";
import { MEMBERS, notify, usersOf } from "./notification.server.ts";
import type { OrderTerms } from "./order-forms.ts";
import { afterSettlement, cancellationRefund, nextOrderState, orderAmounts, type OrderAction, type OrderLine, type OrderSide, type OrderState, type PaymentKind } from "./order-workflow.ts";

const DAY = 86_400_000;

export interface OrderActor {
  userId: string;
  /** The acting organisation: the buyer's or the producer's. Null for an admin. */
  organisationId: string | null;
  isAdmin: boolean;
}

export type PaymentMode = "manual" | "stripe";

export type OrderResult<T = object> = ({ ok: true } & T) | { ok: false; error: "not_found" | "order_invalid_transition" | "conflict" | "match_not_confirmed" };

const PARTIES = {
  buyerId: true,
  buyer: { select: { name: true, memberships: MEMBERS } },
  producer: { select: { legalName: true, organisationId: true, organisation: { select: { memberships: MEMBERS } } } },
} as const;

/** The side an actor takes in an order, or null when it has none. */
function sideIn(order: { buyerId: string; producer: { organisationId: string } }, actor: OrderActor): OrderSide | null {
  if (actor.organisationId && order.buyerId === actor.organisationId) return "buyer";
  if (actor.organisationId && order.producer.organisationId === actor.organisationId) return "producer";
  return actor.isAdmin ? "admin" : null;
}

function versionData(terms: OrderTerms) {
  const lines: OrderLine[] = terms.lines.map((l) => ({ productId: l.productId ?? null, name: l.name, quantity: l.quantity, unit: l.unit, unitPrice: l.unitPrice }));
  return {
    lines: lines as unknown as Prisma.InputJsonValue,
    total: BigInt(orderAmounts(lines, terms.downPaymentPercent).total),
    deliveryAddress: terms.deliveryAddress,
    deliveryDate: terms.deliveryDate,
    deliveryTerm: terms.deliveryTerm,
    downPaymentPercent: terms.downPaymentPercent,
    downPaymentDueDays: terms.downPaymentDueDays,
    balanceDueDays: terms.balanceDueDays,
    cancellationRefundPercent: terms.cancellationRefundPercent,
    notes: terms.notes ?? null,
  };
}

async function tellOtherSide(tx: Tx, order: { id: string; number: string; buyer: { memberships: { user: { id: string; email: string; locale: string } }[] }; producer: { organisation: { memberships: { user: { id: string; email: string; locale: string } }[] } } }, side: OrderSide, state: OrderState) {
  const notice = { kind: "order_state" as const, params: { number: order.number, orderState: state }, link: `/orders/${order.id}` };
  if (side !== "buyer") await notify(tx, usersOf(order.buyer), notice, { email: true });
  if (side !== "producer") await notify(tx, usersOf(order.producer.organisation), notice, { email: true });
}

/** The confirmed partnership a buyer may order from, with what the form offers. */
export async function orderableMatch(db: Db, matchId: string, buyerId: string) {
  const match = await db.match.findUnique({
    where: { id: matchId },
    select: {
      id: true,
      state: true,
      producerId: true,
      need: { select: { buyerId: true, title: true, quantity: true, unit: true, neededBy: true, budgetPerUnit: true } },
      product: { select: { id: true, name: true, unit: true, priceMin: true } },
      producer: { select: { legalName: true, products: { where: { status: "active" }, select: { id: true, name: true, unit: true, priceMin: true }, orderBy: { name: "asc" } } } },
      orders: { where: { state: { notIn: ["cancelled"] } }, select: { id: true } },
    },
  });
  if (!match || match.need.buyerId !== buyerId) return null;
  return match;
}

/** The next order number of the year: PO-2027-000042. */
async function nextNumber(tx: Tx, now: Date): Promise<string> {
  const prefix = `PO-${now.getUTCFullYear()}-`;
  const last = await tx.order.findFirst({ where: { number: { startsWith: prefix } }, orderBy: { number: "desc" }, select: { number: true } });
  const next = last ? Number(last.number.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(next).padStart(6, "0")}`;
}

/**
 * The buyer drafts an order from a confirmed partnership (one open order per partnership);
 * with `propose`, it goes to the producer at once.
 */
export async function draftOrder(db: Db, matchId: string, terms: OrderTerms, actor: OrderActor & { organisationId: string }, propose: boolean): Promise<OrderResult<{ id: string }>> {
  const match = await orderableMatch(db, matchId, actor.organisationId);
  if (!match) return { ok: false, error: "not_found" };
  if (match.state !== "confirmed" || match.orders.length > 0) return { ok: false, error: "match_not_confirmed" };
  // Two drafts at once would both read the same last number: the unique index refuses the
  // second, which then takes the next one.
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const now = new Date();
        const state: OrderState = propose ? "proposed" : "draft";
        const order = await tx.order.create({
          data: {
            number: await nextNumber(tx, now),
            matchId,
            buyerId: actor.organisationId,
            producerId: match.producerId,
            state,
            versions: { create: { number: 1, authorSide: "buyer", authorUserId: actor.userId, ...versionData(terms) } },
            events: { create: [{ fromState: null, toState: "draft", actorUserId: actor.userId, actorRole: "buyer" }, ...(propose ? [{ fromState: "draft", toState: "proposed", actorUserId: actor.userId, actorRole: "buyer" }] : [])] },
          },
          select: { id: true, number: true, ...PARTIES },
        });
        if (propose) await tellOtherSide(tx, order, "buyer", state);
        return { ok: true, id: order.id } as const;
      });
    } catch (error) {
      if (attempt < 3 && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") continue;
      throw error;
    }
  }
}

/**
 * A new version of the terms: the buyer editing its draft, or either side countering the
 * other's proposal (which then waits for the other side). `seenVersion` is the version the
 * actor was looking at: if another came meanwhile, this one is refused.
 */
export async function reviseOrder(db: Db, orderId: string, seenVersion: number, terms: OrderTerms, actor: OrderActor): Promise<OrderResult> {
  const order = await db.order.findUnique({ where: { id: orderId }, select: { id: true, number: true, state: true, versionNumber: true, versions: { where: { number: seenVersion }, select: { authorSide: true } }, ...PARTIES } });
  if (!order) return { ok: false, error: "not_found" };
  const side = sideIn(order, actor);
  if (!side) return { ok: false, error: "not_found" };
  const versionBy = (order.versions[0]?.authorSide ?? "buyer") as "buyer" | "producer";
  const editingDraft = order.state === "draft" && side === "buyer";
  if (!editingDraft && !nextOrderState({ state: order.state as OrderState, versionBy, hasDownPayment: false }, "counter", side)) {
    return { ok: false, error: "order_invalid_transition" };
  }
  return db.$transaction(async (tx) => {
    const next = seenVersion + 1;
    const { count } = await tx.order.updateMany({ where: { id: orderId, state: order.state, versionNumber: seenVersion }, data: { versionNumber: next } });
    if (count === 0) return { ok: false, error: "conflict" } as const;
    await tx.orderVersion.create({ data: { orderId, number: next, authorSide: side, authorUserId: actor.userId, ...versionData(terms) } });
    if (!editingDraft) {
      await tx.orderEvent.create({ data: { orderId, fromState: order.state, toState: order.state, actorUserId: actor.userId, actorRole: side, note: `counter:v${next}` } });
      await tellOtherSide(tx, order, side, "proposed");
    }
    return { ok: true } as const;
  });
}

/** One person's move on an order: propose, accept, decline, cancel, deliver, complete, refund. */
export async function actOnOrder(db: Db, orderId: string, action: OrderAction, actor: OrderActor, note: string | null, paymentMode: PaymentMode = "manual"): Promise<OrderResult<{ state: OrderState }>> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      number: true,
      state: true,
      paymentMode: true,
      versionNumber: true,
      matchId: true,
      match: { select: { state: true, createdAt: true } },
      versions: { orderBy: { number: "desc" }, take: 1, select: { authorSide: true, lines: true, downPaymentPercent: true, downPaymentDueDays: true, balanceDueDays: true, cancellationRefundPercent: true } },
      ...PARTIES,
    },
  });
  if (!order) return { ok: false, error: "not_found" };
  const side = sideIn(order, actor);
  if (!side) return { ok: false, error: "not_found" };
  const terms = order.versions[0]!;
  const amounts = orderAmounts(terms.lines as unknown as OrderLine[], terms.downPaymentPercent);
  const from = order.state as OrderState;
  const to = nextOrderState({ state: from, versionBy: terms.authorSide as "buyer" | "producer", hasDownPayment: amounts.downPayment > 0 }, action, side);
  if (!to) return { ok: false, error: "order_invalid_transition" };
  return db.$transaction(async (tx) => {
    const now = new Date();
    // Acceptance is of the version on the table: a counter-offer arriving first wins.
    const { count } = await tx.order.updateMany({
      where: { id: orderId, state: from, ...(action === "accept" ? { versionNumber: order.versionNumber } : {}) },
      data: {
        state: to,
        ...(to === "agreed" ? { agreedAt: now, paymentMode } : {}),
        ...(to === "delivered" ? { deliveredAt: now } : {}),
        ...(to === "completed" ? { completedAt: now } : {}),
      },
    });
    if (count === 0) return { ok: false, error: "conflict" } as const;
    await tx.orderEvent.create({ data: { orderId, fromState: from, toState: to, actorUserId: actor.userId, actorRole: side, note, createdAt: now } });
    let state = to;
    if (to === "agreed") {
      if (amounts.downPayment > 0) {
        await tx.payment.create({ data: { orderId, kind: "down_payment", amount: BigInt(amounts.downPayment), mode: paymentMode, dueAt: new Date(now.getTime() + terms.downPaymentDueDays * DAY) } });
      }
      await followOrder(tx, { id: order.matchId, ...order.match }, "order", actor.userId, now);
    }
    if (to === "delivered") {
      if (amounts.balance > 0) {
        await tx.payment.create({ data: { orderId, kind: "balance", amount: BigInt(amounts.balance), mode: order.paymentMode, dueAt: new Date(now.getTime() + terms.balanceDueDays * DAY) } });
      } else {
        // Paid in full up front: delivery settles the order.
        await tx.order.update({ where: { id: orderId }, data: { state: "paid" } });
        await tx.orderEvent.create({ data: { orderId, fromState: "delivered", toState: "paid", actorRole: "system", note: "nothing_due", createdAt: now } });
        state = "paid";
      }
    }
    if (to === "completed") await followOrder(tx, { id: order.matchId, ...order.match }, "orderCompleted", actor.userId, now);
    if (to === "cancelled" && from === "down_payment_paid") {
      // Money moved: the terms say how much of the down payment goes back.
      const paid = await tx.payment.findUniqueOrThrow({ where: { orderId_kind: { orderId, kind: "down_payment" } }, select: { id: true, amount: true } });
      const due = cancellationRefund(Number(paid.amount), terms.cancellationRefundPercent, side);
      if (due > 0) await tx.payment.update({ where: { id: paid.id }, data: { refundDue: BigInt(due) } });
    }
    await tellOtherSide(tx, order, side, state);
    return { ok: true, state } as const;
  });
}

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
  const from = payment.order.state as OrderState;
  const to = afterSettlement(from, payment.kind as PaymentKind);
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
  if (allBack && REFUNDABLE.includes(order.state as OrderState)) {
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
    await tellOtherSide(tx, order, side, order.state as OrderState);
    return { ok: true } as const;
  });
}

/** An order as its parties see it: every version, the history and the payments. */
export async function orderForParty(db: Db, orderId: string, actor: OrderActor) {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      number: true,
      state: true,
      paymentMode: true,
      versionNumber: true,
      agreedAt: true,
      deliveredAt: true,
      createdAt: true,
      buyerId: true,
      buyer: { select: { name: true, regionCode: true } },
      producer: { select: { legalName: true, organisationId: true, address: true, regencyCode: true, organisation: { select: { slug: true } } } },
      match: { select: { need: { select: { id: true, title: true } } } },
      versions: { orderBy: { number: "desc" } },
      events: { orderBy: { createdAt: "asc" }, select: { fromState: true, toState: true, actorRole: true, note: true, createdAt: true } },
      payments: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, amount: true, mode: true, status: true, dueAt: true, proofAt: true, proofPath: true, proofMime: true, paidAt: true, refundedAmount: true, refundDue: true, settlement: true, lastError: true, payoutAt: true, payoutReference: true } },
    },
  });
  if (!order) return null;
  const side = sideIn({ buyerId: order.buyerId, producer: order.producer }, actor);
  return side ? { order, side } : null;
}

/** The orders of an organisation, as buyer or as producer (all of them for an admin: null), newest first. */
export function ordersOf(db: Db, organisationId: string | null) {
  return db.order.findMany({
    where: organisationId === null ? {} : { OR: [{ buyerId: organisationId }, { producer: { organisationId } }] },
    orderBy: { updatedAt: "desc" },
    take: 200,
    select: {
      id: true,
      number: true,
      state: true,
      updatedAt: true,
      buyer: { select: { name: true } },
      producer: { select: { legalName: true } },
      versions: { orderBy: { number: "desc" }, take: 1, select: { total: true, deliveryDate: true } },
      payments: { select: { status: true, dueAt: true } },
    },
  });
}

/** Whether a payment is overdue: still unpaid after its due date. */
export function isOverdue(payment: { status: string; dueAt: Date }, now = new Date()): boolean {
  return (payment.status === "due" || payment.status === "proof_submitted") && payment.dueAt < now;
}

/** A buyer's partnerships the producer has confirmed that have no open order yet. */
export function readyToOrder(db: Db, buyerId: string) {
  return db.match.findMany({
    where: { state: "confirmed", need: { buyerId }, orders: { none: { state: { not: "cancelled" } } } },
    orderBy: { updatedAt: "desc" },
    take: 50,
    select: { id: true, need: { select: { title: true } }, producer: { select: { legalName: true } } },
  });
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
