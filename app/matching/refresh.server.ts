// The matcher's suggestions, kept as rows (NeedSuggestion) so that producers can see the needs
// they are suggested for and the dinas the needs nobody fits. They refresh without anyone
// asking: the indexing worker, after moving a batch of changes into the engine, recomputes
// the open needs those changes may affect (a changed need itself; for a changed product,
// producer or certificate, the open needs of its category and the neighbouring ones).
import type { Db } from "~/db.server.ts";
import { inChunks } from "~/lib/chunks.ts";
import { readRows } from "~/db-reads.server.ts";
import { neighboursOf } from "../../search/vocabulary.ts";
import type { SearchEngine } from "../../search/engine.ts";
import { suggestionsFor } from "./suggestions.server.ts";
import { openNeedsReading } from "./lessons.server.ts";
import { visibleTo } from "~/models/needs/need.server.ts";
import { producersIn } from "~/models/certifications/certification.server.ts";
import type { RegionScope } from "~/models/region-scope.ts";
import { productsTouchedBy } from "~/models/indexing/search-documents.server.ts";
import { MEMBERS, notify, usersOf } from "~/models/platform/notification.server.ts";
import { PASSED_OVER_ID_PATH, readStored, toStored } from "./stored.ts";

/** Producers newly among a need's first matches are told, so an opportunity finds them. */
const TELL_TOP_MATCHES = 10;

/** Recomputes one need's suggestions; a need no longer open keeps none. */
export async function refreshNeedSuggestions(db: Db, engine: SearchEngine, needId: string, now = new Date()): Promise<number> {
  const need = await db.need.findUnique({ where: { id: needId }, select: { status: true, neededBy: true } });
  if (!need || need.status !== "open" || need.neededBy < now) {
    await db.$transaction([db.needSuggestion.deleteMany({ where: { needId } }), db.needSuggestionRun.deleteMany({ where: { needId } })]);
    return 0;
  }
  const result = await suggestionsFor(db, engine, needId, now);
  // When the engine is down the database's answer is partial: keep the last full one.
  if (!result || result.degraded) return -1;
  const rows = [...result.matches, ...result.nearMisses].map((s, rank) => ({
    needId,
    producerId: s.producerId,
    productId: s.productId,
    verdict: s.verdict,
    rank,
    score: s.score,
    breakdown: toStored(s),
    computedAt: now,
  }));
  const before = await db.needSuggestion.findMany({ where: { needId, verdict: "match" }, select: { producerId: true } });
  const run = { computedAt: now, nearMissPages: result.nearMissPages };
  await db.$transaction([
    db.needSuggestion.deleteMany({ where: { needId } }),
    db.needSuggestion.createMany({ data: rows }),
    db.needSuggestionRun.upsert({ where: { needId }, create: { needId, ...run }, update: run }),
  ]);
  const known = new Set(before.map((b) => b.producerId));
  const fresh = rows.filter((r) => r.verdict === "match" && r.rank < TELL_TOP_MATCHES && !known.has(r.producerId));
  await tellNewlySuggested(db, needId, fresh);
  return rows.length;
}

/**
 * Tells the members of producers that a need now fits them, once per need: a producer that
 * drops out and comes back is not told again. Only producers who may read the need are told.
 */
async function tellNewlySuggested(db: Db, needId: string, fresh: readonly { producerId: string; productId: string }[]): Promise<void> {
  if (fresh.length === 0) return;
  const need = await db.need.findUniqueOrThrow({ where: { id: needId }, select: { title: true, buyer: { select: { name: true } } } });
  const link = `/workspace/matches#need-${needId}`;
  for (const { producerId, productId } of fresh) {
    const producer = await db.producerProfile.findUniqueOrThrow({
      where: { id: producerId },
      select: { organisationId: true, organisation: { select: { memberships: MEMBERS } }, products: { where: { id: productId }, select: { name: true } } },
    });
    const readable = await db.need.count({ where: { id: needId, buyer: { status: "active" }, ...visibleTo(producer.organisationId) } });
    if (readable === 0) continue;
    const told = new Set((await db.notification.findMany({ where: { kind: "need_suggested", link }, select: { userId: true } })).map((n) => n.userId));
    const users = usersOf(producer.organisation).filter((u) => !told.has(u.id));
    const params = { need: need.title, buyer: need.buyer.name, product: producer.products[0]?.name ?? "" };
    await notify(db, users, { kind: "need_suggested", params, link }, { email: true });
  }
}

/** The open needs a batch of indexed changes may affect (a changed lesson: the needs reading it, lessons.server.ts). */
export async function needsAffectedBy(db: Db, changes: readonly { entity: string; entityId: string }[], now = new Date()): Promise<string[]> {
  const needIds = new Set(changes.filter((c) => c.entity === "need").map((c) => c.entityId));
  // A need key whose buyers' lessons changed: the open needs reading it.
  for (const id of await openNeedsReading(db, changes.filter((c) => c.entity === "lesson").map((c) => c.entityId), now)) needIds.add(id);
  const productIds = await productsTouchedBy(db, changes);
  if (productIds.length > 0) {
    const categories = new Set<string>();
    const found = await inChunks(productIds, (chunk) => db.product.findMany({ where: { id: { in: chunk } }, select: { category: true }, distinct: ["category"] }));
    for (const { category } of found) {
      categories.add(category);
      for (const n of neighboursOf(category)) categories.add(n);
    }
    const open = await db.need.findMany({ where: { status: "open", neededBy: { gte: now }, category: { in: [...categories] } }, select: { id: true } });
    for (const { id } of open) needIds.add(id);
    // A need of another category may hold one of these products too (the matcher searches the
    // whole catalogue): its stored suggestions must not keep what the product no longer is.
    const holding = await inChunks(productIds, (chunk) => db.needSuggestion.findMany({ where: { productId: { in: chunk } }, select: { needId: true }, distinct: ["needId"] }));
    for (const { needId } of holding) needIds.add(needId);
    // ... or name it as the closer product a stand-in was shown instead of (its gaps may be gone).
    const naming = await inChunks(productIds, (chunk) =>
      readRows<{ needId: string }>(db, `SELECT DISTINCT "needId" FROM "NeedSuggestion" WHERE json_extract("breakdown", ?) IN (SELECT value FROM json_each(?))`, [PASSED_OVER_ID_PATH, JSON.stringify(chunk)]),
    );
    for (const { needId } of naming) needIds.add(needId);
  }
  return [...needIds];
}

/** Every open need, for a start after the index was rebuilt. */
export async function openNeedIds(db: Db, now = new Date()): Promise<string[]> {
  return (await db.need.findMany({ where: { status: "open", neededBy: { gte: now } }, select: { id: true } })).map((n) => n.id);
}

/** The open needs a producer is suggested for (as a match or a near miss) that it may read. */
export async function needsSuggestedTo(db: Db, producer: { id: string; organisationId: string }, now = new Date()) {
  const rows = await db.needSuggestion.findMany({
    where: { producerId: producer.id, need: { status: "open", neededBy: { gte: now }, buyer: { status: "active" }, ...visibleTo(producer.organisationId) } },
    orderBy: [{ verdict: "asc" }, { score: "desc" }],
    take: 50,
    select: {
      verdict: true,
      score: true,
      breakdown: true,
      product: { select: { name: true } },
      need: {
        select: {
          id: true,
          title: true,
          quantity: true,
          unit: true,
          neededBy: true,
          buyer: { select: { name: true } },
          matches: { where: { producerId: producer.id }, select: { interestedAt: true } },
        },
      },
    },
  });
  return rows.map((r) => ({ ...r, breakdown: readStored(r.breakdown) }));
}

/** Near misses of a broker's producers on open needs: who could qualify with one fix, and which. */
export async function nearMissesIn(db: Db, scope: RegionScope, now = new Date()) {
  const rows = await db.needSuggestion.findMany({
    where: { verdict: "near", producer: producersIn(scope), need: { status: "open", neededBy: { gte: now } } },
    orderBy: { score: "desc" },
    take: 50,
    select: {
      breakdown: true,
      producer: { select: { legalName: true, organisation: { select: { slug: true } } } },
      need: { select: { id: true, title: true, buyer: { select: { name: true } } } },
    },
  });
  return rows.map((r) => ({ ...r, breakdown: readStored(r.breakdown) }));
}
