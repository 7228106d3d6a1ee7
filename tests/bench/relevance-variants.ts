// The independent sets' needs asked again by other titles (tests/bench/relevance-variants/,
// written by helpers who read only the titles): one slip of the keyboard in a product word,
// the other language, a longer tender's title, another name of the product. Graded as the
// original need: the same producers are right whatever words the buyer chose, so a fall from
// the titles as written measures what the matcher loses to a buyer's wording.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { load, rankings } from "./relevance-independent.ts";
import { ndcg } from "./ndcg.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
export const VARIANT_KINDS = ["typo", "lang", "formal", "synonym"] as const;
export type VariantKind = (typeof VARIANT_KINDS)[number];
type Variants = Record<string, Partial<Record<VariantKind, string>>>;

const variants = JSON.parse(readFileSync(path.join(ROOT, "tests/bench/relevance-variants/variants.json"), "utf8")) as Variants;

/** Each need's NDCG@10 as written and by each kind of other title, for the needs of one set that have them. */
export async function evaluateVariants(name: string, now: Date): Promise<{ asWritten: number[]; byKind: Record<VariantKind, number[]> }> {
  const set = path.join(ROOT, "tests/bench", name);
  const grades = JSON.parse(readFileSync(path.join(set, "grades.json"), "utf8")) as Record<string, Record<string, number>>;
  const dir = mkdtempSync(path.join(os.tmpdir(), "mitraikm-variants-"));
  try {
    const { db, engine } = await load(set, dir, "variants", now);
    const refs = Object.keys(grades).filter((ref) => variants[ref]);
    const ndcgs = (ranked: Awaited<ReturnType<typeof rankings>>) => refs.map((ref) => ndcg(ranked.get(ref)?.matches.slice(0, 10) ?? [], grades[ref] ?? {}));
    const asWritten = ndcgs(await rankings(db, engine, now));
    const byKind = {} as Record<VariantKind, number[]>;
    for (const kind of VARIANT_KINDS) byKind[kind] = ndcgs(await rankings(db, engine, now, new Map(), new Map(refs.map((ref) => [ref, variants[ref]?.[kind] ?? ""]))));
    await db.$disconnect();
    return { asWritten, byKind };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
