// Products named as a thing made for another: "Cetakan gula aren" is a mould for palm sugar,
// "Rak handuk" a towel rack, "Bumbu balado" a seasoning, "Mesin perajang singkong" a machine,
// "Gantungan kunci cangkul" a keychain. The other thing's words are all in the name, yet the
// product is not it. Indonesian names such a product by its own head first and what it is for
// after; English by what it is for first and its head last ("Cake mould", "Towel rack").
import { fitTerm } from "./equivalents.ts";

/** Heads naming what a product is made for after them (Indonesian word order, and English "miniature", "replica", "toy"). */
const MADE_FOR_FIRST = [
  "cetakan", "rak", "tempat", "wadah", "gantungan", "dudukan", "penyangga", "tatakan", "tutup",
  "kemasan", "mesin", "alat", "suku", "sparepart", "onderdil", "bibit", "benih", "miniatur",
  "replika", "mainan", "hiasan", "pajangan", "bumbu", "botol", "toples", "kaleng", "karung",
  // Parts of the thing: "Gagang cangkul" is a hoe's handle, "Tali jam" a watch strap.
  "gagang", "pegangan", "tali",
  "miniature", "replica", "toy",
];
/** English heads naming what a product is made for before them. */
const MADE_FOR_LAST = ["mould", "mold", "rack", "holder", "hanger", "machine", "keychain", "seasoning", "seedling", "packaging", "handle", "strap"];

const FIRST = new Set(MADE_FOR_FIRST.map(fitTerm));
const LAST = new Set(MADE_FOR_LAST.map(fitTerm));
/** An English head, in the plural too ("holders"). */
const isLast = (t: string) => LAST.has(t) || (t.endsWith("s") && LAST.has(t.slice(0, -1)));

/** What of a need the rule reads: its words' terms, which of them name the thing (weight 1), and the equivalents of its runs. */
export interface NeedTerms {
  terms: readonly string[];
  weights: readonly number[];
  phrases: readonly { start: number; equivalents: readonly { terms: readonly string[] }[] }[];
}

/**
 * Whether a need asks for a thing made for another itself: an Indonesian head first among the
 * words naming it ("Mesin perajang singkong", "Rak besi siku"), an English one anywhere among
 * them ("Cassava slicer machine", "ID card holders"), or a one-word equivalent of its head
 * that is one. Then a product named as one may be its equivalent, and the rule is not read.
 * An Indonesian head after the thing only says how it comes ("Sambal botol": sambal, bottled),
 * and an equivalent of a word after it what it is like ("Gula aren cetak", moulded: "mould").
 */
export function asksForMadeFor({ terms, weights, phrases }: NeedTerms): boolean {
  const head = weights.indexOf(1);
  if (head >= 0 && FIRST.has(terms[head]!)) return true;
  if (terms.some((t, i) => (weights[i] === 1 || i === terms.length - 1) && isLast(t))) return true;
  return phrases.some(({ start, equivalents }) => start === head && equivalents.some((e) => e.terms.length === 1 && (FIRST.has(e.terms[0]!) || isLast(e.terms[0]!))));
}

/** Whether a product's name (its terms in order) names a thing made for another: a head above, first or (English) last. */
export function namesMadeFor(ordered: readonly string[]): boolean {
  return ordered.length > 1 && (FIRST.has(ordered[0]!) || isLast(ordered[ordered.length - 1]!));
}
