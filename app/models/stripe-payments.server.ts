// Card and bank payments through Stripe Checkout, when STRIPE_SECRET_KEY and
// STRIPE_WEBHOOK_SECRET are set. Amounts come from the agreed order on the server, never from
// the browser. IDR is a two-decimal currency in Stripe's API: amounts go in sen (× 100).
// Webhook events are verified by signature, stored by id and processed exactly once, in the
// same transaction as their effect, so a retry, a replay or an event out of order changes
// nothing that is already true.
import Stripe from "stripe";
import type { Db } from "~/db.server.ts";
import { env } from "~/env.server.ts";
import { Prisma } from "~/generated/prisma/client.ts";
import { MAX_ORDER_TOTAL } from "./order-forms.ts";
import { applyRefund, recordSettlement, type OrderActor } from "./order.server.ts";

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

export type CheckoutResult = { ok: true; url: string } | { ok: false; error: "not_found" | "order_invalid_transition" | "payment_amount_out_of_range" };

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
      order: { select: { id: true, number: true, buyerId: true, producer: { select: { stripeAccountId: true, stripeTransfersActive: true } } } },
    },
  });
  if (!payment || !actor.organisationId || payment.order.buyerId !== actor.organisationId) return { ok: false, error: "not_found" };
  if (payment.mode !== "stripe" || payment.status !== "due") return { ok: false, error: "order_invalid_transition" };
  const rupiah = Number(payment.amount);
  if (rupiah < env().STRIPE_MIN_CHARGE_IDR || rupiah > MAX_ORDER_TOTAL) return { ok: false, error: "payment_amount_out_of_range" };
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

export type WebhookOutcome = "processed" | "replayed" | "ignored";

/** A signed event whose facts contradict the order (a tampered amount): refused, nothing written. */
export class RefusedEvent extends Error {}
/** An event about a payment not recorded yet (delivered out of order): Stripe is asked to retry. */
export class EventTooEarly extends Error {}

/**
 * One verified webhook event, exactly once: its id is stored in the same transaction as its
 * effect, so a replay finds it and changes nothing, and a failure stores nothing (Stripe
 * retries). Effects are conditional on the payment's state, so order does not matter.
 */
export async function handleStripeEvent(db: Db, event: Stripe.Event): Promise<WebhookOutcome> {
  try {
    return await db.$transaction(async (tx) => {
      await tx.stripeEvent.create({ data: { id: event.id, type: event.type, createdAt: new Date(event.created * 1000) } });
      switch (event.type) {
        // A bank method pays later: the session completes unpaid, then its own event says paid.
        case "checkout.session.async_payment_succeeded":
        case "checkout.session.completed": {
          const session = event.data.object;
          const payment = await tx.payment.findUnique({ where: { id: session.metadata?.paymentId ?? "" }, select: { id: true, amount: true } });
          if (!payment) return "ignored";
          if (session.currency !== "idr" || session.amount_total !== Number(payment.amount) * SEN_PER_RUPIAH) throw new RefusedEvent(`amount ${session.amount_total} ${session.currency}`);
          if (session.payment_status !== "paid") return "ignored"; // a delayed method: its own event follows
          const intent = typeof session.payment_intent === "string" ? session.payment_intent : (session.payment_intent?.id ?? null);
          await recordSettlement(tx, payment.id, { userId: null, role: "stripe" }, new Date(event.created * 1000), intent);
          return "processed";
        }
        case "checkout.session.async_payment_failed": {
          const session = event.data.object;
          await tx.payment.updateMany({ where: { stripeSessionId: session.id, status: "due" }, data: { stripeSessionId: null, lastError: "async_payment_failed" } });
          return "processed";
        }
        case "checkout.session.expired": {
          // The buyer may start again; a session that expires after another one paid changes nothing.
          await tx.payment.updateMany({ where: { stripeSessionId: event.data.object.id, status: "due" }, data: { stripeSessionId: null } });
          return "processed";
        }
        case "payment_intent.payment_failed": {
          const intent = event.data.object;
          await tx.payment.updateMany({ where: { id: intent.metadata?.paymentId ?? "", status: "due" }, data: { lastError: intent.last_payment_error?.message?.slice(0, 500) ?? "payment_failed" } });
          return "processed";
        }
        case "charge.refunded": {
          // Stripe's running total: applied as it stands, so repeats and late reports are harmless.
          const charge = event.data.object;
          const intent = typeof charge.payment_intent === "string" ? charge.payment_intent : (charge.payment_intent?.id ?? "");
          const payment = await tx.payment.findFirst({ where: { stripePaymentIntentId: intent }, select: { id: true } });
          // The payment's completion has not arrived yet: refuse, so Stripe delivers this again.
          if (!payment) throw new EventTooEarly(`no payment for ${intent} yet`);
          await applyRefund(tx, payment.id, Math.floor(charge.amount_refunded / SEN_PER_RUPIAH), { userId: null, role: "stripe" }, new Date(event.created * 1000));
          return "processed";
        }
        case "account.updated": {
          const account = event.data.object;
          await tx.producerProfile.updateMany({ where: { stripeAccountId: account.id }, data: { stripeTransfersActive: account.capabilities?.transfers === "active" } });
          return "processed";
        }
        default:
          return "ignored";
      }
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return "replayed";
    throw error;
  }
}

export type RefundResult = { ok: true } | { ok: false; error: "not_found" | "order_invalid_transition" | "refund_amount_invalid" };

/**
 * An admin gives money back on a paid payment, in full or in part. Through Stripe the refund
 * is requested (idempotently) and recorded when Stripe's charge.refunded event arrives; in
 * manual mode the admin records the bank transfer made, and it counts at once.
 */
export async function refundPayment(db: Db, stripe: Stripe | null, paymentId: string, rupiah: number, admin: { userId: string }): Promise<RefundResult> {
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
 * Asks Stripe for the refunds cancellations owe (Payment.refundDue), once each: the route asks
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

export type PayoutResult = { ok: true } | { ok: false; error: "not_found" | "order_invalid_transition" | "conflict" };

/**
 * An admin records passing a card payment the platform received on to the producer (by bank
 * transfer, with its reference). Only once, and only for payments the platform settles.
 */
export async function recordPayout(db: Db, paymentId: string, reference: string): Promise<PayoutResult> {
  const payment = await db.payment.findUnique({ where: { id: paymentId }, select: { status: true, settlement: true, payoutAt: true } });
  if (!payment) return { ok: false, error: "not_found" };
  if (payment.status !== "paid" || payment.settlement !== "platform") return { ok: false, error: "order_invalid_transition" };
  const { count } = await db.payment.updateMany({ where: { id: paymentId, payoutAt: null }, data: { payoutAt: new Date(), payoutReference: reference } });
  return count === 1 ? { ok: true } : { ok: false, error: "conflict" };
}
