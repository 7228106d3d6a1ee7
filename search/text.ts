// Indonesian text as the embedded engine indexes and queries it: lower case, accents folded,
// spelling variants made one word, then stemmed (so "menganyam" meets "anyaman"). Meilisearch
// gets the same variants and synonyms through its settings (see settings.ts).
import { stemmer } from "@orama/stemmers/indonesian";
import { SPELLING_VARIANTS } from "./vocabulary.ts";

const variantOf = new Map<string, string>();
for (const [canonical, ...variants] of SPELLING_VARIANTS) for (const v of variants) variantOf.set(v, canonical!);

/** Words of a text, lower case, accents folded, punctuation dropped. */
export function words(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9²]+/)
    .filter(Boolean);
}

/** A word as indexed: its common spelling, stemmed. Short words and numbers stay as they are. */
export function term(word: string): string {
  const spelled = variantOf.get(word) ?? word;
  if (spelled.length <= 3 || /\d/.test(spelled)) return spelled;
  return stemmer(spelled);
}

/** The indexed terms of a text. */
export function terms(text: string): string[] {
  return words(text).map(term);
}
