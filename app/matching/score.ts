// How a producer's product is scored against a procurement need. Pure: facts in, a score
// with its breakdown out, so every suggestion can say why in plain words (the pages turn
// each part's `reason` and `values` into a sentence in the reader's language).
//
// Hard requirements decide who is suggested at all: every required certificate held (not
// rejected) and valid on the needed-by date, and the minimum TKDN. A candidate failing on
// exactly one fixable gap (a missing or expiring certificate, TKDN a few points short) is a
// near miss: shown apart, with what it would take to qualify.

import { otherSize, type Measure } from "./measures.ts";
import { tkdnOf } from "./tkdn.ts";
import { amountIn, amountShown, pricePer } from "./unit-conversion.ts";
import { validOn, type Dated } from "./validity.ts";

/**
 * Points of each factor. Text counts little: whether a product is the thing asked for is
 * decided by its fit (below), which ranks before any points; among products that fit,
 * capacity, certificates, price and region are what a procurement officer chooses by. (Text
 * at 35 points let a product naming more of the need's words outrank a better supplier of the
 * same thing: NDCG@10 0.825 against 0.848 on set B, equal on set C; see the README.)
 */
export const WEIGHTS = { text: 10, capacity: 20, certifications: 15, price: 15, region: 10, track: 5 } as const;

/**
 * Whether a product is what the need asks for, from its fit (app/matching/fit.ts: the weighed share
 * of the need's product words its name holds, as such, through an equivalent or with a
 * slip): "words" above FITS, "category" at or below it, only a product of the need's
 * category. Fit gates everything else: a product that does not fit never outranks one that
 * does, whatever its capacity, price or region, because a procurement officer reads a list of
 * the thing they asked for first and the best supplier of it second. (Three levels, a strong
 * fit apart, were measured too: worse on set B, see the README.)
 */
export type Fit = "words" | "category";
/** Above this fit a product is the thing asked for: more than half of the need's words, weighed. */
export const FITS = 0.5;
const FIT_RANK: Record<Fit, number> = { words: 1, category: 0 };

export function fitOf(relevance: number): Fit {
  return relevance > FITS ? "words" : "category";
}
export type Factor = keyof typeof WEIGHTS;

/** TKDN this many points below the minimum is a gap a producer can close; more is not. */
export const TKDN_NEAR_MISS_POINTS = 5;

export interface NeedFacts {
  quantity: number;
  unit: string;
  neededBy: Date;
  requiredCertifications: readonly string[];
  minTkdnPercent: number | null;
  budgetPerUnit: number | null;
  deliveryProvinceCode: string;
  deliveryRegencyCode: string | null;
  /** The sizes its title asks for (measures.ts): "60 ml", "M16". */
  measures: readonly Measure[];
  /** Its category: among products that tie, one filed there ranks first (suggestions.server.ts, tieKey). */
  category: string;
}

export interface CertificateFact extends Dated {
  type: string;
  status: "verified" | "pending";
  /** A TKDN certificate's certified value (Kemenperin's, which a tender checks). */
  tkdnPercent?: number;
}

export interface CandidateFacts {
  /** Text relevance from the engine, scaled so the best candidate of the need is 1. */
  relevance: number;
  /** The product's name: the sizes it states (measures.ts). */
  name: string;
  unit: string;
  monthlyCapacity: number | null;
  leadTimeDays: number | null;
  priceMin: number | null;
  tkdnPercent: number | null;
  provinceCode: string;
  regencyCode: string;
  /** Certificates that cover the product (business-wide or the product's own), not rejected. */
  certificates: readonly CertificateFact[];
  /** Partnerships completed on the platform. */
  completed: number;
  /** Buyers taught that this kind of product is the thing the need asks for (lessons.ts). */
  taught?: boolean;
  /** Named as a thing made for the one the need asks (a mould, rack, machine, part: made-for.ts); said only of a product that does not fit. */
  madeFor?: boolean;
}

export type Gap =
  | { kind: "certificate_missing"; type: string }
  | { kind: "certificate_expires"; type: string; validUntil: Date }
  /** Held, but in force only from a day after the needed-by date: not the producer's to fix by then, so never a near miss. */
  | { kind: "certificate_not_yet_valid"; type: string; validFrom: Date }
  | { kind: "tkdn_below"; have: number | null; need: number };

/** A producer's closer product passed over because it fails beyond a near miss (standIn, suggestions.server.ts): the buyer sees what keeps it out. */
export interface PassedOver {
  productId: string;
  productName: string;
  gaps: Gap[];
}

export interface Part {
  factor: Factor;
  points: number;
  max: number;
  /** A translation key under "matching:reasons", and its values. */
  reason: string;
  values: Record<string, string | number | Date>;
}

export interface Evaluation {
  /** "match": every hard requirement met; "near": one fixable gap; "no": more. */
  verdict: "match" | "near" | "no";
  /** How well the product fits the need's words: the first key of every ranking. */
  fit: Fit;
  score: number;
  parts: Part[];
  gaps: Gap[];
}

const DAY = 86_400_000;

/** Indonesia's islands by the first digit of a province code (Kemendagri). */
export function islandOf(provinceCode: string): string {
  const first = provinceCode[0];
  // Kepulauan Riau (21) lies off Sumatra and is counted with it, as app/lib/timezone.ts does.
  if (first === "1" || first === "2") return "sumatera";
  if (first === "3") return "jawa";
  if (first === "5") return "bali_nusa_tenggara";
  if (first === "6") return "kalimantan";
  if (first === "7") return "sulawesi";
  if (first === "8") return "maluku";
  if (first === "9") return "papua";
  return "other";
}

/** Bali (province 51). */
const BALI = "51";

/**
 * Whether goods from one province reach the other within an island group: the same group
 * (islandOf), or Bali and Java, joined by the Ketapang–Gilimanuk crossing (about an hour,
 * round the clock), which ASDP counts as a short crossing and which carries Bali's goods by
 * truck; Java and Lombok (Ketapang–Lembar) are a long one. Bali stays with Nusa Tenggara too.
 * Measured (`npm run bench:relevance`): B 0.931 -> 0.947, C -0.001, D -0.0005, E and G the
 * same, F +0.0005; half the points for the crossing, or Sumatra and Java joined likewise
 * (Merak–Bakauheni), were worse (README).
 */
export function sameIslandGroup(a: string, b: string): boolean {
  const [ofA, ofB] = [islandOf(a), islandOf(b)];
  if (ofA === "other" || ofB === "other") return false;
  return ofA === ofB || (a === BALI && ofB === "jawa") || (b === BALI && ofA === "jawa");
}

/** The share of the certificates' points every producer gets when a need asks for none. */
export const UNASKED_CERTIFICATES_SHARE = 0.4;

function certificatesPart(need: NeedFacts, candidate: CandidateFacts, gaps: Gap[]): Part {
  const max = WEIGHTS.certifications;
  if (need.requiredCertifications.length === 0) {
    // A need asking no certificate gives every producer the same points: the breakdown names
    // the verified ones held, but they lift nobody over a producer who fits better or is
    // closer. At 9 points against 6 they did (a stainless ring above the silver one asked for;
    // a plastic food cover above the woven one; README, "Decisions").
    const verified = candidate.certificates.filter((c) => c.status === "verified").map((c) => c.type);
    const points = max * UNASKED_CERTIFICATES_SHARE;
    return verified.length > 0
      ? { factor: "certifications", points, max, reason: "certificatesExtra", values: { types: [...new Set(verified)].join(", ") } }
      : { factor: "certifications", points, max, reason: "certificatesNotAsked", values: {} };
  }
  let points = 0;
  const held: string[] = [];
  let until: Date | null = null;
  for (const type of need.requiredCertifications) {
    // The best certificate of the type: in force on the date, verified before pending.
    const valid = candidate.certificates
      .filter((c) => c.type === type && validOn(c, need.neededBy))
      .sort((a, b) => (a.status === b.status ? 0 : a.status === "verified" ? -1 : 1));
    const best = valid[0];
    if (!best) {
      // One in force only later says when it begins, the earliest of them (an expired one beside it
      // renewed from after the date, too: the renewal is what would cover, and not by then).
      const later = candidate.certificates
        .filter((c) => c.type === type && c.validFrom != null && c.validFrom > need.neededBy)
        .sort((a, b) => a.validFrom!.getTime() - b.validFrom!.getTime())[0];
      const expiring = candidate.certificates.find((c) => c.type === type && c.validUntil !== null);
      gaps.push(
        later ? { kind: "certificate_not_yet_valid", type, validFrom: later.validFrom! } : expiring ? { kind: "certificate_expires", type, validUntil: expiring.validUntil! } : { kind: "certificate_missing", type },
      );
      continue;
    }
    held.push(type);
    points += best.status === "verified" ? 1 : 0.5;
    if (best.validUntil && (!until || best.validUntil < until)) until = best.validUntil;
  }
  const share = points / need.requiredCertifications.length;
  if (held.length === 0) return { factor: "certifications", points: 0, max, reason: "certificatesNone", values: {} };
  const allVerified = share === 1;
  return {
    factor: "certifications",
    points: max * share,
    max,
    reason: until ? (allVerified ? "certificatesVerifiedUntil" : "certificatesPendingUntil") : allVerified ? "certificatesVerified" : "certificatesPending",
    values: { types: held.join(", "), ...(until ? { until } : {}) },
  };
}

/** What the producer listed, in its own unit, when the breakdown says it in the need's: the reader sees both. */
function listedIn(productUnit: string, needUnit: string, values: Record<string, number>): Record<string, number | string> {
  return productUnit === needUnit ? {} : { ...values, listedUnit: productUnit };
}

function capacityPart(need: NeedFacts, candidate: CandidateFacts, now: Date): Part {
  const max = WEIGHTS.capacity;
  // In the need's unit: 5,000 kg a month is 5 ton a month for a need counted in tons.
  const monthly = candidate.monthlyCapacity === null ? null : amountIn(candidate.monthlyCapacity, candidate.unit, need.unit);
  if (candidate.monthlyCapacity === null || monthly === null) {
    return { factor: "capacity", points: max * 0.3, max, reason: "capacityUnknown", values: {} };
  }
  // Production time until the date, after the lead time; at least a week's worth.
  const days = Math.max(7, (need.neededBy.getTime() - now.getTime()) / DAY - (candidate.leadTimeDays ?? 0));
  const producible = amountShown(amountIn((candidate.monthlyCapacity * days) / 30, candidate.unit, need.unit)!, need.unit);
  const share = Math.min(1, producible / need.quantity);
  return {
    factor: "capacity",
    points: max * share,
    max,
    reason: share >= 1 ? "capacityEnough" : "capacityShort",
    values: { monthly: amountShown(monthly, need.unit), quantity: need.quantity, producible, neededBy: need.neededBy, ...listedIn(candidate.unit, need.unit, { listedMonthly: candidate.monthlyCapacity }) },
  };
}

function pricePart(need: NeedFacts, candidate: CandidateFacts): Part {
  const max = WEIGHTS.price;
  // Per the need's unit: Rp 12,000 a kg is Rp 12,000,000 a ton.
  const price = candidate.priceMin === null ? null : pricePer(candidate.priceMin, candidate.unit, need.unit);
  if (need.budgetPerUnit === null || price === null) {
    return { factor: "price", points: max * 0.5, max, reason: "priceUnknown", values: {} };
  }
  const listed = listedIn(candidate.unit, need.unit, { listedPrice: candidate.priceMin! });
  if (price <= need.budgetPerUnit) {
    return { factor: "price", points: max, max, reason: "priceWithin", values: { price: Math.round(price), budget: need.budgetPerUnit, ...listed } };
  }
  // Over budget: full points fall to none at 50% over.
  const over = (price - need.budgetPerUnit) / need.budgetPerUnit;
  return {
    factor: "price",
    points: max * Math.max(0, 1 - over / 0.5),
    max,
    reason: "priceOver",
    values: { price: Math.round(price), budget: need.budgetPerUnit, percent: Math.round(over * 100), ...listed },
  };
}

/**
 * Region: whether goods cross the sea to the delivery decides most (sameIslandGroup);
 * the same province or regency adds a little. Same regency 10, province 9, island group 8,
 * elsewhere 1. (At 10 / 7.5 / 4 / 1 a same-regency supplier with a price shortfall outranked a
 * fitting one across the province: B 0.927 -> 0.931, C 0.940 -> 0.942, D 0.986 -> 0.985,
 * E 0.957 -> 0.964, F 0.879 -> 0.885. Distance between province capitals in place of island
 * groups was worse on every set: README.)
 */
function regionPart(need: NeedFacts, candidate: CandidateFacts): Part {
  const max = WEIGHTS.region;
  if (need.deliveryRegencyCode && candidate.regencyCode === need.deliveryRegencyCode) return { factor: "region", points: max, max, reason: "regionSameRegency", values: {} };
  if (candidate.provinceCode === need.deliveryProvinceCode) return { factor: "region", points: max * 0.9, max, reason: "regionSameProvince", values: {} };
  if (sameIslandGroup(candidate.provinceCode, need.deliveryProvinceCode)) return { factor: "region", points: max * 0.8, max, reason: "regionSameIsland", values: {} };
  return { factor: "region", points: max * 0.1, max, reason: "regionElsewhere", values: {} };
}

function trackPart(candidate: CandidateFacts): Part {
  const max = WEIGHTS.track;
  return candidate.completed > 0
    ? { factor: "track", points: max * Math.min(1, candidate.completed / 3), max, reason: "trackRecord", values: { count: candidate.completed } }
    : { factor: "track", points: 0, max, reason: "trackNew", values: {} };
}

export function evaluate(need: NeedFacts, candidate: CandidateFacts, now: Date): Evaluation {
  const gaps: Gap[] = [];
  const parts: Part[] = [
    textPart(need, candidate),
    capacityPart(need, candidate, now),
    certificatesPart(need, candidate, gaps),
    pricePart(need, candidate),
    regionPart(need, candidate),
    trackPart(candidate),
  ];
  let tkdnFar = false;
  const tkdn = tkdnOf(need, candidate).percent;
  if (need.minTkdnPercent !== null && (tkdn === null || tkdn < need.minTkdnPercent)) {
    gaps.push({ kind: "tkdn_below", have: tkdn, need: need.minTkdnPercent });
    // An undeclared TKDN is a gap the producer closes by declaring it; a low one only when close.
    tkdnFar = tkdn !== null && need.minTkdnPercent - tkdn > TKDN_NEAR_MISS_POINTS;
  }
  const score = Math.round(parts.reduce((sum, p) => sum + p.points, 0) * 10) / 10;
  const fixable = gaps.length === 1 && !tkdnFar && gaps[0]!.kind !== "certificate_not_yet_valid";
  const verdict = gaps.length === 0 ? "match" : fixable ? "near" : "no";
  return { verdict, fit: fitOf(candidate.relevance), score, parts, gaps };
}

/** The fit part's reasons for a product that is the thing asked for: by its words, as buyers taught, or in another size than asked. */
const FITTING_REASONS = { words: "textWords", taught: "textTaught", otherSize: "textOtherSize" } as const;

/**
 * The fit's part: the thing asked for (by its words, or as buyers taught), or only of its
 * category. The thing in another size than the title asks ("30 ml" for "60 ml", measures.ts)
 * is another article of it: still ranked among what fits, but it earns none of the fit's
 * points, which puts it after the asked size from suppliers alike (set C 0.931 -> 0.936; B
 * and D name few sizes: unchanged; the full points and minus the full points measured too:
 * 0.931 and 0.936).
 */
function textPart(need: NeedFacts, candidate: CandidateFacts): Part {
  const share = Math.max(0, Math.min(1, candidate.relevance));
  const fits = fitOf(share) === "words";
  // Only a product that fits is read for its size: the rest earn their share whatever size.
  const size = fits ? otherSize(need.measures, candidate.name) : null;
  if (size) return { factor: "text", points: 0, max: WEIGHTS.text, reason: FITTING_REASONS.otherSize, values: { percent: Math.round(share * 100), ...size } };
  const reason = fits ? FITTING_REASONS[candidate.taught === true ? "taught" : "words"] : candidate.madeFor === true ? "textMadeFor" : "textCategory";
  return { factor: "text", points: WEIGHTS.text * share, max: WEIGHTS.text, reason, values: { percent: Math.round(share * 100) } };
}

/** The fit a product was ranked by, read back from its breakdown's parts (a stored one: stored.ts). */
export function fitOfParts(parts: readonly Part[]): Fit {
  const reason = parts.find((p) => p.factor === "text")?.reason;
  return Object.values<string>(FITTING_REASONS).includes(reason ?? "") ? "words" : "category";
}

/** What a ranking of evaluations compares: fit first, then the requirements met, then the score. */
export interface Ranked {
  fit: Fit;
  verdict: Evaluation["verdict"];
  score: number;
  /** Ties after that: the relevance itself, then a product filed under the need's category, then names (the same whatever ids an import gave). */
  relevance: number;
  tieKey: string;
}

const VERDICT_RANK = { match: 2, near: 1, no: 0 } as const;

/**
 * What breaks a tie of score, fit and relevance: a product filed under the need's own category
 * first (its maker sells it as the kind of thing the buyer asked for: a printer's business
 * cards before digital NFC cards filed under electronics, for a need to print business
 * cards), then names, so equal products rank the same whatever ids an import gave them.
 */
export function tieKey(need: Pick<NeedFacts, "category">, product: { category: string; producerName: string; name: string }): string {
  return `${product.category === need.category ? 0 : 1}${product.producerName.toLowerCase()}\u0000${product.name.toLowerCase()}`;
}

/**
 * Best first: higher fit; among those that do not fit, one sharing some of the need's words
 * before one sharing none (a "Knalpot racing" for a need for "knalpot standar" before a cake
 * tin of the same category, whatever their other points); then every requirement met before
 * a gap, then score.
 */
export function compareRanked(a: Ranked, b: Ranked): number {
  return (
    FIT_RANK[b.fit] - FIT_RANK[a.fit] ||
    Number(b.relevance > 0) - Number(a.relevance > 0) ||
    VERDICT_RANK[b.verdict] - VERDICT_RANK[a.verdict] ||
    b.score - a.score ||
    b.relevance - a.relevance ||
    (a.tieKey < b.tieKey ? -1 : a.tieKey > b.tieKey ? 1 : 0)
  );
}
