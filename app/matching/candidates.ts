// How the matcher finds candidates for a need in the search engine, and reads their facts
// straight from the indexed documents, so a need is ranked without a database round trip
// per candidate (the database then confirms the few that are shown: suggestions.server.ts).
//
// The engine decides who is looked at, the fit (fit.ts) how well each fits:
//   - the need's own category: its products naming the need's words, then those describing
//     them, then the rest of it listed, since a buyer's words and a producer's often differ;
//   - its neighbours (vocabulary.ts) through the need's title, in their products' names;
//   - the whole catalogue by product name, through the need's product words and their
//     equivalents: a product filed under another category ("kemeja batik" under apparel for
//     a need under batik cloth, safety shoes under footwear for a need under PPE) is seen;
//   - the whole catalogue by the kinds of product buyers took for the need's thing
//     (lessons.ts), which may share no word with it.
// Products outside the need's category are kept only when they fit: a word in common
// elsewhere ("rapat" in "meja rapat" and "kue rapat") is not a fit of half the need's words.
import type { SearchDocument, SearchEngine } from "../../search/engine.ts";
import { matches, type Filter } from "../../search/filters.ts";
import { fitTerm, phraseEquivalents, SOURCE_WEIGHT } from "./equivalents.ts";
import { againstBest, fitter, madeForOf, needWords, takenByBuyers, type ProductText, type Taught } from "./fit.ts";
import { fitOf, type CandidateFacts, type CertificateFact } from "./score.ts";
import { neighboursOf } from "../../search/vocabulary.ts";

/** How many candidates of the need's category are scored; enough for the tail, bounded for speed. */
export const IN_CATEGORY = 300;
/** Products holding a need's required certificates among those named, below which its category's holders are searched for (a page of matches and a few spare). */
export const ENOUGH_HOLDING = 30;
/** How many candidates of each neighbouring category are looked at. */
export const IN_NEIGHBOUR = 50;

/** The fields of an indexed product the matcher reads (search-documents.server.ts writes them). */
export interface MatchDocument extends SearchDocument, Pick<CandidateFacts, "name" | "unit" | "monthlyCapacity" | "leadTimeDays" | "priceMin" | "tkdnPercent" | "provinceCode" | "regencyCode"> {
  category: string;
  producerId: string;
  /** Every certificate covering the product that is not rejected, expired ones too (near misses). */
  certificateFacts: readonly string[];
  /** The types of those valid today, pending or verified (what a search can filter on). */
  certifications: readonly string[];
  completedMatches: number;
}

export interface Candidate<D extends MatchDocument = MatchDocument> {
  document: D;
  relevance: number;
  /** Buyers taught that its kind is the thing asked for (lessons.ts): its breakdown says so. */
  taught?: boolean;
  /** Named as a thing made for the one asked (made-for.ts): its breakdown says so when it does not fit (score.ts). */
  madeFor?: boolean;
}

/**
 * The fields a need's words are matched on in its own category. Not the category's name (the
 * same for every product of a category, so it only slowed the search down) nor the business's name.
 */
const MATCHED_FIELDS = ["name", "sentraName", "description"];
/**
 * Elsewhere (neighbouring categories, the whole catalogue) a product is kept only when it fits,
 * which its name decides nearly always (a description's words count 0.7), so only names are
 * searched: a product whose name holds none of the need's words is not looked for there. The
 * descriptions' many words made a need with five neighbours ("seragam batik karyawan…") spend
 * 29 ms of its 37 ms of searching there at 100,000 products, against 13 ms by name; NDCG@10 on
 * the independent sets the same (B, D) or better (C 0.929 -> 0.930).
 */
const NAME_ONLY = ["name"];

/**
 * A certificate as a document carries it: "type:status:date" (empty date: no expiry), then
 * "@start" when it is in force only from a date, then ";tkdn%" for a TKDN certificate's
 * certified value. Documents indexed before the start date was carried decode without one.
 */
export function encodeCertificate(c: CertificateFact): string {
  const from = c.validFrom ? `@${c.validFrom.toISOString()}` : "";
  return `${c.type}:${c.status}:${c.validUntil ? c.validUntil.toISOString() : ""}${from}${c.tkdnPercent !== undefined ? `;${c.tkdnPercent}` : ""}`;
}

export function decodeCertificate(encoded: string): CertificateFact {
  const [dated, tkdn] = encoded.split(";");
  const [fact, from] = dated!.split("@");
  // The date holds colons too: split at the first two only.
  const first = fact!.indexOf(":");
  const second = fact!.indexOf(":", first + 1);
  const [type, status, until] = [fact!.slice(0, first), fact!.slice(first + 1, second), fact!.slice(second + 1)];
  return { type, status: status === "verified" ? "verified" : "pending", validUntil: until ? new Date(until) : null, ...(from ? { validFrom: new Date(from) } : {}), ...(tkdn ? { tkdnPercent: Number(tkdn) } : {}) };
}

/** The facts the matcher scores, read from an indexed document. */
export function factsOf(candidate: Candidate): CandidateFacts {
  const d = candidate.document;
  return {
    relevance: candidate.relevance,
    name: d.name,
    unit: d.unit,
    monthlyCapacity: d.monthlyCapacity,
    leadTimeDays: d.leadTimeDays,
    priceMin: d.priceMin,
    tkdnPercent: d.tkdnPercent,
    provinceCode: d.provinceCode,
    regencyCode: d.regencyCode,
    certificates: d.certificateFacts.map(decodeCertificate),
    completed: d.completedMatches,
    ...(candidate.taught ? { taught: true } : {}),
    ...(candidate.madeFor ? { madeFor: true } : {}),
  };
}

/** Kinds of product buyers took for the need's thing that are searched for across the catalogue (each IN_NEIGHBOUR deep). */
export const TAUGHT_SEARCHES = 3;
/**
 * Equivalents of the need's words worth asking the engine for across every category: close
 * ones, and a kind's general names ("jas hujan" for "ponco"), which were its names at
 * 0.9 before the names lexicon told kinds apart, so the same products are looked at.
 */
const askedAcross = (weight: number) => weight >= SOURCE_WEIGHT.dictionary || weight === SOURCE_WEIGHT.generalName;
/** How many products of the whole catalogue are looked at besides the need's categories. */
export const IN_CATALOGUE = 200;
/** Products that fit in the need's own and neighbouring categories beyond which the whole catalogue is not searched. */
export const ENOUGH_FITTING = 80;

/** The need's product words and their close equivalents: the whole-catalogue query. */
export function catalogueQuery(wanted: readonly string[]): string {
  const terms = new Set(wanted);
  for (const { equivalents } of phraseEquivalents(wanted.map(fitTerm)))
    for (const [phrase, weight] of equivalents) if (askedAcross(weight)) for (const t of phrase.split(" ")) terms.add(t);
  return [...terms].join(" ");
}

/**
 * Candidates for a need with their fit (fit.ts: 1 = every product word of the need in the
 * product's name). The engine decides who is looked at; the fit, read from each document
 * alike, decides how well each fits. Throws when the engine is down.
 */
export async function findCandidates<D extends MatchDocument>(
  engine: SearchEngine,
  need: { title: string; category: string; taught?: Taught | undefined; required?: readonly string[] | undefined },
): Promise<Candidate<D>[]> {
  const search = (q: string, hitsPerPage: number, category?: string, fields = NAME_ONLY, also: Filter = {}) =>
    engine.search<D>("products", { q, filter: { ...(category ? { category: { eq: category } } : {}), ...also }, attributesToSearchOn: fields, hitsPerPage, highlight: false });
  const wanted = needWords(need.title, need.taught);
  const seen = new Map<string, { document: D; inCategory: boolean }>();
  const add = (hits: readonly { document: D }[], inCategory: (d: D) => boolean) => {
    for (const { document } of hits) if (!seen.has(document.id)) seen.set(document.id, { document, inCategory: inCategory(document) });
  };
  const fitOfProduct = fitter(wanted);
  const namedMadeFor = madeForOf(wanted);
  const ownFits = new Map<string, number>();
  const judged = () => {
    const looked = [...seen.values()];
    // Each product's own fit once (the second round adds products, it does not change those
    // judged); the documents themselves, so their words are read once however many needs ask.
    const raw = looked.map(({ document }) => {
      let fit = ownFits.get(document.id);
      if (fit === undefined) ownFits.set(document.id, (fit = fitOfProduct(document as D & ProductText)));
      return fit;
    });
    const fits = againstBest(raw);
    const taught = (document: D) => (need.taught && takenByBuyers(need.taught, document as D & ProductText) ? { taught: true } : {});
    const madeFor = (document: D) => (namedMadeFor(document as D & ProductText) ? { madeFor: true } : {});
    return looked.flatMap(({ document, inCategory }, i) =>
      inCategory || fitOf(fits[i]!) === "words" ? [{ document, relevance: fits[i]!, ...taught(document), ...madeFor(document) }] : [],
    );
  };
  // The need's own category: its products naming the need's words, then those describing
  // them, then the rest of it listed (a buyer's words and a producer's often differ); its
  // neighbours through the title. Names first: when a category holds enough of them (a need
  // for "seragam kerja" among 3,700 uniforms), its descriptions are not searched, which was
  // half a slow need's time at 100,000 products.
  const [named, ...neighbours] = await Promise.all([search(need.title, IN_CATEGORY, need.category), ...neighboursOf(need.category).map((c) => search(need.title, IN_NEIGHBOUR, c))]);
  add(named!.hits, () => true);
  // A need requiring certificates: when the products naming its words best hold them too
  // seldom to fill a page, its category's products holding them (valid today, pending or
  // verified; the newest IN_CATEGORY) are looked at too. At 100,000 products 7 of 732
  // wearpacks hold the TKDN certificate a need asked for, and which of them were among the
  // first IN_CATEGORY was chance. Listed rather than searched again: a filter is cheap to
  // check, and the fit reads each one.
  if (need.required?.length) {
    const holding: Filter = { certifications: { all: need.required } };
    if (named!.hits.filter((h) => matches(h.document, holding)).length < ENOUGH_HOLDING) add((await search("", IN_CATEGORY, need.category, NAME_ONLY, holding)).hits, () => true);
  }
  if (named!.hits.length < IN_CATEGORY) {
    const described = await search(need.title, IN_CATEGORY, need.category, MATCHED_FIELDS);
    add(described.hits, () => true);
    if (described.hits.length < IN_CATEGORY) add((await search("", IN_CATEGORY, need.category, MATCHED_FIELDS)).hits, () => true);
  }
  add(neighbours.flatMap((n) => n.hits), (d) => d.category === need.category);
  // The kinds buyers took, the most taken first (lessons.ts), wherever they are filed.
  const taken = (need.taught ?? []).filter((t) => t.taken).slice(0, TAUGHT_SEARCHES);
  add((await Promise.all(taken.map((t) => search(t.phrase, IN_NEIGHBOUR)))).flatMap((t) => t.hits), (d) => d.category === need.category);
  const first = judged();
  // The whole catalogue, for products filed elsewhere, when the need's categories do not
  // already hold enough that fit: at 100,000 products it was half a need's time, and a
  // product filed elsewhere then competes with many that fit where the buyer looked.
  if (first.filter((c) => fitOf(c.relevance) === "words").length >= ENOUGH_FITTING) return first;
  add((await search(catalogueQuery(wanted.product.slice(0, wanted.describedFrom)), IN_CATALOGUE)).hits, (d) => d.category === need.category);
  return judged();
}
