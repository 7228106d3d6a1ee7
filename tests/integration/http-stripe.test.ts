// Orders paid through Stripe, with the Stripe API answered by a local server (it cannot be
// reached from here) and webhooks signed with the real test helper and checked by the real
// constructEvent: the checkout request carries the server's amount in sen, IDR, an
// idempotency key and the payment's metadata; a bad signature and a tampered amount change
// nothing (the latter answered 200 and recorded as refused; the binding of events to what we
// stored is tested in stripe-webhook-binding.test.ts); the completion is applied once however often it comes; a late expiry undoes nothing.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../prisma/seed.ts";
import { type Client, signedIn } from "../helpers/http.ts";
import { orderTerms } from "../helpers/orders.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

const SECRET = "whsec_test_mitraikm";
let server: TestServer;
let stripeApi: Server;
const requests: { path: string; body: URLSearchParams; idempotencyKey: string | undefined }[] = [];
/** Refund requests the fake API answers with a 500 before it takes one (Stripe unreachable). */
let failingRefunds = 0;
let buyer: Client;
let producer: Client;
let orderId: string;
let paymentId: string;
const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;
const stripe = new Stripe("sk_test_mitraikm");

async function read(request: IncomingMessage): Promise<string> {
  let body = "";
  for await (const chunk of request) body += chunk;
  return body;
}

/** The Checkout Sessions the fake API opened, by id; a test may mark one complete or expired. */
const sessions = new Map<string, { id: string; status: string; url: string | null; payment_status: string }>();

/** Answers POST /v1/checkout/sessions (and GET one back) as the Stripe API documents it (the fields we read). */
function fakeStripeApi(): Promise<Server> {
  const api = createServer(async (request, response) => {
    const body = new URLSearchParams(await read(request));
    requests.push({ path: request.url ?? "", body, idempotencyKey: request.headers["idempotency-key"] as string | undefined });
    if (request.method === "POST" && request.url === "/v1/checkout/sessions") {
      const id = `cs_test_${requests.length}`;
      const session = { id, object: "checkout.session", url: `https://checkout.stripe.com/c/pay/${id}`, mode: "payment", currency: "idr", amount_total: Number(body.get("line_items[0][price_data][unit_amount]")), payment_status: "unpaid", status: "open" };
      sessions.set(id, session);
      response.writeHead(200, { "Content-Type": "application/json", "Request-Id": `req_${requests.length}` });
      response.end(JSON.stringify(session));
      return;
    }
    const retrieved = /^\/v1\/checkout\/sessions\/([\w-]+)$/.exec(request.url ?? "");
    if (request.method === "GET" && retrieved && sessions.has(retrieved[1]!)) {
      response.writeHead(200, { "Content-Type": "application/json", "Request-Id": `req_${requests.length}` });
      response.end(JSON.stringify(sessions.get(retrieved[1]!)));
      return;
    }
    const answer = (body: object) => {
      response.writeHead(200, { "Content-Type": "application/json", "Request-Id": `req_${requests.length}` });
      response.end(JSON.stringify(body));
    };
    if (request.method === "POST" && request.url === "/v1/accounts") return answer({ id: "acct_test_1", object: "account", type: "express", charges_enabled: false, capabilities: { transfers: "inactive" } });
    if (request.method === "POST" && request.url === "/v1/account_links") return answer({ object: "account_link", url: "https://connect.stripe.com/setup/e/acct_test_1/xyz", expires_at: Math.floor(Date.now() / 1000) + 300 });
    if (request.method === "POST" && request.url === "/v1/refunds" && failingRefunds > 0) {
      failingRefunds--;
      response.writeHead(500, { "Content-Type": "application/json" });
      response.end(JSON.stringify({ error: { type: "api_error", message: "Stripe is down (test)" } }));
      return;
    }
    if (request.method === "POST" && request.url === "/v1/refunds") return answer({ id: `re_${requests.length}`, object: "refund", amount: Number(body.get("amount")), currency: "idr", payment_intent: body.get("payment_intent"), status: "pending" });
    response.writeHead(404, { "Content-Type": "application/json" });
    response.end(JSON.stringify({ error: { type: "invalid_request_error", message: `Unrecognized request URL (${request.method}: ${request.url})` } }));
  });
  return new Promise((resolve) => api.listen(0, "127.0.0.1", () => resolve(api)));
}

const signIn = (email: string) => signedIn(server.url, email);

/** A webhook delivery, signed the way Stripe signs it (or with the wrong secret). */
function deliver(event: object, secret = SECRET) {
  const payload = JSON.stringify(event);
  return fetch(`${server.url}/api/stripe/webhook`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Stripe-Signature": stripe.webhooks.generateTestHeaderString({ payload, secret }) },
    body: payload,
  });
}

function sessionEvent(id: string, type: string, session: Record<string, unknown>) {
  return { id, object: "event", type, created: Math.floor(Date.now() / 1000), api_version: "2025-01-27.acacia", livemode: false, pending_webhooks: 1, request: null, data: { object: { object: "checkout.session", ...session } } };
}

const order = () => server.db.order.findUniqueOrThrow({ where: { id: orderId }, include: { payments: true, events: true } });

beforeAll(async () => {
  stripeApi = await fakeStripeApi();
  server = await startServer("http-stripe", {
    env: { STRIPE_SECRET_KEY: "sk_test_mitraikm", STRIPE_WEBHOOK_SECRET: SECRET, STRIPE_API_URL: `http://127.0.0.1:${(stripeApi.address() as AddressInfo).port}` },
  });
  [buyer, producer] = await Promise.all([signIn(demo("buyer").email), signIn(demo("producer").email)]);
  const buyerOrg = await server.db.organisation.findFirstOrThrow({ where: { memberships: { some: { user: { email: demo("buyer").email } } } } });
  const producerOrg = await server.db.organisation.findFirstOrThrow({ where: { memberships: { some: { user: { email: demo("producer").email } } } }, include: { producer: true } });
  const need = await server.db.need.findFirstOrThrow({ where: { buyerId: buyerOrg.id, status: "open" } });
  const match = await server.db.match.create({ data: { needId: need.id, producerId: producerOrg.producer!.id, score: 80, scoreBreakdown: { parts: [], gaps: [] }, state: "confirmed" } });
  const sent = await buyer.post(`/orders/new?match=${match.id}`, orderTerms({ intent: "propose" }));
  orderId = sent.headers.get("location")!.split("/").pop()!;
  expect((await producer.post(`/orders/${orderId}`, { intent: "act", action: "accept" })).status).toBe(200);
  paymentId = (await order()).payments[0]!.id;
});
afterAll(async () => {
  await server?.stop();
  stripeApi?.close();
});

describe("payments through Stripe", () => {
  it("fixes Stripe as the order's payment mode and says so", async () => {
    const agreed = await order();
    expect(agreed.paymentMode).toBe("stripe");
    expect(agreed.payments[0]).toMatchObject({ mode: "stripe", amount: 7_500_000n, status: "due" });
    const page = await (await buyer.get(`/orders/${orderId}`)).text();
    expect(page).toContain("Pembayaran dengan kartu atau bank lewat Stripe.");
    expect(page).toContain("Bayar Rp 7.500.000 lewat Stripe");
  });

  it("opens a Checkout Session for the server's amount, in sen, with an idempotency key", async () => {
    // Only the buyer pays; the producer cannot start a checkout.
    expect((await producer.post(`/orders/${orderId}`, { intent: "checkout", paymentId })).status).toBe(404);
    const response = await buyer.post(`/orders/${orderId}`, { intent: "checkout", paymentId, amount: "1" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("https://checkout.stripe.com/c/pay/cs_test_1");
    const sent = requests.find((r) => r.path === "/v1/checkout/sessions")!;
    expect(sent.body.get("mode")).toBe("payment");
    expect(sent.body.get("line_items[0][price_data][currency]")).toBe("idr");
    expect(sent.body.get("line_items[0][price_data][unit_amount]")).toBe("750000000"); // Rp 7.500.000 × 100
    expect(sent.body.get("metadata[paymentId]")).toBe(paymentId);
    expect(sent.body.get("payment_intent_data[metadata][orderId]")).toBe(orderId);
    expect(sent.idempotencyKey).toBe(`checkout-${paymentId}-1`);
    expect((await order()).payments[0]!.stripeSessionId).toBe("cs_test_1");
    // Asked again (another tab, a back button), the same open session: one session per payment.
    const again = await buyer.post(`/orders/${orderId}`, { intent: "checkout", paymentId });
    expect(again.headers.get("location")).toBe("https://checkout.stripe.com/c/pay/cs_test_1");
    expect(requests.filter((r) => r.path === "/v1/checkout/sessions")).toHaveLength(1);
    // Paid but not yet confirmed by the webhook: no second checkout, and the buyer is told why.
    sessions.get("cs_test_1")!.status = "complete";
    const paid = await buyer.post(`/orders/${orderId}`, { intent: "checkout", paymentId });
    expect(paid.status).toBe(409);
    expect(await paid.text()).toContain("Pembayaran ini sudah dilakukan lewat Stripe dan sedang dikonfirmasi");
    expect(requests.filter((r) => r.path === "/v1/checkout/sessions")).toHaveLength(1);
    sessions.get("cs_test_1")!.status = "open";
  });

  it("tells the buyer when Stripe could not take a payment, and lets it try again", async () => {
    const failed = { id: "evt_failed", object: "event", type: "payment_intent.payment_failed", created: Math.floor(Date.now() / 1000), livemode: false, pending_webhooks: 1, request: null, api_version: "2025-01-27.acacia", data: { object: { id: "pi_0", object: "payment_intent", amount: 750_000_000, currency: "idr", metadata: { paymentId, orderId, kind: "down_payment" }, last_payment_error: { message: "Your card was declined." } } } };
    const answer = await deliver(failed);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ received: true, outcome: "processed" });
    const page = await (await buyer.get(`/orders/${orderId}`)).text();
    expect(page).toContain("Your card was declined.");
    expect(page).toContain("Bayar Rp 7.500.000 lewat Stripe");
    expect((await order()).payments[0]!.status).toBe("due");
  });

  it("refuses a bad signature and a tampered amount, changing nothing, the refusal recorded", async () => {
    const completed = sessionEvent("evt_bad", "checkout.session.completed", { id: "cs_test_1", currency: "idr", amount_total: 750_000_000, payment_status: "paid", payment_intent: "pi_1", metadata: { paymentId } });
    expect((await deliver(completed, "whsec_someone_else")).status).toBe(400);
    const tampered = sessionEvent("evt_tampered", "checkout.session.completed", { id: "cs_test_1", currency: "idr", amount_total: 100, payment_status: "paid", payment_intent: "pi_1", metadata: { paymentId } });
    // Signed by Stripe, so retrying would not change its facts: answered 200, refused, recorded.
    const refused = await deliver(tampered);
    expect(refused.status).toBe(200);
    expect(await refused.json()).toEqual({ received: true, outcome: "refused" });
    expect(await server.db.auditLog.findMany({ where: { entity: "stripe_event", entityId: "evt_tampered" }, select: { action: true, data: true } })).toEqual([
      { action: "stripe_event.refused", data: expect.objectContaining({ type: "checkout.session.completed", reason: "amount_mismatch", paymentId }) },
    ]);
    const unchanged = await order();
    expect(unchanged.state).toBe("agreed");
    expect(unchanged.payments[0]!.status).toBe("due");
    expect(await server.db.stripeEvent.count({ where: { type: "checkout.session.completed" } })).toBe(0);
  });

  it("applies the completion once, however often and in whatever order it comes", async () => {
    const completed = sessionEvent("evt_completed", "checkout.session.completed", { id: "cs_test_1", currency: "idr", amount_total: 750_000_000, payment_status: "paid", payment_intent: "pi_1", metadata: { paymentId } });
    // The same event twice at once, then a replay, and a second event id for the same session.
    const again = { ...completed, id: "evt_completed_retry" };
    const answers = await Promise.all([deliver(completed), deliver(completed), deliver(again)]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect((await deliver(completed)).status).toBe(200);
    const paid = await order();
    expect(paid.state).toBe("down_payment_paid");
    expect(paid.payments[0]).toMatchObject({ status: "paid", stripePaymentIntentId: "pi_1" });
    expect(paid.events.filter((e) => e.toState === "down_payment_paid")).toHaveLength(1);
    // The session expiring afterwards (delivered late) undoes nothing.
    expect((await deliver(sessionEvent("evt_expired", "checkout.session.expired", { id: "cs_test_1", currency: "idr", amount_total: 750_000_000, payment_status: "unpaid", metadata: { paymentId } }))).status).toBe(200);
    const still = await order();
    expect(still.payments[0]).toMatchObject({ status: "paid", stripeSessionId: "cs_test_1" });
    expect(await server.db.stripeEvent.count({ where: { type: { startsWith: "checkout." } } })).toBe(3);
  });

  it("pays a producer onboarded to Connect directly, less the platform's fee", async () => {
    const page = await producer.post("/workspace/payouts", {});
    expect(page.status).toBe(302);
    expect(page.headers.get("location")).toBe("https://connect.stripe.com/setup/e/acct_test_1/xyz");
    const created = requests.find((r) => r.path === "/v1/accounts")!;
    expect(created.body.get("type")).toBe("express");
    expect(created.body.get("country")).toBe("ID");
    expect(created.body.get("capabilities[transfers][requested]")).toBe("true");
    expect(created.idempotencyKey).toMatch(/^connect-/);
    // Until Stripe says transfers are active, payments still go to the platform.
    const account = { id: "evt_account", object: "event", type: "account.updated", created: Math.floor(Date.now() / 1000), livemode: false, pending_webhooks: 1, request: null, api_version: "2025-01-27.acacia", data: { object: { id: "acct_test_1", object: "account", capabilities: { transfers: "active" } } } };
    expect((await deliver(account)).status).toBe(200);
    expect(await (await producer.get("/workspace/payouts")).text()).toContain('data-connect-status="active"');
    expect((await producer.post(`/orders/${orderId}`, { intent: "act", action: "deliver" })).status).toBe(200);
    const balance = (await order()).payments.find((p) => p.kind === "balance")!;
    expect(balance).toMatchObject({ mode: "stripe", amount: 17_500_000n, status: "due" });
    expect((await buyer.post(`/orders/${orderId}`, { intent: "checkout", paymentId: balance.id })).status).toBe(302);
    const sent = requests.filter((r) => r.path === "/v1/checkout/sessions").at(-1)!;
    expect(sent.body.get("line_items[0][price_data][unit_amount]")).toBe("1750000000");
    expect(sent.body.get("payment_intent_data[transfer_data][destination]")).toBe("acct_test_1");
    expect(sent.body.get("payment_intent_data[application_fee_amount]")).toBe("35000000"); // 2%
    expect((await server.db.payment.findUniqueOrThrow({ where: { id: balance.id } })).settlement).toBe("connect");
  });

  it("waits for a payment's completion before applying its refund, whatever order they come in", async () => {
    const balance = (await order()).payments.find((p) => p.kind === "balance")!;
    const refunded = (id: string, amountRefunded: number) => ({ id, object: "event", type: "charge.refunded", created: Math.floor(Date.now() / 1000), livemode: false, pending_webhooks: 1, request: null, api_version: "2025-01-27.acacia", data: { object: { id: "ch_2", object: "charge", payment_intent: "pi_2", amount: 1_750_000_000, amount_refunded: amountRefunded, currency: "idr" } } });
    const early = refunded("evt_refund_early", 1_000_000);
    expect((await deliver(early)).status).toBe(409); // not stored: Stripe delivers it again
    // Paid by a delayed bank method: the session completes unpaid, and the money comes later.
    const session = { id: balance.stripeSessionId, currency: "idr", amount_total: 1_750_000_000, payment_intent: "pi_2", metadata: { paymentId: balance.id } };
    expect((await deliver(sessionEvent("evt_completed_balance", "checkout.session.completed", { ...session, payment_status: "unpaid" }))).status).toBe(200);
    expect((await order()).state).toBe("delivered");
    expect((await deliver(sessionEvent("evt_async_balance", "checkout.session.async_payment_succeeded", { ...session, payment_status: "paid" }))).status).toBe(200);
    expect((await order()).state).toBe("paid");
    expect((await deliver(early)).status).toBe(200);
    expect((await deliver(early)).status).toBe(200);
    const partly = (await order()).payments.find((p) => p.kind === "balance")!;
    expect(partly).toMatchObject({ status: "paid", refundedAmount: 10_000n });
  });

  it("lets an admin record passing a platform-settled payment on to the producer, once", async () => {
    const admin = await signIn(demo("admin").email);
    const payments = (await order()).payments;
    const down = payments.find((p) => p.kind === "down_payment")!; // settled by the platform
    const balance = payments.find((p) => p.kind === "balance")!; // paid into the producer's account
    expect((await producer.post(`/orders/${orderId}`, { intent: "payout", paymentId: down.id, reference: "TRF-0001" })).status).toBe(403);
    expect((await admin.post(`/orders/${orderId}`, { intent: "payout", paymentId: down.id, reference: "x" })).status).toBe(400);
    expect((await admin.post(`/orders/${orderId}`, { intent: "payout", paymentId: balance.id, reference: "TRF-0001" })).status).toBe(409);
    expect((await admin.post(`/orders/${orderId}`, { intent: "payout", paymentId: down.id, reference: "TRF-0001" })).status).toBe(200);
    expect((await admin.post(`/orders/${orderId}`, { intent: "payout", paymentId: down.id, reference: "TRF-0002" })).status).toBe(409);
    expect((await server.db.payment.findUniqueOrThrow({ where: { id: down.id } })).payoutReference).toBe("TRF-0001");
    expect(await (await producer.get(`/orders/${orderId}`)).text()).toContain("diteruskan ke IKM");
  });

  it("lets an admin refund through Stripe, reflected when Stripe reports it, up to the whole order", async () => {
    const admin = await signIn(demo("admin").email);
    const payments = (await order()).payments;
    const down = payments.find((p) => p.kind === "down_payment")!;
    const balance = payments.find((p) => p.kind === "balance")!;
    expect((await buyer.post(`/orders/${orderId}`, { intent: "refund", paymentId: down.id, amount: "100" })).status).toBe(403);
    expect((await admin.post(`/orders/${orderId}`, { intent: "refund", paymentId: down.id, amount: "7500001" })).status).toBe(400);
    expect((await admin.post(`/orders/${orderId}`, { intent: "refund", paymentId: down.id, amount: "7500000" })).status).toBe(200);
    const sent = requests.filter((r) => r.path === "/v1/refunds").at(-1)!;
    expect(sent.body.get("payment_intent")).toBe("pi_1");
    expect(sent.body.get("amount")).toBe("750000000");
    expect(sent.body.get("reverse_transfer")).toBeNull(); // the down payment was the platform's to give back
    expect(sent.idempotencyKey).toBe(`refund-${down.id}-0-7500000`);
    // Nothing moves until Stripe says the money went back.
    expect((await order()).payments.find((p) => p.id === down.id)!.status).toBe("paid");
    const report = (id: string, intent: string, amount: number) => ({ id, object: "event", type: "charge.refunded", created: Math.floor(Date.now() / 1000), livemode: false, pending_webhooks: 1, request: null, api_version: "2025-01-27.acacia", data: { object: { id: `ch_${intent}`, object: "charge", payment_intent: intent, amount, amount_refunded: amount, currency: "idr" } } });
    expect((await deliver(report("evt_refund_down", "pi_1", 750_000_000))).status).toBe(200);
    expect((await order()).payments.find((p) => p.id === down.id)).toMatchObject({ status: "refunded", refundedAmount: 7_500_000n });
    expect((await order()).state).toBe("paid"); // the balance is still the producer's
    // The rest of the balance, through the producer's account: the transfer is reversed.
    expect((await admin.post(`/orders/${orderId}`, { intent: "refund", paymentId: balance.id, amount: "17490000" })).status).toBe(200);
    expect(requests.filter((r) => r.path === "/v1/refunds").at(-1)!.body.get("reverse_transfer")).toBe("true");
    expect((await deliver(report("evt_refund_balance", "pi_2", 1_750_000_000))).status).toBe(200);
    const refunded = await order();
    expect(refunded.state).toBe("refunded");
    expect(refunded.events.filter((e) => e.toState === "refunded")).toHaveLength(1);
  });

  it("answers a GET with 405", async () => {
    expect((await fetch(`${server.url}/api/stripe/webhook`)).status).toBe(405);
  });

  it("gives the whole down payment back when the producer cancels before delivery, asked again by the worker if Stripe was down", async () => {
    const need = await server.db.need.findFirstOrThrow({ where: { buyer: { memberships: { some: { user: { email: demo("buyer").email } } } }, status: "open", matches: { none: {} } } });
    const producerProfile = await server.db.producerProfile.findFirstOrThrow({ where: { organisation: { memberships: { some: { user: { email: demo("producer").email } } } } } });
    const match = await server.db.match.create({ data: { needId: need.id, producerId: producerProfile.id, score: 70, scoreBreakdown: { parts: [], gaps: [] }, state: "confirmed" } });
    const sent = await buyer.post(`/orders/new?match=${match.id}`, orderTerms({ "lines[0].quantity": "1000", "lines[0].unitPrice": "10000", downPaymentPercent: "20", cancellationRefundPercent: "0", intent: "propose" }));
    const id = sent.headers.get("location")!.split("/").pop()!;
    expect((await producer.post(`/orders/${id}`, { intent: "act", action: "accept" })).status).toBe(200);
    const opened = await server.db.payment.findFirstOrThrow({ where: { orderId: id, kind: "down_payment" } });
    expect((await buyer.post(`/orders/${id}`, { intent: "checkout", paymentId: opened.id })).status).toBe(302);
    const down = await server.db.payment.findUniqueOrThrow({ where: { id: opened.id } });
    expect(down.stripeSessionId).toMatch(/^cs_test_/);
    expect((await deliver(sessionEvent("evt_completed_3", "checkout.session.completed", { id: down.stripeSessionId, currency: "idr", amount_total: 200_000_000, payment_status: "paid", payment_intent: "pi_3", metadata: { paymentId: down.id } }))).status).toBe(200);
    // Stripe fails the first requests: the cancellation stands, and the worker asks again.
    failingRefunds = 3;
    expect((await producer.post(`/orders/${id}`, { intent: "act", action: "cancel" })).status).toBe(200);
    expect((await server.db.order.findUniqueOrThrow({ where: { id } })).state).toBe("cancelled");
    await expect.poll(async () => (await server.db.payment.findUniqueOrThrow({ where: { id: down.id } })).refundRequestedAt, { timeout: 15_000 }).not.toBeNull();
    const asked = requests.filter((r) => r.path === "/v1/refunds" && r.body.get("payment_intent") === "pi_3");
    expect(asked.length).toBeGreaterThan(1);
    // However often it was asked, it was one refund to Stripe: the same key, the whole Rp 2.000.000 (terms' 0% is for the buyer walking away).
    expect(new Set(asked.map((r) => r.idempotencyKey))).toEqual(new Set([`cancel-refund-${down.id}`]));
    expect(new Set(asked.map((r) => r.body.get("amount")))).toEqual(new Set(["200000000"]));
    const report = { id: "evt_refund_cancel", object: "event", type: "charge.refunded", created: Math.floor(Date.now() / 1000), livemode: false, pending_webhooks: 1, request: null, api_version: "2025-01-27.acacia", data: { object: { id: "ch_3", object: "charge", payment_intent: "pi_3", amount: 200_000_000, amount_refunded: 200_000_000, currency: "idr" } } };
    expect((await deliver(report)).status).toBe(200);
    const after = await server.db.order.findUniqueOrThrow({ where: { id }, include: { payments: true } });
    expect(after.state).toBe("cancelled");
    expect(after.payments[0]).toMatchObject({ status: "refunded", refundDue: 2_000_000n, refundedAmount: 2_000_000n });
  });
});
