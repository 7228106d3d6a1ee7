// A suggestion's breakdown as it is stored (NeedSuggestion.breakdown, Match.scoreBreakdown:
// JSON columns) and read back: one writer and one typed reader, so no page casts the JSON.
// Dates come back as ISO text, which the reasons (reasons.ts) format like dates.
import { z } from "zod";
import { WEIGHTS, type Gap, type Part, type PassedOver } from "./score.ts";

const value = z.union([z.string(), z.number()]);

const StoredGaps = z.array(
  z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("certificate_missing"), type: z.string() }),
    z.object({ kind: z.literal("certificate_expires"), type: z.string(), validUntil: z.string() }),
    z.object({ kind: z.literal("certificate_not_yet_valid"), type: z.string(), validFrom: z.string() }),
    z.object({ kind: z.literal("tkdn_below"), have: z.number().nullable(), need: z.number() }),
  ]),
);

const StoredBreakdown = z.object({
  parts: z.array(
    z.object({
      factor: z.enum(Object.keys(WEIGHTS) as [keyof typeof WEIGHTS, ...(keyof typeof WEIGHTS)[]]),
      points: z.number(),
      max: z.number(),
      reason: z.string(),
      values: z.record(z.string(), value),
    }),
  ),
  gaps: StoredGaps,
  /** The closer product a stand-in was shown instead of, and what keeps it out (suggestions.server.ts). */
  passedOver: z.object({ productId: z.string(), productName: z.string(), gaps: StoredGaps }).optional(),
});

export type Breakdown = z.infer<typeof StoredBreakdown>;

/** The breakdown to store: the evaluation's parts and gaps (and a passed-over product's) as plain JSON (dates as ISO text). */
export function toStored(evaluation: { parts: readonly Part[]; gaps: readonly Gap[]; passedOver?: PassedOver | undefined }): Breakdown {
  const { parts, gaps, passedOver: over } = evaluation;
  const passedOver = over ? { passedOver: { productId: over.productId, productName: over.productName, gaps: over.gaps } } : {};
  return JSON.parse(JSON.stringify({ parts, gaps, ...passedOver })) as Breakdown;
}

/** Where a stored breakdown keeps its passed-over product's id, for SQL's json_extract (the worker's refresh, the buyer's page). */
export const PASSED_OVER_ID_PATH = "$.passedOver.productId";

/** Stored gaps as the matcher gives them: an expiry or start date back as a Date. */
export function gapsOf(stored: Breakdown["gaps"]): Gap[] {
  return stored.map((g): Gap => (g.kind === "certificate_expires" ? { ...g, validUntil: new Date(g.validUntil) } : g.kind === "certificate_not_yet_valid" ? { ...g, validFrom: new Date(g.validFrom) } : g));
}

/**
 * A stored breakdown read back, as Prisma parsed it or as the column's JSON text (a read off
 * Prisma, db-reads.server.ts); one this version cannot read shows no reasons rather than wrong ones.
 */
export function readStored(json: unknown): Breakdown {
  let value = json;
  if (typeof json === "string") {
    try {
      value = JSON.parse(json);
    } catch {
      value = null;
    }
  }
  const parsed = StoredBreakdown.safeParse(value);
  return parsed.success ? parsed.data : { parts: [], gaps: [] };
}
