// Indonesian text as the embedded engine indexes and queries it: lower case, accents folded,
// spelling variants made one word, then stemmed (so "menganyam" meets "anyaman"). Meilisearch
// gets the same variants and synonyms through its settings (see settings.ts).
import { stemmer } from "@orama/stemmers/indonesian";
import roots from "./lexicon/id-words.json";
import { SPELLING_VARIANTS } from "./vocabulary.ts";

const variantOf = new Map<string, string>();
for (const [canonical, ...variants] of SPELLING_VARIANTS) for (const v of variants) variantOf.set(v, canonical!);

let spellingsByTerm: Map<string, readonly string[]> | null = null;

/**
 * The words, as written, that are indexed as this term (SPELLING_VARIANTS: "honey" and "madu"
 * are both "madu", "packaging" and "kemasan" both "kemas"): what a slip of any is a slip of.
 */
export function spellingsOf(indexed: string): readonly string[] {
  spellingsByTerm ??= new Map(SPELLING_VARIANTS.map((spelled) => [term(spelled[0]!), spelled]));
  return spellingsByTerm.get(indexed) ?? [];
}

/** Words of a text, lower case, accents folded, punctuation dropped. */
export function words(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9²]+/)
    .filter(Boolean);
}

/** Indonesian root words (lexicon/id-words.json, about 29,000), made into a set on first use. */
let rootWords: Set<string> | null = null;

/** Whether a word is a root word of the language (hunspell-id). */
export const isRoot = (word: string) => (rootWords ??= new Set(roots as string[])).has(word);

const VOWEL = /^[aiueo]/;

/**
 * The roots a word prefixed by meN-/peN-, ber-, per-, ter-, di-, ke- or se- may have, likeliest
 * first. meN- and peN- swallow a root's first k, p, t or s and show it only in their own last
 * letters: before a vowel, "peng" was k or nothing ("pengering", "pengikat"), "pem" p or m
 * ("pemotong", "pemasak"), "pen" t or n ("penari", "penanti"), "peny" s or ny ("penyapu",
 * "penyanyi"). The list cannot tell which when both are roots: "pemasak" reads as "pasak",
 * "pengisi" as "kisi" (tests/unit/fit.test.ts names the known misses).
 */
function unprefixed(base: string, suffixed: boolean): string[] {
  const after = (prefix: string) => (base.startsWith(prefix) ? base.slice(prefix.length) : null);
  let rest: string | null;
  if ((rest = after("meny") ?? after("peny")) !== null) return ["s" + rest, "ny" + rest];
  if ((rest = after("meng") ?? after("peng")) !== null) return VOWEL.test(rest) ? ["k" + rest, rest] : [rest];
  if ((rest = after("mem") ?? after("pem")) !== null) return VOWEL.test(rest) ? ["p" + rest, "m" + rest] : [rest];
  if ((rest = after("men") ?? after("pen")) !== null) return VOWEL.test(rest) ? ["t" + rest, "n" + rest] : [rest];
  // per- before a vowel: with -an a confix ("peralatan" is alat), without it pe- and a root in r ("perajang" is rajang).
  if ((rest = after("per")) !== null) return !VOWEL.test(rest) ? [rest] : suffixed ? [rest, "r" + rest] : ["r" + rest, rest];
  if ((rest = after("ber") ?? after("ter")) !== null) return VOWEL.test(rest) ? [rest, "r" + rest] : [rest];
  for (const prefix of ["me", "pe", "be", "di", "ke", "se"]) if ((rest = after(prefix)) !== null) return [rest];
  return [];
}

/** Suffixes, "an" before "kan" ("masakan" is masak-an, not masa-kan). */
const SUFFIXES = ["", "nya", "lah", "kah", "an", "kan", "i"];
/** Roots shorter than this are not read out of a longer word: "bean" is no be-an, "medal" no me-dal. */
const SHORTEST_ROOT = 4;

/**
 * A derived word's root, when taking off a suffix, then a prefix, then both gives a root word:
 * a suffix alone first ("setelan" is setel-an, not se-telan; "meteran" meter-an).
 */
function rootByAffixes(word: string): string | null {
  const isLongRoot = (candidate: string) => candidate.length >= SHORTEST_ROOT && isRoot(candidate);
  const bases = SUFFIXES.filter((suffix) => word.endsWith(suffix)).map((suffix) => ({ base: word.slice(0, word.length - suffix.length), suffixed: suffix !== "" }));
  for (const { base, suffixed } of bases) if (suffixed && isLongRoot(base)) return base;
  for (const { base, suffixed } of bases) for (const candidate of unprefixed(base, suffixed)) if (isLongRoot(candidate)) return candidate;
  return null;
}

/** Each word's term, kept: indexing reads every word of every product. Bounded like a catalogue's words. */
const termOf = new Map<string, string>();

/**
 * A word as indexed: its common spelling, stemmed. Short words and numbers stay as they are. A
 * root word of the language is never stemmed, and a derived word is taken back to a root by
 * its affixes (as the Nazief–Adriani stemmer does, with a dictionary), the rule-based stemmer
 * only when that finds none: alone, it read "kemeja" (shirt) as "meja" (table), "keranjang"
 * (basket) as "ranjang" (bed), "perajang" (slicer) as "ajang" and "penari" as "ari".
 */
export function term(word: string): string {
  let found = termOf.get(word);
  if (found === undefined) {
    const spelled = variantOf.get(word) ?? word;
    found = spelled.length <= 3 || /\d/.test(spelled) || isRoot(spelled) ? spelled : (rootByAffixes(spelled) ?? stemmer(spelled));
    if (termOf.size > 200_000) termOf.clear();
    termOf.set(word, found);
  }
  return found;
}

/** The indexed terms of a text. */
export function terms(text: string): string[] {
  return words(text).map(term);
}
