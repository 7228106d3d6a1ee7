// Indonesian text as the embedded engine indexes and queries it: lower case, accents folded,
// spelling variants made one word, then stemmed (so "menganyam" meets "anyaman"). Meilisearch
// gets the same variants and synonyms through its settings (see settings.ts).
import { stemmer } from "@orama/stemmers/indonesian";
import roots from "./lexicon/id-words.json";
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

/** Indonesian root words (lexicon/id-words.json), made on first use: about 29,000. */
let rootWords: Set<string> | null = null;
const isRoot = (word: string) => (rootWords ??= new Set(roots as string[])).has(word);

/**
 * Prefixes and the first letters each may have swallowed ("penjahit" is pe(n)-jahit, "pemarut"
 * pe(m)-parut, "menyapu" me(ny)-sapu), longest first; and the suffixes, tried with each.
 */
const PREFIXES: readonly (readonly [string, readonly string[]])[] = [
  ["meny", ["s"]], ["peny", ["s"]], ["meng", ["", "k"]], ["peng", ["", "k"]], ["mem", ["p", "b", "m"]], ["pem", ["p", "b", "m"]],
  ["men", ["t", "d", "c", "j", "n"]], ["pen", ["t", "d", "c", "j", "n"]], ["ber", [""]], ["per", [""]], ["pel", [""]], ["ter", [""]],
  ["me", [""]], ["pe", [""]], ["be", [""]], ["di", [""]], ["ke", [""]], ["se", [""]],
];
const SUFFIXES = ["", "nya", "kan", "an", "i", "lah", "kah"];

/** A derived word's root, when taking one prefix and one suffix off gives a root word. */
function rootByAffixes(word: string): string | null {
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    const base = word.slice(0, word.length - suffix.length);
    if (suffix && isRoot(base)) return base;
    for (const [prefix, swallowed] of PREFIXES) {
      if (!base.startsWith(prefix)) continue;
      for (const letter of swallowed) {
        const candidate = letter + base.slice(prefix.length);
        if (candidate.length > 2 && isRoot(candidate)) return candidate;
      }
    }
  }
  return null;
}

/**
 * A word as indexed: its common spelling, stemmed. Short words and numbers stay as they are. A
 * root word is never stemmed, and a stem is checked against the roots (as the Nazief–Adriani
 * stemmer does): the rule-based stemmer alone reads "kemeja" (shirt) as "meja" (table),
 * "keranjang" (basket) as "ranjang" (bed) and "perajang" (slicer) as "ajang".
 */
export function term(word: string): string {
  const spelled = variantOf.get(word) ?? word;
  if (spelled.length <= 3 || /\d/.test(spelled) || isRoot(spelled)) return spelled;
  const stem = stemmer(spelled);
  if (isRoot(stem)) return stem;
  return rootByAffixes(spelled) ?? stem;
}

/** The indexed terms of a text. */
export function terms(text: string): string[] {
  return words(text).map(term);
}
