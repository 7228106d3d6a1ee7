// Suggestions for a need, in two steps. First the engine: app/matching/candidates.ts finds
// candidate products and reads their facts from the indexed documents, and app/matching/score.ts
// scores every one of them, keeping each producer's best-fitting product. Then the database,
// the judge of hard requirements: the few producers that will be shown are scored again from
// its rows (certificates and their validity, capacity, price, track record), so an index a
// moment behind a change never shows a suggestion the data no longer supports. When the
// engine is down, products of the need's category are scored from the database alone.
import type { Db } from "~/db.server.ts";
import type { Need, NeedCertification } from "~/generated/prisma/client.ts";
import { factsOf, findCandidates, IN_CATEGORY, type Candidate, type MatchDocument } from "./candidates.ts";
import { fitsOf, madeForOf, needWords, takenByBuyers, type Taught } from "./fit.ts";
import { taughtFor } from "./lessons.server.ts";
import { askedMeasures } from "./measures.ts";
import type { SearchEngine } from "../../search/engine.ts";
import { compareRanked, evaluate, tieKey, type CandidateFacts, type Evaluation, type NeedFacts, type PassedOver, type Ranked } from "./score.ts";
import { certificatesCovering, type ProductDocument } from "~/models/indexing/search-documents.server.ts";

export const SHOWN_MATCHES = 20;
export const SHOWN_NEAR_MISSES = 10;
/** Products whose fits differ by less than this fit alike (fit.ts: 0 to 1). */
export const FITTING_ALIKE = 0.1;
/** Producers ranked from the index beyond those shown, in case the database disagrees on some. */
const CONFIRM_SPARE = 10;

export interface Suggestion extends Evaluation {
  productId: string;
  productName: string;
  /** Shown through another product: its closer one fails (standIn). */
  passedOver?: PassedOver;
  producerId: string;
  producerName: string;
  producerSlug: string;
  regencyCode: string;
}

export interface Suggestions {
  matches: Suggestion[];
  /** The near misses of the page asked for (SHOWN_NEAR_MISSES a page), closest first. */
  nearMisses: Suggestion[];
  /** How many pages of near misses the ranking holds (at least 1). */
  nearMissPages: number;
  /** The engine did not answer: candidates come from the need's category only. */
  degraded: boolean;
}

export function needFacts(need: Need & { requiredCertifications: NeedCertification[] }): NeedFacts {
  return {
    quantity: need.quantity,
    unit: need.unit,
    neededBy: need.neededBy,
    requiredCertifications: need.requiredCertifications.map((c) => c.type),
    minTkdnPercent: need.minTkdnPercent,
    budgetPerUnit: need.budgetPerUnit,
    deliveryProvinceCode: need.deliveryProvinceCode,
    deliveryRegencyCode: need.deliveryRegencyCode,
    measures: askedMeasures(need.title),
    category: need.category,
  };
}

export interface Scored<T> extends Evaluation, Ranked {
  producerId: string;
  item: T;
  /** The closer product a stand-in speaks for its producer instead of (standIn). */
  passedOver?: Scored<T>;
}

/**
 * Each producer judged by the product that fits the need (compareRanked: the best fit first;
 * among products that fit alike, one meeting every requirement before one with a gap), best
 * first. A producer whose fitting product fails one fixable requirement is a near miss with
 * that gap, never a match through an unrelated product that passes. One whose fitting product
 * fails beyond a near miss is judged by another of its products that fits the need nearly as
 * well and passes, or has one fixable gap (standIn), or is not shown. Near misses rank the
 * same way: those sharing the need's words first.
 */
export function bestPerProducer<T>(scored: readonly Scored<T>[]): Scored<T>[] {
  const byProducer = new Map<string, Scored<T>[]>();
  for (const s of scored) {
    const products = byProducer.get(s.producerId);
    if (products) products.push(s);
    else byProducer.set(s.producerId, [s]);
  }
  const judged: Scored<T>[] = [];
  for (const products of byProducer.values()) {
    // A product in another size than the title asks (a K-250 paving for K-300) does not fit
    // alike one in the asked size, nor stand in for it.
    const asked = (p: Scored<T>) => p.parts.find((part) => part.factor === "text")?.reason !== "textOtherSize";
    const sized = products.some(asked) ? products.filter(asked) : products;
    const closest = Math.max(...sized.map((p) => p.relevance));
    // The products that fit best (within FITTING_ALIKE of the closest): one of them meeting
    // every requirement speaks for the producer, a partial fit that passes does not.
    const fitting = sized.filter((p) => p.relevance >= closest - FITTING_ALIKE).sort(compareRanked);
    const closer = fitting[0]!;
    const stand = closer.verdict === "no" ? standIn(sized, closest) : undefined;
    judged.push(stand ? { ...stand, passedOver: closer } : closer);
  }
  return judged.filter((s) => s.verdict === "match" || s.verdict === "near").sort(compareRanked);
}

/**
 * How far below a producer's closest product another may fit and still speak for it when the
 * closest fails beyond a near miss (standIn). At 0.2 set F's synthetic leather seminar bag
 * (0.70 beside 0.97, below) no longer does; at 0.3 a "Kusen jendela aluminium" (0.63) still
 * does not for a camphor door frame.
 */
export const STAND_IN_BELOW = 0.3;

/**
 * A producer's product, in the asked size when it sells one, that fits the need's words within
 * STAND_IN_BELOW of its closest and meets every requirement (or, failing that, one fixable
 * one), the best first. It speaks for a producer whose closest product fails twice over or far
 * under the TKDN (a "Tas blacuu seminar" at 15% TKDN beside a "Tas seminar kulit sintetis" at
 * 53% for a need for a blacu seminar bag asking 40%): a producer selling only the synthetic
 * leather bag is a match through it, so one more product in a catalogue must not hide its
 * maker. A product of the category alone never does. A closest product with one fixable gap
 * still makes its producer a near miss, whatever else it sells (the rule: judged by the
 * product that fits), so a producer is a match through its substitute when its exact product
 * is far from passing and a near miss when it is close; the near miss names the gap that would
 * make the exact product pass.
 */
function standIn<T>(products: readonly Scored<T>[], closest: number): Scored<T> | undefined {
  return products.filter((p) => p.fit === "words" && p.verdict !== "no" && p.relevance >= closest - STAND_IN_BELOW).sort(compareRanked)[0];
}

/** Candidates ranked from their indexed facts: each producer's best product, best first. */
export function rankFromIndex<D extends MatchDocument>(facts: NeedFacts, candidates: readonly Candidate<D>[], now: Date): Scored<Candidate<D>>[] {
  return bestPerProducer(
    candidates.map((c) => ({ ...evaluate(facts, factsOf(c), now), producerId: c.document.producerId, relevance: c.relevance, tieKey: tieKey(facts, { category: c.document.category, producerName: String(c.document.producerName ?? ""), name: String(c.document.name ?? "") }), item: c })),
  );
}


/** What the database confirms of each product: its text relevance, whether buyers taught that its kind is the thing, and whether it is named as a thing made for it. */
type ToConfirm = Map<string, { relevance: number; taught: boolean; madeFor: boolean }>;

/** The products worth confirming in the database (those to show, and a few spare). */
function worthConfirming(ranked: readonly Scored<Candidate>[], nearPage: number): ToConfirm {
  const matches = ranked.filter((r) => r.verdict === "match").slice(0, SHOWN_MATCHES + CONFIRM_SPARE);
  const near = ranked.filter((r) => r.verdict === "near").slice((nearPage - 1) * SHOWN_NEAR_MISSES, nearPage * SHOWN_NEAR_MISSES + CONFIRM_SPARE);
  // A stand-in's closer product too: the database judges which of the two speaks, and the
  // buyer is told what keeps the closer one out.
  const shown = [...matches, ...near].flatMap((r) => (r.passedOver ? [r, r.passedOver] : [r]));
  return new Map(shown.map((r) => [r.item.document.id, { relevance: r.item.relevance, taught: r.item.taught === true, madeFor: r.item.madeFor === true }]));
}

/** Without the engine: the listed products of the need's category, with their fits. */
async function categoryProducts(db: Db, need: { title: string; category: string; taught: Taught | undefined }): Promise<ToConfirm> {
  const rows = await db.product.findMany({
    where: { category: need.category, status: "active", producer: { organisation: { status: "active" } } },
    select: { id: true, name: true, description: true },
    orderBy: { updatedAt: "desc" },
    take: IN_CATEGORY,
  });
  const words = needWords(need.title, need.taught);
  const fits = fitsOf(words, rows);
  const madeFor = madeForOf(words);
  return new Map(rows.map((r, i) => [r.id, { relevance: fits[i]!, taught: takenByBuyers(need.taught, r), madeFor: madeFor(r) }]));
}

interface ConfirmedProduct {
  id: string;
  name: string;
  category: string;
  unit: string;
  monthlyCapacity: number | null;
  leadTimeDays: number | null;
  priceMin: number | null;
  tkdnPercent: number | null;
  producerId: string;
  producerName: string;
  producerSlug: string;
  provinceCode: string;
  regencyCode: string;
  completed: number | bigint;
}

interface HeldCertificate {
  producerId: string;
  type: string;
  status: string;
  validFrom: Date | null;
  validUntil: Date | null;
  tkdnPercent: number | null;
  /** JSON list of the products it is limited to; empty: all of the producer's. */
  productIds: string;
}

/**
 * The listed products among `ids`, with what the matcher reads of their producers: two queries
 * written by hand, since Prisma's nested include took six (about 7 ms a need of query
 * building, half the matcher's time outside the engine).
 */
async function confirmedProducts(db: Db, ids: readonly string[]) {
  const idList = JSON.stringify(ids);
  const products = await db.$queryRaw<ConfirmedProduct[]>`
    SELECT p."id", p."name", p."category", p."unit", p."monthlyCapacity", p."leadTimeDays", p."priceMin", p."tkdnPercent",
      pp."id" AS "producerId", pp."legalName" AS "producerName", o."slug" AS "producerSlug", pp."provinceCode", pp."regencyCode",
      (SELECT COUNT(*) FROM "Match" m WHERE m."producerId" = pp."id" AND m."state" = 'completed') AS "completed"
    FROM "Product" p JOIN "ProducerProfile" pp ON pp."id" = p."producerId" JOIN "Organisation" o ON o."id" = pp."organisationId"
    WHERE p."id" IN (SELECT value FROM json_each(${idList})) AND p."status" = 'active' AND o."status" = 'active'`;
  const producerIds = JSON.stringify([...new Set(products.map((p) => p.producerId))]);
  const held = await db.$queryRaw<HeldCertificate[]>`
    SELECT c."producerId", c."type", c."status", c."validFrom", c."validUntil", c."tkdnPercent",
      (SELECT json_group_array(cp."productId") FROM "CertificationProduct" cp WHERE cp."certificationId" = c."id") AS "productIds"
    FROM "Certification" c
    WHERE c."producerId" IN (SELECT value FROM json_each(${producerIds})) AND c."status" <> 'rejected'`;
  const byProducer = new Map<string, { type: string; status: string; validFrom: Date | null; validUntil: Date | null; tkdnPercent: number | null; products: { productId: string }[] }[]>();
  for (const c of held) {
    const list = byProducer.get(c.producerId) ?? [];
    list.push({ type: c.type, status: c.status, validFrom: c.validFrom, validUntil: c.validUntil, tkdnPercent: c.tkdnPercent, products: (JSON.parse(c.productIds) as string[]).map((productId) => ({ productId })) });
    byProducer.set(c.producerId, list);
  }
  return products.map((p) => ({ ...p, completed: Number(p.completed), certificates: certificatesCovering(byProducer.get(p.producerId) ?? [], p.id) }));
}

/** The products' facts from the database, scored. */
async function scoreFromDatabase(db: Db, facts: NeedFacts, toConfirm: ToConfirm, now: Date): Promise<Scored<Suggestion>[]> {
  const products = await confirmedProducts(db, [...toConfirm.keys()]);
  return products.map((p) => {
    const confirming = toConfirm.get(p.id);
    const candidate: CandidateFacts = {
      relevance: confirming?.relevance ?? 0,
      name: p.name,
      taught: confirming?.taught === true,
      madeFor: confirming?.madeFor === true,
      unit: p.unit,
      monthlyCapacity: p.monthlyCapacity,
      leadTimeDays: p.leadTimeDays,
      priceMin: p.priceMin,
      tkdnPercent: p.tkdnPercent,
      provinceCode: p.provinceCode,
      regencyCode: p.regencyCode,
      certificates: p.certificates,
      completed: p.completed,
    };
    const evaluation = evaluate(facts, candidate, now);
    const item: Suggestion = {
      ...evaluation,
      productId: p.id,
      productName: p.name,
      producerId: p.producerId,
      producerName: p.producerName,
      producerSlug: p.producerSlug,
      regencyCode: p.regencyCode,
    };
    return { ...evaluation, producerId: p.producerId, relevance: candidate.relevance, tieKey: tieKey(facts, p), item };
  });
}

/** A need's suggestions; `nearPage` pages through its near misses (SHOWN_NEAR_MISSES each). */
export async function suggestionsFor(db: Db, engine: SearchEngine, needId: string, now = new Date(), { nearPage = 1 }: { nearPage?: number } = {}): Promise<Suggestions | null> {
  const need = await db.need.findUnique({ where: { id: needId }, include: { requiredCertifications: true } });
  if (!need) return null;
  const facts = needFacts(need);
  // What buyers taught of the thing this need names (lessons.ts).
  const asked = { title: need.title, category: need.category, taught: await taughtFor(db, need.title), required: facts.requiredCertifications };
  let toConfirm: ToConfirm;
  let degraded = false;
  let nearInIndex = 0;
  try {
    const ranked = rankFromIndex(facts, await findCandidates<ProductDocument>(engine, asked), now);
    nearInIndex = ranked.filter((r) => r.verdict === "near").length;
    toConfirm = worthConfirming(ranked, nearPage);
  } catch {
    degraded = true;
    toConfirm = await categoryProducts(db, asked);
  }
  const ranked = bestPerProducer(await scoreFromDatabase(db, facts, toConfirm, now)).map((s): Suggestion =>
    s.passedOver ? { ...s.item, passedOver: { productId: s.passedOver.item.productId, productName: s.passedOver.item.productName, gaps: s.passedOver.gaps } } : s.item,
  );
  const near = ranked.filter((s) => s.verdict === "near");
  return {
    matches: ranked.filter((s) => s.verdict === "match").slice(0, SHOWN_MATCHES),
    // The database confirmed this page's near misses (and a few spare); a match confirmed as
    // a near miss meanwhile joins the first page.
    nearMisses: near.slice(0, SHOWN_NEAR_MISSES),
    nearMissPages: Math.max(1, Math.ceil(nearInIndex / SHOWN_NEAR_MISSES)),
    degraded,
  };
}
