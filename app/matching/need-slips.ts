// A buyer's slip of the keyboard in a need's title ("Blackout curtians", "Naksa kayu untuk
// mess"): read as the word meant before anything else, so the need meets the other names and
// the translations of what it asks for. The fit reads a product's own slips (fit.ts: a word
// one slip from the need's counts TYPO_SHARE), but a word the buyer mistyped is found in no
// lexicon, and the need lost every equivalent of it: "curtians" never met "gorden".
import englishWords from "./lexicon/english-words.json";
import { slipCandidates, type SlipCandidate } from "../lib/spelling.ts";
import { term } from "../../search/text.ts";
import { fitTerm, isLexiconPair, isTranslationWord, lexiconWordUses, singular } from "./equivalents.ts";
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

/** Abbreviations a title may write in lower case: licences and kinds of business ("izin pirt", "produk umkm") and of plastics. */
const ABBREVIATIONS = new Set(["umkm", "bumn", "bpom", "pirt", "sirt", "upvc", "hdpe", "ldpe", "apar", "tkdn", "svlk", "haccp", "cpob", "cpotb"]);

/**
 * Whether a word is a word of its own: an Indonesian root or a word derived from one
 * (hunspell-id), an English word (FreeDict, and SCOWL's inflected forms: "skewers", "visors",
 * "handled" are no slips of "sewers", "visor", "handle"), a word of the lexicons or of
 * FreeDict's translations, or an abbreviation written in lower case.
 */
function isAWord(word: string): boolean {
  const uses = lexiconWordUses();
  return isKnown(word) || isKnown(term(word)) || isEnglish(word) || uses.has(word) || uses.has(singular(word)) || isTranslationWord(word) || ABBREVIATIONS.has(word);
}

/**
 * Whether the title writes the word as a name: all in capitals, an acronym ("flanges ANSI
 * 150", "UMKM binaan"), or with a capital after the title's first word where its later words
 * are mostly in lower case, a place or a brand ("Tenun ikat Kefa", "Gula cair untuk kafe resort
 * Labuan Bajo"). A title in capitals, or with most of its words capitalised ("Pengadaan Meja dan
 * Kursi Siswa"), says nothing by them.
 */
function writtenAsAName(word: string, title: string): boolean {
  const tokens = title.split(/[^A-Za-z]+/).filter(Boolean);
  const wordy = tokens.filter((t) => t.length >= 2);
  if (wordy.length > 1 && wordy.every((t) => t === t.toUpperCase())) return false;
  const written = tokens.flatMap((t, i) => (t.toLowerCase() === word ? [{ t, i }] : []));
  if (written.some(({ t }) => t === t.toUpperCase())) return true;
  const later = tokens.slice(1).filter((t) => t.length >= 4);
  const capitalised = later.filter((t) => /^[A-Z]/.test(t)).length;
  return capitalised * 2 <= later.length && written.some(({ t, i }) => i > 0 && /^[A-Z]/.test(t));
}

/** Whether two words stand side by side in a phrase the lexicons know ("tenaga surya"): the word that does is the one meant beside the other. */
function makesAPhrase(first: string | undefined, second: string | undefined): boolean {
  return first !== undefined && second !== undefined && isLexiconPair(fitTerm(first), fitTerm(second));
}

/** How many times a word must be used in the lexicons to be taken for a slip's meaning alone, without a phrase beside it. */
const MIN_USES = 2;
/** Words shorter than this are corrected only into a phrase: one slip from a four-letter word reaches too many ("embe" is "ember", "wani" "wangi"). */
const MIN_ALONE_LENGTH = 5;

/**
 * The word a need's title meant: itself when it is a word of its own or written as a name;
 * else the lexicons' word one slip away that makes a phrase the lexicons know with the word
 * before or after it ("tenaga surta" is "tenaga surya", not "sutra"), of the likeliest slips
 * first (slipCandidates); else the likeliest slip's word when that slip is one of the likeliest
 * kind (slipRank 0) and the word is used more than once. A regional name the lists lack
 * ("tekwan", "arsik") is otherwise taken for another word one slip away: a review found 66 of
 * its 1,540 correct titles changed without these conditions, none with them.
 */
export function meantWord(word: string, title: string, before?: string, after?: string): string {
  let found = candidates.get(word);
  if (found === undefined) {
    found = isAWord(word) ? [] : slipCandidates(word, lexiconWordUses());
    if (candidates.size > 10_000) candidates.clear();
    candidates.set(word, found);
  }
  if (found.length === 0 || writtenAsAName(word, title)) return word;
  const inPhrase = found.find((c) => c.rank <= 1 && (makesAPhrase(before, c.word) || makesAPhrase(c.word, after)));
  if (inPhrase) return inPhrase.word;
  const likeliest = found[0]!;
  return likeliest.rank === 0 && likeliest.uses >= MIN_USES && word.length >= MIN_ALONE_LENGTH ? likeliest.word : word;
}
