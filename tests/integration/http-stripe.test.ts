// Orders paid through Stripe, with the Stripe API answered by a local server (it cannot be
// reached from here) and webhooks signed with the real test helper and checked by the real
// constructEvent: the checkout request carries the server's amount in sen, IDR, an
// idempotency key and the payment's metadata; a bad signature and a tampered amount change
// nothing; the completion is applied once however often it comes; a late expiry undoes nothing.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed.ts";
import { Client } from "../helpers/http.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

const SECRET = "whsec_test_mitraikm";
let server: TestServer;
let stripeApi: Server;
const requests: { path: string; body: URLSearchParams; idempotencyKey: string | undefined }[] = [];
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

/** Answers POST /v1/checkout/sessions as the Stripe API documents it (the fields we read). */
function fakeStripeApi(): Promise<Server> {
  const api = createServer(async (request, response) => {
    const body = new URLSearchParams(await read(request));
    requests.push({ path: request.url ?? "", body, idempotencyKey: request.headers["idempotency-key"] as string | undefined });
    if (request.method === "POST" && request.url === "/v1/checkout/sessions") {
      const id = `cs_test_${requests.length}`;
      response.writeHead(200, { "Content-Type": "application/json", "Request-Id": `req_${requests.length}` });
      response.end(JSON.stringify({ id, object: "checkout.session", url: `https://checkout.stripe.com/c/pay/${id}`, mode: "payment", currency: "idr", amount_total: Number(body.get("line_items[0][price_data][unit_amount]")), payment_status: "unpaid", status: "open" }));
      return;
    }
    response.writeHead(404, { "Content-Type": "application/json" });
    response.end(JSON.stringify({ error: { type: "invalid_request_error", message: `Unrecognized request URL (${request.method}: ${request.url})` } }));
  });
  return new Promise((resolve) => api.listen(0, "127.0.0.1", () => resolve(api)));
}

async function signIn(email: string): Promise<Client> {
  const client = new Client(server.url);
  expect((await client.login(email, DEMO_PASSWORD)).status).toBe(302);
  return client;
}

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
  const sent = await buyer.post(`/orders/new?match=${match.id}`, {
    "lines[0].name": "Keripik tempe 250 g",
    "lines[0].quantity": "2000",
    "lines[0].unit": "pak",
    "lines[0].unitPrice": "12500",
    deliveryAddress: "Gudang PT Pembeli, Jl. Rungkut Industri 5, Surabaya",
    deliveryDate: "2027-02-01",
    deliveryTerm: "DAP",
    downPaymentPercent: "30",
    downPaymentDueDays: "7",
    balanceDueDays: "30",
    intent: "propose",
  });
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
  });

  it("refuses a bad signature and a tampered amount, changing nothing", async () => {
    const completed = sessionEvent("evt_bad", "checkout.session.completed", { id: "cs_test_1", currency: "idr", amount_total: 750_000_000, payment_status: "paid", payment_intent: "pi_1", metadata: { paymentId } });
    expect((await deliver(completed, "whsec_someone_else")).status).toBe(400);
    const tampered = sessionEvent("evt_tampered", "checkout.session.completed", { id: "cs_test_1", currency: "idr", amount_total: 100, payment_status: "paid", payment_intent: "pi_1", metadata: { paymentId } });
    expect((await deliver(tampered)).status).toBe(400);
    const unchanged = await order();
    expect(unchanged.state).toBe("agreed");
    expect(unchanged.payments[0]!.status).toBe("due");
    expect(await server.db.stripeEvent.count()).toBe(0);
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
    expect((await deliver(sessionEvent("evt_expired", "checkout.session.expired", { id: "cs_test_1", metadata: { paymentId } }))).status).toBe(200);
    const still = await order();
    expect(still.payments[0]).toMatchObject({ status: "paid", stripeSessionId: "cs_test_1" });
    expect(await server.db.stripeEvent.count()).toBe(3);
  });

  it("answers a GET with 405", async () => {
    expect((await fetch(`${server.url}/api/stripe/webhook`)).status).toBe(405);
  });
});
