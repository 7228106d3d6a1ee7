// How a producer's product is scored against a procurement need. Pure: facts in, a score
// with its breakdown out, so every suggestion can say why in plain words (the pages turn
// each part's `reason` and `values` into a sentence in the reader's language).
//
// Hard requirements decide who is suggested at all: every required certificate held (not
// rejected) and valid on the needed-by date, and the minimum TKDN. A candidate failing on
// exactly one fixable gap (a missing or expiring certificate, TKDN a few points short) is a
// near miss: shown apart, with what it would take to qualify.

export const WEIGHTS = { text: 35, capacity: 20, certifications: 15, price: 15, region: 10, track: 5 } as const;
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
}

export interface CertificateFact {
  type: string;
  status: "verified" | "pending";
  validUntil: Date | null;
}

export interface CandidateFacts {
  /** Text relevance from the engine, scaled so the best candidate of the need is 1. */
  relevance: number;
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
}

export type Gap =
  | { kind: "certificate_missing"; type: string }
  | { kind: "certificate_expires"; type: string; validUntil: Date }
  | { kind: "tkdn_below"; have: number | null; need: number };

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
  score: number;
  parts: Part[];
  gaps: Gap[];
}

const DAY = 86_400_000;

/** Indonesia's islands by the first digit of a province code (Kemendagri). */
export function islandOf(provinceCode: string): string {
  const first = provinceCode[0];
  if (first === "1") return "sumatera";
  if (first === "3") return "jawa";
  if (first === "5") return "bali_nusa_tenggara";
  if (first === "6") return "kalimantan";
  if (first === "7") return "sulawesi";
  if (first === "8") return "maluku";
  if (first === "9") return "papua";
  return "other";
}

function certificatesPart(need: NeedFacts, candidate: CandidateFacts, gaps: Gap[]): Part {
  const max = WEIGHTS.certifications;
  if (need.requiredCertifications.length === 0) {
    const verified = candidate.certificates.filter((c) => c.status === "verified").map((c) => c.type);
    return verified.length > 0
      ? { factor: "certifications", points: max * 0.6, max, reason: "certificatesExtra", values: { types: [...new Set(verified)].join(", ") } }
      : { factor: "certifications", points: max * 0.4, max, reason: "certificatesNone", values: {} };
  }
  let points = 0;
  const held: string[] = [];
  let until: Date | null = null;
  for (const type of need.requiredCertifications) {
    // The best certificate of the type: valid on the date, verified before pending.
    const valid = candidate.certificates
      .filter((c) => c.type === type && (c.validUntil === null || c.validUntil >= need.neededBy))
      .sort((a, b) => (a.status === b.status ? 0 : a.status === "verified" ? -1 : 1));
    const best = valid[0];
    if (!best) {
      const expiring = candidate.certificates.find((c) => c.type === type && c.validUntil !== null);
      gaps.push(expiring ? { kind: "certificate_expires", type, validUntil: expiring.validUntil! } : { kind: "certificate_missing", type });
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

function capacityPart(need: NeedFacts, candidate: CandidateFacts, now: Date): Part {
  const max = WEIGHTS.capacity;
  if (candidate.monthlyCapacity === null || candidate.unit !== need.unit) {
    return { factor: "capacity", points: max * 0.3, max, reason: "capacityUnknown", values: {} };
  }
  // Production time until the date, after the lead time; at least a week's worth.
  const days = Math.max(7, (need.neededBy.getTime() - now.getTime()) / DAY - (candidate.leadTimeDays ?? 0));
  const producible = Math.floor((candidate.monthlyCapacity * days) / 30);
  const share = Math.min(1, producible / need.quantity);
  return {
    factor: "capacity",
    points: max * share,
    max,
    reason: share >= 1 ? "capacityEnough" : "capacityShort",
    values: { monthly: candidate.monthlyCapacity, quantity: need.quantity, producible, neededBy: need.neededBy },
  };
}

function pricePart(need: NeedFacts, candidate: CandidateFacts): Part {
  const max = WEIGHTS.price;
  if (need.budgetPerUnit === null || candidate.priceMin === null || candidate.unit !== need.unit) {
    return { factor: "price", points: max * 0.5, max, reason: "priceUnknown", values: {} };
  }
  if (candidate.priceMin <= need.budgetPerUnit) {
    return { factor: "price", points: max, max, reason: "priceWithin", values: { price: candidate.priceMin, budget: need.budgetPerUnit } };
  }
  // Over budget: full points fall to none at 50% over.
  const over = (candidate.priceMin - need.budgetPerUnit) / need.budgetPerUnit;
  return {
    factor: "price",
    points: max * Math.max(0, 1 - over / 0.5),
    max,
    reason: "priceOver",
    values: { price: candidate.priceMin, budget: need.budgetPerUnit, percent: Math.round(over * 100) },
  };
}

function regionPart(need: NeedFacts, candidate: CandidateFacts): Part {
  const max = WEIGHTS.region;
  if (need.deliveryRegencyCode && candidate.regencyCode === need.deliveryRegencyCode) return { factor: "region", points: max, max, reason: "regionSameRegency", values: {} };
  if (candidate.provinceCode === need.deliveryProvinceCode) return { factor: "region", points: max * 0.75, max, reason: "regionSameProvince", values: {} };
  if (islandOf(candidate.provinceCode) === islandOf(need.deliveryProvinceCode)) return { factor: "region", points: max * 0.4, max, reason: "regionSameIsland", values: {} };
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
    { factor: "text", points: WEIGHTS.text * Math.max(0, Math.min(1, candidate.relevance)), max: WEIGHTS.text, reason: "text", values: {} },
    capacityPart(need, candidate, now),
    certificatesPart(need, candidate, gaps),
    pricePart(need, candidate),
    regionPart(need, candidate),
    trackPart(candidate),
  ];
  let tkdnFar = false;
  if (need.minTkdnPercent !== null && (candidate.tkdnPercent === null || candidate.tkdnPercent < need.minTkdnPercent)) {
    gaps.push({ kind: "tkdn_below", have: candidate.tkdnPercent, need: need.minTkdnPercent });
    // An undeclared TKDN is a gap the producer closes by declaring it; a low one only when close.
    tkdnFar = candidate.tkdnPercent !== null && need.minTkdnPercent - candidate.tkdnPercent > TKDN_NEAR_MISS_POINTS;
  }
  const score = Math.round(parts.reduce((sum, p) => sum + p.points, 0) * 10) / 10;
  const verdict = gaps.length === 0 ? "match" : gaps.length === 1 && !tkdnFar ? "near" : "no";
  return { verdict, score, parts, gaps };
}
