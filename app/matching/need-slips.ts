// A buyer's slip of the keyboard in a need's title ("Surgical scrb suits", "Naksa kayu untuk
// mess"): read as the word meant before anything else, so the need meets the other names and
// the translations of what it asks for. The fit reads a product's own slips (fit.ts: a word
// one slip from the need's counts TYPO_SHARE), but a word the buyer mistyped is found in no
// lexicon, and the need lost every equivalent of it: "scrb suits" never met "baju scrub".
import englishWords from "./lexicon/english-words.json";
import { slipCandidates, type SlipCandidate } from "../lib/spelling.ts";
import { term } from "../../search/text.ts";
import { equivalentsOf, lexiconWordUses, phraseKey, productsNamed, singular } from "./equivalents.ts";
import { isKnown } from "./known-words.ts";

let english: Set<string> | null = null;
/** Each unknown word's candidates worked out once (none: a word of its own); the lexicons do not change while the process runs. */
const candidates = new Map<string, SlipCandidate[]>();
/** Endings English words take: a word ending so after an English word (or one less its "e") is one too ("long-sleeved"). */
const ENGLISH_ENDINGS = ["s", "es", "d", "ed", "ing", "er", "ers", "ly"];

/** Whether a word is an English word or one of its inflected forms SCOWL does not list. */
function isEnglish(word: string): boolean {
  english ??= new Set(englishWords as string[]);
  const known = english;
  if (known.has(word)) return true;
  return ENGLISH_ENDINGS.some((ending) => {
    const base = word.slice(0, -ending.length);
    return word.endsWith(ending) && base.length >= 3 && (known.has(base) || known.has(`${base}e`));
  });
}

/**
 * Whether a word is a word of its own: an Indonesian root or a word derived from one
 * (hunspell-id), an English word (FreeDict, and SCOWL's inflected forms: "skewers", "visors",
 * "handled" are no slips of "sewers", "visor", "handle"), or a word of the lexicons.
 */
function isAWord(word: string): boolean {
  const uses = lexiconWordUses();
  return isKnown(word) || isKnown(term(word)) || isEnglish(word) || uses.has(word) || uses.has(singular(word));
}

/**
 * Whether the title writes the word as a name: all in capitals, an acronym ("flanges ANSI
 * 150"), or with a capital after its first word in a title otherwise written in lower case, a
 * place or a brand ("Kain tapis Lampung", "Gula cair untuk kafe resort Labuan Bajo"). In a title
 * with most of its words capitalised ("Pengadaan Meja dan Kursi Siswa") capitals say nothing.
 */
function writtenAsAName(word: string, title: string): boolean {
  const tokens = title.split(/[^A-Za-z]+/).filter((t) => t.length >= 4);
  const written = tokens.filter((t, i) => i > 0 && t.toLowerCase() === word);
  if (written.some((t) => t === t.toUpperCase())) return true;
  const capitalised = tokens.filter((t) => /^[A-Z]/.test(t)).length;
  return capitalised * 2 <= tokens.length && written.some((t) => /^[A-Z]/.test(t));
}

/** Whether two words make a phrase the lexicons know ("tenaga surya"): the word that does is the one meant beside the other. */
function makesAPhrase(first: string | undefined, second: string | undefined): boolean {
  if (!first || !second) return false;
  const key = phraseKey(`${first} ${second}`);
  return equivalentsOf(key).size > 0 || productsNamed(key).length > 0;
}

/**
 * The word a need's title meant: itself when it is a word of its own or written as a name,
 * else the lexicons' word one slip away that the likeliest slip makes (slipCandidates), one
 * making a phrase the lexicons know with the word before or after it first ("tenaga surta" is
 * "tenaga surya", not "sutra"), or itself when none is.
 */
export function meantWord(word: string, title: string, before?: string, after?: string): string {
  let found = candidates.get(word);
  if (found === undefined) {
    found = isAWord(word) ? [] : slipCandidates(word, lexiconWordUses());
    if (candidates.size > 10_000) candidates.clear();
    candidates.set(word, found);
  }
  if (found.length === 0 || writtenAsAName(word, title)) return word;
  const likeliest = found.filter((c) => c.rank === found[0]!.rank);
  return (likeliest.find((c) => makesAPhrase(before, c.word) || makesAPhrase(c.word, after)) ?? likeliest[0]!).word;
}
