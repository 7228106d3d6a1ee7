// relevance-set-g: the one grading function, applied to every need x producer of the generated catalogue.
import { islandGroup } from "./background.ts";

export type Role = "asked" | "substitute" | "related" | "unrelated";
/** Hidden concept per product: which need it answers and how (absent = unrelated to every need). */
export type Concepts = Record<string, { need: string; role: Exclude<Role, "unrelated"> }>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Rec = any;
export interface Failure { fixable: boolean; reason: string }

const COUNTED = new Set(["pcs", "botol", "pasang", "lembar"]);
const PACK: Record<string, number> = { lusin: 12, kodi: 20 };

/** How many `to` units one `from` unit is; null when the units do not convert. */
export function unitFactor(from: string, to: string): number | null {
  if (from === to) return 1;
  if (from === "kg" && to === "ton") return 0.001;
  if (from === "ton" && to === "kg") return 1000;
  const pf = PACK[from], pt = PACK[to];
  if (pf && COUNTED.has(to)) return pf;
  if (COUNTED.has(from) && pt) return 1 / pt;
  if (pf && pt) return pf / pt;
  return null;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000);
}

/** What is wrong with one certificate for this product on neededBy. */
function certProblems(cert: Rec, productRef: string, neededBy: string): string[] {
  const out: string[] = [];
  if (cert.status === "rejected") out.push("rejected");
  if (cert.validFrom && cert.validFrom > neededBy) out.push("not valid until " + cert.validFrom);
  if (cert.validUntil && cert.validUntil < neededBy) out.push("expired");
  if (cert.productRefs?.length && !cert.productRefs.includes(productRef)) out.push("scoped");
  return out;
}

function describe(cert: Rec, problem: string, neededBy: string): string {
  if (problem === "expired") return `${cert.type} certificate ${cert.ref} expires ${cert.validUntil}, before neededBy ${neededBy}`;
  if (problem === "rejected") return `${cert.type} certificate ${cert.ref} was rejected`;
  if (problem === "scoped") return `${cert.type} certificate ${cert.ref} covers only ${cert.productRefs.join(", ")}, not this product`;
  return `${cert.type} certificate ${cert.ref}: ${problem}`;
}

/** Hard requirements: required certificate types, then minimum TKDN. */
export function hardFailures(need: Rec, certs: Rec[], product: Rec): Failure[] {
  const failures: Failure[] = [];
  for (const type of need.requiredCertifications ?? []) {
    const ofType = certs.filter((c) => c.type === type);
    if (ofType.length === 0) { failures.push({ fixable: true, reason: `no ${type} certificate` }); continue; }
    const problems = ofType.map((c) => certProblems(c, product.ref, need.neededBy));
    if (problems.some((p) => p.length === 0)) continue;
    const i = problems.findIndex((p) => p.length === 1 && ["rejected", "expired", "scoped"].includes(p[0]!));
    const at = i >= 0 ? i : 0;
    failures.push({ fixable: i >= 0, reason: describe(ofType[at], problems[at]!.join(" and "), need.neededBy) });
  }
  if (need.minTkdnPercent != null) {
    const valid = certs.filter((c) => c.type === "tkdn" && c.tkdnPercent != null && certProblems(c, product.ref, need.neededBy).length === 0);
    const fromCert = valid.length > 0;
    const effective = fromCert ? Math.max(...valid.map((c) => c.tkdnPercent)) : (product.tkdnPercent ?? 0);
    const short = need.minTkdnPercent - effective;
    if (short > 0) {
      const source = fromCert ? "per TKDN certificate" : "declared";
      failures.push({ fixable: short <= 5, reason: `TKDN ${effective}% (${source}) is ${short} points under the required ${need.minTkdnPercent}%` });
    }
  }
  return failures;
}

/** Soft shortfalls: capacity, price, island group. */
export function softCount(need: Rec, producer: Rec, product: Rec, refDate: string): { count: number; notes: string[] } {
  const f = unitFactor(product.unit, need.unit);
  if (f == null) throw new Error(`units ${product.unit} and ${need.unit} do not convert (${product.ref})`);
  const notes: string[] = [];
  let count = 0;
  const window = daysBetween(refDate, need.neededBy) - (product.leadTimeDays ?? 0);
  const capacity = ((product.monthlyCapacity ?? 0) * Math.max(0, window)) / 30 * f;
  const capRatio = capacity / need.quantity;
  if (capRatio < 0.5) { count += 2; notes.push(`capacity ${Math.round(capRatio * 100)}%`); }
  else if (capRatio < 1) { count += 1; notes.push(`capacity ${Math.round(capRatio * 100)}%`); }
  if (need.budgetPerUnit && product.priceMin != null) {
    const over = product.priceMin / f / need.budgetPerUnit;
    if (over > 1.4) { count += 2; notes.push(`price +${Math.round((over - 1) * 100)}%`); }
    else if (over > 1.2) { count += 1; notes.push(`price +${Math.round((over - 1) * 100)}%`); }
  }
  if (islandGroup(producer.provinceCode) !== islandGroup(need.deliveryProvinceCode)) { count += 1; notes.push("other island group"); }
  return { count, notes };
}

export function gradeProduct(need: Rec, producer: Rec, certs: Rec[], product: Rec, role: Role, refDate: string): number {
  if (role === "unrelated") return 0;
  if (role === "related") return 1;
  if (hardFailures(need, certs, product).length > 0) return 0;
  const soft = softCount(need, producer, product, refDate).count;
  if (role === "asked") return soft === 0 ? 3 : soft === 1 ? 2 : 1;
  return soft === 0 ? 2 : 1;
}

export function gradeAll(cat: Rec, concepts: Concepts, refDate: string) {
  const grades: Record<string, Record<string, number>> = {};
  const nearMisses: Record<string, string[]> = {};
  const reasons: Record<string, Record<string, string>> = {};
  for (const need of cat.needs) {
    grades[need.ref] = {};
    for (const producer of cat.producers) {
      const products = cat.products.filter((p: Rec) => p.producerRef === producer.ref && p.status !== "archived");
      const certs = cat.certifications.filter((c: Rec) => c.producerRef === producer.ref);
      const roleOf = (p: Rec): Role => (concepts[p.ref]?.need === need.ref ? concepts[p.ref]!.role : "unrelated");
      const best = Math.max(0, ...products.map((p: Rec) => gradeProduct(need, producer, certs, p, roleOf(p), refDate)));
      if (best > 0) grades[need.ref]![producer.ref] = best;
      const asked = products.filter((p: Rec) => roleOf(p) === "asked");
      const fails: Failure[][] = asked.map((p: Rec) => hardFailures(need, certs, p));
      if (asked.length === 0 || fails.some((f) => f.length === 0)) continue;
      const single = fails.find((f) => f.length === 1 && f[0]!.fixable);
      if (!single) continue;
      (nearMisses[need.ref] ??= []).push(producer.ref);
      (reasons[need.ref] ??= {})[producer.ref] = single[0]!.reason;
    }
  }
  return { grades, nearMisses, reasons };
}
