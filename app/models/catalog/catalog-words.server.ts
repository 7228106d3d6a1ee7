// The catalogue's own words, for the site search's "did you mean": what producers call their
// products, so a correction always names something that is there. Read from the database
// (whichever engine serves the search), kept per process and read again in the background
// once older than WORDS_MAX_AGE_MS, so at most one search waits for the first reading.
import type { Db } from "~/db.server.ts";
import { words } from "../../../search/text.ts";
import { SPELLING_VARIANTS } from "../../../search/vocabulary.ts";

/** How long the words are used before they are read again: new products' words count after at most this. */
export const WORDS_MAX_AGE_MS = 5 * 60_000;
/** A word in a product's name is what people search for: it counts this many times one in a description. */
const NAME_WEIGHT = 3;

interface Reading {
  words: Promise<ReadonlyMap<string, number>>;
  readAt: number;
  refreshing: boolean;
}

const readings = new WeakMap<Db, Reading>();

/** The words the search matches products by (names, descriptions, their producer's and sentra's names) with how much each is used (product names weigh more). */
export function countWords(products: Iterable<{ name: string; description: string | null; producer?: { legalName: string; sentraName: string | null } }>): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (text: string | null, weight: number) => {
    for (const word of words(text ?? "")) if (word.length >= 3 && !/\d/.test(word)) counts.set(word, (counts.get(word) ?? 0) + weight);
  };
  for (const product of products) {
    add(product.name, NAME_WEIGHT);
    add(product.description, 1);
    // The search finds products by their producer's and sentra's names too: a correction must not turn those into product words.
    add(product.producer?.legalName ?? null, 1);
    add(product.producer?.sentraName ?? null, 1);
  }
  // The engine takes a spelling variant for its common form ("kripik" finds "keripik"): a
  // variant of a word the catalogue holds is known too, and a slip from it ("kripk") is corrected to it.
  for (const [common, ...variants] of SPELLING_VARIANTS) {
    const uses = counts.get(common!);
    if (uses) for (const variant of variants) if (!counts.has(variant)) counts.set(variant, uses);
  }
  return counts;
}

async function readWords(db: Db): Promise<ReadonlyMap<string, number>> {
  return countWords(await db.product.findMany({ where: { status: "active", producer: { organisation: { status: "active" } } }, select: { name: true, description: true, producer: { select: { legalName: true, sentraName: true } } } }));
}

/** The words of the active catalogue with how much each is used (names weigh more). */
export function catalogWords(db: Db, now = Date.now()): Promise<ReadonlyMap<string, number>> {
  const reading = readings.get(db);
  if (!reading) {
    const first: Reading = { words: readWords(db), readAt: now, refreshing: false };
    readings.set(db, first);
    // A failed first reading is not kept: the next search tries again.
    first.words.catch(() => {
      if (readings.get(db) === first) readings.delete(db);
    });
    return first.words;
  }
  if (now - reading.readAt > WORDS_MAX_AGE_MS && !reading.refreshing) {
    reading.refreshing = true;
    readWords(db).then(
      (fresh) => readings.set(db, { words: Promise.resolve(fresh), readAt: Date.now(), refreshing: false }),
      () => (reading.refreshing = false),
    );
  }
  return reading.words;
}
