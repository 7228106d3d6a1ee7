// Requests for quotation through the real server: a verified buyer asks two producers for one
// need, each answers or declines (told in the app and by e-mail), the buyer compares and
// accepts one, which confirms the partnership and fills the purchase order; bad input is
// refused on its field in one round; another organisation's quotation or attachment is a 404;
// an unverified buyer cannot ask.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../prisma/seed.ts";
import { dateToDay } from "../../app/lib/calendar-day.ts";
import { type Client, postMultipart, signedIn, textOf } from "../helpers/http.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

let server: TestServer;
let buyer: Client;
let producer: Client;
let secondProducer: Client;
let otherBuyer: Client;
let needId: string;
let producerId: string;
let secondProducerId: string;
const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;
const day = (offset: number) => dateToDay(new Date(Date.now() + offset * 86_400_000));
const PDF = new Uint8Array([...new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")]);

const signIn = (email: string) => signedIn(server.url, email);

function request(fields: Record<string, string | string[]>) {
  return { quantity: "500", unit: "pak", deliveryPlace: "Gudang PT Contoh, Jl. Industri 5, Surabaya", deliveryDate: day(30), specs: "Kemasan 250 g, label halal", ...fields };
}

beforeAll(async () => {
  server = await startServer("http-quotations");
  [buyer, producer] = await Promise.all([signIn(demo("buyer").email), signIn(demo("producer").email)]);
  const buyerOrg = await server.db.organisation.findFirstOrThrow({ where: { memberships: { some: { user: { email: demo("buyer").email } } } } });
  const producerOrg = await server.db.organisation.findFirstOrThrow({ where: { memberships: { some: { user: { email: demo("producer").email } } } }, include: { producer: true } });
  producerId = producerOrg.producer!.id;
  // A need with no partnership with either producer yet, so every request starts fresh.
  const need = await server.db.need.findFirstOrThrow({ where: { buyerId: buyerOrg.id, status: "open", matches: { none: { producerId } } } });
  needId = need.id;
  const second = await server.db.producerProfile.findFirstOrThrow({ where: { id: { not: producerId }, organisation: { status: "active" }, matches: { none: { needId } } }, select: { id: true, organisation: { select: { memberships: { select: { user: { select: { email: true } } } } } } } });
  secondProducerId = second.id;
  secondProducer = await signIn(second.organisation.memberships[0]!.user.email);
  const other = await server.db.membership.findFirstOrThrow({ where: { organisation: { kind: "buyer", id: { not: buyerOrg.id }, verification: "verified" } }, select: { user: { select: { email: true } } } });
  otherBuyer = await signIn(other.user.email);
});
afterAll(async () => {
  await server?.stop();
});

const page = () => `/workspace/needs/${needId}/quotations`;
const quotationOf = (producer: string) => server.db.quotation.findFirstOrThrow({ where: { match: { needId, producerId: producer } }, orderBy: { requestedAt: "desc" } });

describe("requests for quotation", () => {
  it("refuses a request with every bad field at once, and asks nobody", async () => {
    // Posted to the page as reached from a producer's card, so the form and its fields are shown.
    const response = await buyer.post(`${page()}?producer=${producerId}`, { producerIds: [], quantity: "0", unit: "sack", deliveryPlace: "x", deliveryDate: day(-2) });
    expect(response.status).toBe(400);
    const html = await response.text();
    for (const field of ["producerIds", "quantity", "unit", "deliveryPlace", "deliveryDate"]) expect(html).toContain(`id="request-quotation-${field}-error"`);
    expect(await server.db.quotation.count({ where: { match: { needId } } })).toBe(0);
  });

  it("asks two producers at once, with a document, and tells each", async () => {
    const form = new FormData();
    for (const [k, v] of Object.entries(request({}))) form.append(k, v as string);
    form.append("producerIds", producerId);
    form.append("producerIds", secondProducerId);
    form.append("sampleRequested", "on");
    form.append("attachment", new File([PDF], "spesifikasi kemasan.pdf", { type: "application/pdf" }));
    const response = await postMultipart(buyer, page(), form);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`${page()}?asked=2`);
    const first = await quotationOf(producerId);
    expect(first).toMatchObject({ state: "requested", quantity: 500, unit: "pak", sampleRequested: true });
    expect(first.number).toMatch(/^RFQ-\d{4}-\d{6}$/);
    // Asking shortlists the partnership.
    expect((await server.db.match.findFirstOrThrow({ where: { needId, producerId } })).state).toBe("shortlisted");
    expect(await server.db.notification.count({ where: { kind: "quotation_requested", user: { email: demo("producer").email } } })).toBe(1);
    expect(await server.db.email.count({ where: { to: demo("producer").email, subject: { contains: first.number } } })).toBe(1);
    // The producer reads it with the buyer's document; another buyer learns nothing.
    const read = await producer.get(`/quotations/${first.id}`);
    expect(read.status).toBe(200);
    const attachment = await server.db.quotationAttachment.findFirstOrThrow({ where: { quotationId: first.id } });
    const file = await producer.get(`/quotations/${first.id}/attachments/${attachment.id}`);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/pdf");
    expect(file.headers.get("content-disposition")).toContain("filename*=UTF-8''spesifikasi%20kemasan.pdf");
    expect((await otherBuyer.get(`/quotations/${first.id}`)).status).toBe(404);
    expect((await otherBuyer.get(`/quotations/${first.id}/attachments/${attachment.id}`)).status).toBe(404);
    expect((await secondProducer.get(`/quotations/${first.id}`)).status).toBe(404);
  });

  it("refuses a second request while one is open, naming the producer", async () => {
    const response = await buyer.post(page(), request({ producerIds: [producerId] }));
    expect(response.status).toBe(409);
    expect(await response.text()).toContain("masih terbuka");
  });

  it("refuses an answer with bad fields on each, and a quote from the wrong side", async () => {
    const first = await quotationOf(producerId);
    const bad = await producer.post(`/quotations/${first.id}`, { intent: "quote", unitPrice: "-5", leadTimeDays: "x", validUntil: day(-1) });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    for (const field of ["unitPrice", "leadTimeDays", "validUntil"]) expect(html).toContain(`id="answer-${field}-error"`);
    const wrongSide = await buyer.post(`/quotations/${first.id}`, { intent: "quote", unitPrice: "9000", leadTimeDays: "7", validUntil: day(14) });
    expect(wrongSide.status).toBe(409);
    expect((await quotationOf(producerId)).state).toBe("requested");
  });

  it("takes the producers' answers and tells the buyer", async () => {
    const first = await quotationOf(producerId);
    const quoted = await producer.post(`/quotations/${first.id}`, { intent: "quote", unitPrice: "12500", minOrderQuantity: "600", leadTimeDays: "10", validUntil: day(14), terms: "DP 30%, sisa 30 hari" });
    expect(quoted.status).toBe(200);
    expect(await quotationOf(producerId)).toMatchObject({ state: "quoted", unitPrice: 12500, minOrderQuantity: 600, leadTimeDays: 10 });
    const second = await quotationOf(secondProducerId);
    const declineWithoutWords = await secondProducer.post(`/quotations/${second.id}`, { intent: "decline", reason: "other" });
    expect(declineWithoutWords.status).toBe(400);
    expect(await declineWithoutWords.text()).toContain('id="decline-note-error"');
    expect((await secondProducer.post(`/quotations/${second.id}`, { intent: "decline", reason: "capacity" })).status).toBe(200);
    expect(await quotationOf(secondProducerId)).toMatchObject({ state: "declined", declineReason: "capacity" });
    expect(await server.db.notification.count({ where: { kind: "quotation_answered", user: { email: demo("buyer").email } } })).toBe(2);
    // The comparison shows the offer with what the minimum order comes to (600 × 12,500).
    const compared = await (await buyer.get(page())).text();
    expect(compared).toContain("data-compare");
    expect(compared).toMatch(/7\.500\.000/);
  });

  it("accepts one: the partnership is confirmed and the order is filled from the quotation", async () => {
    const first = await quotationOf(producerId);
    expect((await producer.post(`/quotations/${first.id}`, { intent: "accept" })).status).toBe(409);
    expect((await buyer.post(`/quotations/${first.id}`, { intent: "accept", note: "Harga sesuai" })).status).toBe(200);
    expect((await quotationOf(producerId)).state).toBe("accepted");
    const match = await server.db.match.findFirstOrThrow({ where: { needId, producerId }, include: { events: { orderBy: { createdAt: "asc" } } } });
    expect(match.state).toBe("confirmed");
    expect(match.events.map((e) => e.toState)).toEqual(["shortlisted", "accepted", "confirmed"]);
    expect(await server.db.notification.count({ where: { kind: "quotation_decided", user: { email: demo("producer").email } } })).toBe(1);
    const draft = await (await buyer.get(`/orders/new?match=${match.id}`)).text();
    expect(draft).toContain("data-from-quotation");
    expect(draft).toContain('value="600"');
    expect(draft).toContain('value="12500"');
    expect(draft).toContain("Gudang PT Contoh");
    // Accepting twice is a conflict of state, not a second confirmation.
    expect((await buyer.post(`/quotations/${first.id}`, { intent: "accept" })).status).toBe(409);
  });

  it("refuses to accept once the partnership has ended, and changes nothing", async () => {
    const other = await server.db.producerProfile.findFirstOrThrow({ where: { id: { notIn: [producerId, secondProducerId] }, organisation: { status: "active" }, matches: { none: { needId } } }, select: { id: true } });
    const match = await server.db.match.create({ data: { needId, producerId: other.id, score: 0, scoreBreakdown: { parts: [], gaps: [] }, state: "withdrawn" } });
    const quotation = await server.db.quotation.create({ data: { number: "RFQ-2026-990001", matchId: match.id, state: "quoted", quantity: 10, unit: "pak", deliveryPlace: "Gudang uji, Surabaya", deliveryDate: new Date(Date.now() + 30 * 86_400_000), unitPrice: 5_000, leadTimeDays: 3, validUntil: new Date(Date.now() + 10 * 86_400_000) } });
    expect((await buyer.post(`/quotations/${quotation.id}`, { intent: "accept" })).status).toBe(409);
    expect((await server.db.quotation.findUniqueOrThrow({ where: { id: quotation.id } })).state).toBe("quoted");
    expect((await server.db.match.findUniqueOrThrow({ where: { id: match.id } })).state).toBe("withdrawn");
  });

  it("shuts a suspended producer out of its quotations", async () => {
    const second = await quotationOf(secondProducerId);
    await server.db.organisation.updateMany({ where: { producer: { id: secondProducerId } }, data: { status: "suspended" } });
    expect((await secondProducer.get(`/quotations/${second.id}`)).status).toBe(404);
    expect((await secondProducer.post(`/quotations/${second.id}`, { intent: "quote", unitPrice: "9000", leadTimeDays: "7", validUntil: day(14) })).status).toBe(404);
    await server.db.organisation.updateMany({ where: { producer: { id: secondProducerId } }, data: { status: "active" } });
  });

  it("lists each side's quotations", async () => {
    const mine = await (await producer.get("/quotations")).text();
    expect(mine).toContain((await quotationOf(producerId)).number);
    expect(mine).not.toContain((await quotationOf(secondProducerId)).number);
    expect(await (await otherBuyer.get("/quotations")).text()).not.toContain((await quotationOf(producerId)).number);
  });

  it("does not let an unverified buyer ask", async () => {
    const pending = await server.db.membership.findFirstOrThrow({ where: { organisation: { kind: "buyer", verification: { not: "verified" }, status: "active" } }, select: { user: { select: { email: true } }, organisation: { select: { id: true } } } });
    const client = await signIn(pending.user.email);
    const ownNeed = await server.db.need.create({ data: { buyerId: pending.organisation.id, title: "Keripik singkong 250 g", description: "Untuk bingkisan", category: "snacks", quantity: 100, unit: "pak", deliveryProvinceCode: "35", neededBy: new Date(Date.now() + 40 * 86_400_000) } });
    expect(await (await client.get(`/workspace/needs/${ownNeed.id}/quotations`)).text()).toContain("data-unverified");
    expect((await client.post(`/workspace/needs/${ownNeed.id}/quotations`, request({ producerIds: [producerId] }))).status).toBe(403);
    // Another buyer's need does not exist for it.
    expect((await client.post(page(), request({ producerIds: [producerId] }))).status).toBe(404);
  });
});

describe("requests for quotation through the JSON API", () => {
  async function token(client: Client): Promise<string> {
    const html = await (await client.post("/account/api-tokens", { intent: "create", name: "ERP" })).text();
    return /mk_[A-Za-z0-9_-]{43}/.exec(textOf(html, "api-token-value") ?? "")![0];
  }
  async function api(bearer: string, method: string, route: string, body?: unknown) {
    const response = await fetch(new URL(`/api/v1${route}`, server.url), { method, headers: { Authorization: `Bearer ${bearer}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }) }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as { data?: { id: string; state: string; answer: { total: number } | null }[]; error?: { code: string; issues?: { path: string }[] }; state?: string } };
  }

  it("asks, answers, refuses bad bodies with field paths, and keeps others out", async () => {
    const [buyerToken, producerToken, otherToken] = await Promise.all([token(buyer), token(secondProducer), token(otherBuyer)]);
    const bad = await api(buyerToken, "POST", `/needs/${needId}/quotations`, { producerIds: [], quantity: -1, unit: "pak", deliveryPlace: "Gudang API, Surabaya", deliveryDate: day(-1) });
    expect(bad.status).toBe(400);
    expect(bad.body.error!.issues!.map((i) => i.path).sort()).toEqual(["deliveryDate", "producerIds", "quantity"]);
    // The second producer declined earlier; its partnership is still open, so it may be asked again.
    const asked = await api(buyerToken, "POST", `/needs/${needId}/quotations`, { producerIds: [secondProducerId], quantity: 200, unit: "pak", deliveryPlace: "Gudang API, Surabaya", deliveryDate: day(20), sampleRequested: true });
    expect(asked.status).toBe(201);
    const id = asked.body.data![0]!.id;
    expect((await api(otherToken, "GET", `/quotations/${id}`)).status).toBe(404);
    expect((await api(buyerToken, "POST", `/quotations/${id}`, { action: "quote", unitPrice: 1000, leadTimeDays: 5, validUntil: day(10) })).body.error!.code).toBe("quotation_invalid_transition");
    const quoted = await api(producerToken, "POST", `/quotations/${id}`, { action: "quote", unitPrice: 9_000, leadTimeDays: 5, validUntil: day(10), sampleOffered: true });
    expect(quoted.status).toBe(200);
    expect(quoted.body).toMatchObject({ state: "quoted", answer: { total: 1_800_000 } });
    const compared = await api(buyerToken, "GET", `/needs/${needId}/quotations`);
    expect(compared.body.data!.map((q) => q.id)).toContain(id);
    expect((await api(producerToken, "GET", "/quotations")).body.data!.map((q) => q.id)).toContain(id);
  });
});
