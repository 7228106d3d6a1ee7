// A need's suggestions as the indexing worker stored them (refresh.server.ts), read back in
// the shape the matcher gives: the buyer's page shows these instead of running the matcher on
// every view. They are used while they are newer than the need (a need edited since is
// ranked afresh) and only for the first page of near misses (the store keeps one); otherwise,
// or before the worker's first run for a new need, the matcher runs live.
import type { Db } from "~/db.server.ts";
import type { SearchEngine } from "../../search/engine.ts";
import { readStored } from "./stored.ts";
import type { Gap } from "./score.ts";
import { SHOWN_MATCHES, SHOWN_NEAR_MISSES, suggestionsFor, type Suggestion, type Suggestions } from "./suggestions.server.ts";

/** The stored suggestions of a need, or null when there are none newer than the need. */
export async function storedSuggestions(db: Db, needId: string): Promise<Suggestions | null> {
  const need = await db.need.findUnique({ where: { id: needId }, select: { updatedAt: true, suggestionRun: true } });
  const run = need?.suggestionRun;
  if (!need || !run || run.computedAt < need.updatedAt) return null;
  const rows = await db.needSuggestion.findMany({
    // A product or producer taken off the platform since is not shown, refreshed or not.
    where: { needId, product: { status: "active" }, producer: { organisation: { status: "active" } } },
    orderBy: { rank: "asc" },
    select: {
      productId: true,
      producerId: true,
      verdict: true,
      score: true,
      breakdown: true,
      product: { select: { name: true } },
      producer: { select: { legalName: true, regencyCode: true, organisation: { select: { slug: true } } } },
    },
  });
  const suggestions = rows.map((r): Suggestion => {
    const { parts, gaps } = readStored(r.breakdown);
    return {
      verdict: r.verdict === "near" ? "near" : "match",
      // The text part says whether the product is the thing asked for (score.ts textPart).
      fit: parts.find((p) => p.factor === "text")?.reason === "textWords" ? "words" : "category",
      score: r.score,
      parts,
      gaps: gaps.map((g): Gap => (g.kind === "certificate_expires" ? { ...g, validUntil: new Date(g.validUntil) } : g)),
      productId: r.productId,
      productName: r.product.name,
      producerId: r.producerId,
      producerName: r.producer.legalName,
      producerSlug: r.producer.organisation.slug,
      regencyCode: r.producer.regencyCode,
    };
  });
  return {
    matches: suggestions.filter((s) => s.verdict === "match").slice(0, SHOWN_MATCHES),
    nearMisses: suggestions.filter((s) => s.verdict === "near").slice(0, SHOWN_NEAR_MISSES),
    nearMissPages: run.nearMissPages,
    degraded: false,
  };
}

/** What a buyer's page shows: the stored suggestions when they hold the page asked for, else the matcher's answer now. */
export async function suggestionsToShow(db: Db, engine: SearchEngine, needId: string, now: Date, { nearPage = 1 }: { nearPage?: number } = {}): Promise<Suggestions | null> {
  return (nearPage === 1 ? await storedSuggestions(db, needId) : null) ?? suggestionsFor(db, engine, needId, now, { nearPage });
}
