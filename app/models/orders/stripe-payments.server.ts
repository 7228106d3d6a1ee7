// Card and bank payments through Stripe Checkout, when STRIPE_SECRET_KEY and
// STRIPE_WEBHOOK_SECRET are set. Amounts come from the agreed order on the server, never from
// the browser. IDR is a two-decimal currency in Stripe's API: amounts go in sen (× 100).
// Webhook events are verified by signature, stored by id and processed exactly once, in the
// same transaction as their effect, so a retry, a replay or an event out of order changes
// nothing that is already true. An event acts only on the payment (or Connect account) whose
// stored Stripe ids it carries, for the payment's own amount in IDR; any other is refused and
// recorded in the audit log (see handleStripeEvent).
// Whole at ~400 lines: Checkout, the webhook, refunds and Connect payouts share the rule
// that an event acts only on the payment whose stored ids it carries; apart, that rule would
// be written once per file.
import type { Permission } from "../accounts/permissions.ts";
import Stripe from "stripe";
import type { Db, Tx } from "~/db.server.ts";
import { env } from "~/env.server.ts";
import { Prisma } from "~/generated/prisma/client.ts";
import { MAX_ORDER_TOTAL } from "./order-forms.ts";
import { actOnOrder, type OrderActor } from "./order.server.ts";
import { applyRefund, recordSettlement } from "./payment.server.ts";
import type { OrderAction } from "./order-workflow.ts";

/** Stripe's API takes IDR in its minor unit (sen), although rupiah are paid whole. */
export const SEN_PER_RUPIAH = 100;

let client: { key: string; stripe: Stripe } | null = null;

/** The Stripe client of this server (made once per key), or null in manual-transfer mode (no keys). */
export function stripeClient(): Stripe | null {
  const e = env();
  if (!e.STRIPE_SECRET_KEY) return null;
  const key = `${e.STRIPE_SECRET_KEY} ${e.STRIPE_API_URL ?? ""}`;
  if (client?.key === key) return client.stripe;
  // STRIPE_API_URL points the client at a local server that answers like the API (tests).
  const api = e.STRIPE_API_URL ? new URL(e.STRIPE_API_URL) : null;
  client = { key, stripe: makeClient(e.STRIPE_SECRET_KEY, api) };
  return client.stripe;
}

function makeClient(secretKey: string, api: URL | null): Stripe {
  return new Stripe(secretKey, {
    maxNetworkRetries: 2,
    ...(api ? { host: api.hostname, port: Number(api.port), protocol: api.protocol.replace(":", "") as "http" | "https" } : {}),
  });
}

export type CheckoutResult = { ok: true; url: string } | { ok: false; error: "not_found" | "order_invalid_transition" | "payment_amount_out_of_range" | "payment_in_progress" };

/**
 * A Checkout Session for one payment of an order, paid by its buyer. The idempotency key is
 * the payment and its attempt, so a double click makes one session.
 */
export async function startCheckout(db: Db, stripe: Stripe, paymentId: string, actor: OrderActor, origin: string): Promise<CheckoutResult> {
  const payment = await db.payment.findUnique({
    where: { id: paymentId },
    select: {
      id: true,
      kind: true,
      amount: true,
      mode: true,
      status: true,
      checkoutAttempts: true,
      stripeSessionId: true,
      order: { select: { id: true, number: true, buyerId: true, producer: { select: { stripeAccountId: true, stripeTransfersActive: true } } } },
    },
  });
  if (!payment || !actor.organisationId || payment.order.buyerId !== actor.organisationId) return { ok: false, error: "not_found" };
  if (payment.mode !== "stripe" || payment.status !== "due") return { ok: false, error: "order_invalid_transition" };
  const rupiah = Number(payment.amount);
  if (rupiah < env().STRIPE_MIN_CHARGE_IDR || rupiah > MAX_ORDER_TOTAL) return { ok: false, error: "payment_amount_out_of_range" };
  // One open session per payment: the webhook settles only the session we stored, so a second
  // session would leave a buyer who pays in an older tab charged and the payment still due.
  if (payment.stripeSessionId) {
    const open = await stripe.checkout.sessions.retrieve(payment.stripeSessionId);
    if (open.status === "open" && open.url) return { ok: true, url: open.url };
    // Completed, its webhook not here yet (or a delayed bank payment under way): no second charge.
    if (open.status === "complete") return { ok: false, error: "payment_in_progress" };
  }
  const metadata = { paymentId: payment.id, orderId: payment.order.id, kind: payment.kind };
  // A producer onboarded to Connect is paid directly (a destination charge, less the
  // platform's fee); otherwise the platform receives the money and settles by bank transfer.
  const { stripeAccountId, stripeTransfersActive } = payment.order.producer;
  const connect = stripeAccountId !== null && stripeTransfersActive;
  const sen = rupiah * SEN_PER_RUPIAH;
  const session = await stripe.checkout.sessions.create(
    {
      mode: "payment",
      line_items: [{ quantity: 1, price_data: { currency: "idr", unit_amount: sen, product_data: { name: `${payment.order.number} · ${payment.kind === "down_payment" ? "Uang muka" : "Pelunasan"}` } } }],
      metadata,
      payment_intent_data: {
        metadata,
        ...(connect ? { transfer_data: { destination: stripeAccountId }, application_fee_amount: Math.round((sen * env().STRIPE_PLATFORM_FEE_PERCENT) / 100) } : {}),
      },
      client_reference_id: payment.id,
      success_url: `${origin}/orders/${payment.order.id}?paid=1`,
      cancel_url: `${origin}/orders/${payment.order.id}`,
    },
    { idempotencyKey: `checkout-${payment.id}-${payment.checkoutAttempts + 1}` },
  );
  await db.payment.update({ where: { id: payment.id }, data: { stripeSessionId: session.id, checkoutAttempts: { increment: 1 }, settlement: connect ? "connect" : "platform" } });
  if (!session.url) throw new Error(`Stripe gave checkout session ${session.id} no URL`);
  return { ok: true, url: session.url };
}

export type WebhookOutcome = "processed" | "replayed" | "ignored" | "refused";

/** Why a verified event was not applied: what it names contradicts what we stored. */
export type RefusalReason =
  | "payment_not_named" // no metadata.paymentId (every session we open carries it)
  | "payment_unknown" // names a payment that does not exist
  | "payment_not_stripe" // names a manual-transfer payment (never sent to Stripe)
  | "session_not_stored" // names a Stripe payment that has no Checkout session of ours
  | "session_mismatch" // another session than the one stored (a late expiry of a replaced session too)
  | "metadata_mismatch" // client_reference_id, metadata.orderId or metadata.kind of another payment or order
  | "amount_mismatch" // an amount or currency other than the payment's (a tampered amount)
  | "intent_mismatch" // another PaymentIntent than the one that paid
  | "intent_ambiguous" // a PaymentIntent stored on more than one payment
  | "payment_not_paid" // a refund of a payment that was never paid
  | "account_unknown" // a Connect account no producer of ours has
  | "account_mismatch"; // an account whose own id or metadata names another producer

/**
 * A signed event that contradicts what we stored: thrown before any write, so the transaction
 * (and the event's id) is rolled back; handleStripeEvent records it in the audit log.
 */
export class RefusedEvent extends Error {
  constructor(
    readonly reason: RefusalReason,
    readonly paymentId: string | null = null,
  ) {
    super(reason);
  }
}
/** An event about a payment not recorded yet (delivered out of order): Stripe is asked to retry. */
export class EventTooEarly extends Error {}

const REFUSED = "stripe_event.refused";

/**
 * One verified webhook event, exactly once: its id is stored in the same transaction as its
 * effect, so a replay finds it and changes nothing, and a failure stores nothing (Stripe
 * retries). Effects are conditional on the payment's state, so order does not matter.
 *
 * An event is applied only to what it is bound to by ids we stored ourselves (the payment's
 * Checkout session, its PaymentIntent, the producer's Connect account), never by the ids it
 * carries (metadata, client_reference_id), which must merely agree; and only when its amount
 * and currency are the payment's. Otherwise it is refused: nothing changes, its id is not
 * stored (so, once an admin has looked into it, a resend from Stripe's dashboard is judged
 * again) and the refusal is written to the audit log (entity "stripe_event", the event's id).
 */
export async function handleStripeEvent(db: Db, event: Stripe.Event): Promise<WebhookOutcome> {
  try {
    return await db.$transaction(async (tx) => {
      // Written first: the transaction holds SQLite's write lock from its first statement.
      await tx.stripeEvent.create({ data: { id: event.id, type: event.type, createdAt: new Date(event.created * 1000) } });
      return applyEvent(tx, event);
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return "replayed";
    if (error instanceof RefusedEvent) {
      await recordRefusal(db, event, error);
      return "refused";
    }
    throw error;
  }
}

/** A refusal, once per event id (Stripe may deliver an event twice at once; a replay is not news). */
async function recordRefusal(db: Db, event: Stripe.Event, refusal: RefusedEvent) {
  console.warn(`stripe event ${event.id} (${event.type}) refused: ${refusal.reason}${refusal.paymentId ? ` (payment ${refusal.paymentId})` : ""}`);
  const known = await db.auditLog.findFirst({ where: { entity: "stripe_event", entityId: event.id, action: REFUSED }, select: { id: true } });
  if (known) return;
  await db.auditLog.create({ data: { action: REFUSED, entity: "stripe_event", entityId: event.id, data: { type: event.type, reason: refusal.reason, paymentId: refusal.paymentId, createdAt: new Date(event.created * 1000).toISOString() } } });
}

async function applyEvent(tx: Tx, event: Stripe.Event): Promise<WebhookOutcome> {
  const at = new Date(event.created * 1000);
  switch (event.type) {
    // A bank method pays later: the session completes unpaid, then its own event says paid.
    case "checkout.session.async_payment_succeeded":
    case "checkout.session.completed": {
      const session = event.data.object;
      const payment = await sessionPayment(tx, session);
      if (session.payment_status !== "paid") return "ignored"; // a delayed method: its own event follows
      await recordSettlement(tx, payment.id, { userId: null, role: "stripe" }, at, intentId(session.payment_intent));
      return "processed";
    }
    case "checkout.session.async_payment_failed": {
      const session = event.data.object;
      const payment = await sessionPayment(tx, session);
      await tx.payment.updateMany({ where: { id: payment.id, stripeSessionId: session.id, status: "due" }, data: { stripeSessionId: null, lastError: "async_payment_failed" } });
      return "processed";
    }
    case "checkout.session.expired": {
      // The buyer may start again; a session that expires after another one paid changes nothing.
      const session = event.data.object;
      const payment = await sessionPayment(tx, session);
      await tx.payment.updateMany({ where: { id: payment.id, stripeSessionId: session.id, status: "due" }, data: { stripeSessionId: null } });
      return "processed";
    }
    case "payment_intent.payment_failed": {
      // A PaymentIntent does not name its session, and we store its id only once it has paid:
      // its metadata (which we set) must agree with a Stripe payment whose checkout was started.
      const intent = event.data.object;
      const payment = await namedPayment(tx, intent.metadata);
      if (!payment.stripeSessionId) throw new RefusedEvent("session_not_stored", payment.id);
      sameAmount(payment, intent.amount, intent.currency);
      if (payment.stripePaymentIntentId !== null && payment.stripePaymentIntentId !== intent.id) throw new RefusedEvent("intent_mismatch", payment.id);
      await tx.payment.updateMany({ where: { id: payment.id, status: "due" }, data: { lastError: intent.last_payment_error?.message?.slice(0, 500) ?? "payment_failed" } });
      return "processed";
    }
    case "charge.refunded": {
      // Stripe's running total: applied as it stands, so repeats and late reports are harmless.
      const charge = event.data.object;
      const intent = intentId(charge.payment_intent);
      if (!intent) throw new RefusedEvent("intent_mismatch");
      const found = await tx.payment.findMany({ where: { stripePaymentIntentId: intent }, select: { ...PAYMENT_FACTS, refundedAmount: true }, take: 2 });
      // The payment's completion has not arrived yet: refuse, so Stripe delivers this again
      // (for up to three days; a PaymentIntent that never becomes ours ends there).
      if (found.length === 0) throw new EventTooEarly(`no payment for ${intent} yet`);
      if (found.length > 1) throw new RefusedEvent("intent_ambiguous");
      const payment = stripePayment(found[0]!);
      if (!payment.stripeSessionId) throw new RefusedEvent("session_not_stored", payment.id);
      if (payment.status !== "paid" && payment.status !== "refunded") throw new RefusedEvent("payment_not_paid", payment.id);
      // The charge is the whole payment; what it gives back, some or all of it.
      sameAmount(payment, charge.amount, charge.currency);
      if (!Number.isInteger(charge.amount_refunded) || charge.amount_refunded < 0 || charge.amount_refunded > charge.amount) throw new RefusedEvent("amount_mismatch", payment.id);
      if (charge.metadata?.paymentId !== undefined && charge.metadata.paymentId !== payment.id) throw new RefusedEvent("metadata_mismatch", payment.id);
      await applyRefund(tx, payment.id, Math.floor(charge.amount_refunded / SEN_PER_RUPIAH), { userId: null, role: "stripe" }, at);
      return "processed";
    }
    case "account.updated": {
      const account = event.data.object;
      // A Connect event names the account it is about; it must be this one.
      if (event.account !== undefined && event.account !== account.id) throw new RefusedEvent("account_mismatch");
      const producer = await tx.producerProfile.findUnique({ where: { stripeAccountId: account.id }, select: { id: true } });
      if (!producer) throw new RefusedEvent("account_unknown");
      // Made with the producer's id in its metadata (connectOnboardingLink).
      if (account.metadata?.producerId !== undefined && account.metadata.producerId !== producer.id) throw new RefusedEvent("account_mismatch");
      await tx.producerProfile.update({ where: { id: producer.id }, data: { stripeTransfersActive: account.capabilities?.transfers === "active" } });
      return "processed";
    }
    default:
      return "ignored";
  }
}

const PAYMENT_FACTS = { id: true, orderId: true, kind: true, amount: true, mode: true, status: true, stripeSessionId: true, stripePaymentIntentId: true, order: { select: { paymentMode: true } } } as const;
type PaymentFacts = Prisma.PaymentGetPayload<{ select: typeof PAYMENT_FACTS }>;

function intentId(intent: string | { id: string } | null | undefined): string | null {
  return typeof intent === "string" ? intent : (intent?.id ?? null);
}

/** A payment made to be paid through Stripe (an order in bank-transfer mode never is). */
function stripePayment<P extends PaymentFacts>(payment: P): P {
  if (payment.mode !== "stripe" || payment.order.paymentMode !== "stripe") throw new RefusedEvent("payment_not_stripe", payment.id);
  return payment;
}

/** Stripe's amount (in sen) and currency are the payment's, as we asked for them. */
function sameAmount(payment: PaymentFacts, sen: number | null | undefined, currency: string | null | undefined) {
  if (currency !== "idr" || sen !== Number(payment.amount) * SEN_PER_RUPIAH) throw new RefusedEvent("amount_mismatch", payment.id);
}

/**
 * The Stripe payment an object's metadata names (startCheckout sets paymentId, orderId and
 * kind on the session and its PaymentIntent): it exists, it went to Stripe, and the order and
 * kind, when given, are its own.
 */
async function namedPayment(tx: Tx, metadata: Stripe.Metadata | null | undefined): Promise<PaymentFacts> {
  const named = metadata?.paymentId;
  if (!named) throw new RefusedEvent("payment_not_named");
  const payment = await tx.payment.findUnique({ where: { id: named }, select: PAYMENT_FACTS });
  if (!payment) throw new RefusedEvent("payment_unknown", named);
  stripePayment(payment);
  if ((metadata.orderId !== undefined && metadata.orderId !== payment.orderId) || (metadata.kind !== undefined && metadata.kind !== payment.kind)) throw new RefusedEvent("metadata_mismatch", payment.id);
  return payment;
}

/**
 * The payment a Checkout Session event is about: the one it names, whose stored session is
 * this session, for its amount in IDR. A session we did not open for that very payment
 * settles nothing.
 */
async function sessionPayment(tx: Tx, session: Stripe.Checkout.Session): Promise<PaymentFacts> {
  const payment = await namedPayment(tx, session.metadata);
  if (!payment.stripeSessionId) throw new RefusedEvent("session_not_stored", payment.id);
  if (payment.stripeSessionId !== session.id) throw new RefusedEvent("session_mismatch", payment.id);
  if (session.client_reference_id != null && session.client_reference_id !== payment.id) throw new RefusedEvent("metadata_mismatch", payment.id);
  sameAmount(payment, session.amount_total, session.currency);
  return payment;
}

export type RefundResult = { ok: true } | { ok: false; error: "not_found" | "forbidden" | "order_invalid_transition" | "refund_amount_invalid" };

/** Who gives money back or records a payout: one holding the permission to (an admin). */
export interface Settler {
  userId: string;
  permissions: readonly Permission[];
}

/**
 * An admin gives money back on a paid payment, in full or in part. Through Stripe the refund
 * is requested (idempotently) and recorded when Stripe's charge.refunded event arrives; in
 * manual mode the admin records the bank transfer made, and it counts at once.
 */
export async function refundPayment(db: Db, stripe: Stripe | null, paymentId: string, rupiah: number, admin: Settler): Promise<RefundResult> {
  if (!admin.permissions.includes("settle:payment:any")) return { ok: false, error: "forbidden" };
  const payment = await db.payment.findUnique({ where: { id: paymentId }, select: { id: true, amount: true, refundedAmount: true, status: true, mode: true, settlement: true, stripePaymentIntentId: true } });
  if (!payment) return { ok: false, error: "not_found" };
  if (payment.status !== "paid") return { ok: false, error: "order_invalid_transition" };
  const left = Number(payment.amount) - Number(payment.refundedAmount);
  if (!Number.isInteger(rupiah) || rupiah < 1 || rupiah > left) return { ok: false, error: "refund_amount_invalid" };
  if (payment.mode === "stripe") {
    if (!stripe || !payment.stripePaymentIntentId) return { ok: false, error: "order_invalid_transition" };
    await askStripeToRefund(stripe, { ...payment, stripePaymentIntentId: payment.stripePaymentIntentId }, rupiah, `refund-${payment.id}-${Number(payment.refundedAmount)}-${rupiah}`);
    return { ok: true };
  }
  await db.$transaction((tx) => applyRefund(tx, payment.id, Number(payment.refundedAmount) + rupiah, { userId: admin.userId, role: "admin" }, new Date()));
  return { ok: true };
}

/** A refund request to Stripe; what it did arrives later as charge.refunded. */
async function askStripeToRefund(stripe: Stripe, payment: { id: string; stripePaymentIntentId: string; settlement: string | null }, rupiah: number, idempotencyKey: string) {
  await stripe.refunds.create(
    {
      payment_intent: payment.stripePaymentIntentId,
      amount: rupiah * SEN_PER_RUPIAH,
      metadata: { paymentId: payment.id },
      // Paid into the producer's account: the money comes back from there, fee included.
      ...(payment.settlement === "connect" ? { reverse_transfer: true, refund_application_fee: true } : {}),
    },
    { idempotencyKey },
  );
}

/**
 * One party's move on an order, with what follows in money: a cancellation that owes a card
 * refund asks Stripe at once; if Stripe cannot be reached the worker asks again, and the order
 * is cancelled either way. The payment mode is fixed when the order is agreed: Stripe when this
 * server has its keys.
 */
export async function moveOrder(db: Db, stripe: Stripe | null, orderId: string, action: OrderAction, actor: OrderActor): Promise<Awaited<ReturnType<typeof actOnOrder>>> {
  const result = await actOnOrder(db, orderId, action, actor, null, stripe ? "stripe" : "manual");
  if (result.ok && result.state === "cancelled") await requestDueRefunds(db, stripe).catch((error: unknown) => console.error(`refund request: ${String(error)}`));
  return result;
}

/**
 * Asks Stripe for the refunds cancellations owe (Payment.refundDue), once each: moveOrder asks
 * right after the cancellation, and the worker's tick asks for any that a crash or an
 * unreachable Stripe left unasked. The idempotency key is the payment's, so asking twice
 * refunds once. Returns how many were asked.
 */
export async function requestDueRefunds(db: Db, stripe: Stripe | null, paymentId?: string): Promise<number> {
  if (!stripe) return 0;
  const due = await db.payment.findMany({
    where: { mode: "stripe", refundRequestedAt: null, refundDue: { gt: 0 }, stripePaymentIntentId: { not: null }, ...(paymentId ? { id: paymentId } : {}) },
    select: { id: true, stripePaymentIntentId: true, settlement: true, refundDue: true, refundedAmount: true },
    take: 20,
  });
  for (const p of due) {
    const rupiah = Number(p.refundDue - p.refundedAmount);
    if (rupiah > 0 && p.stripePaymentIntentId) await askStripeToRefund(stripe, { ...p, stripePaymentIntentId: p.stripePaymentIntentId }, rupiah, `cancel-refund-${p.id}`);
    await db.payment.updateMany({ where: { id: p.id, refundRequestedAt: null }, data: { refundRequestedAt: new Date() } });
  }
  return due.length;
}

/**
 * A producer's way into Stripe Connect: its Express account (made once) and a fresh
 * onboarding link. Stripe's account.updated event later says when transfers are active.
 */
export async function connectOnboardingLink(db: Db, stripe: Stripe, producerId: string, email: string, origin: string): Promise<string> {
  const producer = await db.producerProfile.findUniqueOrThrow({ where: { id: producerId }, select: { stripeAccountId: true } });
  let accountId = producer.stripeAccountId;
  if (!accountId) {
    const account = await stripe.accounts.create(
      { type: "express", country: "ID", email, capabilities: { transfers: { requested: true } }, metadata: { producerId } },
      { idempotencyKey: `connect-${producerId}` },
    );
    accountId = account.id;
    await db.producerProfile.updateMany({ where: { id: producerId, stripeAccountId: null }, data: { stripeAccountId: accountId } });
  }
  const link = await stripe.accountLinks.create({ account: accountId, type: "account_onboarding", refresh_url: `${origin}/workspace/payouts`, return_url: `${origin}/workspace/payouts?returned=1` });
  return link.url;
}

export type PayoutResult = { ok: true } | { ok: false; error: "not_found" | "forbidden" | "order_invalid_transition" | "conflict" };

/**
 * An admin records passing a card payment the platform received on to the producer (by bank
 * transfer, with its reference). Only once, and only for payments the platform settles.
 */
export async function recordPayout(db: Db, paymentId: string, reference: string, admin: Settler): Promise<PayoutResult> {
  if (!admin.permissions.includes("settle:payment:any")) return { ok: false, error: "forbidden" };
  const payment = await db.payment.findUnique({ where: { id: paymentId }, select: { status: true, settlement: true, payoutAt: true } });
  if (!payment) return { ok: false, error: "not_found" };
  if (payment.status !== "paid" || payment.settlement !== "platform") return { ok: false, error: "order_invalid_transition" };
  const { count } = await db.payment.updateMany({ where: { id: paymentId, payoutAt: null }, data: { payoutAt: new Date(), payoutReference: reference } });
  return count === 1 ? { ok: true } : { ok: false, error: "conflict" };
}
