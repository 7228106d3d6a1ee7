// How well a product fits what a need asks for, from their words alone: the share of the
// need's product words that the product's name (or, counting less, its description) holds,
// as such, through an equivalent (equivalents.ts) or one slip of the keyboard away, and a
// little more for the words of the need's purpose. 0 to 1; above FITS (score.ts) the product is the thing asked for.
// Engine-independent: read from the indexed document (or the database row when the engine
// is down), so the embedded engine and Meilisearch fit alike.
import { beginsAThing, englishSingular, fitTerm, isDictionaryPair, isKindOf, isMaterial, LONGEST_PHRASE, phraseEquivalents, productsNamed, runsOf, singular, SOURCE_WEIGHT, type NamedProduct } from "./equivalents.ts";
import { spellingsOf, words } from "../../search/text.ts";
import { STOP_WORDS } from "../../search/vocabulary.ts";
import { isIndonesianOnly, isKnown, maySlipTo } from "./known-words.ts";
import { doubledLetterOf, oneSlipApart } from "../lib/spelling.ts";
import { asksForMadeFor, namesMadeFor } from "./made-for.ts";
import { meantWord } from "./need-slips.ts";
import { imitablesNamed, saysAnotherVariant, saysImitationOf, variantsAsked } from "./contrasts.ts";

/**
 * Words after which a need's title says what the thing is for, not what it is: "kopi bubuk
 * untuk layanan kereta makan" asks for ground coffee, not for trains.
 */
const PURPOSE_MARKERS = new Set(["untuk", "buat", "bagi", "guna", "sebagai", "for", "utk"]);
/** English "as" says the purpose when an article follows ("… leaves as a natural sweetener"); alone it is the Indonesian axle ("As roda lori"). */
const ARTICLES = new Set(["a", "an"]);
/** Whether the word at i (of words in order) begins the purpose. */
const isPurposeMarker = (list: readonly string[], i: number) => PURPOSE_MARKERS.has(list[i]!) || (list[i] === "as" && ARTICLES.has(list[i + 1] ?? ""));
/**
 * Words after which a title names what comes with the thing: "Stop kontak 4 lubang dengan
 * kabel" asks for a socket (with its cable), "Embroidered baseball caps with company logo" for
 * caps. Up to the purpose marker, those words describe the thing (DESCRIBING_SHARE): a cap
 * without a logo is still a cap, a logo pin no cap ("Kaos dengan sablon logo" still asks more
 * than a plain T-shirt).
 */
const FEATURE_MARKERS = new Set(["dengan", "with"]);
/**
 * Words after which a tender names what the thing replaces or is likened to: neither the thing
 * nor its purpose, so left out ("tas belanja kanvas pengganti kantong plastik" asks for a
 * canvas bag, and a plastic one is no better for the words; "… atau setara merek X").
 */
const ENDING_MARKERS = new Set(["pengganti", "setara", "seperti", "sejenis", "selain", "replacing", "instead"]);
/**
 * Words saying how good, which grade or how made to order a thing is, not what it is: after the
 * thing they describe it (DESCRIBING_SHARE), like a material. "Knalpot standar" asks for an
 * exhaust, and a "Motorcycle exhaust muffler" is one (a racing one says another variant,
 * contrasts.ts). A closed class, like the stop words; left out are words that may be a
 * specification a buyer holds to ("premium", "super", "medium": grades of rice; "murni",
 * "asli": pure honey, genuine leather), a style that names a kind ("tradisional", "klasik"),
 * and words whose stem is another word's ("terbaik" is read as "baik", the stem of
 * "perbaikan", a repair; "pilihan" as "pilih").
 */
const QUALIFIER_WORDS = ["standar", "standard", "original", "orisinal", "biasa", "reguler", "regular", "spesial", "special", "istimewa", "unggulan", "berkualitas", "kualitas", "quality", "ekonomis", "economy", "bagus", "eksklusif", "exclusive", "deluxe", "custom", "kustom"];
let qualifiers: Set<string> | null = null;
/**
 * Words opening an Indonesian title that only say what sort of thing the next word names:
 * "Minuman cincau" is cincau, a drink. Not "makanan" nor "olahan": what follows them may be
 * who eats it or what it was ("makanan ternak", "olahan ikan"), and a cattle shed or fresh fish
 * would fit.
 */
const SORT_WORDS = ["minuman"];
let sortTerms: Set<string> | undefined;
/**
 * Whether a need's words open with a sort word followed by a word that names a thing
 * (beginsAThing): the sort word then describes ("Nata de coco siap minum" shares only "minum"
 * with "Minuman cincau siap minum"). Not before a word naming none: "minuman ringan" is soft drinks.
 */
function opensWithASort(terms: readonly string[]): boolean {
  sortTerms ??= new Set(SORT_WORDS.map(fitTerm));
  return terms.length > 1 && sortTerms.has(terms[0]!) && beginsAThing(terms[1]!);
}
/** Whether a term is of a QUALIFIER_WORDS word ("unggulan" is read as "unggul"). */
const isQualifier = (term: string) => (qualifiers ??= new Set(QUALIFIER_WORDS.map(fitTerm))).has(term);
/**
 * Indonesian words that, opening a title, ask for the work of making the thing that follows,
 * not for a thing of their own: "Cetak kalender meja 2028" asks for desk calendars, which a
 * "Desk calendar 2028" is; after the thing they describe it ("Spanduk cetak"). Not English
 * ones, whose first word describes the last: "Printing machine" is a machine, "Printing ink"
 * ink.
 */
const SERVICE_WORDS = new Set(["cetak", "pencetakan", "jasa", "pembuatan"]);
/** The fewest words a thing must keep to be read without its service words: "Cetak foto" is the printing of photos, not a photo. */
const THING_AFTER_SERVICE = 2;
/** A title's product words without the service words opening them, while THING_AFTER_SERVICE are left. */
function withoutService(product: string[]): string[] {
  let start = 0;
  while (product.length - start > THING_AFTER_SERVICE && SERVICE_WORDS.has(product[start]!)) start++;
  return product.slice(start);
}
/** Words of procurement, not of products. */
const PROCUREMENT_WORDS = new Set(["pengadaan", "kebutuhan", "pembelian", "beli", "butuh", "dibutuhkan", "supply", "procurement", "pasokan", "suplai", "penyediaan"]);
const STOP = new Set(STOP_WORDS);

/** A word found in the description counts this much of one found in the name. */
export const DESCRIPTION_SHARE = 0.7;
/** A word one slip away (a letter doubled, dropped, added, changed or two swapped) counts this much. */
export const TYPO_SHARE = 0.8;
/** Words shorter than this must be spelled right ("teh" is not "the", nor "tas" "tali"), but for a four-letter one with a letter doubled (mistyped, below). */
const MIN_TYPO_LENGTH = 5;
/**
 * Whether a product's word may be a slip at all: long enough, or one letter shorter when it is
 * no word of its own, the slip having dropped a letter ("Dodl durian"; "topi" is a hat, not a
 * mistyped "tropi", nor "abon" a mistyped "ambon").
 */
const maySlip = (written: string) => written.length >= MIN_TYPO_LENGTH || (written.length === MIN_TYPO_LENGTH - 1 && !isKnown(written));

/** What a need's title asks for: the words naming the product, and those of its purpose. */
export interface NeedWords {
  product: string[];
  purpose: string[];
  /** Where the product words saying what comes with the thing begin (after "dengan", "with"): they describe it. */
  describedFrom?: number;
  /** What buyers taught of the thing it names (lessons.ts). */
  taught?: Taught;
  /** The title's product words read as other words than written (need-slips.ts), for the buyer to see. */
  slips?: { written: string; meant: string }[];
}

/**
 * A kind of product buyers took for a need's thing, or declined as not it (lessons.ts): the
 * key of its name's thing (thingOf), its words as written (for the search), and how many of
 * the need's naming words the lesson was taught for (the key it was kept under: a lesson for
 * "kalender" says less of a "kalender dinding" than one for "kalender dinding").
 */
export interface TaughtKind {
  key: string;
  phrase: string;
  taken: boolean;
  words: number;
}

/** What buyers taught of a need's thing: at most one lesson per kind of product. */
export type Taught = readonly TaughtKind[];

/** A title without its asides in brackets, which are about the purchase, not the product: "(tahun anggaran 2027)", "(total 2 ton)". */
const withoutAsides = (title: string) => title.replace(/\([^)]*\)/g, " ");

/**
 * The words of a need's title: before its purpose marker, the product; after it, the purpose;
 * from an ending marker on, nothing. What comes with the thing (after a feature marker, up to
 * the purpose) describes it (describedFrom). Numbers left out. With what buyers taught of its thing.
 */
export function needWords(title: string, taught?: Taught, { readSlips = true }: { readSlips?: boolean } = {}): NeedWords {
  const all = words(withoutLacks(withoutAsides(title)));
  const ending = all.findIndex((w, i) => i > 0 && ENDING_MARKERS.has(w));
  const named = ending < 0 ? all : all.slice(0, ending);
  const found = named.findIndex((_, i) => i > 0 && isPurposeMarker(named, i));
  const marker = found < 0 ? named.length : found;
  // A letter joined to a word by a hyphen is part of its name ("T-shirts", "V-belt", "X-banner"):
  // without it a need for T-shirts asked for "shirts", and a cotton shirt fitted it before a kaos.
  const joinedLetters = new Set([...title.matchAll(/(?:^|[^A-Za-z0-9])([A-Za-z])-(?=[A-Za-z]{2})/g)].map((m) => m[1]!.toLowerCase()));
  const isKept = (w: string) => !STOP.has(w) && !PROCUREMENT_WORDS.has(w) && !/\d/.test(w) && (w.length > 1 || joinedLetters.has(w));
  const kept = (list: string[]) => list.filter(isKept);
  const lessons = taught ? { taught } : {};
  const purpose = kept(named.slice(marker + 1));
  // Only after a product word: "Dibutuhkan dengan segera kursi lipat" says no feature.
  const firstKept = named.findIndex(isKept);
  const feature = named.findIndex((w, i) => firstKept >= 0 && i > firstKept && i < marker && FEATURE_MARKERS.has(w));
  // The product's words as meant (need-slips.ts): "Naksa kayu" asks for a "nakas kayu".
  const slips: { written: string; meant: string }[] = [];
  const product = (list: string[]) =>
    kept(list).map((written, i, all) => {
      const meant = readSlips ? meantWord(written, title, all[i - 1], all[i + 1]) : written;
      if (meant !== written) slips.push({ written, meant });
      return meant;
    });
  const read = (words: string[]) => ({ product: words, purpose, ...(slips.length > 0 ? { slips } : {}), ...lessons });
  if (feature < 0) return read(withoutService(product(named.slice(0, marker))));
  const thing = withoutService(product(named.slice(0, feature)));
  return { ...read([...thing, ...product(named.slice(feature + 1, marker))]), describedFrom: thing.length };
}

/**
 * The part of a need's title naming the product, as written: before its purpose or ending
 * marker ("Minyak kayu putih 60 ml | untuk kotak P3K"); what comes with the thing keeps its
 * sizes ("Minyak goreng dengan kemasan jerigen 18 liter"). The sizes it asks are read from it (measures.ts).
 */
export function namingPart(title: string): string {
  const tokens = withoutAsides(title).split(/\s+/).filter(Boolean);
  const lower = tokens.map((token) => token.toLowerCase());
  const marker = tokens.findIndex((token, i) => i > 0 && (isPurposeMarker(lower, i) || words(token).some((w) => PURPOSE_MARKERS.has(w) || ENDING_MARKERS.has(w))));
  return (marker < 0 ? tokens : tokens.slice(0, marker)).join(" ");
}

interface Side {
  terms: Set<string>;
  /** Its words as written, less stop words and numbers. */
  plain: string[];
  /** Every word as written. */
  all: string[];
  /** Its words' terms in order: where a phrase is looked for word for word. */
  ordered: string[];
}

/** Words saying what a thing is without: the words after them name what it lacks ("Sepatu kulit tanpa steel toe"). */
const NEGATIONS = new Set(["tanpa", "without"]);
/** How many words after a negation it takes, at most: "steel toe". */
const LACKED_WORDS = 2;
/** Whether a text may say what a thing lacks: the fast path, most names never do. */
const MAY_NEGATE = /\b(?:tanpa|without)\b/i;
/** Whether a token (as split at spaces) is a negation alone: "tanpa-lengan" is a word of its own. */
const isNegation = (token: string) => {
  const list = words(token);
  return list.length === 1 && NEGATIONS.has(list[0]!);
};

/** A stretch of text between punctuation without its negations and what they say it lacks. */
function withoutLacksIn(stretch: string): string {
  const list = stretch.split(/\s+/);
  const kept: string[] = [];
  for (let i = 0; i < list.length; i++) {
    if (!isNegation(list[i]!)) {
      kept.push(list[i]!);
      continue;
    }
    // What it lacks ends at a stop word, a purpose marker, a number or another negation ("tanpa pewangi untuk bayi").
    for (let taken = 0; taken < LACKED_WORDS && i + 1 < list.length; taken++) {
      const next = words(list[i + 1]!)[0];
      if (next === undefined || STOP.has(next) || PURPOSE_MARKERS.has(next) || /\d/.test(next) || NEGATIONS.has(next)) break;
      i++;
    }
  }
  return kept.join(" ");
}

/**
 * A text without what it says the thing lacks: a negation and the words after it, two at most,
 * up to punctuation or a sentence's end ("Kantong kertas tanpa tali (paper pouch)" is a paper
 * pouch, no bag with handles; "Sepatu kerja kulit tanpa steel toe" no steel-toe shoe). Read on
 * needs' titles too: "kopi tanpa gula" asks for coffee, not for sugar. (Three words and more
 * are left: "tanpa bahan kimia sintetis" keeps "sintetis".)
 */
export function withoutLacks(text: string): string {
  return MAY_NEGATE.test(text) ? text.split(/([,;:.!?()[\]/]+)/).map(withoutLacksIn).join("") : text;
}

/**
 * A side's terms, each pair of neighbouring words also read as one ("t shirt" as "tshirt",
 * "wear pack" as "wearpack"): a product name is written in one word or two alike.
 */
function sideOf(text: string): Side {
  const all = words(withoutLacks(text));
  const kept = (w: string | undefined) => w !== undefined && !STOP.has(w) && !/\d/.test(w);
  const plain = all.filter(kept);
  const ordered = plain.map(fitTerm);
  const terms = new Set(ordered);
  // Only words that stand side by side in the text: "kopi dan teh" holds no "kopiteh".
  for (let i = 0; i + 1 < all.length; i++) if (kept(all[i]) && kept(all[i + 1])) terms.add(fitTerm(all[i]! + all[i + 1]!));
  return { terms, plain, all, ordered };
}

/** Whether a set of terms holds every term of a phrase. */
const holdsAll = (terms: ReadonlySet<string>, phrase: readonly string[]) => phrase.every((t) => terms.has(t));
/** Whether terms in order begin with a phrase's terms. */
const beginsWith = (ordered: readonly string[], phrase: readonly string[]) => phrase.every((t, i) => ordered[i] === t);
/**
 * Whether a name beginning with a broader name goes on to name another product of the names
 * lexicon, one the need does not name by any of its names: "Seragam sekolah SMA" is a school
 * uniform and "Seragam kerja kemeja PDL" a field shirt, siblings of the wearpack, not uniforms
 * that may be one; "Seragam bengkel" is one of the wearpack's own names.
 */
function namesASibling(need: Sought, ordered: readonly string[], broader: readonly string[]): boolean {
  const sibling = (start: number, length: number) => {
    const named = productsNamed(ordered.slice(start, start + length).join(" "));
    return named.length > 0 && !named.some((p) => need.names(p));
  };
  // The name with the broader one ("seragam sekolah"), or anything after it ("seragam | kerja kemeja pdl").
  for (let length = Math.min(LONGEST_PHRASE, ordered.length); length > broader.length; length--) if (sibling(0, length)) return true;
  for (let start = broader.length; start < ordered.length; start++)
    for (let length = Math.min(LONGEST_PHRASE, ordered.length - start); length >= 1; length--) if (sibling(start, length)) return true;
  return false;
}
/** Whether terms in order hold a phrase's terms side by side, in its order. */
const holdsInOrder = (ordered: readonly string[], phrase: readonly string[]) =>
  ordered.some((_, start) => phrase.every((t, i) => ordered[start + i] === t));
/**
 * Whether a product's word may be this word mistyped: one slip from it, or, a word one letter
 * too short for any slip, with a letter doubled and no word of its own, nor an English plural
 * of one ("Abonn sapi"; "books" is no mistyped "boks"). Not two letters swapped in a
 * four-letter word ("Abon iakn"): too many words no list holds are one swap from another
 * ("kaso", a roof batten, from "kaos"; "ANSI" from "nasi").
 */
const mistyped = (meant: string, written: string) =>
  meant.length >= MIN_TYPO_LENGTH ? maySlipTo(meant, written) : doubledLetterOf(meant, written) && !isWordOrPluralOfOne(written);
/** Whether a word is a word of its own, or the English plural of one ("books"): never a slip. */
const isWordOrPluralOfOne = (word: string) => isKnown(word) || isKnown(singular(word));
/** A word as English's rules make it singular, unless it is a word of its own ("kertas"). Not made inside the hot comparisons: a closure there is made anew on every call. */
const singularUnlessAWord = (word: string) => (isKnown(word) ? word : englishSingular(word));
/**
 * Whether one of the two words is an English plural mistyped, no word of its own, and its
 * singular one slip from the other ("Prawn crackres" for crackers, a need's "Corn shelers" for
 * "Corn shellers"): a plural is read as its singular, so the slip is looked for between the
 * singulars.
 */
const mistypedPlural = (meant: string, written: string) => {
  // The fast path, most pairs are neither: an English plural ends in "s", and with one slip it is at most three letters from the other.
  if ((!meant.endsWith("s") && !written.endsWith("s")) || Math.abs(meant.length - written.length) > 3) return false;
  const [meantOne, writtenOne] = [singularUnlessAWord(meant), singularUnlessAWord(written)];
  return (writtenOne !== written && writtenOne.length >= MIN_TYPO_LENGTH && maySlipTo(meant, writtenOne)) || (meantOne !== meant && meantOne.length >= MIN_TYPO_LENGTH && maySlipTo(meantOne, written));
};
/**
 * Whether a product's word, no word of its own, is another spelling of the need's word
 * mistyped, its first letter kept: "honey" is indexed as "madu" (SPELLING_VARIANTS), so "Raw
 * hney" is a slip of neither as the two are compared, but is one of "honey". Not a word of its
 * own or the plural of one ("shirt" is no mistyped "tshirt", kaos, nor "shops" "shoes"), nor
 * one beginning otherwise (a "Toffee susu" is no mistyped coffee, and no word list at hand
 * knows toffee).
 */
const mistypedSpelling = (others: readonly string[], written: string) =>
  others.length > 0 && !isWordOrPluralOfOne(written) && others.some((o) => o[0] === written[0] && mistyped(o, written));
/** Whether a word may be read through a slip at all (mistyped). */
const mistypable = (word: string) => word.length >= MIN_TYPO_LENGTH - 1;
/** Whether a side holds a word mistyped from this one. */
const slipOf = (side: Side, meant: string) => {
  const others = spellingsOf(meant);
  for (const t of side.terms) if (maySlip(t) && (mistyped(meant, t) || mistypedPlural(meant, t) || mistypedSpelling(others, t))) return true;
  return false;
};
/**
 * Whether a side holds a phrase with one of its words mistyped and the others as written
 * ("palett" for "palet", "Bath twoel" of "bath towel"): with two slips, or one product word
 * standing for two ("goreng" for "gorong gorong"), it is another thing.
 */
const holdsMistyped = (side: Side, terms: readonly string[]) => {
  let slipped = false;
  for (const t of terms) {
    if (side.terms.has(t)) continue;
    if (slipped || !mistypable(t) || !slipOf(side, t)) return false;
    slipped = true;
  }
  return slipped;
};

/** An equivalent of a need's phrase as the fit reads it: its terms, its weight, and whether a word of it may be mistyped. */
interface Equivalent {
  terms: string[];
  weight: number;
  slips: boolean;
  /**
   * A broader name of what the need names ("seragam" of a wearpack): it meets the need in part
   * only where it names the product, at the start of its name ("Seragam custom bordir" may be
   * a wearpack; "Kemeja batik seragam" is a shirt worn as a uniform, whatever its description
   * begins with).
   */
  broader: boolean;
}

/** A need's words ready to be looked for: their terms and the equivalents of their phrases, worked out once a need. */
interface Sought {
  words: readonly string[];
  terms: string[];
  /** How much each word weighs in the fit (fitScore). */
  weights: number[];
  /** Where the words describing what comes with the thing begin (NeedWords.describedFrom; the words' count when none do). */
  describedFrom: number;
  /** Where the words naming the thing are (those weighing fully), in order. */
  naming: number[];
  /** Where the words of its thing's key are (thingOf: grade words among them), which buyers' lessons were taught for. */
  taughtFor: number[];
  /** Each run of the need's words that stands for something else, its equivalents heaviest first. */
  phrases: { start: number; length: number; equivalents: Equivalent[] }[];
  /** Whether the need names a product of the names lexicon: one of its names is a run of the need's words (runsOf). */
  names: (product: NamedProduct) => boolean;
  /** Each two neighbouring words' terms written as one ("polo shirt" as "poloshirt"), by the first's place. */
  joined: string[];
  /** Every phrase any run of its words stands for (its phrases' equivalents), as keys. */
  equivalentKeys: ReadonlySet<string>;
  /** Each word's singular (an English plural's) and the other spellings it is indexed as: what a slip of it may be a slip of. */
  slipForms: { one: string; others: readonly string[] }[];
  /** The words of those phrases. */
  equivalentTerms: ReadonlySet<string>;
}

/**
 * A need's words worked out, once for the words' list: the fit and the made-for reason of one
 * need (candidates.ts, suggestions.server.ts) read the same list.
 */
const soughtFor = new WeakMap<readonly string[], Sought>();
function sought(needWords: readonly string[], describedFrom = needWords.length): Sought {
  let found = soughtFor.get(needWords);
  // Worked out again when asked with other describing words than it was kept for: the weights depend on them.
  if (!found || found.describedFrom !== describedFrom) soughtFor.set(needWords, (found = workedOut(needWords, describedFrom)));
  return found;
}

function workedOut(needWords: readonly string[], describedFrom: number): Sought {
  const terms = needWords.map(fitTerm);
  const phrases = phraseEquivalents(terms).map(({ start, length, equivalents }) => ({
    start,
    length,
    equivalents: [...equivalents]
      .map(([key, weight]) => {
        const terms = key.split(" ");
        return { terms, weight, slips: terms.some(mistypable), broader: weight === SOURCE_WEIGHT.broader };
      })
      .sort((a, b) => b.weight - a.weight),
  }));
  const weights = wordWeights(terms).map((w, i) => (i >= describedFrom ? Math.min(w, DESCRIBING_SHARE) : w));
  const runs = new Set(runsOf(terms).map(({ key }) => key));
  // Asked of the same few lexicon products for every product name beginning with a broader
  // word ("seragam …"): answered once a need.
  const named = new Map<NamedProduct, boolean>();
  const names = (product: NamedProduct) => {
    let answer = named.get(product);
    // A name in one word or two alike ("wear pack", "wearpack"), as a side reads them (sideOf).
    if (answer === undefined) named.set(product, (answer = product.names.some((name) => runs.has(name) || runs.has(fitTerm(name.replace(/ /g, ""))))));
    return answer;
  };
  const joined = needWords.slice(1).map((word, i) => fitTerm(needWords[i]! + word));
  const equivalentKeys = new Set(phrases.flatMap((p) => p.equivalents.map((e) => e.terms.join(" "))));
  const equivalentTerms = new Set([...equivalentKeys].flatMap((key) => key.split(" ")));
  const taughtFor = keyPositions(terms);
  const slipForms = needWords.map((word) => ({ one: singular(word), others: spellingsOf(fitTerm(word)) }));
  return { words: needWords, terms, weights, describedFrom, naming: namingPositions(weights), taughtFor, phrases, names, joined, equivalentKeys, equivalentTerms, slipForms };
}

/**
 * What the procurement names lexicon says of the products a need names: every name of them,
 * and the near neighbours of any of them the need does not itself name ("lemari loker" asks
 * for a locker, which a wardrobe's neighbours list). Null when the need names no neighbours.
 */
interface Neighbours {
  names: string[][];
  not: string[][];
  /** The neighbours' own longer names: held only word for word. */
  notPhrases: string[][];
}

function neighboursIn(terms: readonly string[]): Neighbours | null {
  const named = new Set(runsOf(terms).flatMap(({ key }) => productsNamed(key)));
  const split = (keys: Iterable<string>) => [...new Set(keys)].map((k) => k.split(" "));
  // A neighbour the need names itself is asked for.
  const asked = (key: string) => key.split(" ").every((t) => terms.includes(t));
  const notKeys = [...named].flatMap((p) => p.not).filter((key) => !asked(key));
  // A neighbour also by its own names of two words or more, word for word: "kopi bubuk" is
  // "ground coffee" too (one-word names are too broad, and "hem pria" is no "hem koko pria").
  const notNames = notKeys.flatMap((key) => productsNamed(key).flatMap((p) => p.names)).filter((name) => name.includes(" ") && !asked(name));
  return notKeys.length > 0 ? { names: split([...named].flatMap((p) => p.names)), not: split(notKeys), notPhrases: split(notNames) } : null;
}

/**
 * A product named by a near neighbour of what the need names (by any of the neighbour's own
 * names: "ground coffee" is the "kopi bubuk" that "biji kopi sangrai" is not), and by no name
 * of anything the need names (lexicon/procurement-names.json: "sepatu boot" for "sepatu PDH",
 * "kampas kopling" for "kampas rem"), fits this share of the words it holds: the same head
 * noun, another thing. Measured on the independent sets at 1 (not read), 0.8, 0.6, 0.5 and 0.4
 * (lexicon/README.md).
 */
export const NEIGHBOUR_SHARE = 0.6;

/** Whether a term is one of these terms as written or one slip of the keyboard from one. */
const isOrSlipOf = (terms: readonly string[], term: string) => terms.some((t) => t === term || oneSlipApart(t, term) || mistypedPlural(t, term));

/**
 * Whether a product's name begins with the need's head word inside the name of another thing
 * of the names lexicon: "Kaos kaki" (socks) for a need for "kaos oblong". The other thing
 * - is one the need names by none of its words nor their equivalents;
 * - says which thing by words the need does not hold, as written or a slip away ("Kemeja batik
 *   cap" is a batik shirt, "Pot terakota" the need's "pot tanaman terakota", "LED bulb" its
 *   "LED bulbs"), nor by what the need says it is for ("Keranjang parsel" for a basket "untuk
 *   parsel"), and not only by what it is made of ("Tas kulit", "Kaos katun");
 * - when the need names no kind of its head ("meja jati": a table, of teak), is no kind of the
 *   head the kinds lexicon knows ("Meja makan" may be of teak); when it names one ("kaos
 *   oblong", "ikan asin"), another kind is a sibling ("Kaos polo", "Ikan teri").
 * A name holding every word of the need is the thing asked for, whatever else it is ("Kursi
 * tamu rotan" for "kursi rotan").
 */
function namesAnotherThing(need: Sought, product: ProductText, purpose: readonly string[]): boolean {
  const head = need.naming[0];
  const { ordered, terms } = sidesOf(product).name;
  if (head === undefined || ordered[0] !== need.terms[head] || need.terms.every((t) => terms.has(t))) return false;
  for (let length = Math.min(LONGEST_PHRASE, ordered.length); length >= 2; length--) {
    const run = ordered.slice(0, length);
    const key = run.join(" ");
    const named = productsNamed(key);
    if (named.length === 0) continue;
    if (named.some((p) => need.names(p)) || need.equivalentKeys.has(key)) return false;
    const which = run.slice(1);
    if (which.every((t) => isMaterial(t)) || which.some((t) => isOrSlipOf(need.terms, t))) return false;
    // Named by what the need says it is for: the thing asked, named by its use ("Keranjang
    // parsel rotan" for a woven basket "untuk parsel"); by those words and materials only, not
    // by one word of the purpose among others ("Kursi ruang tunggu" is no chair "untuk ruang tamu").
    const forPurpose = (t: string) => isOrSlipOf(purpose, t);
    if (which.some(forPurpose) && which.every((t) => forPurpose(t) || isMaterial(t))) return false;
    // A need naming no kind of its head (its other naming words, if any, materials) takes any kind.
    const askedKind = need.naming.slice(1).some((i) => !isMaterial(need.terms[i]!));
    return askedKind || !isKindOf(key, ordered[0]!);
  }
  return false;
}

/**
 * Words that open a name without saying which thing it is: generic ("Aneka keripik", "Paket
 * hampers", "Motif parang"), or the class or form of the thing that follows ("Kain batik cap",
 * "Bubuk kopi arabika", "Daun teh hijau", "Baju koko", "Alat pertanian cangkul", "Gerabah pot
 * tanah liat"). A review found each of these read as another thing.
 */
const OPENERS = new Set([
  "aneka", "macam", "ragam", "paket", "produk", "suvenir", "bahan", "model", "motif", "warna", "jenis", "tipe",
  "kain", "bubuk", "serbuk", "daun", "biji", "baju", "busana", "pakaian", "alas", "alat", "perlengkapan",
  "furnitur", "mebel", "meubel", "gerabah", "kerajinan", "minuman", "makanan", "camilan", "olahan",
]);

/**
 * Whether a product's name begins with another thing than the need's: an Indonesian name says
 * what the thing is first, what it is of, for or like after ("Sarung bantal kursi" is a cushion
 * cover, "Kalender meja" a calendar, "Dompet kulit" a wallet, "Kayu kamper" timber, not camphor
 * balls), so a product whose first word is none of the need's words, nor a word of their
 * equivalents, nor one slip from them, is another thing that shares the rest. Read only when
 * that word is Indonesian and no English one ("Bar soap", "Lampung banana chips" are named the
 * English way, their head last), begins a thing the lexicons know (not a place or a brand),
 * and is no word opening a name without saying which thing it is (OPENERS: "Kain sasirangan"
 * is the sasirangan asked); and only when the word names no broader thing the need's is a kind
 * of ("Mebel" may be the school desk, "Gerabah" the clay pot). A name holding every word of
 * the need is not spared: "Garpu cangkul" is a digging fork, "Kalender meja" a calendar. The
 * made-for heads (made-for.ts) are the case whose first word says what the thing is for.
 */
function headedByAnother(need: Sought, product: ProductText): boolean {
  const head = need.naming[0];
  const { plain, ordered } = sidesOf(product).name;
  const first = ordered[0];
  if (head === undefined || first === undefined || ordered.length < 2) return false;
  // Most names that fit begin with a word of the need or of its equivalents: asked first.
  if (need.terms.includes(first) || need.equivalentTerms.has(first) || OPENERS.has(plain[0]!)) return false;
  if (!isIndonesianOnly(plain[0]!) || !beginsAThing(first) || need.terms.some((t) => oneSlipApart(t, first))) return false;
  // A broader thing the need's is a kind of, by the need's words from its head ("pot tanah liat" of "gerabah").
  return ![1, 2, 3].some((n) => head + n <= need.terms.length && isKindOf(need.terms.slice(head, head + n).join(" "), first));
}

/**
 * Whether a product's name begins with one of the need's later words as the head of another
 * thing, holding the need's head word after it: the two words' roles swapped ("Ikat rambut
 * kain", a hair tie of cloth, for "kain tenun ikat", cloth woven in ikat). The word after the
 * first is Indonesian and begins a thing the lexicons know ("rambut"), so the first two words
 * are a name of their own; a place or a grade there ("Arabika Gayo kopi bubuk") is not read so,
 * nor a kind of the first word the kinds lexicon knows ("Batik cap kain"). Set H: one of its
 * needs had four hair ties above woven ikat cloth; the other sets unchanged.
 */
function swapsRoles(need: Sought, product: ProductText): boolean {
  const head = need.naming[0];
  const { plain, ordered } = sidesOf(product).name;
  if (head === undefined || ordered.length < 3) return false;
  const at = need.terms.indexOf(ordered[0]!);
  if (at < 0 || at === head) return false;
  const second = ordered[1]!;
  if (isOrSlipOf(need.terms, second) || need.equivalentTerms.has(second) || isMaterial(second)) return false;
  if (!isIndonesianOnly(plain[1]!) || !beginsAThing(second)) return false;
  // A kind of the first word is no other thing ("Batik cap kain primisima" for "kain batik").
  if (isKindOf(`${ordered[0]} ${second}`, ordered[0]!)) return false;
  return ordered.indexOf(need.terms[head]!, 2) >= 2;
}

/** Whether a word of the product's name or description makes, with the word after or before it (not one of the need's), a dictionary's two-word name of another thing ("ikat" in "Ikat pinggang kulit"). */
function inAnotherPair(need: Sought, ordered: readonly string[], word: string): boolean {
  const at = ordered.indexOf(word);
  if (at < 0) return false;
  const [before, after] = [ordered[at - 1], ordered[at + 1]];
  return (after !== undefined && !need.terms.includes(after) && isDictionaryPair(word, after)) || (before !== undefined && !need.terms.includes(before) && isDictionaryPair(before, word));
}

function namesANeighbour({ names, not, notPhrases }: Neighbours, product: ProductText): boolean {
  const { terms, ordered } = sidesOf(product).name;
  return (not.some((n) => holdsAll(terms, n)) || notPhrases.some((n) => holdsInOrder(ordered, n))) && !names.some((n) => holdsAll(terms, n));
}

/**
 * How much each of the need's words is found on one side of a product: 1 as such; through an
 * equivalent of the word or of a phrase it is part of ("sarung tangan" by "gloves"), at the
 * equivalent's weight, every word of the phrase alike; or one slip of the keyboard away. On its
 * name only, an equivalent mistyped and a broader name (which names the product only there).
 */
function foundOn(need: Sought, side: Side, isName: boolean): number[] {
  const found = need.terms.map((t): number => (side.terms.has(t) ? 1 : 0));
  // Two of the need's words written as one by the product ("polo shirt" and "poloshirt").
  need.joined.forEach((pair, i) => {
    if (side.terms.has(pair)) found[i] = found[i + 1] = 1;
  });
  for (const { start, length, equivalents } of need.phrases) {
    let best = 0;
    // Heaviest first: once no equivalent left can beat the best found, none is read.
    for (const { terms, weight, slips, broader } of equivalents) {
      if (weight <= best) break;
      // A one-word name of a longer phrase of the need ("ikat" of "kain tenun ikat") inside a
      // dictionary's two-word name of another thing ("ikat pinggang", a belt) names that thing.
      // Set F: belts fitted a need for woven ikat cloth, +0.002; the other sets unchanged.
      if (broader ? isName && beginsWith(side.ordered, terms) && !namesASibling(need, side.ordered, terms) : holdsAll(side.terms, terms) && !(length > 1 && terms.length === 1 && inAnotherPair(need, side.ordered, terms[0]!))) best = weight;
      // An equivalent mistyped by the product ("palett" for the "palet" of "pallets", "Bath
      // twoel"); a broader one only as written, where it names the product (above).
      else if (isName && !broader && slips && weight * TYPO_SHARE > best && holdsMistyped(side, terms)) best = weight * TYPO_SHARE;
    }
    for (let i = start; i < start + length; i++) found[i] = Math.max(found[i]!, best);
  }
  // A plural is looked for as its singular too ("holdr" is "holder" mistyped, two letters from "holders").
  const slipped = (word: string, { one, others }: Sought["slipForms"][number]) =>
    side.plain.some((p) => maySlip(p) && (mistyped(word, p) || (one !== word && mistyped(one, p)) || mistypedSpelling(others, p)));
  return need.words.map((word, i) => (found[i]! < TYPO_SHARE && mistypable(word) && slipped(word, need.slipForms[i]!) ? TYPO_SHARE : found[i]!));
}

export interface ProductText {
  name: string;
  description?: string | null;
}

/**
 * A product's two sides, kept while the product object lives: the engine hands out the same
 * indexed document to every need, and reading its words again was most of a need's fit.
 */
const sides = new WeakMap<ProductText, { name: Side; description: Side }>();

function sidesOf(product: ProductText) {
  let found = sides.get(product);
  if (!found) {
    found = { name: sideOf(product.name), description: sideOf(product.description ?? "") };
    sides.set(product, found);
  }
  return found;
}

function foundIn(need: Sought, product: ProductText): number[] {
  const side = sidesOf(product);
  const name = foundOn(need, side.name, true);
  // A description's words are many: its equivalents are read as spelled, for speed.
  const description = foundOn(need, side.description, false);
  return name.map((n, i) => Math.max(n, DESCRIPTION_SHARE * description[i]!));
}

/** A product's fit to a need's words worked out (fitScore of foundIn, by the need's weights). */
const fitIn = (need: Sought, product: ProductText) => fitScore(foundIn(need, product), need.weights);

/** How much each of the need's product words is found in a product: 0 to 1 each. */
export function wordsFound(needWords: readonly string[], product: ProductText): number[] {
  return foundIn(sought(needWords), product);
}

/**
 * A word that says what the thing is like rather than what it is counts this much of a word
 * naming it: a material after the thing ("cangkul baja" asks for a hoe, of steel; a "Hoe"
 * fits it better than a steel sickle), and any word after the thing when the procurement names
 * lexicon knows the thing by the need's first words ("handuk mandi | putih", "sambal bawang |
 * botol", "kemeja batik seragam | karyawan"): a towel not said to be white is still a towel,
 * while a white bathrobe is none. Every word counts fully when the thing is
 * itself a material ("kain katun", "benang nilon": the second word says which). Measured on
 * the independent sets at 1 (every word alike), 0.7, 0.5 and 0.3 (README).
 */
export const DESCRIBING_SHARE = 0.5;

/** How much each of a need's product words weighs in its fit: a word describing the thing (above, and QUALIFIER_WORDS), DESCRIBING_SHARE. */
export function wordWeights(terms: readonly string[]): number[] {
  return weighed(terms, true);
}

/**
 * The weights of wordWeights, with or without the qualifiers. A thing's key (thingOf) keeps
 * them as naming words: buyers' lessons are stored under such keys ("kalender custom"), and a
 * decline of custom calendars must not become one of every calendar.
 */
function weighed(terms: readonly string[], withQualifiers: boolean): number[] {
  // A word said twice ("minuman … siap minum": both "minum") is one word of the need.
  const repeated = (t: string, i: number) => terms.indexOf(t) < i;
  if (terms[0] !== undefined && isMaterial(terms[0])) return terms.map((t, i) => (repeated(t, i) ? 0 : 1));
  const describing = describingWords(terms);
  const sorted = opensWithASort(terms);
  const weights = terms.map((t, i): number => (repeated(t, i) ? 0 : (i > 0 && (isMaterial(t) || (withQualifiers && isQualifier(t)))) || describing.has(i) || (i === 0 && sorted) ? DESCRIBING_SHARE : 1));
  // A material named in two or three words ("genteng | tanah liat", "kursi | kayu jati") is one
  // material: its words share one describing word's weight.
  for (let i = 1; i < terms.length; ) {
    const length = [3, 2].find((n) => i + n <= terms.length && isMaterial(terms.slice(i, i + n).join(" ")));
    if (length === undefined) {
      i++;
      continue;
    }
    for (let j = i; j < i + length; j++) weights[j] = Math.min(weights[j]!, DESCRIBING_SHARE / length);
    i += length;
  }
  return weights;
}

/** Where the words of a thing's key are (thingOf): its naming words with grade words kept among them. */
const keyPositions = (terms: readonly string[]) => namingPositions(weighed(terms, false));

/** Where the words naming the thing are, in order: those weighing fully (wordWeights). */
function namingPositions(weights: readonly number[]): number[] {
  return weights.flatMap((w, i) => (w === 1 ? [i] : []));
}

/**
 * Which of a need's words describe the thing its first words name: those after the longest
 * leading run that is a product's whole name in the procurement names lexicon ("handuk
 * mandi" of "handuk mandi putih"). None when the whole title is a name ("jaket pelampung", a
 * life vest, is no jacket described) or no leading run is one (a name the lexicon gives two
 * things, or too broad to meet its product by, is none: "dodol" of "dodol durian"). A variety
 * after a generic name counts half too ("ikan asin | jambal roti"): the graders of set C take
 * any salted fish for it, and counting a name after the thing in full was worse (README).
 */
function describingWords(terms: readonly string[]): Set<number> {
  let thing = 0;
  for (let length = Math.min(LONGEST_PHRASE, terms.length); length >= 1 && thing === 0; length--)
    if (productsNamed(terms.slice(0, length).join(" ")).length > 0) thing = length;
  const describing = new Set<number>();
  if (thing > 0 && thing < terms.length) for (let i = thing; i < terms.length; i++) describing.add(i);
  return describing;
}

/**
 * A product's fit, 0 (none of the need's words) to 1 (every one in its name): the weighed
 * share of the need's words found (wordWeights; alike when not given). Weighing rarer words
 * more (inverse document frequency) and leaving out the words no product looked at holds were
 * both measured: no better on the independent sets, and either lets one minor word stand for a
 * need the catalogue otherwise does not know ("presisi" of "sudu turbin titanium presisi"
 * found in a brick press's description).
 */
export function fitScore(found: readonly number[], weights?: readonly number[]): number {
  if (found.length === 0) return 0;
  const weight = (i: number) => weights?.[i] ?? 1;
  let sum = 0;
  let total = 0;
  found.forEach((f, i) => {
    sum += f * weight(i);
    total += weight(i);
  });
  return sum / total;
}

/**
 * A product found by the need's purpose too ("kain batik untuk seragam karyawan" and a
 * "kemeja batik seragam") gains this share of the purpose's words it holds: a substitute the
 * buyer named without meaning to, never a fit by the purpose alone.
 */
export const PURPOSE_SHARE = 0.3;

/**
 * Fits are read against the best of the products looked at, once it holds this much of the
 * need: a title that says more than any product name ("snack box rapat dan pelatihan
 * karyawan") still finds its snack boxes, while a need the catalogue does not know ("sudu
 * turbin titanium presisi", best 0.18) is fitted by nothing. Measured on the independent
 * sets at 1 (no scaling), 0.75, 0.6 and 0.5: 0.6 best on both (README).
 */
export const RELATIVE_FLOOR = 0.6;

/**
 * A product of a kind buyers took for the need's thing (lessons.ts) has the need's words the
 * lesson was taught for found at this share, as through the lexicon: the buyers' word stands
 * beside the lexicon's, and the words describing the thing must still be found.
 */
export const TAUGHT_SHARE = 0.9;

/**
 * Up to this many of a title's or a name's first naming words say what thing it is:
 * Indonesian names the thing first and qualifies it after ("seragam kerja wearpack"), and a
 * buyer's decision is about that thing and that kind of product, not every one sharing a head
 * noun ("seragam kerja kemeja" declined for a wearpack is no uniform declined for every one).
 */
export const THING_WORDS = 3;

/** What a title or a name names: its words' terms (the key) and the words as written. */
export interface Thing {
  key: string;
  phrase: string;
}

/**
 * The thing a title or a name names: its first naming words (THING_WORDS), the product words
 * (needWords; a product's name as its maker wrote it, a need's title with its slips read as
 * meant, need-slips.ts) less those that only describe it (wordWeights: a material after it, words
 * after a thing the names lexicon knows by its first words). Null when no word is left.
 */
export function thingOf(text: string, { isTitle = true }: { isTitle?: boolean } = {}): Thing | null {
  const all = needWords(text, undefined, { readSlips: isTitle }).product;
  const terms = all.map(fitTerm);
  const naming = keyPositions(terms).slice(0, THING_WORDS);
  if (naming.length === 0) return null;
  return { key: naming.map((i) => terms[i]).join(" "), phrase: naming.map((i) => all[i]).join(" ") };
}

/** A product's kind (thingOf its name), kept while the product object lives; read only for needs with lessons. */
const kinds = new WeakMap<ProductText, string | null>();

function kindOf(product: ProductText): string | null {
  let kind = kinds.get(product);
  if (kind === undefined) kinds.set(product, (kind = thingOf(product.name, { isTitle: false })?.key ?? null));
  return kind;
}

/**
 * The lesson about this product's kind, if any: the most particular kind taught that it is
 * ("kalender meja" for a "kalender meja lipat", before "kalender"), word for word from the
 * start of its name's thing, so "Taplak meja motif kalender" is no "kalender meja".
 */
function lessonFor(taught: Taught | undefined, product: ProductText): TaughtKind | null {
  if (!taught) return null;
  const kind = kindOf(product);
  if (kind === null) return null;
  let found: TaughtKind | null = null;
  for (const t of taught) if ((kind === t.key || kind.startsWith(`${t.key} `)) && t.key.length > (found?.key.length ?? 0)) found = t;
  return found;
}

/** Whether buyers taught that this product's kind is the thing the need asks for: its breakdown says so (score.ts). */
export function takenByBuyers(taught: Taught | undefined, product: ProductText): boolean {
  return lessonFor(taught, product)?.taken === true;
}

/**
 * A product named as a thing made for the one asked ("Cetakan gula aren", "Rak handuk": made-for.ts)
 * fits this share of the words it holds, at most FITS: it is not the thing, whatever words it shares.
 */
export const MADE_FOR_SHARE = 0.5;

/** Whether a product is named as a thing made for the one a need's words ask (made-for.ts), read once a need. */
function madeForIn(need: Sought): (product: ProductText) => boolean {
  if (asksForMadeFor(need)) return () => false;
  const head = need.naming[0] === undefined ? undefined : need.words[need.naming[0]];
  return (p) => {
    const { plain, all } = sidesOf(p).name;
    return namesMadeFor(plain, all, head) || namesRawMaterialOf(need, all);
  };
}

/** The word before which a product's name says what it is the raw material of: "Tanah liat bahan gerabah". */
const RAW_MATERIAL_OF = "bahan";
/**
 * Whether a name holds none of the need's words before "bahan" and some after it: the raw
 * material of the thing asked, not the thing ("Tanah liat bahan gerabah" for clay pots, "LAS
 * bahan baku deterjen" for a detergent). Sets B–I: C +0.0004, the rest unchanged. "untuk" and
 * "for" read so too ("Toe cap baja untuk sepatu safety", a part) gave H +0.0001 more, but a
 * need naming a use ("Pakan ternak", "Seragam kantor") would lose the products named for it
 * ("Dedak padi untuk pakan ternak" is animal feed).
 */
function namesRawMaterialOf(need: Sought, all: readonly string[]): boolean {
  // A need asking for a raw material itself ("Bahan baku sabun") takes one named so.
  if (need.words.includes(RAW_MATERIAL_OF)) return false;
  const marker = all.findIndex((w, i) => i > 0 && w === RAW_MATERIAL_OF);
  if (marker < 0) return false;
  return fitIn(need, { name: all.slice(0, marker).join(" ") }) === 0 && fitIn(need, { name: all.slice(marker + 1).join(" ") }) > 0;
}

/**
 * Whether a product is named as a thing made for the one a need asks, and holds some of its
 * words (a "Rak sepatu" shares nothing with "gula aren", and is made for no sugar): its
 * breakdown says so (score.ts).
 */
export function madeForOf(need: NeedWords): (product: ProductText) => boolean {
  const product = sought(need.product, need.describedFrom);
  const madeFor = madeForIn(product);
  return (p) => madeFor(p) && fitIn(product, p) > 0;
}

/** A need's fit function: a product's own fit, before it is read against the others (its words worked out once). */
export function fitter(need: NeedWords): (product: ProductText) => number {
  const product = sought(need.product, need.describedFrom);
  const purpose = need.purpose.length > 0 ? sought(need.purpose) : null;
  const neighbours = neighboursIn(product.terms);
  const madeFor = madeForIn(product);
  const variants = variantsAsked(product.words);
  const imitables = imitablesNamed(product.words);
  const purposeTerms = purpose?.terms ?? [];
  const withPurpose = (fit: number, p: ProductText) => (purpose ? Math.min(1, fit + PURPOSE_SHARE * fitIn(purpose, p)) : fit);
  return (p) => {
    // Buyers said it is not the thing: it fits nothing, whatever its words (at most it is
    // listed among its category's other products, after every product that fits).
    const lesson = lessonFor(need.taught, p);
    if (lesson?.taken === false) return 0;
    const found = foundIn(product, p);
    // The words the lesson was taught for: the first words of the need's thing (thingOf), grade words among them.
    if (lesson) for (const i of product.taughtFor.slice(0, lesson.words)) found[i] = Math.max(found[i]!, TAUGHT_SHARE);
    const own = fitScore(found, product.weights);
    if (own === 0 || lesson) return withPurpose(own, p);
    if (madeFor(p)) return withPurpose(own * MADE_FOR_SHARE, p);
    // Another thing named by two of its words, the rest of its name what it is made of or like:
    // like a thing made for the one asked, never above the fit line, whatever the rest holds.
    if (swapsRoles(product, p)) return withPurpose(MADE_FOR_SHARE * fitIn(product, { name: sidesOf(p).name.plain.slice(2).join(" "), description: p.description }), p);
    const name = sidesOf(p).name;
    const sibling = (neighbours && namesANeighbour(neighbours, p)) || namesAnotherThing(product, p, purposeTerms) || headedByAnother(product, p) || (variants.length > 0 && saysAnotherVariant(variants, name.all)) || (imitables.size > 0 && saysImitationOf(imitables, name.all));
    return withPurpose(sibling ? own * NEIGHBOUR_SHARE : own, p);
  };
}

/** Fits read against the best of them, once it holds RELATIVE_FLOOR of the need. */
export function againstBest(fits: readonly number[]): number[] {
  const scale = Math.max(RELATIVE_FLOOR, ...fits);
  return fits.map((f) => Math.min(1, f / scale));
}

/** The fit of each product to a need, against the best of them (RELATIVE_FLOOR). */
export function fitsOf(need: NeedWords, products: readonly ProductText[]): number[] {
  return againstBest(products.map(fitter(need)));
}
