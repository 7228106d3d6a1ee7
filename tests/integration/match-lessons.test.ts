// Buyers' decisions teaching the matcher, on a real SQLite file with the real embedded
// engine: shortlisting and declining through the match workflow, the lessons kept per buyer
// organisation, the next buyer's suggestions, and the needs queued for a fresh ranking.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../app/db.server.ts";
import { actOnMatch } from "../../app/models/matches/match.server.ts";
import { suggestionsFor } from "../../app/matching/suggestions.server.ts";
import { lessonCounts, taughtFor } from "../../app/matching/lessons.server.ts";
import { NOT_THE_PRODUCT } from "../../app/models/matches/match-workflow.ts";
import { drainOutbox, reindexProducts } from "../../app/models/indexing/search-indexer.server.ts";
import { needsAffectedBy, refreshNeedSuggestions } from "../../app/matching/refresh.server.ts";
import { storedSuggestions } from "../../app/matching/stored-suggestions.server.ts";
import { EmbeddedEngine } from "../../search/embedded-engine.ts";
import { thingOf } from "../../app/matching/fit.ts";
import { copyTemplate, SEEDED_TEMPLATE } from "../helpers/templates.ts";

let db: Db;
const engine = new EmbeddedEngine();
/** Producers of the demo data, each given one product: a desk calendar, a wall calendar, a poster, a diary filed under crafts. */
const desk = { producerId: "ikm_00001", productId: "" };
const wall = { producerId: "ikm_00002", productId: "" };
const poster = { producerId: "ikm_00003", productId: "" };
const diary = { producerId: "ikm_00004", productId: "" };
/** Verified demo buyer organisations, each with a member who acts. */
let buyers: { organisationId: string; userId: string }[] = [];

async function addProduct(into: { producerId: string; productId: string }, name: string, category = "printing") {
  const product = await db.product.create({
    data: { producerId: into.producerId, name, description: `${name}, full color, bisa custom logo.`, category, unit: "pcs", minOrder: 100, monthlyCapacity: 20_000, priceMin: 15_000, priceMax: 20_000 },
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
  const text = s?.parts.find((p) => p.factor === "text");
  return s ? { rank: at, productId: s.productId, fit: s.fit, text: text!.points, reason: text!.reason, verdict: s.verdict } : null;
}

beforeAll(async () => {
  db = createDb(`file:${copyTemplate(SEEDED_TEMPLATE, "match-lessons")}`);
  await addProduct(desk, "Kalender meja custom A5");
  await addProduct(wall, "Kalender dinding 12 lembar");
  await addProduct(poster, "Poster kalender dinding A2");
  await addProduct(diary, "Agenda kulit 2027", "crafts");
  const orgs = await db.organisation.findMany({ where: { kind: "buyer", status: "active", verification: "verified" }, orderBy: { id: "asc" }, take: 4, select: { id: true, memberships: { select: { userId: true }, take: 1 } } });
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

    const outboxBefore = await db.searchOutbox.count({ where: { entity: "lesson", entityId: "kalender dinding" } });
    await buyerMoves(second!, (await addNeed(second!.organisationId, "Pengadaan kalender dinding")).id, desk, "shortlist");
    expect(await lessonCounts(db, next.title)).toEqual([{ needKey: "kalender dinding", productKey: "kalender meja", productPhrase: "kalender meja", taken: 2, declined: 0 }]);
    const after = (await placeOf(next.id, desk.producerId))!;
    expect(after.verdict).toBe("match");
    // Listed before among its category's other products at most; now the thing, and its breakdown says why: buyers taught it.
    expect([before?.reason ?? "textCategory", after.reason]).toEqual(["textCategory", "textTaught"]);
    expect(after.text).toBeGreaterThanOrEqual(0.9 * wallPlace!.text);
    // The changed lesson is queued, and the indexing worker ranks the open needs reading it again.
    expect(await db.searchOutbox.count({ where: { entity: "lesson", entityId: "kalender dinding" } })).toBeGreaterThan(outboxBefore);
    const { changes } = await drainOutbox(db, engine);
    expect(await needsAffectedBy(db, changes)).toContain(next.id);
    await refreshNeedSuggestions(db, engine, next.id);
    const stored = (await storedSuggestions(db, next.id))!;
    const storedDesk = stored.matches.find((s) => s.producerId === desk.producerId)!;
    expect([storedDesk.fit, storedDesk.parts.find((p) => p.factor === "text")?.points, storedDesk.parts.find((p) => p.factor === "text")?.reason]).toEqual(["words", after.text, "textTaught"]);
  });

  it("counts one organisation once under a thing, whichever of its needs it decided on", async () => {
    const [first] = buyers;
    // Another need of the same thing, and one of the broader thing ("kalender"), which a wall calendar need reads too.
    await buyerMoves(first!, (await addNeed(first!.organisationId, "Kalender dinding 2028")).id, desk, "shortlist");
    await buyerMoves(first!, (await addNeed(first!.organisationId, "Kalender")).id, desk, "shortlist");
    const wallCalendars = await lessonCounts(db, "kalender dinding");
    expect(wallCalendars.find((c) => c.needKey === "kalender dinding" && c.productKey === "kalender meja")).toMatchObject({ taken: 2, declined: 0 });
    expect(wallCalendars.find((c) => c.needKey === "kalender" && c.productKey === "kalender meja")).toMatchObject({ taken: 1, declined: 0 });
    // The broader need does not read the narrower one's lessons.
    expect((await lessonCounts(db, "kalender")).map((c) => c.needKey)).toEqual(["kalender"]);
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

  it("finds a kind of product buyers took wherever it is filed, though it shares no word with the need", async () => {
    const [first, second, third] = buyers;
    const next = await addNeed(third!.organisationId, "Kalender dinding untuk relasi");
    expect(await placeOf(next.id, diary.producerId)).toBeNull();
    for (const buyer of [first!, second!]) await buyerMoves(buyer, (await addNeed(buyer.organisationId, "Kalender dinding 2027")).id, diary, "shortlist");
    expect(await placeOf(next.id, diary.producerId)).toMatchObject({ productId: diary.productId, fit: "words", verdict: "match" });
  });

  it("teaches across languages: what buyers took for 'kalender meja' reaches a need for a 'desk calendar'", async () => {
    const [first, second, third] = buyers;
    const next = await addNeed(third!.organisationId, "Desk calendar 2027 with company logo");
    expect(await placeOf(next.id, diary.producerId)).toBeNull();
    for (const buyer of [first!, second!]) await buyerMoves(buyer, (await addNeed(buyer.organisationId, "Kalender meja 2027")).id, diary, "shortlist");
    expect(await placeOf(next.id, diary.producerId)).toMatchObject({ productId: diary.productId, fit: "words", verdict: "match", reason: "textTaught" });
  });

  it("keeps each organisation's latest decision: a kind taken, then declined, no longer counts as taken", async () => {
    const [, , , fourth] = buyers;
    const title = "Kalender dinding bergambar";
    const mine = (counts: Awaited<ReturnType<typeof lessonCounts>>) => counts.find((c) => c.needKey === thingOf(title)!.key && c.productKey === thingOf("Kalender dinding 12 lembar")!.key);
    await buyerMoves(fourth!, (await addNeed(fourth!.organisationId, title)).id, wall, "shortlist");
    expect(mine(await lessonCounts(db, title))).toMatchObject({ taken: 1, declined: 0 });
    await buyerMoves(fourth!, (await addNeed(fourth!.organisationId, title)).id, wall, "decline", NOT_THE_PRODUCT);
    expect(mine(await lessonCounts(db, title))).toMatchObject({ taken: 0, declined: 1 });
  });

  it("counts neither unverified buyers nor needs never published: a new account cannot steer other buyers' suggestions", async () => {
    const [first, second] = buyers;
    const title = "Kalender dinding kayu";
    for (const buyer of [first!, second!]) await db.organisation.update({ where: { id: buyer.organisationId }, data: { verification: "requested" } });
    try {
      for (const buyer of [first!, second!]) await buyerMoves(buyer, (await addNeed(buyer.organisationId, title)).id, poster, "decline", NOT_THE_PRODUCT);
      expect(await taughtFor(db, title)).toBeUndefined();
    } finally {
      for (const buyer of [first!, second!]) await db.organisation.update({ where: { id: buyer.organisationId }, data: { verification: "verified" } });
    }
    // Verified again, their decisions count.
    expect(await taughtFor(db, title)).toBeDefined();
    const draft = await addNeed(first!.organisationId, "Kalender dinding rotan");
    await db.need.update({ where: { id: draft.id }, data: { status: "draft", publishedAt: null } });
    await buyerMoves(first!, draft.id, poster, "decline", NOT_THE_PRODUCT);
    expect(await db.matchLesson.count({ where: { needKey: "kalender dinding rotan" } })).toBe(0);
  });

  it("ranks again every open need reading a changed lesson, whatever affixes its words carry", async () => {
    const [first] = buyers;
    // "Penyapu" and "sapu" are one stem, which is no part of the word as written.
    const swept = await addNeed(first!.organisationId, "Penyapu lantai ijuk");
    const other = await addNeed(first!.organisationId, "Lantai kayu");
    expect(thingOf(swept.title)!.key.startsWith(thingOf("Sapu lantai")!.key)).toBe(true);
    await buyerMoves(first!, (await addNeed(first!.organisationId, "Sapu lantai")).id, wall, "shortlist");
    const { changes } = await drainOutbox(db, engine);
    const affected = await needsAffectedBy(db, changes);
    expect(affected).toContain(swept.id);
    expect(affected).not.toContain(other.id);
  });

  it("learns only from buyers: a producer withdrawing teaches nothing", async () => {
    const [first] = buyers;
    const need = await addNeed(first!.organisationId, "Kalender dinding bergambar lucu");
    const producer = await db.producerProfile.findUniqueOrThrow({ where: { id: wall.producerId }, select: { organisationId: true, organisation: { select: { memberships: { select: { userId: true }, take: 1 } } } } });
    const match = await db.match.create({ data: { needId: need.id, producerId: wall.producerId, productId: wall.productId, score: 50, scoreBreakdown: { parts: [], gaps: [] } } });
    const lessonsBefore = await db.matchLesson.count();
    const moved = await actOnMatch(db, match.id, "withdraw", { userId: producer.organisation.memberships[0]!.userId, role: "producer", organisationId: producer.organisationId, scope: null }, null);
    expect(moved.ok).toBe(true);
    expect(await db.matchLesson.count()).toBe(lessonsBefore);
  });
});
