// Buyers' decisions teaching the matcher, on a real SQLite file with the real embedded
// engine: shortlisting and declining through the match workflow, the lessons kept per buyer
// organisation, the next buyer's suggestions, and the needs queued for a fresh ranking.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../app/db.server.ts";
import { actOnMatch } from "../../app/models/matches/match.server.ts";
import { suggestionsFor } from "../../app/matching/suggestions.server.ts";
import { lessonCounts, NOT_THE_PRODUCT, taughtFor } from "../../app/matching/lessons.server.ts";
import { reindexProducts } from "../../app/models/indexing/search-indexer.server.ts";
import { EmbeddedEngine } from "../../search/embedded-engine.ts";
import { copyTemplate, SEEDED_TEMPLATE } from "../helpers/templates.ts";

let db: Db;
const engine = new EmbeddedEngine();
/** Producers of the demo data, each given one calendar product: a desk calendar, a wall calendar, a poster. */
const desk = { producerId: "ikm_00001", productId: "" };
const wall = { producerId: "ikm_00002", productId: "" };
const poster = { producerId: "ikm_00003", productId: "" };
/** Demo buyer organisations, each with a member who acts. */
let buyers: { organisationId: string; userId: string }[] = [];

async function addProduct(into: { producerId: string; productId: string }, name: string) {
  const product = await db.product.create({
    data: { producerId: into.producerId, name, description: `${name}, cetak full color, bisa custom logo.`, category: "printing", unit: "pcs", minOrder: 100, monthlyCapacity: 20_000, priceMin: 15_000, priceMax: 20_000 },
  });
  into.productId = product.id;
}

function addNeed(buyerId: string, title: string) {
  return db.need.create({
    data: {
      buyerId,
      title,
      description: `${title} untuk relasi perusahaan.`,
      category: "printing",
      quantity: 1_000,
      unit: "pcs",
      deliveryProvinceCode: "35",
      deliveryRegencyCode: "35.07",
      neededBy: new Date(Date.now() + 90 * 86_400_000),
      budgetPerUnit: 25_000,
      status: "open",
      publishedAt: new Date(),
    },
  });
}

/** A buyer's move on the producer's product for the need, through the workflow. */
async function buyerMoves(buyer: (typeof buyers)[number], needId: string, of: typeof desk, action: "shortlist" | "decline", reason: string | null = null) {
  const match = await db.match.upsert({
    where: { needId_producerId: { needId, producerId: of.producerId } },
    create: { needId, producerId: of.producerId, productId: of.productId, score: 50, scoreBreakdown: { parts: [], gaps: [] } },
    update: {},
  });
  const moved = await actOnMatch(db, match.id, action, { userId: buyer.userId, role: "buyer", organisationId: buyer.organisationId, scope: null }, reason);
  expect(moved.ok).toBe(true);
}

/** Where a producer stands in a need's suggestions: its place, the product it is judged by, its text points; null when not shown. */
async function placeOf(needId: string, producerId: string) {
  const suggestions = (await suggestionsFor(db, engine, needId))!;
  const shown = [...suggestions.matches, ...suggestions.nearMisses];
  const at = shown.findIndex((s) => s.producerId === producerId);
  const s = shown[at];
  return s ? { rank: at, productId: s.productId, fit: s.fit, text: s.parts.find((p) => p.factor === "text")!.points, verdict: s.verdict } : null;
}

beforeAll(async () => {
  db = createDb(`file:${copyTemplate(SEEDED_TEMPLATE, "match-lessons")}`);
  await addProduct(desk, "Kalender meja custom A5");
  await addProduct(wall, "Kalender dinding 12 lembar");
  await addProduct(poster, "Poster kalender dinding A2");
  const orgs = await db.organisation.findMany({ where: { kind: "buyer", status: "active" }, orderBy: { id: "asc" }, take: 4, select: { id: true, memberships: { select: { userId: true }, take: 1 } } });
  buyers = orgs.map((o) => ({ organisationId: o.id, userId: o.memberships[0]!.userId }));
  await reindexProducts(db, engine);
});
afterAll(async () => {
  await db.$disconnect();
});

describe("buyers teaching the matcher", () => {
  it("lifts a kind of product two buyer organisations took to fit the next buyer's need as the thing itself", async () => {
    const [first, second, third] = buyers;
    const next = await addNeed(third!.organisationId, "Kalender dinding 2027 custom logo");
    const before = await placeOf(next.id, desk.producerId);
    const wallPlace = await placeOf(next.id, wall.producerId);
    // The words alone: a desk calendar is half a wall calendar.
    expect(before === null || before.text < wallPlace!.text).toBe(true);

    await buyerMoves(first!, (await addNeed(first!.organisationId, "Kalender dinding 2027")).id, desk, "shortlist");
    // One buyer's choice teaches nothing yet.
    expect(await taughtFor(db, next.title)).toBeUndefined();
    expect(await placeOf(next.id, desk.producerId)).toEqual(before);

    const outboxBefore = await db.searchOutbox.count({ where: { entity: "need", entityId: next.id } });
    await buyerMoves(second!, (await addNeed(second!.organisationId, "Pengadaan kalender dinding")).id, desk, "shortlist");
    expect(await lessonCounts(db, next.title)).toEqual([{ productKey: "kalender meja", productPhrase: "kalender meja", taken: 2, declined: 0 }]);
    const after = (await placeOf(next.id, desk.producerId))!;
    expect(after.verdict).toBe("match");
    expect(after.text).toBeGreaterThanOrEqual(0.9 * wallPlace!.text);
    // The open needs naming the thing are queued, so their stored suggestions are ranked again.
    expect(await db.searchOutbox.count({ where: { entity: "need", entityId: next.id } })).toBe(outboxBefore + 1);
  });

  it("counts one organisation once, whichever of its needs it decides on, by its latest decision", async () => {
    const [first] = buyers;
    await buyerMoves(first!, (await addNeed(first!.organisationId, "Kalender dinding meja kerja")).id, desk, "shortlist");
    expect((await lessonCounts(db, "kalender dinding")).find((c) => c.productKey === "kalender meja")).toMatchObject({ taken: 2, declined: 0 });
  });

  it("drops a kind of product two buyers declined as not the product from the next buyer's suggestions; a decline for price teaches nothing", async () => {
    const [first, second, third, fourth] = buyers;
    const next = await addNeed(fourth!.organisationId, "Kalender dinding");
    // Whether the poster is suggested as the thing asked for.
    const fits = async () => {
      const place = await placeOf(next.id, poster.producerId);
      return place?.productId === poster.productId && place.fit === "words";
    };
    expect(await fits()).toBe(true);

    await buyerMoves(first!, (await addNeed(first!.organisationId, "Kalender dinding kantor")).id, poster, "decline", "price");
    await buyerMoves(second!, (await addNeed(second!.organisationId, "Kalender dinding instansi")).id, poster, "decline", NOT_THE_PRODUCT);
    expect(await fits()).toBe(true);

    await buyerMoves(third!, (await addNeed(third!.organisationId, "Kalender dinding promosi")).id, poster, "decline", NOT_THE_PRODUCT);
    // At most listed among the category's other products, after every one that fits.
    expect(await fits()).toBe(false);
    // The wall calendar, which no lesson is about, is still suggested.
    expect((await placeOf(next.id, wall.producerId))?.verdict).toBe("match");
  });

  it("learns only from buyers: a producer withdrawing teaches nothing", async () => {
    const [first] = buyers;
    const need = await addNeed(first!.organisationId, "Kalender dinding bergambar");
    const producer = await db.producerProfile.findUniqueOrThrow({ where: { id: wall.producerId }, select: { organisationId: true, organisation: { select: { memberships: { select: { userId: true }, take: 1 } } } } });
    const match = await db.match.create({ data: { needId: need.id, producerId: wall.producerId, productId: wall.productId, score: 50, scoreBreakdown: { parts: [], gaps: [] } } });
    const lessonsBefore = await db.matchLesson.count();
    const moved = await actOnMatch(db, match.id, "withdraw", { userId: producer.organisation.memberships[0]!.userId, role: "producer", organisationId: producer.organisationId, scope: null }, null);
    expect(moved.ok).toBe(true);
    expect(await db.matchLesson.count()).toBe(lessonsBefore);
  });
});
