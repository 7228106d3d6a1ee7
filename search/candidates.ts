// How the matcher finds candidates for a need in the search engine, and reads their facts
// straight from the indexed documents, so a need is ranked without a database round trip
// per candidate (the database then confirms the few that are shown: matching.server.ts).
//
// One query on the need's title per category looked in (the engine filters on the category,
// which the embedded engine answers from a per-category part of its index):
//   - the need's own category: the bulk of the candidates; products of the category that share
//     no word follow with a low text score, since a buyer's words and a producer's often differ;
//   - its neighbours (vocabulary.ts): a product listed under a neighbouring category ("kemeja
//     batik" under apparel for a need under batik cloth) when its text comes close to the best
//     of the need's own category. A search across every category was tried first: a word in
//     common ("rapat" in "meja rapat") then passes for a fit, and at 100,000 products it cost
//     most of the matcher's time.
import type { SearchDocument, SearchEngine } from "./engine.ts";
import { NO_WORD_FIT, type CandidateFacts, type CertificateFact } from "./matcher.ts";
import { neighboursOf } from "./vocabulary.ts";

/** How many candidates of the need's category are scored; enough for the tail, bounded for speed. */
export const IN_CATEGORY = 300;
/** How many candidates of each neighbouring category are looked at. */
export const IN_NEIGHBOUR = 50;
/** Text relevance (share of the best hit's score in the need's category) below which neighbours are left out. */
export const MIN_RELEVANCE = 0.2;
/** The text score of a product of the category that shares no word with the need: the matcher's no-word fit. */
export const CATEGORY_ONLY_RELEVANCE = NO_WORD_FIT;

/** The fields of an indexed product the matcher reads (search-documents.server.ts writes them). */
export interface MatchDocument extends SearchDocument {
  category: string;
  producerId: string;
  unit: string;
  monthlyCapacity: number | null;
  leadTimeDays: number | null;
  priceMin: number | null;
  tkdnPercent: number | null;
  provinceCode: string;
  regencyCode: string;
  /** Every certificate covering the product that is not rejected, expired ones too (near misses). */
  certificateFacts: readonly string[];
  completedMatches: number;
}

export interface Candidate<D extends MatchDocument = MatchDocument> {
  document: D;
  relevance: number;
}

/**
 * The fields a need's words are matched on. Not the category's name (the same for every
 * product of a category, so it only slowed the search down) nor the business's name.
 */
const MATCHED_FIELDS = ["name", "sentraName", "description"];

/** A certificate as a document carries it: "type:status:YYYY-MM-DD" (empty date: no expiry). */
export function encodeCertificate(c: CertificateFact): string {
  return `${c.type}:${c.status}:${c.validUntil ? c.validUntil.toISOString() : ""}`;
}

export function decodeCertificate(encoded: string): CertificateFact {
  // The date holds colons too: split at the first two only.
  const first = encoded.indexOf(":");
  const second = encoded.indexOf(":", first + 1);
  const [type, status, until] = [encoded.slice(0, first), encoded.slice(first + 1, second), encoded.slice(second + 1)];
  return { type, status: status === "verified" ? "verified" : "pending", validUntil: until ? new Date(until) : null };
}

/** The facts the matcher scores, read from an indexed document. */
export function factsOf(candidate: Candidate): CandidateFacts {
  const d = candidate.document;
  return {
    relevance: candidate.relevance,
    unit: d.unit,
    monthlyCapacity: d.monthlyCapacity,
    leadTimeDays: d.leadTimeDays,
    priceMin: d.priceMin,
    tkdnPercent: d.tkdnPercent,
    provinceCode: d.provinceCode,
    regencyCode: d.regencyCode,
    certificates: d.certificateFacts.map(decodeCertificate),
    completed: d.completedMatches,
  };
}

/** Candidates for a need with their text relevance (1 = the best hit). Throws when the engine is down. */
export async function findCandidates<D extends MatchDocument>(engine: SearchEngine, need: { title: string; category: string }): Promise<Candidate<D>[]> {
  const inCategory = (category: string, q: string, hitsPerPage: number) =>
    engine.search<D>("products", { q, filter: { category: { eq: category } }, attributesToSearchOn: MATCHED_FIELDS, hitsPerPage, highlight: false });
  // The whole title: its purpose ("… untuk seragam karyawan") often names what else would do.
  // Searching only the words before "untuk" was faster at 100,000 products (p95 62 ms against
  // 90) but lost those substitutes (NDCG@10 0.953 against 0.987 on the relevance set).
  const q = need.title;
  const [own, ...neighbours] = await Promise.all([inCategory(need.category, q, IN_CATEGORY), ...neighboursOf(need.category).map((c) => inCategory(c, q, IN_NEIGHBOUR))]);
  const found = new Map<string, Candidate<D>>();
  const best = own!.hits[0]?.score || Math.max(1, ...neighbours.map((n) => n.hits[0]?.score ?? 0));
  for (const hit of own!.hits) found.set(hit.document.id, { document: hit.document, relevance: hit.score / best });
  for (const hit of neighbours.flatMap((n) => n.hits)) {
    const relevance = Math.min(1, hit.score / best);
    if (relevance >= MIN_RELEVANCE) found.set(hit.document.id, { document: hit.document, relevance });
  }
  if (own!.hits.length < IN_CATEGORY) {
    const listed = await inCategory(need.category, "", IN_CATEGORY);
    for (const hit of listed.hits) if (!found.has(hit.document.id)) found.set(hit.document.id, { document: hit.document, relevance: CATEGORY_ONLY_RELEVANCE });
  }
  return [...found.values()];
}
