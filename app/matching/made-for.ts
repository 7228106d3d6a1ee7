// Products named as a thing made for another: "Cetakan gula aren" is a mould for palm sugar,
// "Rak handuk" a towel rack, "Bumbu balado" a seasoning, "Mesin pengupas kelapa" a machine,
// "Gantungan kunci cangkul" a keychain. The other thing's words are all in the name, yet the
// product is not it. Indonesian names such a product by its own head first and what it is for
// after; English by what it is for first and its head last ("Cake mould", "Towel rack").
// Heads are compared as written, not stemmed: "cetakan" (a mould) is not "cetak" (printed),
// "mainan" (a toy) not "main", "packaging" not the "kemasan" an Indonesian name ends with.
import { fitTerm } from "./equivalents.ts";

/** Heads naming what a product is made for after them (Indonesian word order, and English "miniature", "replica", "toy"). */
const MADE_FOR_FIRST = [
  "cetakan", "rak", "tempat", "wadah", "gantungan", "dudukan", "penyangga", "tatakan", "tutup",
  "kemasan", "mesin", "suku", "sparepart", "onderdil", "bibit", "benih", "miniatur", "replika",
  "mainan", "hiasan", "pajangan", "bumbu", "botol", "toples", "kaleng", "karung",
  // Parts of the thing: "Gagang cangkul" is a hoe's handle, "Sol karet pantofel" a sole,
  // "Kepala gesper" a buckle's head. Not "kaki", "tali" nor "penutup", which begin things of
  // their own too ("Kaki tiga" a tripod, "Tali sling", "Penutup kepala" a head covering).
  "gagang", "pegangan", "tangkai", "kepala", "sol", "engsel", "roda",
  "miniature", "replica", "toy",
];
/** English heads naming what a product is made for before them. */
const MADE_FOR_LAST = ["mould", "mold", "rack", "holder", "hanger", "machine", "keychain", "seasoning", "seedling", "packaging", "handle", "strap"];

const FIRST = new Set(MADE_FOR_FIRST);
const LAST = new Set(MADE_FOR_LAST);
/** An English head, in the plural too ("holders"). */
const isLast = (word: string) => LAST.has(word) || (word.endsWith("s") && LAST.has(word.slice(0, -1)));
/**
 * A head whose stem is a word of its own with another sense: "cetakan" (a mould) is keyed
 * "cetak" (to print). An equivalent beginning with that key says nothing of a head: "cetak
 * spanduk" made every printing need one asking for a mould, and the rule was never read for
 * it. Not "mainan" ("main", to play): the lexicons' toys are named "mainan …", and a need for
 * wooden toys asks for one. Others share their stem's sense ("gantungan", "dudukan").
 */
const STEMMED_TO_ANOTHER_WORD = new Set(["cetakan"]);
/** The heads as the lexicon's equivalents are keyed (stemmed): only to tell that a need asks for one. */
const FIRST_TERMS = new Set(MADE_FOR_FIRST.filter((w) => !STEMMED_TO_ANOTHER_WORD.has(w)).map(fitTerm));
// An English head the stemmer reads as an Indonesian word is left out here ("packaging" is
// keyed "kemas", and a "sambal kemasan" is no packaging).
const LAST_TERMS = new Set(MADE_FOR_LAST.filter((w) => fitTerm(w) === w));
/** "Knife with wooden handle": a part the thing has, not what it is. */
const WITH = new Set(["with", "dengan"]);

/** What of a need the rule reads: its words as written, which of them name the thing (weight 1), and the equivalents of its runs. */
export interface NeedTerms {
  words: readonly string[];
  weights: readonly number[];
  phrases: readonly { start: number; equivalents: readonly { terms: readonly string[] }[] }[];
}

/**
 * Whether a need asks for a thing made for another itself: an Indonesian head first among the
 * words naming it ("Mesin jahit", "Rak besi siku"), an English one among them or last
 * ("Cassava slicer machine", "ID card holders"), or a name of its thing of two words or more
 * that begins with one ("tempat tidur" of "ranjang", "botol minum" of "tumbler"). Then a product named by such a
 * head may be the thing, and the rule is not read. An Indonesian head after the thing only says
 * how it comes ("Sambal botol": sambal, bottled).
 */
export function asksForMadeFor({ words, weights, phrases }: NeedTerms): boolean {
  const head = weights.indexOf(1);
  if (head >= 0 && FIRST.has(words[head]!)) return true;
  if (words.some((w, i) => (weights[i] === 1 || i === words.length - 1) && isLast(w))) return true;
  // Names of two words or more only: a one-word translation of the head is often another sense
  // of it ("cetak", to print, is also "mould").
  return phrases.some(({ start, equivalents }) => start === head && equivalents.some(({ terms }) => terms.length > 1 && (FIRST_TERMS.has(terms[0]!) || LAST_TERMS.has(terms[terms.length - 1]!))));
}

/**
 * Whether a product's name names a thing made for another: one of the heads above first or,
 * in English, last (not after "with": "Knife with wooden handle"). `plain` is its words as
 * written, less stop words and numbers; `all` every word. A machine named after the
 * instrument the need asks for is that instrument ("Mesin perajang singkong" for "perajang
 * singkong": a pe- noun names the tool by what it does).
 */
export function namesMadeFor(plain: readonly string[], all: readonly string[], needHead: string | undefined): boolean {
  if (plain.length < 2) return false;
  if (FIRST.has(plain[0]!)) return !(needHead !== undefined && plain[1] === needHead && needHead.startsWith("pe"));
  return isLast(plain[plain.length - 1]!) && !all.some((w) => WITH.has(w));
}
