// A need's suggestions as the indexing worker stored them (refresh.server.ts), read back in
// the shape the matcher gives: the buyer's page shows these instead of running the matcher on
// every view. They are used while they are newer than the need (a need edited since is
// ranked afresh) and only for the first page of near misses (the store keeps one); otherwise,
// or before the worker's first run for a new need, the matcher runs live.
import type { Db } from "~/db.server.ts";
import { readRows } from "~/db-reads.server.ts";
import type { SearchEngine } from "../../search/engine.ts";
import { gapsOf, PASSED_OVER_ID_PATH, readStored } from "./stored.ts";
import { fitOfParts } from "./score.ts";
import { SHOWN_MATCHES, SHOWN_NEAR_MISSES, suggestionsFor, type Suggestion, type Suggestions } from "./suggestions.server.ts";

/** A stored suggestion's row: the suggestion's own facts, its verdict and breakdown as stored. */
type StoredRow = Pick<Suggestion, "productId" | "productName" | "producerId" | "producerName" | "producerSlug" | "regencyCode" | "score"> & {
  verdict: string;
  /** The passed-over product's name now, while it is listed (null: none, or taken off since). */
  passedOverName: string | null;
  /** The JSON column as Prisma reads it back (stored.ts checks its shape). */
  breakdown: unknown;
};

/**
 * The stored suggestions of a need, or null when there are none newer than the need. Two
 * queries written by hand and run off Prisma (db-reads.server.ts): the buyer's page reads them
 * on every view, and Prisma's nested read took six statements and built each query again.
 */
export async function storedSuggestions(db: Db, needId: string): Promise<Suggestions | null> {
  const [run] = await readRows<{ nearMissPages: number | bigint }>(
    db,
    `SELECT r."nearMissPages" FROM "NeedSuggestionRun" r JOIN "Need" n ON n."id" = r."needId"
    WHERE r."needId" = ? AND julianday(r."computedAt") >= julianday(n."updatedAt")`,
    [needId],
  );
  if (!run) return null;
  // A product or producer taken off the platform since is not shown, refreshed or not; nor
  // is a passed-over product taken off since, and one renamed is named as it is now.
  const rows = await readRows<StoredRow>(
    db,
    `SELECT s."productId", p."name" AS "productName", s."producerId", pp."legalName" AS "producerName", o."slug" AS "producerSlug",
      pp."regencyCode", s."verdict", s."score", s."breakdown", px."name" AS "passedOverName"
    FROM "NeedSuggestion" s JOIN "Product" p ON p."id" = s."productId" JOIN "ProducerProfile" pp ON pp."id" = s."producerId"
      JOIN "Organisation" o ON o."id" = pp."organisationId"
      LEFT JOIN "Product" px ON px."id" = json_extract(s."breakdown", ?) AND px."status" = 'active'
    WHERE s."needId" = ? AND p."status" = 'active' AND o."status" = 'active'
    ORDER BY s."rank" ASC`,
    [PASSED_OVER_ID_PATH, needId],
  );
  const suggestions = rows.map((r): Suggestion => {
    const { parts, gaps, passedOver } = readStored(r.breakdown);
    return {
      verdict: r.verdict === "near" ? "near" : "match",
      fit: fitOfParts(parts),
      score: r.score,
      parts,
      gaps: gapsOf(gaps),
      productId: r.productId,
      productName: r.productName,
      ...(passedOver && r.passedOverName !== null ? { passedOver: { productId: passedOver.productId, productName: r.passedOverName, gaps: gapsOf(passedOver.gaps) } } : {}),
      producerId: r.producerId,
      producerName: r.producerName,
      producerSlug: r.producerSlug,
      regencyCode: r.regencyCode,
    };
  });
  return {
    matches: suggestions.filter((s) => s.verdict === "match").slice(0, SHOWN_MATCHES),
    nearMisses: suggestions.filter((s) => s.verdict === "near").slice(0, SHOWN_NEAR_MISSES),
    nearMissPages: Number(run.nearMissPages),
    degraded: false,
  };
}

/** What a buyer's page shows: the stored suggestions when they hold the page asked for, else the matcher's answer now. */
export async function suggestionsToShow(db: Db, engine: SearchEngine, needId: string, now: Date, { nearPage = 1 }: { nearPage?: number } = {}): Promise<Suggestions | null> {
  return (nearPage === 1 ? await storedSuggestions(db, needId) : null) ?? suggestionsFor(db, engine, needId, now, { nearPage });
}
