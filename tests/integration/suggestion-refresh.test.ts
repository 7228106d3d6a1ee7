// Stored suggestions on a real SQLite file with the real embedded engine: refreshed by the
// indexing worker's changes without anyone asking, read by producers, and the producer's
// "I'm interested" recorded once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../app/db.server.ts";
import { expireMatches, expressInterest } from "../../app/models/matches/match.server.ts";
import { suggestionsFor } from "../../app/matching/suggestions.server.ts";
import { recordIndexChange } from "../../app/models/indexing/search-outbox.server.ts";
import { drainOutbox, reindexProducts } from "../../app/models/indexing/search-indexer.server.ts";
import { needsAffectedBy, needsSuggestedTo, openNeedIds, refreshNeedSuggestions } from "../../app/matching/refresh.server.ts";
import { EmbeddedEngine } from "../../search/embedded-engine.ts";
import { storedSuggestions, suggestionsToShow } from "../../app/matching/stored-suggestions.server.ts";
import { copyTemplate, SEEDED_TEMPLATE } from "../helpers/templates.ts";

let db: Db;
const engine = new EmbeddedEngine();
// The matcher's answer depends on the time (a producer's capacity counts the days left until
// the need's date), so the stored answer is compared with a live one asked at the same time.
const rankedAt = new Date();

beforeAll(async () => {
  db = createDb(`file:${copyTemplate(SEEDED_TEMPLATE, "suggestion-refresh")}`);
  await reindexProducts(db, engine);
  for (const id of await openNeedIds(db, rankedAt)) await refreshNeedSuggestions(db, engine, id, rankedAt);
});
afterAll(async () => {
  await db.$disconnect();
});

/** An open need with a required certificate and a suggested producer holding it. */
async function needWithCertifiedMatch() {
  const needs = await db.need.findMany({ where: { id: { in: await openNeedIds(db) }, requiredCertifications: { some: {} } }, include: { requiredCertifications: true } });
  for (const need of needs) {
    const top = await db.needSuggestion.findFirst({ where: { needId: need.id, verdict: "match" }, orderBy: { rank: "asc" }, include: { producer: true } });
    if (top) return { need, suggestion: top };
  }
  throw new Error("the demo data has no open need with a certified match");
}

describe("stored suggestions", () => {
  it("hold what the matcher says for every open need", async () => {
    const { need } = await needWithCertifiedMatch();
    const live = await suggestionsFor(db, engine, need.id, rankedAt);
    const stored = await db.needSuggestion.findMany({ where: { needId: need.id }, orderBy: { rank: "asc" } });
    expect(stored.map((s) => [s.producerId, s.verdict])).toEqual([...live!.matches, ...live!.nearMisses].map((s) => [s.producerId, s.verdict]));
  });

  it("read back for the buyer's page are the matcher's answer, breakdowns and all, while newer than the need", async () => {
    const { need } = await needWithCertifiedMatch();
    const live = (await suggestionsFor(db, engine, need.id, rankedAt))!;
    const stored = (await storedSuggestions(db, need.id))!;
    // Dates come back from JSON as text, which the page formats alike; the database keeps a
    // number's 15 significant digits.
    const plain = (x: unknown) => JSON.parse(JSON.stringify(x), (_key, v: unknown) => (typeof v === "number" ? Math.round(v * 1e9) / 1e9 : v)) as unknown;
    expect(plain(stored)).toEqual(plain(live));
    // The page asked for past the stored first page of near misses is ranked live.
    expect(await suggestionsToShow(db, engine, need.id, rankedAt, { nearPage: 2 })).toEqual(await suggestionsFor(db, engine, need.id, rankedAt, { nearPage: 2 }));
    // A need edited since its suggestions were stored is ranked afresh.
    await db.need.update({ where: { id: need.id }, data: { description: `${need.description ?? ""} (diubah)` } });
    expect(await storedSuggestions(db, need.id)).toBeNull();
    await refreshNeedSuggestions(db, engine, need.id);
    expect(await storedSuggestions(db, need.id)).not.toBeNull();
  });

  it("refresh when a product they hold changes, whatever its category (the matcher searches the whole catalogue)", async () => {
    const { need, suggestion } = await needWithCertifiedMatch();
    const product = await db.product.findUniqueOrThrow({ where: { id: suggestion.productId }, select: { category: true } });
    // Filed far from the need's category and its neighbours: only the stored row ties them.
    const far = need.category === "electrical" ? "furniture" : "electrical";
    await db.product.update({ where: { id: suggestion.productId }, data: { category: far } });
    try {
      expect(await needsAffectedBy(db, [{ entity: "product", entityId: suggestion.productId }])).toContain(need.id);
    } finally {
      await db.product.update({ where: { id: suggestion.productId }, data: { category: product.category } });
    }
  });

  it("read back leave out a producer taken off the platform since, before any refresh", async () => {
    const { need, suggestion } = await needWithCertifiedMatch();
    await db.organisation.update({ where: { id: suggestion.producer.organisationId }, data: { status: "suspended" } });
    try {
      const stored = (await storedSuggestions(db, need.id))!;
      expect([...stored.matches, ...stored.nearMisses].map((s) => s.producerId)).not.toContain(suggestion.producerId);
    } finally {
      await db.organisation.update({ where: { id: suggestion.producer.organisationId }, data: { status: "active" } });
    }
  });

  it("are shown to the producer, only for needs it may read", async () => {
    const { need, suggestion } = await needWithCertifiedMatch();
    const seen = await needsSuggestedTo(db, { id: suggestion.producerId, organisationId: suggestion.producer.organisationId });
    expect(seen.map((s) => s.need.id)).toContain(need.id);
    // Made invitation-only without inviting the producer, the need disappears from its list.
    await db.need.update({ where: { id: need.id }, data: { visibility: "invited" } });
    const hidden = await needsSuggestedTo(db, { id: suggestion.producerId, organisationId: suggestion.producer.organisationId });
    expect(hidden.map((s) => s.need.id)).not.toContain(need.id);
    await db.need.update({ where: { id: need.id }, data: { visibility: "public" } });
  });

  it("refresh when a candidate's certificate changes: the producer drops from the matches", async () => {
    const { need, suggestion } = await needWithCertifiedMatch();
    const required = need.requiredCertifications[0]!.type;
    const certificates = await db.certification.findMany({ where: { producerId: suggestion.producerId, type: required, status: { not: "rejected" } } });
    expect(certificates.length).toBeGreaterThan(0);
    await db.$transaction(async (tx) => {
      for (const c of certificates) {
        await tx.certification.update({ where: { id: c.id }, data: { status: "rejected" } });
        await recordIndexChange(tx, "certification", c.id);
      }
    });
    const drained = await drainOutbox(db, engine);
    expect(drained.failed).toBe(false);
    const affected = await needsAffectedBy(db, drained.changes);
    expect(affected).toContain(need.id);
    for (const id of affected) await refreshNeedSuggestions(db, engine, id);
    const after = await db.needSuggestion.findUnique({ where: { needId_producerId: { needId: need.id, producerId: suggestion.producerId } } });
    expect(after?.verdict ?? "none").not.toBe("match");
  });

  it("refresh when a candidate's certificate is put to start after the need's date: the producer is no match, nor a near miss (not its to fix by then)", async () => {
    const { need, suggestion } = await needWithCertifiedMatch();
    const required = need.requiredCertifications[0]!.type;
    const certificates = await db.certification.findMany({ where: { producerId: suggestion.producerId, type: required, status: { not: "rejected" } } });
    const start = new Date(need.neededBy.getTime() + 30 * 86_400_000);
    await db.$transaction(async (tx) => {
      for (const c of certificates) {
        await tx.certification.update({ where: { id: c.id }, data: { validFrom: start, validUntil: new Date(start.getTime() + 1000 * 86_400_000) } });
        await recordIndexChange(tx, "certification", c.id);
      }
    });
    const drained = await drainOutbox(db, engine);
    for (const id of await needsAffectedBy(db, drained.changes)) await refreshNeedSuggestions(db, engine, id);
    expect(await db.needSuggestion.findUnique({ where: { needId_producerId: { needId: need.id, producerId: suggestion.producerId } } })).toBeNull();
    const live = (await suggestionsFor(db, engine, need.id))!;
    expect([...live.matches, ...live.nearMisses].map((s) => s.producerId)).not.toContain(suggestion.producerId);
  });

  it("are dropped when the need closes", async () => {
    const { need } = await needWithCertifiedMatch();
    await db.need.update({ where: { id: need.id }, data: { status: "closed" } });
    expect(await refreshNeedSuggestions(db, engine, need.id)).toBe(0);
    expect(await db.needSuggestion.count({ where: { needId: need.id } })).toBe(0);
    await db.need.update({ where: { id: need.id }, data: { status: "open" } });
    expect(await refreshNeedSuggestions(db, engine, need.id)).toBeGreaterThan(0);
  });
});

describe("telling producers a need fits them", () => {
  it("notifies the first matches once, by notice and e-mail, and not again on the next refresh", async () => {
    const { need } = await needWithCertifiedMatch();
    const top = await db.needSuggestion.findMany({ where: { needId: need.id, verdict: "match" }, orderBy: { rank: "asc" }, take: 10, select: { producerId: true } });
    const link = `/workspace/matches#need-${need.id}`;
    const told = await db.notification.findMany({ where: { kind: "need_suggested", link }, include: { user: { include: { memberships: { include: { organisation: { include: { producer: true } } } } } } } });
    const toldProducers = new Set(told.flatMap((n) => n.user.memberships.map((m) => m.organisation.producer?.id)));
    // Every current first match was told (one that has since dropped out stays told).
    for (const { producerId } of top) expect(toldProducers).toContain(producerId);
    expect(told[0]!.params).toMatchObject({ need: need.title });
    expect(await db.email.count({ where: { to: { in: told.map((n) => n.user.email) }, subject: { contains: need.title } } })).toBeGreaterThanOrEqual(told.length);
    await refreshNeedSuggestions(db, engine, need.id);
    expect(await db.notification.count({ where: { kind: "need_suggested", link } })).toBe(told.length);
  });

  it("does not tell a producer about an invitation-only need it was not invited to", async () => {
    const { need } = await needWithCertifiedMatch();
    await db.$transaction([db.needSuggestion.deleteMany({ where: { needId: need.id } }), db.notification.deleteMany({ where: { link: `/workspace/matches#need-${need.id}` } })]);
    await db.need.update({ where: { id: need.id }, data: { visibility: "invited" } });
    await refreshNeedSuggestions(db, engine, need.id);
    expect(await db.needSuggestion.count({ where: { needId: need.id, verdict: "match" } })).toBeGreaterThan(0);
    expect(await db.notification.count({ where: { link: `/workspace/matches#need-${need.id}` } })).toBe(0);
    await db.need.update({ where: { id: need.id }, data: { visibility: "public" } });
  });
});

describe("a producer's interest", () => {
  it("is recorded once, on a Match row, with an e-mail to the buyer", async () => {
    const { need, suggestion } = await needWithCertifiedMatch();
    const producer = { id: suggestion.producerId, organisationId: suggestion.producer.organisationId };
    const user = await db.membership.findFirstOrThrow({ where: { organisationId: producer.organisationId } });
    const emailsBefore = await db.email.count();
    const results = await Promise.all([expressInterest(db, producer, need.id, user.userId), expressInterest(db, producer, need.id, user.userId)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, error: "already_interested" });
    const match = await db.match.findUniqueOrThrow({ where: { needId_producerId: { needId: need.id, producerId: producer.id } }, include: { events: true } });
    expect(match.interestedAt).not.toBeNull();
    expect(match.state).toBe("suggested");
    expect(match.events.map((e) => e.note)).toEqual(["interested"]);
    const buyers = await db.membership.findMany({ where: { organisationId: need.buyerId } });
    expect(await db.email.count()).toBe(emailsBefore + buyers.length);
    const notices = await db.notification.findMany({ where: { kind: "match_interest", userId: { in: buyers.map((b) => b.userId) } } });
    expect(notices).toHaveLength(buyers.length);
    expect(notices[0]!.link).toBe(`/workspace/needs/${need.id}/suggestions`);
  });

  it("is refused for a need the producer is not suggested for", async () => {
    const { need } = await needWithCertifiedMatch();
    const outsider = await db.producerProfile.findFirstOrThrow({ where: { suggestions: { none: { needId: need.id } } } });
    const result = await expressInterest(db, { id: outsider.id, organisationId: outsider.organisationId }, need.id, "nobody");
    expect(result).toEqual({ ok: false, error: "not_found" });
    expect(await db.match.count({ where: { needId: need.id, producerId: outsider.id } })).toBe(0);
  });
});

describe("the system's exit", () => {
  it("expires matches in progress once their need has closed, and leaves confirmed ones", async () => {
    const { need } = await needWithCertifiedMatch();
    await expireMatches(db); // the seeded history's lapsed ones first, so the count below is ours
    const stored = await db.needSuggestion.findMany({ where: { needId: need.id }, take: 2 });
    expect(stored).toHaveLength(2);
    const [open, confirmed] = await Promise.all(
      stored.map((s, i) =>
        db.match.upsert({
          where: { needId_producerId: { needId: need.id, producerId: s.producerId } },
          create: { needId: need.id, producerId: s.producerId, productId: s.productId, score: s.score, scoreBreakdown: {}, state: i === 0 ? "shortlisted" : "confirmed" },
          update: { state: i === 0 ? "shortlisted" : "confirmed" },
        }),
      ),
    );
    expect(await expireMatches(db)).toBe(0);
    await db.need.update({ where: { id: need.id }, data: { status: "closed" } });
    expect(await expireMatches(db)).toBeGreaterThanOrEqual(1);
    expect((await db.match.findUniqueOrThrow({ where: { id: open!.id } })).state).toBe("expired");
    expect((await db.match.findUniqueOrThrow({ where: { id: confirmed!.id } })).state).toBe("confirmed");
    const event = await db.matchEvent.findFirstOrThrow({ where: { matchId: open!.id, toState: "expired" } });
    expect(event).toMatchObject({ fromState: "shortlisted", actorRole: "system", actorUserId: null });
    expect(await expireMatches(db)).toBe(0);
    await db.need.update({ where: { id: need.id }, data: { status: "open" } });
  });
});

// Last: it changes the need the other tests read.
describe("a certified TKDN", () => {
  it("is read from the verified TKDN certificate when the product declares none, in the index and in the database alike", async () => {
    const { need } = await needWithCertifiedMatch();
    const top = (await suggestionsFor(db, engine, need.id, rankedAt))!.matches[0]!;
    const product = await db.product.findUniqueOrThrow({ where: { id: top.productId } });
    // The need asks more TKDN than the product declares (nothing): a near miss at best.
    await db.$transaction(async (tx) => {
      await tx.need.update({ where: { id: need.id }, data: { minTkdnPercent: 60 } });
      await tx.product.update({ where: { id: product.id }, data: { tkdnPercent: null } });
      await recordIndexChange(tx, "product", product.id);
    });
    await drainOutbox(db, engine);
    const before = (await suggestionsFor(db, engine, need.id, rankedAt))!;
    expect(before.matches.some((s) => s.producerId === top.producerId)).toBe(false);
    // Kemenperin certified 83% for this product, and the dinas verified it.
    await db.$transaction(async (tx) => {
      const certificate = await tx.certification.create({
        data: { producerId: top.producerId, type: "tkdn", number: "TKDN 2204/SJ-IND.8/TKDN/2025", issuer: "Kementerian Perindustrian", validFrom: new Date("2025-03-01"), validUntil: new Date(need.neededBy.getTime() + 365 * 86_400_000), tkdnPercent: 83, status: "verified", verifiedAt: new Date(), products: { create: [{ productId: product.id }] } },
      });
      await recordIndexChange(tx, "certification", certificate.id);
    });
    await drainOutbox(db, engine);
    const after = (await suggestionsFor(db, engine, need.id, rankedAt))!;
    expect(after.matches.find((s) => s.producerId === top.producerId)).toMatchObject({ productId: product.id, verdict: "match", gaps: [] });
  });
});
