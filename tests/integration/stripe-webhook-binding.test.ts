// The Stripe webhook acts only on what an event is bound to by ids we stored: a correctly
// signed event naming a manual-transfer payment, a Stripe payment through another session, the
// right session for another amount or currency, a payment that does not exist, or a payment of
// another order through its metadata, is refused (a 200, recorded in the audit log) and changes
// nothing, for every event type the webhook handles; the honest event still applies. Events
// are signed with Stripe's test helper and checked by the real constructEvent.
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../prisma/seed.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

const SECRET = "whsec_test_binding";
const SEN = 100;
const stripe = new Stripe("sk_test_binding");
const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;
let server: TestServer;
let matchId: string;
let buyerId: string;
let producerId: string;
let otherProducerId: string;
let made = 0;

interface Fixture {
  orderId: string;
  paymentId: string;
  amount: number;
}

/** An agreed order and its down payment, written as the app writes them (or as a Stripe payment paid). */
async function makeOrder(options: { mode: "manual" | "stripe"; rupiah: number; session?: string; intent?: string; paid?: boolean }): Promise<Fixture> {
  const n = ++made;
  const db = server.db;
  const paid = options.paid ?? false;
  const order = await db.order.create({
    data: {
      number: `PO-2026-98${String(n).padStart(4, "0")}`,
      matchId,
      buyerId,
      producerId,
      state: paid ? "down_payment_paid" : "agreed",
      paymentMode: options.mode,
      agreedAt: new Date(),
      versions: { create: { number: 1, authorSide: "buyer", lines: [{ productId: null, name: "Keripik", quantity: 100, unit: "pak", unitPrice: options.rupiah * 10 }], total: BigInt(options.rupiah * 10), deliveryAddress: "Jl. Uji Webhook 1, Surabaya", deliveryDate: new Date(Date.now() + 30 * 86_400_000), deliveryTerm: "DAP", downPaymentPercent: 10, downPaymentDueDays: 7, balanceDueDays: 30 } },
    },
  });
  const payment = await db.payment.create({
    data: {
      orderId: order.id,
      kind: "down_payment",
      amount: BigInt(options.rupiah),
      mode: options.mode,
      dueAt: new Date(Date.now() + 7 * 86_400_000),
      stripeSessionId: options.session ?? null,
      checkoutAttempts: options.session ? 1 : 0,
      settlement: options.mode === "stripe" && options.session ? "platform" : null,
      ...(paid ? { status: "paid", paidAt: new Date(), stripePaymentIntentId: options.intent ?? null } : {}),
    },
  });
  return { orderId: order.id, paymentId: payment.id, amount: options.rupiah };
}

function event(id: string, type: string, object: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return { id, object: "event", type, created: Math.floor(Date.now() / 1000), api_version: "2025-01-27.acacia", livemode: false, pending_webhooks: 1, request: null, data: { object }, ...extra };
}

/** A webhook delivery, signed as Stripe signs it; the answer's status and body. */
async function deliver(body: object): Promise<{ status: number; body: unknown }> {
  const payload = JSON.stringify(body);
  const response = await fetch(`${server.url}/api/stripe/webhook`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Stripe-Signature": stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET }) },
    body: payload,
  });
  return { status: response.status, body: await response.json() };
}

/** Everything a webhook event could change: the test's orders whole, the producers' Connect state, the events stored. */
async function snapshot() {
  const db = server.db;
  return {
    orders: await db.order.findMany({ where: { matchId }, orderBy: { number: "asc" }, include: { payments: { orderBy: { id: "asc" } }, events: { orderBy: { id: "asc" } } } }),
    producers: await db.producerProfile.findMany({ where: { id: { in: [producerId, otherProducerId] } }, orderBy: { id: "asc" }, select: { id: true, stripeAccountId: true, stripeTransfersActive: true } }),
    stripeEvents: await db.stripeEvent.findMany({ orderBy: { id: "asc" } }),
  };
}

/** Each forged event is answered 200 "refused", recorded once with its reason, and changes nothing. */
async function expectRefused(forged: { name: string; event: ReturnType<typeof event>; reason: string }[]) {
  const before = await snapshot();
  for (const f of forged) {
    expect(await deliver(f.event), f.name).toEqual({ status: 200, body: { received: true, outcome: "refused" } });
    const recorded = await server.db.auditLog.findMany({ where: { entity: "stripe_event", entityId: f.event.id }, select: { action: true, data: true } });
    expect(recorded, f.name).toEqual([{ action: "stripe_event.refused", data: expect.objectContaining({ type: f.event.type, reason: f.reason }) }]);
  }
  expect(await snapshot()).toEqual(before);
  // Delivered again (Stripe's dashboard "resend"): judged again, refused again, recorded once.
  expect(await deliver(forged[0]!.event)).toEqual({ status: 200, body: { received: true, outcome: "refused" } });
  expect(await server.db.auditLog.count({ where: { entity: "stripe_event", entityId: forged[0]!.event.id } })).toBe(1);
  expect(await snapshot()).toEqual(before);
}

const payment = (id: string) => server.db.payment.findUniqueOrThrow({ where: { id }, include: { order: { select: { state: true } } } });

beforeAll(async () => {
  server = await startServer("stripe-binding", { env: { STRIPE_SECRET_KEY: "sk_test_binding", STRIPE_WEBHOOK_SECRET: SECRET, STRIPE_API_URL: "http://127.0.0.1:9" } });
  const db = server.db;
  const buyer = await db.organisation.findFirstOrThrow({ where: { memberships: { some: { user: { email: demo("buyer").email } } } } });
  const producer = await db.producerProfile.findFirstOrThrow({ where: { organisation: { memberships: { some: { user: { email: demo("producer").email } } } } } });
  const other = await db.producerProfile.findFirstOrThrow({ where: { id: { not: producer.id } } });
  buyerId = buyer.id;
  producerId = producer.id;
  otherProducerId = other.id;
  const need = await db.need.findFirstOrThrow({ where: { buyerId, matches: { none: { producerId } } } });
  matchId = (await db.match.create({ data: { needId: need.id, producerId, score: 80, scoreBreakdown: { parts: [], gaps: [] }, state: "ordered" } })).id;
});
afterAll(async () => {
  await server?.stop();
});

/** A Checkout Session as Stripe sends it, for a fixture's payment (fields overridable). */
function session(fixture: Fixture, sessionId: string, overrides: Record<string, unknown> = {}) {
  return { object: "checkout.session", id: sessionId, mode: "payment", currency: "idr", amount_total: fixture.amount * SEN, payment_status: "paid", payment_intent: `pi_${sessionId}`, client_reference_id: fixture.paymentId, metadata: { paymentId: fixture.paymentId, orderId: fixture.orderId, kind: "down_payment" }, ...overrides };
}

describe.each([
  { type: "checkout.session.completed", paymentStatus: "paid" },
  { type: "checkout.session.async_payment_succeeded", paymentStatus: "paid" },
  { type: "checkout.session.async_payment_failed", paymentStatus: "unpaid" },
  { type: "checkout.session.expired", paymentStatus: "unpaid" },
])("$type", ({ type, paymentStatus }) => {
  const tag = type.split(".").at(-1)!;
  let manual: Fixture;
  let mine: Fixture;
  let other: Fixture;
  let unsent: Fixture;
  const mySession = `cs_${tag}_mine`;
  const otherSession = `cs_${tag}_other`;
  beforeAll(async () => {
    manual = await makeOrder({ mode: "manual", rupiah: 300_000 });
    mine = await makeOrder({ mode: "stripe", rupiah: 300_000, session: mySession });
    other = await makeOrder({ mode: "stripe", rupiah: 450_000, session: otherSession });
    unsent = await makeOrder({ mode: "stripe", rupiah: 300_000 });
  });

  it("refuses a signed event naming anything but the payment's own session, amount and currency, changing nothing", async () => {
    const e = (name: string, object: Record<string, unknown>) => event(`evt_${tag}_${name}`, type, { ...object, payment_status: paymentStatus });
    await expectRefused([
      // (a) a manual-transfer payment, never sent to Stripe, with or without a session id.
      { name: "manual", event: e("manual", session(manual, `cs_${tag}_forged`)), reason: "payment_not_stripe" },
      { name: "manual, on my session id", event: e("manual_meta", { ...session(manual, mySession), client_reference_id: null, metadata: { paymentId: manual.paymentId } }), reason: "payment_not_stripe" },
      // (b) a Stripe payment, through a session other than the one stored.
      { name: "another session", event: e("stray", session(mine, `cs_${tag}_stray`)), reason: "session_mismatch" },
      { name: "a Stripe payment never sent to a checkout", event: e("unsent", session(unsent, mySession)), reason: "session_not_stored" },
      // (c) the right session, another amount or currency.
      { name: "another amount", event: e("amount", session(mine, mySession, { amount_total: 100 })), reason: "amount_mismatch" },
      { name: "the amount in rupiah, not sen", event: e("rupiah", session(mine, mySession, { amount_total: mine.amount })), reason: "amount_mismatch" },
      { name: "another currency", event: e("currency", session(mine, mySession, { currency: "usd" })), reason: "amount_mismatch" },
      { name: "no amount", event: e("no_amount", session(mine, mySession, { amount_total: null, currency: null })), reason: "amount_mismatch" },
      // (d) a payment that does not exist, or none named.
      { name: "an unknown payment", event: e("unknown", session(mine, mySession, { metadata: { paymentId: "pay_does_not_exist" } })), reason: "payment_unknown" },
      { name: "no payment named", event: e("unnamed", session(mine, mySession, { metadata: {} })), reason: "payment_not_named" },
      // (e) a payment of another order through the metadata.
      { name: "another order's payment on my session", event: e("other_payment", session(other, mySession)), reason: "session_mismatch" },
      { name: "my payment, another order", event: e("other_order", session(mine, mySession, { metadata: { paymentId: mine.paymentId, orderId: other.orderId, kind: "down_payment" } })), reason: "metadata_mismatch" },
      { name: "my payment, another kind", event: e("other_kind", session(mine, mySession, { metadata: { paymentId: mine.paymentId, orderId: mine.orderId, kind: "balance" } })), reason: "metadata_mismatch" },
      { name: "client_reference_id of another payment", event: e("other_reference", session(mine, mySession, { client_reference_id: other.paymentId })), reason: "metadata_mismatch" },
    ]);
  });

  it("applies the honest event", async () => {
    const honest = event(`evt_${tag}_honest`, type, session(mine, mySession, { payment_status: paymentStatus }));
    expect(await deliver(honest)).toEqual({ status: 200, body: { received: true, outcome: "processed" } });
    const after = await payment(mine.paymentId);
    if (type === "checkout.session.completed" || type === "checkout.session.async_payment_succeeded") {
      expect(after).toMatchObject({ status: "paid", stripePaymentIntentId: `pi_${mySession}`, stripeSessionId: mySession, order: { state: "down_payment_paid" } });
    } else {
      expect(after).toMatchObject({ status: "due", stripeSessionId: null, lastError: type.endsWith("failed") ? "async_payment_failed" : null, order: { state: "agreed" } });
    }
    // The others are as they were.
    expect(await payment(manual.paymentId)).toMatchObject({ status: "due", stripeSessionId: null, order: { state: "agreed" } });
    expect(await payment(other.paymentId)).toMatchObject({ status: "due", stripeSessionId: otherSession, order: { state: "agreed" } });
    expect(await server.db.auditLog.count({ where: { entity: "stripe_event", entityId: honest.id } })).toBe(0);
  });
});

describe("payment_intent.payment_failed", () => {
  let manual: Fixture;
  let mine: Fixture;
  let other: Fixture;
  let unsent: Fixture;
  let paid: Fixture;
  const intent = (fixture: Fixture, id: string, overrides: Record<string, unknown> = {}) => ({ object: "payment_intent", id, amount: fixture.amount * SEN, currency: "idr", metadata: { paymentId: fixture.paymentId, orderId: fixture.orderId, kind: "down_payment" }, last_payment_error: { message: "Your card was declined." }, ...overrides });
  const e = (name: string, object: Record<string, unknown>) => event(`evt_pi_failed_${name}`, "payment_intent.payment_failed", object);
  beforeAll(async () => {
    manual = await makeOrder({ mode: "manual", rupiah: 300_000 });
    mine = await makeOrder({ mode: "stripe", rupiah: 300_000, session: "cs_pi_mine" });
    other = await makeOrder({ mode: "stripe", rupiah: 450_000, session: "cs_pi_other" });
    unsent = await makeOrder({ mode: "stripe", rupiah: 300_000 });
    paid = await makeOrder({ mode: "stripe", rupiah: 300_000, session: "cs_pi_paid", intent: "pi_paid", paid: true });
  });

  it("refuses a failure naming anything but a started Stripe checkout, for its amount, changing nothing", async () => {
    await expectRefused([
      // (a) a manual-transfer payment.
      { name: "manual", event: e("manual", intent(manual, "pi_x")), reason: "payment_not_stripe" },
      // (b) a Stripe payment never sent to a checkout (no session stored), or paid by another intent.
      { name: "no session", event: e("unsent", intent(unsent, "pi_x")), reason: "session_not_stored" },
      { name: "another intent than the one that paid", event: e("other_intent", intent(paid, "pi_x")), reason: "intent_mismatch" },
      // (c) another amount or currency.
      { name: "another amount", event: e("amount", intent(mine, "pi_x", { amount: 100 })), reason: "amount_mismatch" },
      { name: "another currency", event: e("currency", intent(mine, "pi_x", { currency: "usd" })), reason: "amount_mismatch" },
      // (d) a payment that does not exist, or none named.
      { name: "an unknown payment", event: e("unknown", intent(mine, "pi_x", { metadata: { paymentId: "pay_does_not_exist" } })), reason: "payment_unknown" },
      { name: "no payment named", event: e("unnamed", intent(mine, "pi_x", { metadata: {} })), reason: "payment_not_named" },
      // (e) a payment of another order through the metadata.
      { name: "my payment, another order", event: e("other_order", intent(mine, "pi_x", { metadata: { paymentId: mine.paymentId, orderId: other.orderId } })), reason: "metadata_mismatch" },
      { name: "my payment, another kind", event: e("other_kind", intent(mine, "pi_x", { metadata: { paymentId: mine.paymentId, orderId: mine.orderId, kind: "balance" } })), reason: "metadata_mismatch" },
      { name: "another order's payment, my amount", event: e("other_payment", intent(other, "pi_x", { amount: mine.amount * SEN })), reason: "amount_mismatch" },
    ]);
  });

  it("applies the honest failure", async () => {
    expect(await deliver(e("honest", intent(mine, "pi_mine")))).toEqual({ status: 200, body: { received: true, outcome: "processed" } });
    expect(await payment(mine.paymentId)).toMatchObject({ status: "due", lastError: "Your card was declined.", order: { state: "agreed" } });
    expect(await payment(other.paymentId)).toMatchObject({ status: "due", lastError: null });
  });
});

describe("charge.refunded", () => {
  let mine: Fixture;
  let other: Fixture;
  const charge = (fixture: Fixture, intent: string, overrides: Record<string, unknown> = {}) => ({ object: "charge", id: `ch_${intent}`, payment_intent: intent, amount: fixture.amount * SEN, amount_refunded: fixture.amount * SEN, currency: "idr", metadata: {}, ...overrides });
  const e = (name: string, object: Record<string, unknown>) => event(`evt_refund_${name}`, "charge.refunded", object);
  let manualPaid: Fixture;
  let unsent: Fixture;
  let twinA: Fixture;
  beforeAll(async () => {
    mine = await makeOrder({ mode: "stripe", rupiah: 300_000, session: "cs_refund_mine", intent: "pi_refund_mine", paid: true });
    other = await makeOrder({ mode: "stripe", rupiah: 450_000, session: "cs_refund_other", intent: "pi_refund_other", paid: true });
    // Records that should not exist, to show each check holds on its own: a manual payment
    // and a Stripe payment without a session carrying an intent, two payments sharing one.
    manualPaid = await makeOrder({ mode: "manual", rupiah: 300_000, intent: "pi_refund_manual", paid: true });
    unsent = await makeOrder({ mode: "stripe", rupiah: 300_000, intent: "pi_refund_unsent", paid: true });
    twinA = await makeOrder({ mode: "stripe", rupiah: 300_000, session: "cs_refund_twin_a", intent: "pi_refund_twin", paid: true });
    await makeOrder({ mode: "stripe", rupiah: 300_000, session: "cs_refund_twin_b", intent: "pi_refund_twin", paid: true });
  });

  it("refuses a refund naming anything but a Stripe payment's own charge, changing nothing", async () => {
    await expectRefused([
      // (a) a manual-transfer payment.
      { name: "manual", event: e("manual", charge(manualPaid, "pi_refund_manual")), reason: "payment_not_stripe" },
      // (b) a Stripe payment without a session of ours, or an intent on two payments.
      { name: "no session", event: e("unsent", charge(unsent, "pi_refund_unsent")), reason: "session_not_stored" },
      { name: "an intent on two payments", event: e("twin", charge(twinA, "pi_refund_twin")), reason: "intent_ambiguous" },
      // (c) another amount or currency, or more given back than was paid.
      { name: "another amount", event: e("amount", charge(mine, "pi_refund_mine", { amount: 100, amount_refunded: 100 })), reason: "amount_mismatch" },
      { name: "another currency", event: e("currency", charge(mine, "pi_refund_mine", { currency: "usd" })), reason: "amount_mismatch" },
      { name: "more back than paid", event: e("too_much", charge(mine, "pi_refund_mine", { amount_refunded: mine.amount * SEN + 1 })), reason: "amount_mismatch" },
      // (e) a payment of another order: its metadata, or its intent with my amount.
      { name: "metadata of another payment", event: e("other_meta", charge(mine, "pi_refund_mine", { metadata: { paymentId: other.paymentId } })), reason: "metadata_mismatch" },
      { name: "another order's intent, my amount", event: e("other_intent", charge(mine, "pi_refund_other")), reason: "amount_mismatch" },
    ]);
  });

  it("asks Stripe to retry a refund of an intent not stored (yet), storing and changing nothing", async () => {
    // (d) The payment's completion may still be on its way: not stored, Stripe delivers it again.
    const before = await snapshot();
    expect(await deliver(e("unknown", charge(mine, "pi_does_not_exist")))).toEqual({ status: 409, body: { error: "retry_later" } });
    expect(await snapshot()).toEqual(before);
  });

  it("applies the honest refund", async () => {
    expect(await deliver(e("honest", charge(mine, "pi_refund_mine", { metadata: { paymentId: mine.paymentId } })))).toEqual({ status: 200, body: { received: true, outcome: "processed" } });
    expect(await payment(mine.paymentId)).toMatchObject({ status: "refunded", refundedAmount: 300_000n, order: { state: "refunded" } });
    expect(await payment(other.paymentId)).toMatchObject({ status: "paid", refundedAmount: 0n, order: { state: "down_payment_paid" } });
  });
});

describe("account.updated", () => {
  const account = (id: string, overrides: Record<string, unknown> = {}) => ({ object: "account", id, type: "express", capabilities: { transfers: "active" }, metadata: { producerId }, ...overrides });
  const e = (name: string, object: Record<string, unknown>, extra: Record<string, unknown> = {}) => event(`evt_account_${name}`, "account.updated", object, extra);
  beforeAll(async () => {
    await server.db.producerProfile.update({ where: { id: producerId }, data: { stripeAccountId: "acct_binding_mine" } });
    await server.db.producerProfile.update({ where: { id: otherProducerId }, data: { stripeAccountId: "acct_binding_other" } });
  });

  it("refuses an update of an account no producer has, or naming another producer, changing nothing", async () => {
    await expectRefused([
      // (d) an account that is not ours.
      { name: "an unknown account", event: e("unknown", account("acct_does_not_exist")), reason: "account_unknown" },
      // (e) another producer through the metadata, or a Connect event about another account.
      { name: "metadata of another producer", event: e("other_producer", account("acct_binding_mine", { metadata: { producerId: otherProducerId } })), reason: "account_mismatch" },
      { name: "about another account", event: e("other_account", account("acct_binding_mine"), { account: "acct_binding_other" }), reason: "account_mismatch" },
    ]);
  });

  it("applies the honest update", async () => {
    expect(await deliver(e("honest", account("acct_binding_mine"), { account: "acct_binding_mine" }))).toEqual({ status: 200, body: { received: true, outcome: "processed" } });
    const producers = await server.db.producerProfile.findMany({ where: { id: { in: [producerId, otherProducerId] } }, select: { id: true, stripeTransfersActive: true } });
    expect(Object.fromEntries(producers.map((p) => [p.id, p.stripeTransfersActive]))).toEqual({ [producerId]: true, [otherProducerId]: false });
  });
});
