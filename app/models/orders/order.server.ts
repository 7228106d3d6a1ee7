// Purchase orders as records. A confirmed partnership becomes an order the buyer drafts; its
// terms are versions (each proposal or counter-offer a new one, never edited). Every move goes
// through order-workflow.ts atomically: the state (and, for offers, the version on the table)
// only changes if it is still what the actor saw, so two people acting at once get one winner
// and a conflict. Each move is an OrderEvent and a notice to the other side, in the same
// transaction. Payments: the down payment is due on agreement, the balance on delivery; in
// manual mode the buyer uploads a transfer proof and the producer confirms receipt.
import type { Db, Tx } from "~/db.server.ts";
import { env } from "~/env.server.ts";
import type { Prisma } from "~/generated/prisma/client.ts";
import { nextYearlyNumber, retryOnClash } from "../platform/numbering.server.ts";
import { followOrder } from "../matches/match.server.ts";
import { MEMBERS, notify, usersOf } from "../platform/notification.server.ts";
import { paymentReference } from "../trade/banks.ts";
import type { OrderTerms } from "./order-forms.ts";
import { cancellationRefund, nextOrderState, type OrderAction, orderAmounts, type OrderLine, type OrderSide, type OrderState, readOrderLines, readOrderState, readVersionAuthor } from "./order-workflow.ts";

const DAY = 86_400_000;

export interface OrderActor {
  userId: string;
  /** The acting organisation: the buyer's or the producer's. Null for an admin. */
  organisationId: string | null;
  isAdmin: boolean;
}

export type PaymentMode = "manual" | "stripe";

export type OrderResult<T = object> = ({ ok: true } & T) | { ok: false; error: "not_found" | "order_invalid_transition" | "conflict" | "match_not_confirmed" };

/** The columns of an order that decide its tax (orderAmounts). */
export const ORDER_TAX = { sellerPkp: true, buyerCollectsVat: true, ppnRatePercent: true, dppNumerator: true, dppDenominator: true } as const;
/** What moving an order and showing it both read: which order, where it stands, how it is paid, its tax. */
const ORDER_HEAD = { id: true, number: true, state: true, paymentMode: true, versionNumber: true, ...ORDER_TAX } as const;

export const PARTIES = {
  buyerId: true,
  buyer: { select: { name: true, memberships: MEMBERS } },
  producer: { select: { legalName: true, organisationId: true, organisation: { select: { memberships: MEMBERS } } } },
} as const;

/** The side an actor takes in an order, or null when it has none. */
export function sideIn(order: { buyerId: string; producer: { organisationId: string } }, actor: OrderActor): OrderSide | null {
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

export async function tellOtherSide(tx: Tx, order: { id: string; number: string; buyer: { memberships: { user: { id: string; email: string; locale: string } }[] }; producer: { organisation: { memberships: { user: { id: string; email: string; locale: string } }[] } } }, side: OrderSide, state: OrderState) {
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

/**
 * Both sides' tax status as the order is drafted: it is kept on the order, so the PPN on its
 * documents does not change under it if either side registers or deregisters later.
 */
async function taxPartiesOf(db: Db, buyerId: string, producerId: string) {
  const [buyer, producer] = await Promise.all([
    db.organisation.findUniqueOrThrow({ where: { id: buyerId }, select: { npwp: true, vatCollector: true } }),
    db.producerProfile.findUniqueOrThrow({ where: { id: producerId }, select: { organisation: { select: { npwp: true, pkp: true } } } }),
  ]);
  const [dppNumerator, dppDenominator] = env().PPN_DPP;
  return { sellerPkp: producer.organisation.pkp, sellerNpwp: producer.organisation.npwp, buyerCollectsVat: buyer.vatCollector, buyerNpwp: buyer.npwp, ppnRatePercent: env().PPN_RATE_PERCENT, dppNumerator, dppDenominator };
}

/**
 * The buyer drafts an order from a confirmed partnership (one open order per partnership);
 * with `propose`, it goes to the producer at once.
 */
export async function draftOrder(db: Db, matchId: string, terms: OrderTerms, actor: OrderActor & { organisationId: string }, propose: boolean): Promise<OrderResult<{ id: string }>> {
  const match = await orderableMatch(db, matchId, actor.organisationId);
  if (!match) return { ok: false, error: "not_found" };
  if (match.state !== "confirmed" || match.orders.length > 0) return { ok: false, error: "match_not_confirmed" };
  const taxParties = await taxPartiesOf(db, actor.organisationId, match.producerId);
  return retryOnClash(() =>
    db.$transaction(async (tx) => {
      const now = new Date();
      const state: OrderState = propose ? "proposed" : "draft";
      const order = await tx.order.create({
        data: {
          number: await nextYearlyNumber("PO", now, async (prefix) => (await tx.order.findFirst({ where: { number: { startsWith: prefix } }, orderBy: { number: "desc" }, select: { number: true } }))?.number ?? null),
          matchId,
          buyerId: actor.organisationId,
          producerId: match.producerId,
          state,
          ...taxParties,
          versions: { create: { number: 1, authorSide: "buyer", authorUserId: actor.userId, ...versionData(terms) } },
          events: { create: [{ fromState: null, toState: "draft", actorUserId: actor.userId, actorRole: "buyer" }, ...(propose ? [{ fromState: "draft", toState: "proposed", actorUserId: actor.userId, actorRole: "buyer" }] : [])] },
        },
        select: { id: true, number: true, ...PARTIES },
      });
      if (propose) await tellOtherSide(tx, order, "buyer", state);
      return { ok: true, id: order.id } as const;
    }),
  );
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
  if (!editingDraft && !nextOrderState({ state: readOrderState(order.state), versionBy, hasDownPayment: false }, "counter", side)) {
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
      ...ORDER_HEAD,
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
  const amounts = orderAmounts(readOrderLines(terms.lines), terms.downPaymentPercent, order);
  const from = readOrderState(order.state);
  const to = nextOrderState({ state: from, versionBy: readVersionAuthor(terms.authorSide), hasDownPayment: amounts.downPayment > 0 }, action, side);
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
        await tx.payment.create({ data: { orderId, kind: "down_payment", reference: paymentReference(order.number, 1), amount: BigInt(amounts.downPayment), mode: paymentMode, dueAt: new Date(now.getTime() + terms.downPaymentDueDays * DAY) } });
      }
      await followOrder(tx, { id: order.matchId, ...order.match }, "order", actor.userId, now);
    }
    if (to === "delivered") {
      if (amounts.balance > 0) {
        await tx.payment.create({ data: { orderId, kind: "balance", reference: paymentReference(order.number, 2), amount: BigInt(amounts.balance), mode: order.paymentMode, dueAt: new Date(now.getTime() + terms.balanceDueDays * DAY) } });
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

/** An order as its parties see it: every version, the history and the payments. */
export async function orderForParty(db: Db, orderId: string, actor: OrderActor) {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: {
      ...ORDER_HEAD,
      agreedAt: true,
      deliveredAt: true,
      createdAt: true,
      sellerNpwp: true,
      buyerNpwp: true,
      fakturNumber: true,
      buyerId: true,
      buyer: { select: { name: true, regionCode: true, address: true } },
      producer: { select: { legalName: true, organisationId: true, address: true, regencyCode: true, organisation: { select: { slug: true } } } },
      match: { select: { need: { select: { id: true, title: true } } } },
      versions: { orderBy: { number: "desc" } },
      events: { orderBy: { createdAt: "asc" }, select: { fromState: true, toState: true, actorRole: true, note: true, createdAt: true } },
      payments: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, reference: true, amount: true, mode: true, status: true, dueAt: true, proofAt: true, proofPath: true, proofMime: true, paidAt: true, refundedAmount: true, refundDue: true, settlement: true, lastError: true, payoutAt: true, payoutReference: true } },
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

/** A buyer's partnerships the producer has confirmed that have no open order yet. */
export function readyToOrder(db: Db, buyerId: string) {
  return db.match.findMany({
    where: { state: "confirmed", need: { buyerId }, orders: { none: { state: { not: "cancelled" } } } },
    orderBy: { updatedAt: "desc" },
    take: 50,
    select: { id: true, need: { select: { title: true } }, producer: { select: { legalName: true } } },
  });
}
