// A buyer's slip of the keyboard in a need's title ("Surgical scrb suits", "Naksa kayu untuk
// mess"): read as the word meant before anything else, so the need meets the other names and
// the translations of what it asks for. The fit reads a product's own slips (fit.ts: a word
// one slip from the need's counts TYPO_SHARE), but a word the buyer mistyped is found in no
// lexicon, and the need lost every equivalent of it: "scrb suits" never met "baju scrub".
import englishWords from "./lexicon/english-words.json";
import { correctionOf } from "../lib/spelling.ts";
import { term } from "../../search/text.ts";
import { lexiconWordUses, singular } from "./equivalents.ts";
import { isKnown } from "./known-words.ts";

let english: Set<string> | null = null;
/** Each word's meaning worked out once: the lexicons do not change while the process runs. */
const meant = new Map<string, string>();

/**
 * Whether a word is a word of its own: an Indonesian root or a word derived from one
 * (hunspell-id), an English word (FreeDict, and SCOWL's inflected forms: "skewers", "visors",
 * "handled" are no slips of "sewers", "visor", "handle"), or a word of the lexicons.
 */
function isAWord(word: string): boolean {
  english ??= new Set(englishWords as string[]);
  const uses = lexiconWordUses();
  return isKnown(word) || isKnown(term(word)) || english.has(word) || uses.has(word) || uses.has(singular(word));
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

/**
 * The word a need's title meant: itself when it is a word of its own or written as a name, else the
 * word of the lexicons one slip away that the likeliest slip makes, the most used of them
 * (correctionOf), or itself when none is.
 */
export function meantWord(word: string, title: string): string {
  let found = meant.get(word);
  if (found === undefined) {
    found = isAWord(word) ? word : (correctionOf(word, lexiconWordUses()) ?? word);
    if (meant.size > 10_000) meant.clear();
    meant.set(word, found);
  }
  return found !== word && writtenAsAName(word, title) ? word : found;
}
