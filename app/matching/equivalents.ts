// What a word or phrase can stand for in a product's name besides its own spelling: the
// hand-kept vocabulary (vocabulary.ts); the IKM lexicon (lexicon/ikm-vocabulary.json: 777
// groups of regional names, English trade names, procurement abbreviations and one- or
// two-word spellings across the sectors we serve, written for the project from general
// knowledge by someone who saw neither the matcher nor its labelled sets, so the sets judge
// it fairly); an English ↔ Indonesian trade glossary written the same way
// (lexicon/eng-ind-trade.json: 1,400 materials, processes, products, packaging and parts with
// their English plurals, which FreeDict mostly lacks: "wooden", "plastic", "pallets"); the
// kinds of broader products (lexicon/kinds.json, read one way: "sepatu" is met by "pantofel");
// the names IKM list a tender's product under (lexicon/procurement-names.json: 1,112 products
// of the 35 categories, "sepatu PDH" as pantofel, sepatu dinas, oxford shoes…), both written
// the same way; and English ↔ Indonesian from FreeDict (lexicon/eng-ind.json, built from
// Debian's dict-freedict-eng-ind). Buyers and producers
// write product names in either language ("keripik pisang", "banana chips"); the dictionary is
// general and noisy ("table" is "tabel" as well as "meja"), so what it says counts less than the
// hand-kept vocabulary: a weight per source, read by the fit (fit.ts).
//
// Phrases stay whole: "pakaian kerja" stands for "seragam", but "kerja" alone does not, and
// "sarung tangan" is "glove" only when both words are there.
import engInd from "./lexicon/eng-ind.json";
import ikmVocabulary from "./lexicon/ikm-vocabulary.json";
import tradeGlossary from "./lexicon/eng-ind-trade.json";
import kindsLexicon from "./lexicon/kinds.json";
import procurementNames from "./lexicon/procurement-names.json";
import pluralize from "pluralize";
import { oneSlipApart } from "../lib/spelling.ts";
import { isRoot, term, words } from "../../search/text.ts";
import { BROADER_TERMS, STOP_WORDS, SYNONYMS } from "../../search/vocabulary.ts";

/**
 * How much a word found through each source counts, against 1 for the word itself.
 * `generalName`: a need naming one kind of a names-lexicon product ("jaw coupling") met by a
 * product named only as the product ("kopling as", "coupling"), which may be another kind.
 */
export const SOURCE_WEIGHT = { vocabulary: 1, lexicon: 0.9, trade: 0.9, kinds: 0.9, names: 0.9, dictionary: 0.8, generalName: 0.6, broader: 0.5 } as const;
/**
 * The longest phrase looked up, in words: the lexicons' longest names ("lampu jalan tenaga
 * surya", which is "PJUTS" and "solar street light"; 247 names of four or five words). At 3,
 * a need naming one of them never met its other names.
 */
export const LONGEST_PHRASE = 5;

const dictionary = engInd as Record<string, string[]>;
const stop = new Set(STOP_WORDS);

/** A phrase's terms, one space between: the key of the links. */
export function phraseKey(text: string): string {
  return words(text)
    .filter((w) => !stop.has(w))
    .map(fitTerm)
    .join(" ");
}

type Links = Map<string, Map<string, number>>;

/** A need's phrase `from` met by a product's phrase `to`, at the weight. */
function oneWay(links: Links, from: string, to: string, weight: number) {
  oneWayByKey(links, phraseKey(from), phraseKey(to), weight);
}

/** The same, for phrases already keys: a key is not made a key again (a stem stemmed again may change). */
function oneWayByKey(links: Links, x: string, y: string, weight: number) {
  if (!x || !y || x === y) return;
  const out = links.get(x) ?? new Map<string, number>();
  if ((out.get(y) ?? 0) < weight) out.set(y, weight);
  links.set(x, out);
}

function link(links: Links, a: string, b: string, weight: number) {
  oneWay(links, a, b, weight);
  oneWay(links, b, a, weight);
}

interface TradeEntry {
  en: string;
  id: string[];
  kind: string;
  sure?: boolean;
}
const tradeEntries = tradeGlossary.entries as TradeEntry[];

/** Whether one phrase holds every word of the other and more: a narrower phrase, not another name. */
function nests(a: string, b: string): boolean {
  return keysNest(phraseKey(a), phraseKey(b));
}

/** The same, for keys. */
function keysNest(a: string, b: string): boolean {
  const [x, y] = [a.split(" "), b.split(" ")];
  return holdsMore(x, y) || holdsMore(y, x);
}

/** Whether the longer list of terms holds every term of the shorter (as such, or as `alike` says) and more. */
function holdsMore(longer: readonly string[], shorter: readonly string[], alike = (a: string, b: string) => a === b): boolean {
  return longer.length > shorter.length && shorter.every((w) => longer.some((l) => alike(l, w)));
}

/**
 * The English trade glossary's pairs, read both ways ("wooden" is "kayu", "kayu" is
 * "wooden"), leaving out what would join unlike things:
 * - what its writer was unsure of;
 * - a phrase and a part of it ("batik" and "kain batik", "batik cloth" and "batik"): the
 *   cloth is one kind of batik, and a need for it is not met by a batik shirt;
 * - an English key that is also an Indonesian name in the glossary ("cap" is a hat in
 *   English and the stamp of batik cap in Indonesian), unless it names itself;
 * - an English phrase of several words given as one Indonesian word that the glossary also
 *   uses inside its phrases ("layer cake" as "lapis", which is also the "lapis" of "kayu
 *   lapis", plywood): a general word, not the product's name.
 * Worked out once, for the fit's links and the search's translations alike.
 */
let tradePairs: [string, string][] | null = null;

function tradeLinks(): [string, string][] {
  if (tradePairs) return tradePairs;
  const indonesian = new Set(tradeEntries.flatMap((e) => e.id.map(phraseKey)));
  const inPhrases = new Set(tradeEntries.flatMap((e) => e.id.map(phraseKey).filter((k) => k.includes(" ")).flatMap((k) => k.split(" "))));
  const pairs: [string, string][] = [];
  for (const entry of tradeEntries) {
    if (entry.sure === false) continue;
    const en = phraseKey(entry.en);
    if (indonesian.has(en) && !entry.id.some((id) => phraseKey(id) === en)) continue;
    for (const id of entry.id) {
      const key = phraseKey(id);
      if (nests(entry.en, id)) continue;
      if (en.includes(" ") && !key.includes(" ") && inPhrases.has(key)) continue;
      pairs.push([entry.en, id]);
    }
  }
  tradePairs = pairs;
  return pairs;
}

/**
 * What a product is made of, from the trade glossary (kind "material", one word each, its
 * English and its Indonesian: kayu, rotan, baja, kulit, katun…): in a name after the thing
 * itself, a material says what it is made of ("kursi rotan", "cangkul baja"), not what it is.
 * Left out: entries its writer was unsure of ("drill", also the tool); a word the glossary
 * also gives alone for a product, a process, a part or a packaging ("kaleng" is a can,
 * "pasir" the granulated of "gula pasir"); and what a thing is coloured or coated with (dye,
 * paint, ink, varnish, wax: "pensil warna", "kuas cat" name the tool by its use). A material
 * written in two or three words ("tanah liat", "kayu jati") is one too, as its phrase key. Made
 * on first use.
 */
let materials: Set<string> | null = null;
const COATINGS = /\b(dye|paint|ink|varnish|wax)\b/;

export function isMaterial(key: string): boolean {
  if (!materials) {
    const oneWordTerms = (names: readonly string[]) => names.filter((n) => !n.includes(" ")).map(fitTerm);
    const others = tradeEntries.filter((e) => e.kind !== "material" && e.kind !== "plural");
    const elsewhere = new Set(others.flatMap((e) => oneWordTerms(e.id)));
    const entries = tradeEntries.filter((e) => e.kind === "material" && e.sure !== false && !COATINGS.test(e.en));
    materials = new Set(entries.flatMap((e) => oneWordTerms([e.en, ...e.id])).filter((t) => !elsewhere.has(t)));
    // Named in two or three words ("tanah liat", "kayu jati", "besi cor"): one material.
    const givenElsewhere = new Set(others.flatMap((e) => e.id.map(phraseKey)));
    const longer = entries.flatMap((e) => [e.en, ...e.id].map(phraseKey)).filter((k) => k.includes(" ") && k.split(" ").length <= 3 && !givenElsewhere.has(k));
    for (const k of longer) materials.add(k);
  }
  return materials.has(key);
}

/**
 * The kinds lexicon's broader terms whose kinds are mostly materials (woods, cloths, leathers,
 * metals, yarns): their kinds name what a product is made of ("kemeja batik katun" is no
 * "kain"), so they are not read as kinds. Fewer than the materials above: the kinds of
 * "keramik" or "semen" are products (guci, mortar).
 */
const MATERIAL_KINDS = new Set(["kayu", "wood", "kain", "fabric", "kulit", "leather", "logam", "metal", "besi", "benang"]);

/** A category of lexicon/procurement-names.json: each product as a tender names it, and the names IKM list it under. */
interface ProcurementCategory {
  category: string;
  /** `kinds`: names among `names` that each name a narrower kind, grouped by kind with that kind's other names. */
  products: { asked: string; names: string[]; kinds?: string[][]; not: string[]; unsure: string[] }[];
}

let built: Links | null = null;

/** Built on first use (about 22,000 phrases), not at import, so pages that never match pay nothing. */
function links(): Links {
  if (built) return built;
  const out: Links = new Map();
  for (const group of SYNONYMS) for (const a of group) for (const b of group) link(out, a, b, SOURCE_WEIGHT.vocabulary);
  // A need for the broader term is met by every narrower one; a need for a narrower term by a
  // product named only by the broader one in part (it may be the sibling).
  for (const [broader, ...narrower] of BROADER_TERMS)
    for (const n of narrower) {
      oneWay(out, broader, n, SOURCE_WEIGHT.vocabulary);
      oneWay(out, n, broader, SOURCE_WEIGHT.broader);
    }
  for (const [english, translations] of Object.entries(dictionary)) for (const t of translations) link(out, english, t, SOURCE_WEIGHT.dictionary);
  // The IKM lexicon's groups it is sure of; its "uncertain" ones are kept for review, not read.
  for (const { words: group } of ikmVocabulary.groups) for (const a of group) for (const b of group) link(out, a, b, SOURCE_WEIGHT.lexicon);
  for (const [en, id] of tradeLinks()) link(out, en, id, SOURCE_WEIGHT.trade);
  // A need for a broader kind is met by a product named by a narrower one ("sepatu" by
  // "pantofel"); not the other way: a product named "sepatu" may be any shoe. Kinds of a
  // material are left out: in a product's name a material says what it is made of ("kemeja
  // katun" is no "kain"), not what it is.
  for (const { broader, narrower, unsure } of kindsLexicon.groups as { broader: string; narrower: string[]; unsure?: string[] }[]) {
    if (MATERIAL_KINDS.has(broader)) continue;
    for (const n of narrower) if (!unsure?.includes(n) && !nests(broader, n)) oneWay(out, broader, n, SOURCE_WEIGHT.kinds);
  }
  // The names a product is listed under (procurement-names.json), each for each other; not a
  // name and a narrower one holding its words ("sepatu pdh" and "sepatu pdh pria"), which
  // the words themselves meet, nor two woods listed under one product (sawn timber's species).
  // A name of one of the product's kinds ("jaw coupling" of "kopling as") meets only its own
  // kind's other names ("spur gear", "roda gigi lurus"), and the product's general names in
  // part; never another kind's ("kopling rantai", a chain coupling).
  for (const { names, kindOf } of namedProducts())
    for (const a of names)
      for (const b of names) {
        if (a === b || keysNest(a, b) || twoWoods(a, b)) continue;
        const [kindA, kindB] = [kindOf.get(a), kindOf.get(b)];
        if (kindA === undefined || kindA === kindB) oneWayByKey(out, a, b, SOURCE_WEIGHT.names);
        else if (kindB === undefined) oneWayByKey(out, a, b, SOURCE_WEIGHT.generalName);
      }
  built = out;
  return out;
}

/** The kinds lexicon's sure links as phrase keys, both ways; made on first use. */
let kinds: { narrower: Map<string, Set<string>>; broader: Map<string, Set<string>> } | null = null;

function kindLinks(): NonNullable<typeof kinds> {
  if (kinds) return kinds;
  const made = { narrower: new Map<string, Set<string>>(), broader: new Map<string, Set<string>>() };
  const add = (map: Map<string, Set<string>>, key: string, value: string) => map.set(key, (map.get(key) ?? new Set()).add(value));
  for (const group of kindsLexicon.groups as { broader: string; narrower: string[]; unsure?: string[] }[]) {
    const key = phraseKey(group.broader);
    for (const n of group.narrower)
      if (!group.unsure?.includes(n)) {
        add(made.narrower, key, phraseKey(n));
        add(made.broader, phraseKey(n), key);
      }
  }
  return (kinds = made);
}

/**
 * Whether the kinds lexicon gives one phrase key as a kind of another, its words holding the
 * broader's or not ("meja makan" and "coffee table" of "meja").
 */
export function isKindOf(narrower: string, broader: string): boolean {
  return kindLinks().narrower.get(broader)?.has(narrower) === true;
}

let thingWords: Set<string> | null = null;

/**
 * Whether a term begins a name of the names lexicon or a term of the kinds lexicon: a word
 * that names a kind of product ("sarung", "semir", "taplak"), not a place or a brand ("Lampung
 * banana chips"). Made on first use.
 */
export function beginsAThing(term: string): boolean {
  if (!thingWords) {
    const first = (key: string) => key.split(" ")[0]!;
    const { narrower, broader } = kindLinks();
    thingWords = new Set([...namedProducts().flatMap(({ names }) => names.map(first)), ...[...narrower.keys(), ...broader.keys()].map(first)]);
  }
  return thingWords.has(term);
}

/** The kinds lexicon's broader terms whose kinds are tree species. */
const WOODS = new Set(["kayu", "wood"]);

/**
 * Whether two phrase keys name two woods: the kinds lexicon gives both as kinds of wood,
 * neither of the other ("kayu kamper" and "kayu meranti"). The names lexicon lists sawn timber
 * by its species, so a meranti door frame fitted a need for camphor wood in full (set C),
 * though the species is part of what a buyer specifies. Only woods: the kinds
 * lexicon also lists one thing's other names as kinds side by side ("celana pdl" and "celana
 * kargo", "seragam satpam" and "seragam security", "kulit jadi" and "kulit tersamak"), which
 * stay each other's names; cutting every such pair beginning alike cut 1,148 links (README).
 */
function twoWoods(a: string, b: string): boolean {
  const { broader } = kindLinks();
  const [ofA, ofB] = [broader.get(a), broader.get(b)];
  return ofA !== undefined && ofB !== undefined && [...ofA].some((k) => WOODS.has(k) && ofB.has(k)) && !ofA.has(b) && !ofB.has(a);
}

let dictionaryPairs: Set<string> | null = null;

/**
 * Whether two terms are, in this order, a two-word translation FreeDict gives an English word
 * ("ikat pinggang", belt; "tas tangan", handbag): a thing of its own, whatever its first word
 * alone may name.
 */
export function isDictionaryPair(first: string, second: string): boolean {
  if (!dictionaryPairs) {
    dictionaryPairs = new Set();
    for (const translations of Object.values(dictionary)) for (const t of translations) if (t.split(" ").length === 2) dictionaryPairs.add(phraseKey(t));
  }
  return dictionaryPairs.has(`${first} ${second}`);
}

let englishNouns: Set<string> | null = null;
let otherIndonesian: Set<string> | null = null;

/** The one-word English nouns of the trade glossary, but its plurals ("gear", "pot", "sheet"). */
function tradeNouns(): Set<string> {
  return (englishNouns ??= new Set(tradeEntries.filter((e) => e.kind !== "plural" && e.sure !== false && !e.en.includes(" ")).map((e) => e.en)));
}

/**
 * Whether the trade glossary writes a word as the Indonesian name of another thing than the
 * English word: "cap" (a hat) is the stamp of batik cap, "tong" (tongs) a barrel; "pot" and
 * "gear" name themselves in both. As tradeLinks leaves such an English key out.
 */
function indonesianForAnother(word: string): boolean {
  if (!otherIndonesian) {
    const selfNamed = new Set(tradeEntries.filter((e) => e.id.includes(e.en)).map((e) => e.en));
    otherIndonesian = new Set(tradeEntries.flatMap((e) => e.id.map((id) => id.toLowerCase())).filter((id) => !selfNamed.has(id)));
  }
  return otherIndonesian.has(word);
}

let nameWordSet: Set<string> | null = null;

/** The words of the procurement names lexicon's names: English ones among them FreeDict lacks ("sheller", "pad", "hanger"). */
function nameWords(): Set<string> {
  return (nameWordSet ??= new Set((procurementNames.categories as ProcurementCategory[]).flatMap(({ products }) => products.flatMap((p) => p.names.flatMap((n) => n.toLowerCase().split(/[^a-z]+/))))));
}

const byRules = new Map<string, string>();

/** A word as English's own rules make it singular (pluralize: "leaves" → "leaf"), whether or not it is a plural or a word; kept once worked out, the rules being slow to run on every word the fit reads. */
export function englishSingular(word: string): string {
  let found = byRules.get(word);
  if (found === undefined) {
    found = pluralize.singular(word);
    if (byRules.size > 100_000) byRules.clear();
    byRules.set(word, found);
  }
  return found;
}

/** The singulars a word may be the plural of, likeliest first: English's own rules, then plain suffixes ("chilies" → "chili"). */
function singularsOf(word: string): string[] {
  const bySuffix = ([["ies", "y"], ["es", ""], ["s", ""]] as const).flatMap(([suffix, replacement]) => (word.endsWith(suffix) && !word.endsWith("ss") ? [word.slice(0, -suffix.length) + replacement] : []));
  return [englishSingular(word), ...bySuffix].filter((base) => base !== word);
}

const singulars = new Map<string, string>();

/**
 * An English plural to its singular ("chips" → "chip", "chilies" → "chili", "leaves" →
 * "leaf"), when the singular is a word of FreeDict; or, the plural being no Indonesian root
 * word ("kertas", "beras", "atas" stay whole), an English noun of the trade glossary ("gears",
 * "pots") or a word of the procurement names lexicon ("shellers", "bars"), unless the glossary
 * writes the singular in Indonesian for another thing ("caps" and "tongs" stay plurals). The
 * pluralize package knows English's irregular plurals: a hand-kept suffix rule had made
 * "leaves" "leave" (the dictionary's "cuti", time off). Kept once worked out: the fit asks it
 * of every word it reads.
 */
export function singular(word: string): string {
  if (dictionary[word] || word.length < 4) return word;
  let found = singulars.get(word);
  if (found === undefined) {
    const candidates = singularsOf(word);
    const english = (base: string) => !isRoot(word) && !indonesianForAnother(base) && (tradeNouns().has(base) || nameWords().has(base));
    found = candidates.find((base) => dictionary[base] !== undefined) ?? candidates.find(english) ?? word;
    if (singulars.size > 100_000) singulars.clear();
    singulars.set(word, found);
  }
  return found;
}

/** A word's term as the fit reads it: an English plural made singular, then as search indexes it (which keeps each word's term). */
export function fitTerm(word: string): string {
  return term(singular(word));
}

/** The phrases (keys: terms joined by a space) a phrase key can stand for, with how much each counts. */
export function equivalentsOf(key: string): ReadonlyMap<string, number> {
  return links().get(key) ?? new Map();
}

/** One run of a need's consecutive terms (up to LONGEST_PHRASE) that stands for something else. */
export interface PhraseEquivalents {
  start: number;
  length: number;
  equivalents: ReadonlyMap<string, number>;
}

/** Each run of consecutive terms up to LONGEST_PHRASE long, as a key with where it stands. */
export function runsOf(terms: readonly string[]): { start: number; length: number; key: string }[] {
  const runs: { start: number; length: number; key: string }[] = [];
  for (let length = 1; length <= LONGEST_PHRASE; length++)
    for (let start = 0; start + length <= terms.length; start++) runs.push({ start, length, key: terms.slice(start, start + length).join(" ") });
  return runs;
}

/** The runs of these terms that have equivalents, each with them: what the fit and the catalogue query look for. */
export function phraseEquivalents(terms: readonly string[]): PhraseEquivalents[] {
  return runsOf(terms).flatMap(({ start, length, key }) => {
    const equivalents = length > 2 ? withSwaps(key, equivalentsOf(key)) : equivalentsOf(key);
    return equivalents.size > 0 ? [{ start, length, equivalents }] : [];
  });
}

/**
 * A phrase's equivalents with their one-word swaps combined: when the lexicons give "mesin
 * rajang rumput" and "mesin cacah hijau" for "mesin cacah rumput", each names one word of the
 * phrase otherwise in its place ("rajang" for "cacah", "hijau" for "rumput"), so "mesin rajang
 * hijau" is the phrase too, at both swaps' weights multiplied (two guesses, each of one word).
 * Only for phrases of three words or more: each swap holds beside the phrase's other words, and
 * two swaps in a two-word phrase leave none of them ("topi kerja" and "helm lapangan" would make
 * "topi lapangan" a "helm proyek").
 */
function withSwaps(key: string, equivalents: ReadonlyMap<string, number>): ReadonlyMap<string, number> {
  const words = key.split(" ");
  const swaps = new Map<number, Map<string, number>>();
  for (const [other, weight] of equivalents) {
    const theirs = other.split(" ");
    if (theirs.length !== words.length) continue;
    const differ = words.flatMap((w, i) => (w === theirs[i] ? [] : [i]));
    if (differ.length !== 1) continue;
    const at = differ[0]!;
    const known = swaps.get(at) ?? new Map<string, number>();
    known.set(theirs[at]!, Math.max(known.get(theirs[at]!) ?? 0, weight));
    swaps.set(at, known);
  }
  if (swaps.size < 2) return equivalents;
  const combined = new Map(equivalents);
  const places = [...swaps.keys()];
  for (let a = 0; a < places.length; a++)
    for (let b = a + 1; b < places.length; b++)
      for (const [x, wx] of swaps.get(places[a]!)!)
        for (const [y, wy] of swaps.get(places[b]!)!) {
          const swapped = [...words];
          swapped[places[a]!] = x;
          swapped[places[b]!] = y;
          const joined = swapped.join(" ");
          if (!combined.has(joined)) combined.set(joined, wx * wy);
        }
  return combined;
}

/**
 * A query in the other language: each word the trade glossary or the dictionary knows replaced
 * by its first translation ("banana chips" → "pisang keripik", "wooden pallets" → "kayu palet",
 * and back), the rest kept. Null when nothing changes. For a search that found nothing as
 * typed: the catalogue is mostly Indonesian and its readers are not.
 */
export function translatedQuery(q: string): string | null {
  let changed = false;
  const out = words(q).map((w) => {
    if (stop.has(w)) return w;
    const translations = tradeWords().get(w) ?? dictionary[singular(w)] ?? reverseDictionary().get(w);
    if (!translations?.length) return w;
    changed = true;
    return translations[0]!;
  });
  return changed ? out.join(" ") : null;
}

let trade: Map<string, string[]> | null = null;

/** The trade glossary's one-word English terms (plurals too) with their Indonesian names, as tradeLinks keeps them; a word that is also Indonesian is left as typed. */
function tradeWords(): Map<string, string[]> {
  if (trade) return trade;
  trade = new Map();
  const indonesian = new Set(tradeEntries.flatMap((e) => e.id));
  for (const [en, id] of tradeLinks()) {
    if (en.includes(" ") || en.includes("-") || indonesian.has(en)) continue;
    const known = trade.get(en);
    if (known) known.push(id);
    else trade.set(en, [id]);
  }
  return trade;
}

let reverse: Map<string, string[]> | null = null;

/** Indonesian one-word translations back to their English headwords. */
function reverseDictionary(): Map<string, string[]> {
  if (reverse) return reverse;
  reverse = new Map();
  for (const [english, translations] of Object.entries(dictionary))
    for (const t of translations) {
      if (t.includes(" ")) continue;
      const known = reverse.get(t);
      if (known) known.push(english);
      else reverse.set(t, [english]);
    }
  return reverse;
}

/** A product as tenders name it: its names and its near neighbours that are not it, as phrase keys. */
export interface NamedProduct {
  names: string[];
  not: string[];
  /** The names that name one kind of the product, each with its kind's number. */
  kindOf: ReadonlyMap<string, number>;
}

/** A lexicon product as read, before its ambiguous one-word names are left out. */
interface ReadProduct extends NamedProduct {
  /** Every name its writers were sure of, broader or not: a word another product also gives names two things. */
  given: string[];
  /** Each one-word name's key with the word as written, to tell a stem from the word itself. */
  written: Map<string, string>;
  /** The tender's own name as a key ("wearpack"), when it is whole. */
  tender: string | null;
}

/**
 * A lexicon product's names and neighbours as keys, leaving out names its writers were unsure
 * of; a name whose key loses a word (a stop word: "pakaian dalam" would be "pakaian"; a
 * number: "masker n95"), since it would name something broader; and a name holding only some
 * of the tender's words, as written or one slip away ("kaos" for "kaos oblong", "cangkir" for
 * "cangkir keramik dengan tatakan", "pallet" for "palet kayu"): the broader thing, not this
 * product; unless it is the tender's last word alone ("majun" of "lap majun").
 */
function readProduct({ asked, names, kinds = [], not, unsure }: ProcurementCategory["products"][number]): ReadProduct {
  const whole = (name: string) => {
    const key = phraseKey(name);
    return key !== "" && key.split(" ").length === words(name).length && !/\d/.test(name) ? key : null;
  };
  const tender = phraseKey(asked).split(" ");
  // Spelled another way too: "pallet" for "palet kayu". Not a one-word name that is the
  // tender's last word, its class word dropped ("majun" of "lap majun", "teraso" of "ubin
  // teraso", "chino" of "celana chino"): in Indonesian the class comes first and what says
  // which after it, and an IKM names the thing by the latter. Longer tails stay broader: "kopi
  // sangrai" of "biji kopi sangrai" is ground coffee too, "batik pria" of "kemeja batik pria"
  // the cloth. One that is a word of other things too ("pdh" of "seragam PDH" and "sepatu
  // PDH") is culled as ambiguous (ambiguousNames).
  const endsTheTender = (key: string) => !key.includes(" ") && tender.length > 1 && tender[tender.length - 1] === key;
  const broader = (key: string) => holdsMore(tender, key.split(" "), (t, w) => t === w || oneSlipApart(t, w)) && !endsTheTender(key);
  const sure = [asked, ...names.filter((n) => !unsure.includes(n))].map(whole).filter((k): k is string => k !== null);
  const own = sure.filter((k) => !broader(k));
  return {
    names: [...new Set(own)],
    // Keyed as the names are: a kind's name that would lose a word is no name, so never a kind
    // standing for a shorter key ("celana dalam" for "celana").
    kindOf: new Map(kinds.flatMap((kind, i) => kind.map(whole).filter((k): k is string => k !== null).map((key) => [key, i] as const))),
    given: [...new Set(sure)],
    not: [...new Set(not.map(whole).filter((k): k is string => k !== null))],
    written: new Map(names.filter((n) => !n.includes(" ")).map((n) => [phraseKey(n), n.toLowerCase()] as const)),
    tender: whole(asked),
  };
}

/**
 * The one-word names that name several things, so none: one another product also gives as one
 * word ("cap" a hat and a batik stamp, "kopel" a belt and a coupling), or that is a word of
 * another product's longer names when only its stem made it so ("ketaman", a harvesting
 * knife, read as "taman") or when it is English ("jam", selai, is the "jam" of "jam
 * dinding", a clock). One set a product, in the products' order. Not a product's own tender
 * name: culled, a need for "wearpack" had no other name at all (a "Katelpak" fitted nothing).
 */
function ambiguousNames(products: readonly ReadProduct[]): Set<string>[] {
  const alone = new Map<string, Set<number>>();
  const inside = new Map<string, Set<number>>();
  const note = (map: Map<string, Set<number>>, key: string, i: number) => map.set(key, (map.get(key) ?? new Set()).add(i));
  products.forEach(({ given }, i) => {
    for (const name of given) if (name.includes(" ")) for (const word of name.split(" ")) note(inside, word, i);
    else note(alone, name, i);
  });
  // Two entries sharing a name of two words or more are one thing listed twice ("handuk" and
  // "handuk mandi", both "bath towel"): a one-word name they both give names it, not two things.
  const longNames = products.map(({ names }) => new Set(names.filter((n) => n.includes(" "))));
  const oneThing = (i: number, j: number) => [...longNames[i]!].some((n) => longNames[j]!.has(n));
  const byOthers = (map: Map<string, Set<number>>, key: string, i: number) => [...(map.get(key) ?? [])].some((j) => j !== i && !oneThing(i, j));
  const tenders = new Map<string, Set<number>>();
  products.forEach(({ tender }, i) => tender !== null && note(tenders, tender, i));
  return products.map(({ names, written, tender }, i) =>
    new Set(
      names.filter((key) => {
        if (key.includes(" ")) return false;
        // A product's own one-word tender name ("wearpack", "madu", "sofa") names it, whatever
        // other products also list it under (a "seragam kerja" may be a wearpack), unless
        // another product is tendered by it too (and is not the same thing listed twice).
        if (key === tender && !byOthers(tenders, key, i)) return false;
        const word = written.get(key) ?? key;
        return byOthers(alone, key, i) || ((key !== word || dictionary[word] !== undefined) && byOthers(inside, key, i));
      }),
    ),
  );
}

let named: NamedProduct[] | null = null;

/** The products of the procurement names lexicon as the matcher reads them (readProduct, ambiguousNames). Made on first use. */
function namedProducts(): NamedProduct[] {
  if (named) return named;
  const read = (procurementNames.categories as ProcurementCategory[]).flatMap(({ products }) => products.map(readProduct));
  const ambiguous = ambiguousNames(read);
  named = read.map(({ names, not, kindOf }, i) => ({ names: names.filter((key) => !ambiguous[i]!.has(key)), not, kindOf }));
  return named;
}

let byName: Map<string, NamedProduct[]> | null = null;

/**
 * The products of the procurement names lexicon that a phrase key names, with their near
 * neighbours ("sepatu pdh": not sepatu safety, sepatu boot). Made on first use.
 */
export function productsNamed(key: string): readonly NamedProduct[] {
  if (!byName) {
    byName = new Map();
    for (const product of namedProducts()) for (const name of product.names) byName.set(name, [...(byName.get(name) ?? []), product]);
  }
  return byName.get(key) ?? [];
}

let lexiconWords: Map<string, number> | null = null;

/**
 * The words the lexicons name products, materials and their English by, as written, with how
 * many of their phrases hold each: what a buyer's mistyped word may be corrected to
 * (need-slips.ts). FreeDict's English headwords with their plurals ("hangers" of "hanger"), not
 * its Indonesian translations: general and noisy (a review found a mistyped "sekam" made a
 * vulgar word of them). Made on first use.
 */
export function lexiconWordUses(): ReadonlyMap<string, number> {
  if (lexiconWords) return lexiconWords;
  const uses = new Map<string, number>();
  const add = (phrase: string) => {
    for (const w of words(phrase)) if (!stop.has(w) && !/\d/.test(w)) uses.set(w, (uses.get(w) ?? 0) + 1);
  };
  // An English word's plural as the pluralize package spells it (as englishSingular reads plurals back).
  const addEnglish = (w: string) => {
    add(w);
    if (/^[a-z]+$/.test(w) && !w.endsWith("s")) add(pluralize.plural(w));
  };
  for (const group of SYNONYMS) group.forEach(add);
  for (const [broader, ...narrower] of BROADER_TERMS) [broader, ...narrower].forEach(add);
  Object.keys(dictionary).forEach(addEnglish);
  for (const { words: group } of ikmVocabulary.groups) group.forEach(add);
  for (const entry of tradeEntries) {
    words(entry.en).forEach(addEnglish);
    entry.id.forEach(add);
  }
  for (const group of kindsLexicon.groups as { broader: string; narrower: string[] }[]) [group.broader, ...group.narrower].forEach(add);
  for (const { products } of procurementNames.categories as ProcurementCategory[]) for (const p of products) [p.asked, ...p.names].forEach(add);
  return (lexiconWords = uses);
}

let translationWords: Set<string> | null = null;

/** Whether FreeDict gives the word in an Indonesian translation: a word of its own, though no product word to correct to. */
export function isTranslationWord(word: string): boolean {
  translationWords ??= new Set(Object.values(dictionary).flatMap((translations) => translations.flatMap((t) => words(t))));
  return translationWords.has(word);
}

let pairs: Set<string> | null = null;

/** Whether two terms stand side by side, in this order, in a phrase the lexicons link ("tenaga surya" of "lampu jalan tenaga surya"). Made on first use. */
export function isLexiconPair(first: string, second: string): boolean {
  if (!pairs) {
    const found = new Set<string>();
    const addPairs = (key: string) => {
      const terms = key.split(" ");
      for (let i = 0; i + 1 < terms.length; i++) found.add(`${terms[i]} ${terms[i + 1]}`);
    };
    for (const [key, out] of links()) {
      addPairs(key);
      for (const other of out.keys()) addPairs(other);
    }
    pairs = found;
  }
  return pairs.has(`${first} ${second}`);
}
