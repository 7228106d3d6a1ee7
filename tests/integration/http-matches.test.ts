// Acting on suggestions through the real server: the buyer shortlists, declines with a
// reason, accepts; the producer confirms. Every move is checked, recorded and told to the
// other side; two people acting at once get one winner and a 409.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../prisma/seed.ts";
import { type Client, signedIn, until, waitForSearchIndex } from "../helpers/http.ts";
import { startServer, type TestServer } from "../helpers/server.ts";
import { needsAffectedBy } from "../../app/matching/refresh.server.ts";
import { recordIndexChange } from "../../app/models/indexing/search-outbox.server.ts";

let server: TestServer;
let buyer: Client;
let needId: string;
let suggested: string[];
const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;

const signIn = (email: string) => signedIn(server.url, email);

async function producerClient(producerId: string): Promise<Client> {
  const user = await server.db.user.findFirstOrThrow({ where: { memberships: { some: { organisation: { producer: { id: producerId } } } } } });
  return signIn(user.email);
}

beforeAll(async () => {
  server = await startServer("http-matches");
  buyer = await signIn(demo("buyer").email);
  const buyerOrg = await server.db.organisation.findFirstOrThrow({ where: { memberships: { some: { user: { email: demo("buyer").email } } } } });
  // Posted as the app posts a need: with its outbox row, so the worker refreshes its stored
  // suggestions and tells the producers newly suggested (a notice that must not arrive
  // in the middle of a test reading notices).
  needId = await server.db.$transaction(async (tx) => {
    const need = await tx.need.create({
      data: {
        buyerId: buyerOrg.id,
        title: "Keripik singkong untuk kantin karyawan",
        description: "Keripik singkong kemasan 250 g untuk kantin karyawan, pengiriman bulanan.",
        category: "snacks",
        quantity: 1000,
        unit: "pak",
        deliveryProvinceCode: "35",
        neededBy: new Date(Date.now() + 90 * 86_400_000),
        status: "open",
        publishedAt: new Date(),
      },
    });
    await recordIndexChange(tx, "need", need.id);
    return need.id;
  });
  await waitForSearchIndex(server.url, 10_000);
  await workerToldProducersOf(needId);
  const html = await (await buyer.get(`/workspace/needs/${needId}/suggestions`)).text();
  suggested = [...html.matchAll(/data-suggestion="([^"]+)" data-verdict="match"/g)].map((m) => m[1]!);
  expect(suggested.length).toBeGreaterThanOrEqual(3);
});
afterAll(async () => {
  await server?.stop();
});

/** Waits until the worker has stored the need's suggestions and its notices to producers stop growing. */
async function workerToldProducersOf(id: string): Promise<void> {
  const run = await until(() => server.db.needSuggestionRun.findUnique({ where: { needId: id } }), (r) => r !== null, 20_000);
  expect(run).not.toBeNull();
  const told = () => server.db.notification.count({ where: { kind: "need_suggested", link: `/workspace/matches#need-${id}` } });
  let last = -1;
  await until(async () => {
    const now = await told();
    const settled = now > 0 && now === last;
    last = now;
    return settled;
  }, (settled) => settled, 10_000);
}

const act = (client: Client, producerId: string, action: string, extra: Record<string, string> = {}) =>
  client.post(`/workspace/needs/${needId}/suggestions`, { producerId, action, ...extra });

describe("acting on matches", () => {
  it("shortlists a suggestion: a Match with its breakdown, an event, and an e-mail to the producer", async () => {
    const producerId = suggested[0]!;
    const response = await act(buyer, producerId, "shortlist");
    expect(response.status).toBe(200);
    const match = await server.db.match.findUniqueOrThrow({ where: { needId_producerId: { needId, producerId } }, include: { events: true } });
    expect(match.state).toBe("shortlisted");
    expect((match.scoreBreakdown as { parts: unknown[] }).parts).toHaveLength(6);
    expect(match.events).toMatchObject([{ fromState: "suggested", toState: "shortlisted", actorRole: "buyer" }]);
    const producerEmails = (await server.db.user.findMany({ where: { memberships: { some: { organisation: { producer: { id: producerId } } } } }, select: { email: true } })).map((u) => u.email);
    expect(await server.db.email.count({ where: { kind: "match_update", to: { in: producerEmails } } })).toBeGreaterThan(0);
    // Shortlisting twice is not a second move.
    expect((await act(buyer, producerId, "shortlist")).status).toBe(409);
  });

  it("needs a reason to decline, and the producer sees it", async () => {
    const producerId = suggested[1]!;
    const noReason = await act(buyer, producerId, "decline");
    expect(noReason.status).toBe(400);
    expect((await act(buyer, producerId, "decline", { reason: "price" })).status).toBe(200);
    const producer = await producerClient(producerId);
    const html = await (await producer.get("/workspace/matches")).text();
    expect(html).toContain("Ditolak pembeli");
    expect(html).toContain("Alasan: Harga");
  });

  it("teaches the matcher when a buyer declines a product as not the one needed, and shows the buyer what buyers taught", async () => {
    const producerId = suggested[3] ?? suggested.at(-1)!;
    const page = async () => (await buyer.get(`/workspace/needs/${needId}/suggestions`)).text();
    expect(await page()).toContain('<option value="not_the_product">Bukan produk yang kami butuhkan</option>');
    expect(await page()).not.toContain("data-taught");
    expect((await act(buyer, producerId, "decline", { reason: "not_the_product" })).status).toBe(200);
    const match = await server.db.match.findUniqueOrThrow({ where: { needId_producerId: { needId, producerId } }, select: { product: { select: { name: true } }, need: { select: { buyerId: true } } } });
    // The shortlist above was a lesson too (taken); this one is the decline.
    const lesson = await server.db.matchLesson.findFirst({ where: { organisationId: match.need.buyerId, taken: false } });
    expect(lesson).toMatchObject({ needKey: "keripik singkong" });
    expect(match.product!.name.toLowerCase()).toContain(lesson!.productPhrase.split(" ")[0]);
    // One buyer teaches nothing; a second organisation's same decision (another buyer's own need) does.
    expect(await page()).not.toContain("data-taught");
    const other = await server.db.organisation.findFirstOrThrow({ where: { kind: "buyer", verification: "verified", NOT: { id: match.need.buyerId } } });
    await server.db.matchLesson.create({ data: { ...lesson!, organisationId: other.id, decidedAt: new Date() } });
    const html = await page();
    expect(html).toContain("Yang diajarkan pembeli kepada pencocok");
    expect(html).toContain(`“${lesson!.productPhrase}” bukan produk yang dicari (ditolak 2 pembeli karena itu)`);
  });

  it("tells the producer in the app: a count in the header, the notice in its language, read once opened", async () => {
    const producer = await producerClient(suggested[0]!);
    const page = await (await producer.get("/notifications")).text();
    expect(page).toMatch(/data-unread="\d+"/);
    expect(page).toContain("Masuk daftar pendek");
    const id = /<li[^>]*data-kind="match_state" data-unread="true"[\s\S]*?name="id" value="([^"]+)"/.exec(page)?.[1];
    expect(id).toBeDefined();
    const opened = await producer.post("/notifications", { intent: "open", id: id! });
    expect(opened.status).toBe(302);
    expect(opened.headers.get("location")).toBe("/workspace/matches");
    expect((await server.db.notification.findUniqueOrThrow({ where: { id: id! } })).readAt).not.toBeNull();
    // Another user cannot open it, and bad input is a 400.
    expect((await buyer.post("/notifications", { intent: "open", id: id! })).status).toBe(404);
    expect((await producer.post("/notifications", { intent: "explode" })).status).toBe(400);
    expect((await producer.post("/notifications", { intent: "read-all" })).status).toBe(200);
    expect(await (await producer.get("/notifications")).text()).not.toContain('data-unread="true"');
  });

  it("gives one winner when two people act at once", async () => {
    const producerId = suggested[0]!;
    const colleague = await signIn(demo("buyer").email);
    const [a, b] = await Promise.all([act(buyer, producerId, "accept"), act(colleague, producerId, "accept")]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const match = await server.db.match.findUniqueOrThrow({ where: { needId_producerId: { needId, producerId } }, include: { events: true } });
    expect(match.state).toBe("accepted");
    expect(match.events.filter((e) => e.toState === "accepted")).toHaveLength(1);
  });

  it("lets only that producer confirm, once", async () => {
    const producerId = suggested[0]!;
    const match = await server.db.match.findUniqueOrThrow({ where: { needId_producerId: { needId, producerId } } });
    const stranger = await producerClient(suggested[2]!);
    expect((await stranger.post("/workspace/matches", { matchId: match.id, action: "confirm" })).status).toBe(404);
    expect((await buyer.post("/workspace/matches", { matchId: match.id, action: "confirm" })).status).toBe(403);
    const producer = await producerClient(producerId);
    expect((await producer.post("/workspace/matches", { matchId: match.id, action: "confirm" })).status).toBe(200);
    expect((await producer.post("/workspace/matches", { matchId: match.id, action: "confirm" })).status).toBe(409);
    expect((await server.db.match.findUniqueOrThrow({ where: { id: match.id } })).state).toBe("confirmed");
  });

  it("refuses to act on a producer the matcher does not suggest", async () => {
    const outsider = await server.db.producerProfile.findFirstOrThrow({ where: { id: { notIn: suggested }, sector: { not: "food_beverage" } } });
    expect((await act(buyer, outsider.id, "shortlist")).status).toBe(409);
    expect(await server.db.match.count({ where: { needId, producerId: outsider.id } })).toBe(0);
  });

  it("lets a broker of the producer's region introduce a shortlisted match, and no one else", async () => {
    const producerId = suggested[2]!;
    expect((await act(buyer, producerId, "shortlist")).status).toBe(200);
    const match = await server.db.match.findUniqueOrThrow({ where: { needId_producerId: { needId, producerId } }, include: { producer: true } });
    const elsewhere = await server.db.user.findFirstOrThrow({
      where: { memberships: { some: { organisation: { kind: "dinas", status: "active", NOT: { regionCode: { startsWith: match.producer.provinceCode } } } } } },
    });
    const outsider = await signIn(elsewhere.email);
    expect(await (await outsider.get("/dinas/matches")).text()).not.toContain(`data-match="${match.id}"`);
    expect((await outsider.post("/dinas/matches", { matchId: match.id, action: "introduce" })).status).toBe(404);
    expect((await buyer.post("/dinas/matches", { matchId: match.id, action: "introduce" })).status).toBe(403);
    const admin = await signIn(demo("admin").email);
    expect(await (await admin.get("/dinas/matches")).text()).toContain(`data-match="${match.id}"`);
    expect((await admin.post("/dinas/matches", { matchId: match.id, action: "introduce", note: "Sudah ditelepon kedua pihak" })).status).toBe(200);
    const events = await server.db.matchEvent.findMany({ where: { matchId: match.id }, orderBy: { createdAt: "asc" } });
    expect(events.at(-1)).toMatchObject({ fromState: "shortlisted", toState: "introduced", actorRole: "broker", note: "Sudah ditelepon kedua pihak" });
    // The move also wrote its funnel step time, in minutes from the match's creation.
    const row = await server.db.match.findUniqueOrThrow({ where: { id: match.id } });
    const minutes = (at: Date) => Math.round((at.getTime() - row.createdAt.getTime()) / 60_000);
    expect(row.minutesToShortlisted).toBe(minutes(events.find((e) => e.toState === "shortlisted")!.createdAt));
    expect(row.minutesToIntroduced).toBe(minutes(events.at(-1)!.createdAt));
    expect(row.minutesToAccepted).toBeNull();
  });
});

describe("needs a producer is suggested for", () => {
  it("refresh without anyone asking, show on the producer's page, and take its interest once", async () => {
    // As createNeed does: the change is recorded for the indexing worker.
    await server.db.searchOutbox.create({ data: { entity: "need", entityId: needId, operation: "upsert" } });
    let stored: { producerId: string }[] = [];
    for (let i = 0; i < 50 && stored.length === 0; i++) {
      // The best ranked: the worker may rank the need again meanwhile (its start-up pass and this
      // change), and a producer near the 20th place can swap with the 21st as the days left change.
      stored = await server.db.needSuggestion.findMany({ where: { needId, verdict: "match", producer: { matches: { none: { needId } } } }, orderBy: { rank: "asc" }, select: { producerId: true } });
      if (stored.length === 0) await new Promise((r) => setTimeout(r, 200));
    }
    expect(stored.length).toBeGreaterThan(0);
    const producerId = stored[0]!.producerId;
    const producer = await producerClient(producerId);
    const page = await (await producer.get("/workspace/matches")).text();
    expect(page).toContain(`data-suggested-need="${needId}"`);
    expect((await producer.post("/workspace/matches", { intent: "interest", needId })).status).toBe(200);
    expect((await producer.post("/workspace/matches", { intent: "interest", needId })).status).toBe(409);
    expect(await (await producer.get("/workspace/matches")).text()).toMatch(/Minat sudah disampaikan|Interest sent/);
    const buyerPage = await (await buyer.get(`/workspace/needs/${needId}/suggestions`)).text();
    expect(buyerPage).toMatch(new RegExp(`data-suggestion="${producerId}"[\\s\\S]*?data-interested`));
    // Another producer's organisation cannot speak for this one, and a need it does not fit is refused.
    const other = await server.db.producerProfile.findFirstOrThrow({ where: { suggestions: { none: { needId } }, organisation: { memberships: { some: {} } } } });
    expect((await (await producerClient(other.id)).post("/workspace/matches", { intent: "interest", needId })).status).toBe(404);
  });
});

describe("a producer offering another size than asked", () => {
  it("is told on its page which size the need asks for", async () => {
    const buyerOrg = await server.db.organisation.findFirstOrThrow({ where: { memberships: { some: { user: { email: demo("buyer").email } } } } });
    const sized = await server.db.need.create({
      data: {
        buyerId: buyerOrg.id,
        title: "Minyak kayu putih 60 ml untuk kotak P3K",
        description: "Botol 60 ml untuk isi ulang kotak P3K.",
        category: "herbal_medicine",
        quantity: 500,
        unit: "botol",
        deliveryProvinceCode: "35",
        neededBy: new Date(Date.now() + 90 * 86_400_000),
        status: "open",
        publishedAt: new Date(),
      },
    });
    await server.db.searchOutbox.create({ data: { entity: "need", entityId: sized.id, operation: "upsert" } });
    let other: { producerId: string; product: { name: string } } | null = null;
    for (let i = 0; i < 50 && !other; i++) {
      const stored = await server.db.needSuggestion.findMany({ where: { needId: sized.id }, orderBy: { rank: "asc" }, select: { producerId: true, breakdown: true, product: { select: { name: true } } } });
      other = stored.find((s) => JSON.stringify(s.breakdown).includes("textOtherSize")) ?? null;
      if (!other) await new Promise((r) => setTimeout(r, 200));
    }
    expect(other, "the demo's cajuput oil comes in 30, 60 and 120 ml").not.toBeNull();
    const page = await (await (await producerClient(other!.producerId)).get("/workspace/matches")).text();
    const card = page.slice(page.indexOf(`data-suggested-need="${sized.id}"`));
    expect(card.slice(0, card.indexOf("</li>"))).toMatch(/sedangkan kebutuhan meminta 60 ml|where the need asks 60 ml/);
  });
});

describe("a product named as a thing made for the one asked", () => {
  it("is listed after what fits, its breakdown saying it is made for the thing, in both languages", async () => {
    const buyerOrg = await server.db.organisation.findFirstOrThrow({ where: { memberships: { some: { user: { email: demo("buyer").email } } } } });
    const [maker, mouldMaker] = await server.db.producerProfile.findMany({ where: { organisation: { status: "active" } }, orderBy: { id: "asc" }, take: 2 });
    const product = (producerId: string, name: string) =>
      server.db.product.create({ data: { producerId, name, description: `${name}, buatan sendiri.`, category: "snacks", unit: "pak", monthlyCapacity: 5000, priceMin: 15000, leadTimeDays: 7 } });
    const made = await Promise.all([product(maker!.id, "Geplak Betawi kelapa"), product(mouldMaker!.id, "Cetakan geplak Betawi kayu")]);
    await server.db.searchOutbox.createMany({ data: made.map((p) => ({ entity: "product", entityId: p.id, operation: "upsert" })) });
    const asked = await server.db.need.create({
      data: { buyerId: buyerOrg.id, title: "Geplak Betawi untuk oleh-oleh tamu", description: "Geplak Betawi kelapa, kemasan 250 g.", category: "snacks", quantity: 300, unit: "pak", deliveryProvinceCode: "35", neededBy: new Date(Date.now() + 90 * 86_400_000), status: "open", publishedAt: new Date() },
    });
    await waitForSearchIndex(server.url, 10_000);
    const card = (html: string, producerId: string) => {
      const at = html.indexOf(`data-suggestion="${producerId}"`);
      expect(at, `producer ${producerId} is suggested`).toBeGreaterThan(-1);
      return html.slice(at, html.indexOf("</li>", at));
    };
    const page = async (client: Client) => (await client.get(`/workspace/needs/${asked.id}/suggestions`)).text();
    const indonesian = await page(buyer);
    expect(indonesian.indexOf(`data-suggestion="${maker!.id}"`)).toBeLessThan(indonesian.indexOf(`data-suggestion="${mouldMaker!.id}"`));
    expect(card(indonesian, mouldMaker!.id)).toContain("bukan barangnya sendiri");
    expect(card(indonesian, mouldMaker!.id)).toContain("Produk terdekat: Cetakan geplak Betawi kayu");
    expect(card(indonesian, maker!.id)).not.toContain("bukan barangnya sendiri");
    expect(card(indonesian, maker!.id)).toContain("Produk paling cocok: Geplak Betawi kelapa");
    const english = await signIn(demo("buyer").email);
    await english.post("/language", { locale: "en" });
    const englishPage = await page(english);
    expect(card(englishPage, mouldMaker!.id)).toContain("not the thing itself");
    expect(card(englishPage, mouldMaker!.id)).toContain("Closest product: Cetakan geplak Betawi kayu");
  });
});

describe("the dinas view of a region's matches", () => {
  it("counts the reasons buyers gave for declining, and lists near misses with what they lack", async () => {
    const admin = await signIn(demo("admin").email);
    const html = await (await admin.get("/dinas/matches")).text();
    const declinedForPrice = await server.db.matchEvent.count({ where: { toState: "declined", note: "price" } });
    expect(declinedForPrice).toBeGreaterThan(0);
    expect(html).toMatch(new RegExp(`data-reason="price"><td>[^<]+</td><td>${declinedForPrice}</td>`));
    const nearMisses = await server.db.needSuggestion.count({ where: { verdict: "near", need: { status: "open", neededBy: { gte: new Date() } } } });
    expect((html.match(/data-near-miss/g) ?? []).length).toBe(Math.min(50, nearMisses));
  });
});

describe("the admin's review of what buyers taught the matcher", () => {
  it("lists the decisions with whether they teach yet, forgets one (audited, its needs ranked again), and is the admins' alone", async () => {
    // The demo data holds one decision: a verified buyer declined a uniform shirt as no wearpack.
    const lesson = await server.db.matchLesson.findFirstOrThrow({ where: { productKey: { startsWith: "seragam kerja kemeja" } } });
    const row = `data-lesson="${lesson.needKey}|${lesson.productKey}"`;
    expect((await buyer.get("/admin/lessons")).status).toBe(403);
    expect((await buyer.post("/admin/lessons", { intent: "forget", needKey: lesson.needKey, productKey: lesson.productKey })).status).toBe(403);
    const admin = await signIn(demo("admin").email);
    const html = await (await admin.get("/admin/lessons")).text();
    expect(html).toContain(row);
    expect(html).toContain("Yang diajarkan pembeli kepada pencocok");
    expect((await admin.post("/admin/lessons", { intent: "forget", needKey: "", productKey: lesson.productKey })).status).toBe(400);
    // One verified buyer's decline: kept and counted, not a lesson yet.
    expect(html).toMatch(new RegExp(`${row}><td>seragam kerja wearpack</td><td>seragam kerja kemeja</td><td>0</td><td>1</td><td>0</td><td>belum</td>`));
    const queued = () => server.db.searchOutbox.count({ where: { entity: "lesson", entityId: lesson.needKey } });
    const queuedBefore = await queued();
    const forgotten = await admin.post("/admin/lessons", { intent: "forget", needKey: lesson.needKey, productKey: lesson.productKey });
    expect(forgotten.status).toBe(200);
    expect(await forgotten.text()).toContain("Dilupakan: 1 keputusan");
    expect(await server.db.matchLesson.count({ where: { needKey: lesson.needKey, productKey: lesson.productKey } })).toBe(0);
    const audit = await server.db.auditLog.findFirstOrThrow({ where: { action: "match_lesson.forgotten", entityId: `${lesson.needKey} | ${lesson.productKey}` } });
    expect(audit.data).toEqual({ decisions: [{ organisationId: lesson.organisationId, taken: false, decidedAt: lesson.decidedAt.toISOString() }] });
    // Queued for the indexing worker, which ranks the demo buyer's wearpack need (it reads the lesson) again.
    expect(await queued()).toBe(queuedBefore + 1);
    const wearpack = await server.db.need.findFirstOrThrow({ where: { title: { contains: "wearpack" }, buyer: { memberships: { some: { user: { email: demo("buyer").email } } } } } });
    expect(await needsAffectedBy(server.db, [{ entity: "lesson", entityId: lesson.needKey }])).toContain(wearpack.id);
    expect((await admin.post("/admin/lessons", { intent: "forget", needKey: lesson.needKey, productKey: lesson.productKey })).status).toBe(404);
    expect(await (await admin.get("/admin/lessons")).text()).not.toContain(row);
  });
});
