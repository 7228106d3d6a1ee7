// Purchase orders through the real server, in manual-transfer mode (no Stripe keys): the buyer
// drafts from a confirmed partnership, bad terms are refused on their field, the producer
// counters, the buyer accepts the version on the table, the down payment's proof is uploaded
// and its receipt confirmed once (two confirmations at once: one wins), delivery brings the
// balance, and completion closes the order and the partnership. Outsiders get 404s.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../prisma/seed.ts";
import { flagOverduePayments } from "~/models/orders/payment.server.ts";
import { type Client, TINY_PDF, postMultipart, signedIn } from "../helpers/http.ts";
import { DELIVERY_DAY, orderTerms } from "../helpers/orders.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

let server: TestServer;
let buyer: Client;
let producer: Client;
let otherBuyer: Client;
let matchId: string;
let orderId: string;
let seededValue: number;
const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;
const PDF = TINY_PDF;

const signIn = (email: string) => signedIn(server.url, email);

// The accepted terms plus a second line left blank, as a form with an unused row sends it.
const terms = (overrides: Record<string, string> = {}) =>
  orderTerms({ "lines[1].name": "", "lines[1].quantity": "", "lines[1].unit": "pak", "lines[1].unitPrice": "", ...overrides });

const order = () => server.db.order.findUniqueOrThrow({ where: { id: orderId }, include: { payments: { orderBy: { createdAt: "asc" } }, versions: true } });

beforeAll(async () => {
  server = await startServer("http-orders");
  [buyer, producer] = await Promise.all([signIn(demo("buyer").email), signIn(demo("producer").email)]);
  const buyerOrg = await server.db.membership.findFirstOrThrow({ where: { user: { email: demo("buyer").email } }, select: { organisationId: true } });
  const producerOrg = await server.db.membership.findFirstOrThrow({ where: { user: { email: demo("producer").email } }, select: { organisationId: true } });
  const need = await server.db.need.findFirstOrThrow({ where: { buyerId: buyerOrg.organisationId, status: "open" } });
  const profile = await server.db.producerProfile.findUniqueOrThrow({ where: { organisationId: producerOrg.organisationId } });
  // A partnership the producer has confirmed (the workflow up to here is tested in http-matches).
  const match = await server.db.match.create({ data: { needId: need.id, producerId: profile.id, score: 80, scoreBreakdown: { parts: [], gaps: [] }, state: "confirmed" } });
  matchId = match.id;
  const other = await server.db.membership.findFirstOrThrow({ where: { organisation: { kind: "buyer", id: { not: buyerOrg.organisationId } } }, select: { user: { select: { email: true } } } });
  otherBuyer = await signIn(other.user.email);
  // What the seeded orders with East Java producers are worth, as the dashboard adds them up.
  const seeded = await server.db.order.findMany({ where: { producer: { provinceCode: "35" }, state: { in: ["agreed", "down_payment_paid", "delivered", "paid", "completed"] } }, select: { versions: { select: { total: true } } } });
  seededValue = seeded.reduce((sum, o) => sum + Number(o.versions[0]!.total), 0);
});
afterAll(async () => {
  await server?.stop();
});

describe("purchase orders", () => {
  it("offers the buyer a form from its confirmed partnership, and no one else", async () => {
    const page = await buyer.get(`/orders/new?match=${matchId}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Pesanan pembelian kepada");
    expect((await otherBuyer.get(`/orders/new?match=${matchId}`)).status).toBe(404);
    expect((await producer.get(`/orders/new?match=${matchId}`)).status).toBe(403);
    expect(await (await buyer.get("/orders")).text()).toContain(`/orders/new?match=${matchId}`);
    // Without Stripe keys there is no webhook to call.
    expect((await fetch(`${server.url}/api/stripe/webhook`, { method: "POST", body: "{}" })).status).toBe(404);
  });

  it("refuses bad terms on their field and writes nothing", async () => {
    const response = await buyer.post(`/orders/new?match=${matchId}`, terms({ "lines[0].unitPrice": "0", deliveryAddress: "x", downPaymentPercent: "130", intent: "propose" }));
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toMatch(/id="new-order-lines\[0\]\.unitPrice-error"/);
    expect(html).toMatch(/id="new-order-deliveryAddress-error"/);
    expect(html).toMatch(/id="new-order-downPaymentPercent-error"/);
    expect(await server.db.order.count({ where: { matchId } })).toBe(0);
    const empty = await buyer.post(`/orders/new?match=${matchId}`, { ...terms({ "lines[0].name": "", "lines[0].quantity": "", "lines[0].unitPrice": "" }), intent: "propose" });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Tambahkan paling sedikit satu barang.");
  });

  it("sends the proposal, lets only the other side answer it, and keeps each counter-offer", async () => {
    const sent = await buyer.post(`/orders/new?match=${matchId}`, { ...terms(), intent: "propose" });
    expect(sent.status).toBe(302);
    orderId = sent.headers.get("location")!.split("/").pop()!;
    expect(await order()).toMatchObject({ state: "proposed", versionNumber: 1, number: expect.stringMatching(/^PO-\d{4}-\d{6}$/) });
    // The producer is told; the buyer may not accept its own terms.
    expect(await server.db.notification.count({ where: { kind: "order_state", user: { email: demo("producer").email } } })).toBe(1);
    expect((await buyer.post(`/orders/${orderId}`, { intent: "act", action: "accept" })).status).toBe(409);
    // The counter-offer form starts from the terms on the table, the delivery day included
    // (it once printed a date as "Mon Feb 01" into the date field, which showed it blank).
    expect(await (await producer.get(`/orders/${orderId}`)).text()).toMatch(new RegExp(`name="deliveryDate"[^>]*value="${DELIVERY_DAY}"|value="${DELIVERY_DAY}"[^>]*name="deliveryDate"`));
    // Outsiders learn nothing.
    expect((await otherBuyer.get(`/orders/${orderId}`)).status).toBe(404);
    expect((await otherBuyer.post(`/orders/${orderId}`, { intent: "act", action: "cancel" })).status).toBe(404);
    // The producer counters at a higher price; a second counter on the same version loses.
    const counter = terms({ "lines[0].unitPrice": "13000", intent: "counter", version: "1" });
    const [first, second] = await Promise.all([producer.post(`/orders/${orderId}`, counter), producer.post(`/orders/${orderId}`, counter)]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const countered = await order();
    expect(countered.versionNumber).toBe(2);
    expect(countered.versions.map((v) => [v.number, v.authorSide, Number(v.total)]).sort()).toEqual([
      [1, "buyer", 25_000_000],
      [2, "producer", 26_000_000],
    ]);
    // Now the producer waits: it may not accept its own counter-offer.
    expect((await producer.post(`/orders/${orderId}`, { intent: "act", action: "accept" })).status).toBe(409);
  });

  it("agrees on the version on the table: the down payment falls due and the partnership is ordered", async () => {
    expect((await buyer.post(`/orders/${orderId}`, { intent: "act", action: "accept" })).status).toBe(200);
    const agreed = await order();
    expect(agreed).toMatchObject({ state: "agreed", paymentMode: "manual" });
    expect(agreed.payments).toHaveLength(1);
    expect(agreed.payments[0]).toMatchObject({ kind: "down_payment", amount: 7_800_000n, status: "due", mode: "manual" });
    expect(agreed.payments[0]!.dueAt.getTime() - agreed.agreedAt!.getTime()).toBe(7 * 86_400_000);
    const match = await server.db.match.findUniqueOrThrow({ where: { id: matchId } });
    expect(match.state).toBe("ordered");
    expect(match.minutesToOrdered).not.toBeNull();
    // The partnership's move is the system's, following the order, written like every other.
    const event = await server.db.matchEvent.findFirstOrThrow({ where: { matchId, toState: "ordered" } });
    expect(event).toMatchObject({ fromState: "confirmed", actorRole: "system", note: "order" });
    const page = await (await buyer.get(`/orders/${orderId}`)).text();
    expect(page).toContain("Rp 26.000.000");
    expect(page).toContain("Pembayaran lewat transfer bank");
  });

  it("takes the transfer proof by its content and confirms receipt once", async () => {
    const paymentId = (await order()).payments[0]!.id;
    const notPdf = new FormData();
    notPdf.append("paymentId", paymentId);
    notPdf.append("proof", new Blob([new TextEncoder().encode("just text, named like a PDF")]), "bukti.pdf");
    const refused = await postMultipart(buyer, `/orders/${orderId}`, notPdf);
    expect(refused.status).toBe(400);
    expect((await order()).payments[0]!.status).toBe("due");
    const proof = new FormData();
    proof.append("paymentId", paymentId);
    proof.append("proof", new Blob([PDF]), "bukti.pdf");
    expect((await postMultipart(buyer, `/orders/${orderId}`, proof)).status).toBe(200);
    expect((await order()).payments[0]!.status).toBe("proof_submitted");
    const file = await producer.get(`/orders/${orderId}/payments/${paymentId}`);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/pdf");
    expect((await otherBuyer.get(`/orders/${orderId}/payments/${paymentId}`)).status).toBe(404);
    // Only the producer confirms money received; two clicks at once make one receipt.
    expect((await buyer.post(`/orders/${orderId}`, { intent: "settle", paymentId })).status).toBe(409);
    const [a, b] = await Promise.all([producer.post(`/orders/${orderId}`, { intent: "settle", paymentId }), producer.post(`/orders/${orderId}`, { intent: "settle", paymentId })]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const paid = await order();
    expect(paid.state).toBe("down_payment_paid");
    expect(paid.payments[0]).toMatchObject({ status: "paid" });
    expect(await server.db.orderEvent.count({ where: { orderId, toState: "down_payment_paid" } })).toBe(1);
  });

  it("brings the balance due on delivery, and completes the order and the partnership", async () => {
    expect((await buyer.post(`/orders/${orderId}`, { intent: "act", action: "deliver" })).status).toBe(409);
    expect((await producer.post(`/orders/${orderId}`, { intent: "act", action: "deliver" })).status).toBe(200);
    const delivered = await order();
    expect(delivered.state).toBe("delivered");
    const balance = delivered.payments.find((p) => p.kind === "balance")!;
    expect(balance).toMatchObject({ amount: 18_200_000n, status: "due" });
    expect(balance.dueAt.getTime() - delivered.deliveredAt!.getTime()).toBe(30 * 86_400_000);
    expect((await producer.post(`/orders/${orderId}`, { intent: "settle", paymentId: balance.id })).status).toBe(200);
    expect((await order()).state).toBe("paid");
    expect((await buyer.post(`/orders/${orderId}`, { intent: "act", action: "complete" })).status).toBe(200);
    expect((await order()).state).toBe("completed");
    expect((await server.db.match.findUniqueOrThrow({ where: { id: matchId } })).state).toBe("completed");
    const history = await server.db.orderEvent.findMany({ where: { orderId }, orderBy: { createdAt: "asc" } });
    expect(history.map((e) => e.toState)).toEqual(["draft", "proposed", "proposed", "agreed", "down_payment_paid", "delivered", "paid", "completed"]);
  });

  it("prints the invoice with rupiah as Indonesians write them, in either language", async () => {
    const id = await (await buyer.get(`/orders/${orderId}/invoice`)).text();
    expect(id).toContain("Pesanan pembelian dan faktur");
    expect(id).toContain("Rp 26.000.000");
    expect(id).toContain("Rp 7.800.000");
    await buyer.post("/language", { locale: "en", redirectTo: "/" });
    const en = await (await buyer.get(`/orders/${orderId}/invoice`)).text();
    expect(en).toContain("Purchase order and invoice");
    expect(en).toContain("Rp 26.000.000");
    expect((await otherBuyer.get(`/orders/${orderId}/invoice`)).status).toBe(404);
  });

  it("flags an overdue payment once to the buyer, the producer and the province's dinas", async () => {
    // A second order whose down payment falls due, then lapses.
    const need = await server.db.need.findFirstOrThrow({ where: { id: { not: (await order()).versions[0]!.orderId }, buyer: { memberships: { some: { user: { email: demo("buyer").email } } } }, status: "open", matches: { none: {} } } });
    const producerProfile = await server.db.producerProfile.findFirstOrThrow({ where: { organisation: { memberships: { some: { user: { email: demo("producer").email } } } } } });
    const match = await server.db.match.create({ data: { needId: need.id, producerId: producerProfile.id, score: 70, scoreBreakdown: { parts: [], gaps: [] }, state: "confirmed" } });
    const sent = await buyer.post(`/orders/new?match=${match.id}`, { ...terms(), intent: "propose" });
    const late = sent.headers.get("location")!.split("/").pop()!;
    expect((await producer.post(`/orders/${late}`, { intent: "act", action: "accept" })).status).toBe(200);
    const payment = await server.db.payment.findFirstOrThrow({ where: { orderId: late } });
    await server.db.payment.update({ where: { id: payment.id }, data: { dueAt: new Date(Date.now() - 86_400_000) } });
    // The server's background worker notices it.
    await expect.poll(async () => (await server.db.payment.findUniqueOrThrow({ where: { id: payment.id } })).overdueNotifiedAt, { timeout: 10_000 }).not.toBeNull();
    const told = await server.db.notification.findMany({ where: { kind: "payment_overdue", link: `/orders/${late}` }, select: { user: { select: { email: true } } } });
    const emails = told.map((n) => n.user.email);
    expect(emails).toContain(demo("buyer").email);
    expect(emails).toContain(demo("producer").email);
    expect(emails).toContain(demo("dinas").email);
    expect(new Set(emails).size).toBe(emails.length); // each once
    expect(await flagOverduePayments(server.db)).toBe(0);
    expect(await (await buyer.get("/orders")).text()).toContain("Overdue"); // the buyer reads English since the invoice test
  });

  it("shows how fast the buyer pays on its needs, and the partnership value on the dashboard", async () => {
    const need = await server.db.match.findUniqueOrThrow({ where: { id: matchId }, select: { needId: true } });
    const page = await (await producer.get(`/needs/${need.needId}`)).text();
    expect(page).toMatch(/data-buyer-pays="?[^>]*>dibayar dalam median 0 hari \(2 pembayaran\) · 1 pembayaran terlambat saat ini/);
    const dinas = await signIn(demo("dinas").email);
    const dashboard = await (await dinas.get("/dinas/dashboard")).text();
    // The seeded orders' value, plus the completed order (Rp 26.000.000) and the overdue one (Rp 25.000.000).
    const value = Number(/data-kpi="partnershipValue"><span class="kpi-value">Rp ([\d.]+)</.exec(dashboard)![1]!.replace(/\./g, ""));
    expect(value - seededValue).toBe(51_000_000);
    expect(dashboard).toContain('data-table="payments"');
  });

  it("lets an admin record a refund by bank transfer in manual mode, up to what was paid", async () => {
    const admin = await signIn(demo("admin").email);
    const down = (await order()).payments.find((p) => p.kind === "down_payment")!;
    expect((await producer.post(`/orders/${orderId}`, { intent: "refund", paymentId: down.id, amount: "1000" })).status).toBe(403);
    expect((await admin.post(`/orders/${orderId}`, { intent: "refund", paymentId: down.id, amount: "7800001" })).status).toBe(400);
    expect((await admin.post(`/orders/${orderId}`, { intent: "refund", paymentId: down.id, amount: "800000" })).status).toBe(200);
    expect((await order()).payments.find((p) => p.id === down.id)).toMatchObject({ status: "paid", refundedAmount: 800_000n });
    expect((await order()).state).toBe("completed"); // a part back does not undo the order
  });

  it("gives back the terms' share of the down payment when the buyer cancels before delivery, confirmed once by the buyer", async () => {
    const need = await server.db.need.findFirstOrThrow({ where: { buyer: { memberships: { some: { user: { email: demo("buyer").email } } } }, status: "open", matches: { none: {} } } });
    const producerProfile = await server.db.producerProfile.findFirstOrThrow({ where: { organisation: { memberships: { some: { user: { email: demo("producer").email } } } } } });
    const match = await server.db.match.create({ data: { needId: need.id, producerId: producerProfile.id, score: 70, scoreBreakdown: { parts: [], gaps: [] }, state: "confirmed" } });
    expect((await buyer.post(`/orders/new?match=${match.id}`, { ...terms({ cancellationRefundPercent: "101" }), intent: "propose" })).status).toBe(400);
    const sent = await buyer.post(`/orders/new?match=${match.id}`, { ...terms({ cancellationRefundPercent: "50" }), intent: "propose" });
    const id = sent.headers.get("location")!.split("/").pop()!;
    expect((await producer.post(`/orders/${id}`, { intent: "act", action: "accept" })).status).toBe(200);
    const down = await server.db.payment.findFirstOrThrow({ where: { orderId: id, kind: "down_payment" } });
    expect((await producer.post(`/orders/${id}`, { intent: "settle", paymentId: down.id })).status).toBe(200);
    // Before cancelling, each side reads what walking away would cost: Rp 7.500.000 paid, half back if the buyer goes.
    const page = await (await buyer.get(`/orders/${id}`)).text();
    expect(page).toMatch(/data-cancel-terms[^>]*>[^<]*Rp 3\.750\.000[^<]*Rp 7\.500\.000/);
    expect((await buyer.post(`/orders/${id}`, { intent: "act", action: "cancel" })).status).toBe(200);
    const after = await server.db.order.findUniqueOrThrow({ where: { id }, include: { payments: true } });
    expect(after.state).toBe("cancelled");
    expect(after.payments[0]).toMatchObject({ status: "paid", refundDue: 3_750_000n, refundedAmount: 0n });
    // The producer sends the money back; only the buyer, who receives it, confirms it.
    expect((await producer.post(`/orders/${id}`, { intent: "refund-received", paymentId: down.id })).status).toBe(409);
    expect((await otherBuyer.post(`/orders/${id}`, { intent: "refund-received", paymentId: down.id })).status).toBe(404);
    const both = await Promise.all([buyer.post(`/orders/${id}`, { intent: "refund-received", paymentId: down.id }), buyer.post(`/orders/${id}`, { intent: "refund-received", paymentId: down.id })]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const done = await server.db.order.findUniqueOrThrow({ where: { id }, include: { payments: true, events: { where: { note: "refund_received" } } } });
    expect(done).toMatchObject({ state: "cancelled" });
    expect(done.payments[0]).toMatchObject({ refundDue: 3_750_000n, refundedAmount: 3_750_000n, status: "paid" });
    expect(done.events).toHaveLength(1);
    expect(await (await producer.get(`/orders/${id}`)).text()).not.toContain("data-refund-due");
  });
});
