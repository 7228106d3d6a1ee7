// Index settings, declared once and applied to both engines: which fields are searched and
// in what order of weight, which filter and sort, synonyms, typo tolerance. Meilisearch
// takes them as its settings; the embedded engine reads the same object (weights from the
// order, typos from the word sizes).
import { BROADER_TERMS, SPELLING_VARIANTS, STOP_WORDS, SYNONYMS } from "./vocabulary.ts";

export const INDEX_NAMES = ["products"] as const;
export type IndexName = (typeof INDEX_NAMES)[number];

export interface IndexSettings {
  primaryKey: "id";
  /** Most important first. */
  searchableAttributes: readonly string[];
  filterableAttributes: readonly string[];
  sortableAttributes: readonly string[];
  /** Fields whose matches come back highlighted. */
  highlightAttributes: readonly string[];
  typoTolerance: { minWordSizeForOneTypo: number; minWordSizeForTwoTypos: number };
  stopWords: readonly string[];
  /**
   * The embedded engine keeps a sub-index per value of this field, and a query filtered on one
   * value searches only that part: MiniSearch scores every matching document before it filters,
   * which at 100,000 products cost the matcher (always filtered on a category) most of its time.
   * Meilisearch filters inside its index and ignores this.
   */
  partitionAttribute?: string;
}

export const INDEX_SETTINGS: Record<IndexName, IndexSettings> = {
  products: {
    primaryKey: "id",
    searchableAttributes: ["name", "categoryLabel", "producerName", "sentraName", "description"],
    filterableAttributes: [
      "sector",
      "category",
      "provinceCode",
      "regencyCode",
      "certifications",
      "verifiedCertifications",
      "verified",
      "producerId",
      "tkdnPercent",
      "monthlyCapacity",
      "priceMin",
    ],
    sortableAttributes: ["priceMin", "tkdnPercent", "updatedAt"],
    highlightAttributes: ["name", "description"],
    typoTolerance: { minWordSizeForOneTypo: 5, minWordSizeForTwoTypos: 9 },
    stopWords: STOP_WORDS,
    partitionAttribute: "category",
  },
};

/**
 * Synonyms as Meilisearch wants them: every word or phrase mapped to the others of its group,
 * and every spelling variant to its common spelling (both ways).
 */
export function meilisearchSynonyms(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const add = (from: string, to: readonly string[]) => {
    out[from] = [...new Set([...(out[from] ?? []), ...to.filter((t) => t !== from)])];
  };
  for (const group of SYNONYMS) for (const phrase of group) add(phrase, group);
  // One way: the broader term finds its narrower ones, not the other way round.
  for (const [broader, ...narrower] of BROADER_TERMS) add(broader, narrower);
  for (const group of SPELLING_VARIANTS) for (const spelling of group) add(spelling, group);
  return out;
}
