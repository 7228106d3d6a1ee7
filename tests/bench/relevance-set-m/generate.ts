// Relevance set M: deterministic generator.
//
//   npx tsx tests/bench/relevance-set-m/generate.ts      (from the repository root)
//
// Builds one import file (catalogue.json: producers, buyers, products, certifications, needs;
// every ref prefixed "SETM:"), the graded pairs (grades.json) and the near misses
// (near-misses.json) from needs.ts and background.ts with a fixed-seed PRNG (mulberry32).
//
// One grading function (gradeProducerForNeed) computes every producer's grade for every need from
// the catalogue data and the planted concept of each product (A/S/R per need); the generator then
// checks that every planted pair gets the grade and near-miss flag declared in needs.ts, validates
// the catalogue against import.schema.json and domain.ts, and writes nothing when any check fails.

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  BUYER_TYPES,
  CERTIFICATION_STATUSES,
  CERTIFICATION_TYPES,
  LEGAL_FORMS,
  NEED_STATUSES,
  NEED_VISIBILITIES,
  PRODUCT_CATEGORIES,
  PRODUCT_CATEGORY_KEYS,
  PRODUCT_STATUSES,
  SECTORS,
  UNITS,
  type BuyerType,
  type CertificationType,
  type LegalForm,
  type ProductCategory,
  type Sector,
  type Unit,
} from "../../../app/models/domain";
import { BACKGROUND, FIRST_NAMES, LAST_NAMES, NAME_WORDS, POSITIONS, STREETS, type FillerKind } from "./background";
import { BUYERS, NEEDS, type CertMod, type Modifier, type NeedSpec, type Plant, type TkdnMod } from "./needs";

// ───────────────────────────── constants ─────────────────────────────

const SEED = 0x5e7a_2026;
const PREFIX = "SETM:";
const CAPACITY_START = "2026-09-01";
const NEEDED_BY_MIN = "2026-10-15";
const NEEDED_BY_MAX = "2027-09-30";
/** The catalogue's "today": certificates are verified on or before it. */
const TODAY = "2026-08-28";
const TARGET_PRODUCERS = 150;

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, "../../..");
const SCHEMA_PATH = join(ROOT, "app/models/import/import.schema.json");
const PROVINCES_CSV = join(ROOT, "node_modules/idn-area-data/data/provinces.csv");
const REGENCIES_CSV = join(ROOT, "node_modules/idn-area-data/data/regencies.csv");

// ───────────────────────────── records ─────────────────────────────

type Kind = "A" | "S" | "R";
type CertStatus = (typeof CERTIFICATION_STATUSES)[number];

interface ContactRec {
  name: string;
  position?: string;
  phone?: string;
  email?: string;
}
interface ProducerRec {
  ref: string;
  legalName: string;
  legalForm?: LegalForm;
  nib?: string;
  sector: Sector;
  kbli: string[];
  sentraName?: string;
  provinceCode: string;
  regencyCode: string;
  address?: string;
  employees?: number;
  foundedYear?: number;
  monthlyCapacity?: number;
  capacityUnit?: Unit;
  description?: string;
  contacts: ContactRec[];
}
interface BuyerRec {
  ref: string;
  name: string;
  legalForm?: LegalForm;
  buyerType: BuyerType;
  regionCode: string;
  address?: string;
  website?: string;
}
interface ProductRec {
  ref: string;
  producerRef: string;
  name: string;
  description: string;
  category: ProductCategory;
  unit: Unit;
  minOrder: number;
  monthlyCapacity?: number;
  priceMin?: number;
  priceMax?: number;
  tkdnPercent?: number;
  leadTimeDays?: number;
  status?: "active" | "archived";
}
interface CertRec {
  ref: string;
  producerRef: string;
  productRefs?: string[];
  type: CertificationType;
  number: string;
  issuer: string;
  validFrom?: string;
  validUntil?: string;
  tkdnPercent?: number;
  status?: CertStatus;
  verifiedAt?: string;
  rejectionReason?: string;
}
interface NeedRec {
  ref: string;
  buyerRef: string;
  title: string;
  description: string;
  category: ProductCategory;
  quantity: number;
  unit: Unit;
  deliveryProvinceCode: string;
  deliveryRegencyCode?: string;
  neededBy: string;
  requiredCertifications?: CertificationType[];
  minTkdnPercent?: number;
  budgetPerUnit?: number;
  budgetTotal?: number;
  visibility: "public" | "invited";
  status?: (typeof NEED_STATUSES)[number];
}
interface Catalogue {
  $schema: string;
  producers: ProducerRec[];
  buyers: BuyerRec[];
  products: ProductRec[];
  certifications: CertRec[];
  needs: NeedRec[];
}

// ───────────────────────────── small helpers ─────────────────────────────

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rng = mulberry32(SEED);
const uniform = (lo: number, hi: number): number => lo + (hi - lo) * rng();
const int = (lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const chance = (p: number): boolean => rng() < p;
function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`index ${index} out of range (${items.length})`);
  return item;
}
const pick = <T>(items: readonly T[]): T => at(items, Math.floor(rng() * items.length));
function shuffle<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const a = at(out, i);
    out[i] = at(out, j);
    out[j] = a;
  }
  return out;
}
function weighted<T>(items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = rng() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return at(items, items.length - 1)[0];
}
const round2 = (x: number): number => Math.round(x * 100) / 100;

function dayNum(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`bad date ${iso}`);
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const back = new Date(t).toISOString().slice(0, 10);
  if (back !== iso) throw new Error(`bad date ${iso}`);
  return t / 86_400_000;
}
const isoOf = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** A price rounded to three significant figures, kept in [lo, hi] when possible. */
function nicePrice(x: number, lo: number, hi: number): number {
  const step = Math.max(1, 10 ** (Math.floor(Math.log10(Math.max(x, 1))) - 2));
  const rounded = Math.round(x / step) * step;
  if (rounded >= lo && rounded <= hi) return rounded;
  const plain = Math.round(x);
  if (plain >= lo && plain <= hi) return plain;
  return Math.ceil(lo);
}

// ───────────────────────────── units and regions ─────────────────────────────

const COUNT_UNITS: readonly Unit[] = ["pcs", "botol", "pasang", "lembar"];
/**
 * How many of `to` one `from` is, or undefined when the two do not convert. Only kg <-> ton and
 * lusin (12) / kodi (20) of pcs, botol, pasang or lembar convert.
 */
function unitFactor(from: Unit, to: Unit): number | undefined {
  if (from === to) return 1;
  if (from === "ton" && to === "kg") return 1000;
  if (from === "kg" && to === "ton") return 1 / 1000;
  const pack = (u: Unit): number | undefined => (u === "lusin" ? 12 : u === "kodi" ? 20 : undefined);
  const pf = pack(from);
  if (pf !== undefined && COUNT_UNITS.includes(to)) return pf;
  const pt = pack(to);
  if (pt !== undefined && COUNT_UNITS.includes(from)) return 1 / pt;
  return undefined;
}

type Group = "sumatra" | "jawa_bali" | "nusa_tenggara" | "kalimantan" | "sulawesi" | "maluku_papua";
const GROUPS: readonly Group[] = ["sumatra", "jawa_bali", "nusa_tenggara", "kalimantan", "sulawesi", "maluku_papua"];
const GROUP_WEIGHT: Record<Group, number> = { sumatra: 20, jawa_bali: 40, nusa_tenggara: 10, kalimantan: 10, sulawesi: 12, maluku_papua: 8 };
/** Island group of a province: Sumatra incl. Kepri and Babel, Jawa-Bali, Nusa Tenggara, Kalimantan, Sulawesi, Maluku-Papua. */
function groupOf(provinceCode: string): Group {
  const n = Number(provinceCode);
  if ((n >= 11 && n <= 19) || n === 21) return "sumatra";
  if ((n >= 31 && n <= 36) || n === 51) return "jawa_bali";
  if (n === 52 || n === 53) return "nusa_tenggara";
  if (n >= 61 && n <= 65) return "kalimantan";
  if (n >= 71 && n <= 76) return "sulawesi";
  if (n === 81 || n === 82 || (n >= 91 && n <= 96)) return "maluku_papua";
  throw new Error(`province ${provinceCode} in no island group`);
}

function readCsv(path: string): string[][] {
  return readFileSync(path, "utf8")
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim() !== "")
    .map((l) => l.split(","));
}
const titleCase = (s: string): string => s.toLowerCase().replace(/\b([a-z])/g, (c) => c.toUpperCase());

const provinceName = new Map<string, string>();
for (const row of readCsv(PROVINCES_CSV)) provinceName.set(at(row, 0), titleCase(at(row, 1)));
const regencyName = new Map<string, string>();
const regenciesOf = new Map<string, string[]>();
for (const row of readCsv(REGENCIES_CSV)) {
  const code = at(row, 0);
  const prov = at(row, 1);
  regencyName.set(code, titleCase(at(row, 2)));
  if (!code.startsWith(`${prov}.`)) throw new Error(`regency ${code} not in province ${prov}`);
  const list = regenciesOf.get(prov) ?? [];
  list.push(code);
  regenciesOf.set(prov, list);
}
const provincesOfGroup = new Map<Group, string[]>(GROUPS.map((g) => [g, [] as string[]]));
for (const code of [...provinceName.keys()].sort()) provincesOfGroup.get(groupOf(code))?.push(code);

function checkRegion(province: string, regency: string | undefined, what: string, errors: string[]): void {
  if (!provinceName.has(province)) errors.push(`${what}: unknown province ${province}`);
  if (regency !== undefined) {
    if (!regencyName.has(regency)) errors.push(`${what}: unknown regency ${regency}`);
    if (!regency.startsWith(`${province}.`)) errors.push(`${what}: regency ${regency} not in province ${province}`);
  }
}

// ───────────────────────────── the grading function ─────────────────────────────

interface GradeOutcome {
  grade: 0 | 1 | 2 | 3;
  nearMiss: boolean;
  /** Why the producer is a near miss (empty otherwise). */
  reason: string;
}

/**
 * A producer's grade for a need, from the catalogue data and the planted concept of its products
 * (A asked, S substitute, R related; anything else unrelated). The rules of /tmp/setm-grading-spec.md:
 * the grade is that of the best active product; hard checks (required certificates, TKDN) apply to
 * A, S and R; soft shortfalls (capacity, price, pending-only certificates, other island group) to A
 * and S; a near miss is an active asked product failing exactly one fixable hard requirement while
 * no asked or substitute product passes the hard checks.
 */
function gradeProducerForNeed(
  need: NeedRec,
  producer: ProducerRec,
  products: readonly ProductRec[],
  certs: readonly CertRec[],
  conceptOf: (productRef: string) => Kind | undefined,
): GradeOutcome {
  const neededBy = dayNum(need.neededBy);
  const windowDays = neededBy - dayNum(CAPACITY_START);
  const otherIsland = groupOf(producer.provinceCode) !== groupOf(need.deliveryProvinceCode);
  const covers = (c: CertRec, p: ProductRec): boolean => !c.productRefs || c.productRefs.length === 0 || c.productRefs.includes(p.ref);
  const live = (c: CertRec): boolean =>
    (c.status ?? "pending") !== "rejected" &&
    (c.validFrom === undefined || dayNum(c.validFrom) <= neededBy) &&
    (c.validUntil === undefined || neededBy <= dayNum(c.validUntil));

  let best: 0 | 1 | 2 | 3 = 0;
  let askedOrSubstitutePasses = false;
  const askedFailures: { product: ProductRec; failures: { text: string; fixable: boolean }[] }[] = [];

  for (const p of products) {
    if (p.producerRef !== producer.ref || (p.status ?? "active") !== "active") continue;
    const kind = conceptOf(p.ref);
    if (kind === undefined) continue;

    const failures: { text: string; fixable: boolean }[] = [];
    let pendingOnly = 0;
    for (const type of need.requiredCertifications ?? []) {
      const ofType = certs.filter((c) => c.producerRef === producer.ref && c.type === type);
      const covering = ofType.filter((c) => covers(c, p));
      const liveOnes = covering.filter(live);
      if (liveOnes.length > 0) {
        if (liveOnes.every((c) => (c.status ?? "pending") === "pending")) pendingOnly += 1;
        continue;
      }
      const future = covering.find((c) => (c.status ?? "pending") !== "rejected" && c.validFrom !== undefined && dayNum(c.validFrom) > neededBy);
      let text: string;
      if (future) text = `${type} certificate valid only from ${future.validFrom} (after neededBy ${need.neededBy})`;
      else if (covering.some((c) => c.status === "rejected")) text = `${type} certificate rejected`;
      else {
        const expired = covering.find((c) => c.validUntil !== undefined && dayNum(c.validUntil) < neededBy);
        if (expired) text = `${type} certificate expired on ${expired.validUntil}, before neededBy ${need.neededBy}`;
        else if (ofType.length > 0) text = `${type} certificate scoped to another product`;
        else text = `no ${type} certificate`;
      }
      failures.push({ text, fixable: future === undefined });
    }
    if (need.minTkdnPercent !== undefined) {
      const min = need.minTkdnPercent;
      const tkdnCerts = certs.filter((c) => c.producerRef === producer.ref && c.type === "tkdn" && covers(c, p) && live(c) && c.tkdnPercent !== undefined);
      const fromCert = tkdnCerts.length > 0 ? Math.max(...tkdnCerts.map((c) => c.tkdnPercent ?? 0)) : undefined;
      const value = fromCert ?? p.tkdnPercent;
      if (value === undefined) failures.push({ text: "no TKDN value", fixable: false });
      else if (value < min) {
        const gap = round2(min - value);
        failures.push({
          text: `TKDN ${value}% ${fromCert !== undefined ? "(certificate)" : "(declared)"} is ${gap} points under the required ${min}%`,
          fixable: gap <= 5,
        });
      }
    }

    if (failures.length > 0) {
      if (kind === "A") askedFailures.push({ product: p, failures });
      continue;
    }
    if (kind === "R") {
      best = Math.max(best, 1) as 0 | 1 | 2 | 3;
      continue;
    }
    askedOrSubstitutePasses = true;
    let shortfall = pendingOnly + (otherIsland ? 1 : 0);
    const factor = unitFactor(p.unit, need.unit);
    if (factor === undefined) shortfall += 2;
    else {
      if (p.monthlyCapacity !== undefined) {
        const capacity = (p.monthlyCapacity * (windowDays - (p.leadTimeDays ?? 0))) / 30 * factor;
        const ratio = capacity / need.quantity;
        shortfall += ratio >= 1 ? 0 : ratio >= 0.5 ? 1 : 2;
      }
      if (p.priceMin !== undefined && need.budgetPerUnit !== undefined) {
        const over = p.priceMin / factor / need.budgetPerUnit - 1;
        shortfall += over > 0.4 ? 2 : over > 0.2 ? 1 : 0;
      }
    }
    const grade: 1 | 2 | 3 = kind === "A" ? (shortfall === 0 ? 3 : shortfall === 1 ? 2 : 1) : shortfall === 0 ? 2 : 1;
    best = Math.max(best, grade) as 0 | 1 | 2 | 3;
  }

  const miss = askedOrSubstitutePasses ? undefined : askedFailures.find((f) => f.failures.length === 1 && f.failures[0]?.fixable === true);
  return {
    grade: best,
    nearMiss: miss !== undefined,
    reason: miss ? `${miss.product.name} (${miss.product.ref}): ${miss.failures[0]?.text ?? ""}` : "",
  };
}

// ───────────────────────────── modifiers ─────────────────────────────

const CERT_MODS: readonly CertMod[] = ["pending", "expired", "scoped", "rejected", "missing", "future"];
const TKDN_MODS: readonly TkdnMod[] = ["under", "certUnder", "viaCert", "multi", "rejectedCert", "none"];

function certModOf(plant: Plant, type: CertificationType): CertMod | undefined {
  for (const m of plant.mods) {
    const [mod, t] = m.split(":");
    if (t === type && mod !== "tkdn" && CERT_MODS.includes(mod as CertMod)) return mod as CertMod;
  }
  return undefined;
}
function tkdnModOf(plant: Plant): TkdnMod | undefined {
  for (const m of plant.mods) {
    const [mod, t] = m.split(":");
    if (mod === "tkdn" && TKDN_MODS.includes(t as TkdnMod)) return t as TkdnMod;
  }
  return undefined;
}
const has = (plant: Plant, mod: Modifier): boolean => plant.mods.includes(mod);

/** Types a need requires, counting a minimum TKDN as requiring "tkdn". */
function requiredTypes(need: NeedSpec): CertificationType[] {
  return [...need.requiredCertifications, ...(need.minTkdnPercent !== undefined ? (["tkdn"] as const) : [])];
}

// ───────────────────────────── checks on needs.ts ─────────────────────────────

const errors: string[] = [];
const sectorOf = new Map<ProductCategory, Sector>(PRODUCT_CATEGORIES.map((c) => [c.key, c.sector]));

function checkSpecs(): void {
  const buyerKeys = new Set(BUYERS.map((b) => b.key));
  const categories = new Set<string>();
  const needKeys = new Set<string>();
  let english = 0;
  for (const need of NEEDS) {
    const w = `need ${need.key}`;
    if (needKeys.has(need.key)) errors.push(`${w}: duplicate key`);
    needKeys.add(need.key);
    if (!buyerKeys.has(need.buyer)) errors.push(`${w}: unknown buyer ${need.buyer}`);
    if (categories.has(need.category)) errors.push(`${w}: category ${need.category} used twice`);
    categories.add(need.category);
    if (need.english) english += 1;
    if (need.neededBy < NEEDED_BY_MIN || need.neededBy > NEEDED_BY_MAX) errors.push(`${w}: neededBy ${need.neededBy} out of range`);
    dayNum(need.neededBy);
    checkRegion(need.deliveryProvinceCode, need.deliveryRegencyCode, w, errors);
    const count = (k: string): number => need.plants.filter((p) => p.kind === k).length;
    if (count("A") < 4 || count("A") > 5) errors.push(`${w}: ${count("A")} asked plants`);
    if (count("S") < 1 || count("S") > 2) errors.push(`${w}: ${count("S")} substitutes`);
    if (count("R") !== 1) errors.push(`${w}: ${count("R")} related plants`);
    if (count("D") < 1 || count("D") > 3) errors.push(`${w}: ${count("D")} decoys`);
    const typos = need.plants.filter((p) => p.typo !== undefined);
    if (typos.length !== 1 || typos[0]?.kind !== "A") errors.push(`${w}: needs exactly one asked plant with a typo`);
    const keys = new Set<string>();
    for (const plant of need.plants) {
      const pw = `${w} ${plant.key}`;
      if (keys.has(plant.key)) errors.push(`${pw}: duplicate key`);
      keys.add(plant.key);
      if (!plant.key.startsWith(plant.kind)) errors.push(`${pw}: key does not match kind ${plant.kind}`);
      if (plant.name.length < 3 || plant.name.length > 120) errors.push(`${pw}: name length`);
      if (plant.description.length < 10) errors.push(`${pw}: description too short`);
      const unit = plant.unit ?? need.unit;
      if ((plant.kind === "A" || plant.kind === "S") && unitFactor(unit, need.unit) === undefined)
        errors.push(`${pw}: unit ${unit} does not convert to the need's ${need.unit}`);
      if (plant.kind === "D" && (plant.mods.length > 0 || plant.grade !== 0 || plant.nearMiss)) errors.push(`${pw}: decoys carry no modifiers and grade 0`);
      if (plant.nearMiss && plant.kind !== "A") errors.push(`${pw}: only asked plants can be near misses`);
      const seen = new Set<string>();
      for (const m of plant.mods) {
        const [mod, arg] = m.split(":");
        const slot = mod === "cap70" || mod === "cap30" ? "cap" : mod === "price30" || mod === "price60" ? "price" : arg !== undefined && mod !== "tkdn" ? `cert:${arg}` : (mod ?? m);
        if (seen.has(slot)) errors.push(`${pw}: two modifiers for ${slot}`);
        seen.add(slot);
        if ((slot === "cap" || slot === "price" || mod === "island") && plant.kind !== "A" && plant.kind !== "S")
          errors.push(`${pw}: ${m} only applies to asked or substitute plants`);
        if (slot === "price" && need.budgetPerUnit === undefined) errors.push(`${pw}: ${m} on a need without budget`);
        if (mod === "tkdn" && need.minTkdnPercent === undefined) errors.push(`${pw}: ${m} on a need without minimum TKDN`);
        if (arg !== undefined && mod !== "tkdn" && !need.requiredCertifications.includes(arg as CertificationType))
          errors.push(`${pw}: ${m} on a type the need does not require`);
      }
    }
  }
  if (english !== 7) errors.push(`${english} needs marked English, 7 expected`);
  if (NEEDS.length !== 30) errors.push(`${NEEDS.length} needs, 30 expected`);
}

// ───────────────────────────── building the catalogue ─────────────────────────────

interface PlantInst {
  need: NeedSpec;
  plant: Plant;
  category: ProductCategory;
  unit: Unit;
  sector: Sector;
  allowed: Set<Group>;
  product?: ProductRec;
}
interface WorkProducer {
  sector: Sector;
  plants: PlantInst[];
  cap: number;
  allowed: Set<Group>;
  rec?: ProducerRec;
  products: ProductRec[];
  fillerKinds: FillerKind[];
}

const intersect = (a: Set<Group>, b: Set<Group>): Set<Group> => new Set([...a].filter((g) => b.has(g)));

function buildPlants(): PlantInst[] {
  const out: PlantInst[] = [];
  for (const need of NEEDS) {
    const needGroup = groupOf(need.deliveryProvinceCode);
    for (const plant of need.plants) {
      const category = plant.category ?? need.category;
      const sector = sectorOf.get(category);
      if (!sector) throw new Error(`no sector for ${category}`);
      let allowed = new Set<Group>(GROUPS);
      if (plant.kind === "A" || plant.kind === "S")
        allowed = has(plant, "island") ? new Set(GROUPS.filter((g) => g !== needGroup)) : new Set([needGroup]);
      out.push({ need, plant, category, unit: plant.unit ?? need.unit, sector, allowed });
    }
  }
  return out;
}

/**
 * Packs the plants into producers of their sector: one plant per need per producer, 1-3 plants each
 * of which at most 2 asked/substitute/related (the rest of a producer's catalogue is fillers, so
 * most of every producer's products are unrelated to the needs).
 */
function packProducers(plants: PlantInst[]): WorkProducer[] {
  const producers: WorkProducer[] = [];
  for (const sector of SECTORS) {
    const mine: WorkProducer[] = [];
    for (const pi of shuffle(plants.filter((p) => p.sector === sector))) {
      const related = (w: WorkProducer): number => w.plants.filter((q) => q.plant.kind !== "D").length;
      const fits = mine.filter(
        (w) =>
          w.plants.length < w.cap &&
          (pi.plant.kind === "D" || related(w) < 2) &&
          !w.plants.some((q) => q.need.key === pi.need.key) &&
          intersect(w.allowed, pi.allowed).size > 0,
      );
      const sameCategory = fits.filter((w) => w.plants.some((q) => q.category === pi.category));
      const pool = sameCategory.length > 0 && chance(0.7) ? sameCategory : fits;
      let target = pool.length > 0 ? pick(pool) : undefined;
      if (!target) {
        target = { sector, plants: [], cap: weighted([[1, 15], [2, 50], [3, 35]] as const), allowed: new Set(GROUPS), products: [], fillerKinds: [] };
        mine.push(target);
      }
      target.plants.push(pi);
      target.allowed = intersect(target.allowed, pi.allowed);
    }
    producers.push(...mine);
  }
  return producers;
}

const usedNames = new Set<string>();
const usedNibs = new Set<string>();
const SECTOR_WORD: Record<Sector, string[]> = {
  food_beverage: ["Pangan", "Boga", "Snack", "Food"],
  textile_apparel: ["Konveksi", "Garmen", "Tekstil"],
  batik: ["Batik"],
  leather_footwear: ["Kulit", "Sepatu"],
  furniture_wood: ["Mebel", "Furniture", "Kayu"],
  handicraft: ["Kerajinan", "Kriya", "Craft"],
  metal_machinery: ["Teknik", "Logam", "Engineering"],
  chemical_building: ["Beton", "Kimia", "Bahan Bangunan"],
  packaging_printing: ["Grafika", "Kemasan", "Printing"],
  electronics: ["Elektrik", "Elektronik"],
  herbal_cosmetics: ["Herbal", "Jamu", "Kosmetik"],
};

function makeProducerRec(w: WorkProducer, ref: string): ProducerRec {
  const allowed = [...w.allowed];
  const group = weighted(allowed.map((g) => [g, GROUP_WEIGHT[g]] as const));
  const province = pick(provincesOfGroup.get(group) ?? []);
  const regency = pick(regenciesOf.get(province) ?? []);
  const bg = BACKGROUND[w.sector];
  const form = weighted<LegalForm | undefined>([
    ["ud", 24], ["cv", 24], ["perorangan", 12], ["pt_perorangan", 10], ["pt", 10], ["koperasi", 10], ["firma", 3], ["bumdes", 3], [undefined, 4],
  ]);
  const sw = pick(SECTOR_WORD[w.sector]);
  let legalName = "";
  for (let attempt = 0; attempt < 50 && (legalName === "" || usedNames.has(legalName)); attempt++) {
    const a = pick(NAME_WORDS);
    const b = pick([...NAME_WORDS, ...bg.nameWords].filter((x) => x !== a));
    const person = `${pick(["Bu", "Pak"])} ${pick(FIRST_NAMES)}`;
    legalName =
      form === "ud" ? `UD ${a} ${b}`
      : form === "cv" ? `CV ${a} ${b}${chance(0.4) ? ` ${pick(NAME_WORDS)}` : ""}`
      : form === "pt" ? `PT ${a} ${b} ${sw}`
      : form === "pt_perorangan" ? `PT ${sw} ${a} ${b}`
      : form === "koperasi" ? `Koperasi Produsen ${sw} ${a}`
      : form === "firma" ? `Firma ${a} ${b}`
      : form === "bumdes" ? `BUMDes ${a} ${b}`
      : form === "perorangan" ? `${pick(bg.nameWords)} ${person}`
      : `Kelompok Usaha ${pick(bg.nameWords)} ${a}`;
  }
  usedNames.add(legalName);
  let nib = "";
  while (nib === "" || usedNibs.has(nib)) nib = `${int(1, 9)}${String(int(0, 999_999)).padStart(6, "0")}${String(int(0, 999_999)).padStart(6, "0")}`;
  usedNibs.add(nib);
  const regencyTitle = regencyName.get(regency) ?? regency;
  const first = pick(FIRST_NAMES);
  const last = pick(LAST_NAMES);
  const slug = legalName.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  const contacts: ContactRec[] = [
    {
      name: `${first} ${last}`,
      position: form === "koperasi" ? "Ketua Koperasi" : pick(POSITIONS.filter((x) => x !== "Ketua Koperasi")),
      phone: `08${int(11, 59)} ${int(1000, 9999)} ${int(1000, 9999)}`,
      ...(chance(0.5) ? { email: `${first.toLowerCase().replace(/[^a-z]/g, "")}@${slug}.example` } : {}),
    },
  ];
  if (chance(0.3)) contacts.push({ name: `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`, position: pick(["Admin", "Bagian Penjualan", "Manajer Pemasaran"]) });
  const kbli = shuffle(bg.kbli).slice(0, int(1, 3));
  const rec: ProducerRec = {
    ref,
    legalName,
    ...(form !== undefined ? { legalForm: form } : {}),
    ...(chance(0.85) ? { nib } : {}),
    sector: w.sector,
    kbli,
    ...(chance(0.4) ? { sentraName: `${pick(bg.sentra)} ${regencyTitle.replace(/^(Kabupaten|Kota Administrasi|Kota) /, "")}` } : {}),
    provinceCode: province,
    regencyCode: regency,
    address: `${pick(STREETS)} No. ${int(1, 180)}, ${regencyTitle}, ${provinceName.get(province) ?? province}`,
    employees: int(3, 140),
    foundedYear: int(1982, 2023),
    ...(chance(0.6) ? { monthlyCapacity: int(200, 20000), capacityUnit: bg.capacityUnit } : {}),
    contacts,
  };
  return rec;
}

/** monthlyCapacity and leadTimeDays giving a capacity ratio (in the need's unit, by neededBy) within [lo, hi]. */
function solveCapacity(need: NeedSpec, factor: number, lo: number, hi: number, what: string): { monthly: number; lead: number } {
  const days = dayNum(need.neededBy) - dayNum(CAPACITY_START);
  const target = uniform(lo + (hi - lo) * 0.1, hi - (hi - lo) * 0.1);
  const leadRanges: [number, number][] = [[3, Math.min(45, days - 20)], [46, Math.min(120, days - 10)], [3, days - 5]];
  for (const [a, b] of leadRanges) {
    if (b < a) continue;
    for (const lead of shuffle(Array.from({ length: b - a + 1 }, (_, i) => a + i))) {
      const window = days - lead;
      for (const monthly of [Math.round((target * need.quantity * 30) / (window * factor)), Math.floor((lo * need.quantity * 30) / (window * factor)) + 1]) {
        if (monthly < 1) continue;
        const ratio = (monthly * window * factor) / 30 / need.quantity;
        if (ratio >= lo && ratio <= hi) return { monthly, lead };
      }
    }
  }
  throw new Error(`${what}: no capacity/lead time gives ${lo}-${hi} of the need`);
}

function plantProduct(pi: PlantInst, producerRef: string): ProductRec {
  const { need, plant } = pi;
  const what = `${need.key} ${plant.key}`;
  const factor = unitFactor(pi.unit, need.unit);
  let monthly: number;
  let lead: number;
  if (plant.kind === "A" || plant.kind === "S") {
    if (factor === undefined) throw new Error(`${what}: refusing an asked/substitute plant whose unit does not convert`);
    const [lo, hi] = has(plant, "cap70") ? [0.66, 0.76] : has(plant, "cap30") ? [0.32, 0.4] : [1.25, 2.6];
    ({ monthly, lead } = solveCapacity(need, factor, lo, hi, what));
  } else if (factor !== undefined) {
    ({ monthly, lead } = solveCapacity(need, factor, 1.25, 2.6, what));
  } else {
    monthly = int(50, 5000);
    lead = int(3, 30);
  }
  let priceMin: number;
  if (need.budgetPerUnit !== undefined && factor !== undefined) {
    const [lo, hi] = has(plant, "price30") ? [1.27, 1.33] : has(plant, "price60") ? [1.54, 1.66] : [0.72, 1.12];
    const base = need.budgetPerUnit * factor;
    priceMin = nicePrice(uniform(lo, hi) * base, Math.ceil(lo * base), Math.floor(hi * base));
  } else {
    priceMin = nicePrice(uniform(10_000, 300_000), 1, Number.MAX_SAFE_INTEGER);
  }
  const priceMax = nicePrice(priceMin * uniform(1.05, 1.3), priceMin, Number.MAX_SAFE_INTEGER);
  const minOrder = Math.max(1, Math.min(monthly, Math.floor(monthly * uniform(0.01, 0.15))));

  let tkdn: number | undefined;
  const min = need.minTkdnPercent;
  if (min !== undefined && plant.kind !== "D") {
    const mod = tkdnModOf(plant);
    tkdn =
      mod === "under" ? round2(min - uniform(2, 4))
      : mod === "viaCert" ? (chance(0.5) ? undefined : round2(Math.max(0, min - uniform(10, 20))))
      : mod === "multi" ? (chance(0.5) ? undefined : round2(Math.max(0, min - uniform(5, 15))))
      : mod === "none" ? undefined
      : round2(Math.min(99, min + uniform(5, 35)));
  } else {
    tkdn = chance(0.6) ? round2(uniform(15, 90)) : undefined;
  }
  return {
    ref: "",
    producerRef,
    name: plant.name,
    description: plant.description,
    category: pi.category,
    unit: pi.unit,
    minOrder,
    monthlyCapacity: monthly,
    priceMin,
    priceMax,
    ...(tkdn !== undefined ? { tkdnPercent: tkdn } : {}),
    leadTimeDays: lead,
    status: has(plant, "archived") ? "archived" : "active",
  };
}

function fillerProduct(kind: FillerKind, producerRef: string): ProductRec {
  const monthly = int(kind.capacity[0], kind.capacity[1]);
  const priceMin = nicePrice(uniform(kind.price[0], kind.price[1]), 1, Number.MAX_SAFE_INTEGER);
  return {
    ref: "",
    producerRef,
    name: pick(kind.names),
    description: kind.description,
    category: kind.category,
    unit: kind.unit,
    minOrder: Math.max(1, Math.floor(monthly * uniform(0.005, 0.1))),
    monthlyCapacity: monthly,
    priceMin,
    priceMax: nicePrice(priceMin * uniform(1.05, 1.35), priceMin, Number.MAX_SAFE_INTEGER),
    ...(chance(0.5) ? { tkdnPercent: round2(uniform(20, 92)) } : {}),
    leadTimeDays: int(2, 30),
    status: chance(0.05) ? "archived" : "active",
  };
}

// certificates

const ISSUERS: Record<CertificationType, string[]> = {
  halal: ["BPJPH Kementerian Agama"],
  pirt: ["Dinas Kesehatan"],
  bpom: ["Badan POM RI"],
  sni: ["LSPro Balai Besar Standardisasi dan Pelayanan Jasa Industri", "LSPro Baristand Industri", "LSPro Mutu Prima Indonesia"],
  tkdn: ["Kementerian Perindustrian RI"],
  hki: ["DJKI Kementerian Hukum"],
  iso9001: ["PT Mutu Sistem Indonesia", "Lembaga Sertifikasi Sistem Mutu Nusantara"],
  svlk: ["LVLK PT Mutu Hijau Indonesia", "LVLK PT Sertifikasi Kayu Lestari"],
  gmp: ["Badan POM RI (CPOTB)"],
  other: ["Dinas Perindustrian Provinsi"],
};
function certNumber(type: CertificationType, producer: ProducerRec, validFrom: string, validUntil: string): string {
  const d = (n: number): string => Array.from({ length: n }, () => String(int(0, 9))).join("");
  const year = validFrom.slice(0, 4);
  switch (type) {
    case "halal": return `ID${producer.provinceCode}${d(15)}`;
    case "pirt": return `P-IRT ${d(13)}-${validUntil.slice(2, 4)}`;
    case "bpom": return `BPOM RI MD ${d(12)}`;
    case "sni": return `SNI-${d(4)}/LSPro/${year}`;
    case "tkdn": return `TKDN-${d(5)}/${year}`;
    case "hki": return `IDM000${d(6)}`;
    case "iso9001": return `QMS-ID-${d(5)}`;
    case "svlk": return `SVLK-${d(2)}-${d(4)}-${year}`;
    case "gmp": return `CPOTB-${d(6)}`;
    case "other": return `SKI-${d(6)}`;
  }
}
const REJECTIONS = [
  "Nomor sertifikat tidak ditemukan pada sistem penerbit",
  "Nama usaha pada sertifikat berbeda dengan data NIB",
  "Dokumen yang diunggah tidak terbaca",
  "Ruang lingkup sertifikat tidak mencakup produk ini",
];

interface CertDraft {
  type: CertificationType;
  productRefs?: string[];
  status: CertStatus;
  validFrom: string;
  validUntil: string;
  tkdnPercent?: number;
}

function certDraft(type: CertificationType, mod: CertMod | "ok", neededBy: string, productRefs: string[] | undefined): CertDraft {
  const nb = dayNum(neededBy);
  let from = nb - int(200, 1100);
  let until = nb + int(90, 1400);
  let status: CertStatus = "verified";
  if (mod === "pending") status = "pending";
  if (mod === "rejected") status = "rejected";
  if (mod === "expired") {
    until = nb - int(10, 150);
    from = until - int(730, 1460);
  }
  if (mod === "future") {
    from = nb + int(5, 60);
    until = from + int(1095, 1460);
  }
  return { type, ...(productRefs ? { productRefs } : {}), status, validFrom: isoOf(from), validUntil: isoOf(until) };
}

function finishCert(d: CertDraft, producer: ProducerRec): Omit<CertRec, "ref"> {
  const issuerBase = pick(ISSUERS[d.type]);
  const issuer = d.type === "pirt" ? `${issuerBase} ${regencyName.get(producer.regencyCode) ?? producer.regencyCode}` : issuerBase;
  const verifiedAt = d.status === "verified" ? isoOf(Math.min(dayNum(d.validFrom) + int(5, 60), dayNum(TODAY) - int(0, 20))) : undefined;
  return {
    producerRef: producer.ref,
    ...(d.productRefs && d.productRefs.length > 0 ? { productRefs: d.productRefs } : {}),
    type: d.type,
    number: certNumber(d.type, producer, d.validFrom, d.validUntil),
    issuer,
    validFrom: d.validFrom,
    validUntil: d.validUntil,
    ...(d.tkdnPercent !== undefined ? { tkdnPercent: d.tkdnPercent } : {}),
    status: d.status,
    ...(verifiedAt !== undefined ? { verifiedAt } : {}),
    ...(d.status === "rejected" ? { rejectionReason: pick(REJECTIONS) } : {}),
  };
}

function plantCerts(w: WorkProducer, pi: PlantInst): CertDraft[] {
  const { need, plant } = pi;
  const product = pi.product;
  if (!product) throw new Error("plant without product");
  const fillers = w.products.filter((p) => !w.plants.some((q) => q.product === p));
  /** Scoped to the product unless no other asked/substitute/related plant of the producer is for a need requiring the type; then half producer-wide. */
  const scope = (type: CertificationType): string[] | undefined => {
    const others = w.plants.some((q) => q !== pi && q.plant.kind !== "D" && requiredTypes(q.need).includes(type));
    return others || chance(0.5) ? [product.ref] : undefined;
  };
  const out: CertDraft[] = [];
  for (const type of need.requiredCertifications) {
    if (plant.kind === "D") {
      if (chance(0.6)) out.push(certDraft(type, "ok", need.neededBy, scope(type)));
      continue;
    }
    const mod = certModOf(plant, type);
    if (mod === "missing") continue;
    if (mod === "scoped") {
      const other = fillers.length > 0 ? pick(fillers) : undefined;
      if (!other) throw new Error(`${need.key} ${plant.key}: no other product to scope a certificate to`);
      out.push(certDraft(type, "ok", need.neededBy, [other.ref]));
      continue;
    }
    out.push(certDraft(type, mod ?? "ok", need.neededBy, scope(type)));
  }
  const min = need.minTkdnPercent;
  if (min !== undefined && plant.kind !== "D") {
    const mod = tkdnModOf(plant);
    const tk = (value: number, status: CertStatus): CertDraft => ({ ...certDraft("tkdn", status === "rejected" ? "rejected" : "ok", need.neededBy, scope("tkdn")), status, tkdnPercent: round2(Math.max(0, Math.min(100, value))) });
    if (mod === "certUnder") out.push(tk(min - uniform(2, 5), "verified"));
    else if (mod === "viaCert") out.push(tk(min + uniform(2, 20), "verified"));
    else if (mod === "multi") {
      out.push(tk(min - uniform(3, 10), "verified"));
      out.push(tk(min + uniform(1, 15), "verified"));
    } else if (mod === "rejectedCert") out.push(tk(min - uniform(5, 10), "rejected"));
    else if (mod === undefined && chance(0.3)) out.push(tk(min + uniform(2, 30), "verified"));
  }
  return out;
}

function extraCerts(w: WorkProducer): CertDraft[] {
  const producer = w.rec;
  if (!producer) return [];
  const required = new Set(w.plants.flatMap((q) => requiredTypes(q.need)));
  const candidates = [...BACKGROUND[w.sector].certTypes, "tkdn" as const].filter((t) => !required.has(t));
  const fillers = w.products.filter((p) => !w.plants.some((q) => q.product === p));
  const out: CertDraft[] = [];
  for (const type of shuffle(candidates).slice(0, int(0, 2))) {
    const refs = chance(0.5) || fillers.length === 0 ? undefined : shuffle(fillers).slice(0, int(1, Math.min(2, fillers.length))).map((p) => p.ref);
    const anchor = isoOf(dayNum(TODAY) + int(60, 400));
    const mod = weighted<CertMod | "ok">([["ok", 70], ["pending", 12], ["expired", 10], ["rejected", 8]]);
    const d = certDraft(type, mod, anchor, refs);
    out.push(type === "tkdn" ? { ...d, tkdnPercent: round2(uniform(20, 80)) } : d);
  }
  return out;
}

// ───────────────────────────── schema validation ─────────────────────────────

interface SchemaNode {
  type?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  enum?: (string | number)[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  items?: SchemaNode;
  allOf?: SchemaNode[];
  format?: string;
}

function validateNode(node: SchemaNode, value: unknown, path: string, out: string[]): void {
  for (const sub of node.allOf ?? []) validateNode(sub, value, path, out);
  const t = node.type;
  if (t === "object") {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return void out.push(`${path}: not an object`);
    const obj = value as Record<string, unknown>;
    for (const key of node.required ?? []) if (obj[key] === undefined) out.push(`${path}: missing ${key}`);
    for (const [key, v] of Object.entries(obj)) {
      if (path === "$" && key === "$schema") continue;
      const sub = node.properties?.[key];
      if (!sub) out.push(`${path}: unknown property ${key}`);
      else if (v !== undefined) validateNode(sub, v, `${path}.${key}`, out);
    }
    return;
  }
  if (t === "array") {
    if (!Array.isArray(value)) return void out.push(`${path}: not an array`);
    if (node.maxItems !== undefined && value.length > node.maxItems) out.push(`${path}: more than ${node.maxItems} items`);
    value.forEach((v, i) => node.items && validateNode(node.items, v, `${path}[${i}]`, out));
    return;
  }
  if (t === "string" || (t === undefined && typeof value === "string")) {
    if (typeof value !== "string") return void out.push(`${path}: not a string`);
    if (node.minLength !== undefined && value.length < node.minLength) out.push(`${path}: shorter than ${node.minLength}`);
    if (node.maxLength !== undefined && value.length > node.maxLength) out.push(`${path}: longer than ${node.maxLength}`);
    if (node.pattern !== undefined && !new RegExp(node.pattern).test(value)) out.push(`${path}: ${JSON.stringify(value)} does not match ${node.pattern}`);
    if (node.format === "date") {
      try {
        dayNum(value);
      } catch {
        out.push(`${path}: ${value} is not a date`);
      }
    }
  }
  if (t === "integer" || t === "number") {
    if (typeof value !== "number" || !Number.isFinite(value)) return void out.push(`${path}: not a number`);
    if (t === "integer" && !Number.isInteger(value)) out.push(`${path}: ${value} is not an integer`);
    if (node.minimum !== undefined && value < node.minimum) out.push(`${path}: ${value} < ${node.minimum}`);
    if (node.maximum !== undefined && value > node.maximum) out.push(`${path}: ${value} > ${node.maximum}`);
  }
  if (node.enum && !node.enum.includes(value as string | number)) out.push(`${path}: ${JSON.stringify(value)} not in enum`);
}

function sameSet(a: readonly (string | number)[] | undefined, b: readonly string[]): boolean {
  return a !== undefined && a.length === b.length && b.every((x) => a.includes(x));
}

function validateCatalogue(cat: Catalogue): string[] {
  const out: string[] = [];
  const schema = JSON.parse(readFileSync(SCHEMA_PATH, "utf8")) as SchemaNode;
  validateNode(schema, cat, "$", out);

  // The schema's enums are the domain's lists.
  const item = (k: string): SchemaNode | undefined => schema.properties?.[k]?.items;
  const enumOf = (k: string, f: string): (string | number)[] | undefined => item(k)?.properties?.[f]?.enum;
  const pairs: [string, string, readonly string[]][] = [
    ["producers", "sector", SECTORS], ["producers", "legalForm", LEGAL_FORMS], ["producers", "capacityUnit", UNITS],
    ["buyers", "buyerType", BUYER_TYPES], ["buyers", "legalForm", LEGAL_FORMS],
    ["products", "category", PRODUCT_CATEGORY_KEYS], ["products", "unit", UNITS], ["products", "status", PRODUCT_STATUSES],
    ["certifications", "type", CERTIFICATION_TYPES], ["certifications", "status", CERTIFICATION_STATUSES],
    ["needs", "category", PRODUCT_CATEGORY_KEYS], ["needs", "unit", UNITS], ["needs", "visibility", NEED_VISIBILITIES], ["needs", "status", NEED_STATUSES],
  ];
  for (const [k, f, list] of pairs) if (!sameSet(enumOf(k, f), list)) out.push(`schema ${k}.${f} enum differs from domain.ts`);
  if (!sameSet(item("needs")?.properties?.requiredCertifications?.items?.enum, CERTIFICATION_TYPES)) out.push("schema needs.requiredCertifications enum differs from domain.ts");

  // Values against domain.ts directly.
  const inList = (v: string | undefined, list: readonly string[], what: string): void => {
    if (v !== undefined && !list.includes(v)) out.push(`${what}: ${v} not in domain.ts`);
  };
  for (const p of cat.producers) {
    inList(p.sector, SECTORS, `${p.ref} sector`);
    inList(p.legalForm, LEGAL_FORMS, `${p.ref} legalForm`);
    inList(p.capacityUnit, UNITS, `${p.ref} capacityUnit`);
    checkRegion(p.provinceCode, p.regencyCode, p.ref, out);
    if (p.kbli.length > 5) out.push(`${p.ref}: more than 5 KBLI codes`);
    if (p.contacts.length > 3) out.push(`${p.ref}: more than 3 contacts`);
  }
  for (const b of cat.buyers) {
    inList(b.buyerType, BUYER_TYPES, `${b.ref} buyerType`);
    inList(b.legalForm, LEGAL_FORMS, `${b.ref} legalForm`);
    const [prov, reg] = b.regionCode.includes(".") ? [b.regionCode.slice(0, 2), b.regionCode] : [b.regionCode, undefined];
    checkRegion(prov, reg, b.ref, out);
  }
  for (const p of cat.products) {
    inList(p.category, PRODUCT_CATEGORY_KEYS, `${p.ref} category`);
    inList(p.unit, UNITS, `${p.ref} unit`);
    inList(p.status, PRODUCT_STATUSES, `${p.ref} status`);
    if (p.monthlyCapacity === undefined || p.minOrder > p.monthlyCapacity) out.push(`${p.ref}: minOrder ${p.minOrder} exceeds monthlyCapacity ${p.monthlyCapacity}`);
    if (p.priceMin !== undefined && p.priceMax !== undefined && p.priceMax < p.priceMin) out.push(`${p.ref}: priceMax < priceMin`);
  }
  for (const c of cat.certifications) {
    inList(c.type, CERTIFICATION_TYPES, `${c.ref} type`);
    inList(c.status, CERTIFICATION_STATUSES, `${c.ref} status`);
    if (c.validFrom && c.validUntil && c.validFrom > c.validUntil) out.push(`${c.ref}: validFrom after validUntil`);
    if (c.verifiedAt && c.verifiedAt > TODAY) out.push(`${c.ref}: verified after ${TODAY}`);
    if (c.status === "verified" && !c.verifiedAt) out.push(`${c.ref}: verified without verifiedAt`);
  }
  for (const n of cat.needs) {
    inList(n.category, PRODUCT_CATEGORY_KEYS, `${n.ref} category`);
    inList(n.unit, UNITS, `${n.ref} unit`);
    for (const t of n.requiredCertifications ?? []) inList(t, CERTIFICATION_TYPES, `${n.ref} requiredCertifications`);
    inList(n.visibility, NEED_VISIBILITIES, `${n.ref} visibility`);
    inList(n.status, NEED_STATUSES, `${n.ref} status`);
    checkRegion(n.deliveryProvinceCode, n.deliveryRegencyCode, n.ref, out);
    if (n.neededBy < NEEDED_BY_MIN || n.neededBy > NEEDED_BY_MAX) out.push(`${n.ref}: neededBy out of range`);
  }

  // References.
  const refs = new Set<string>();
  const all: { ref: string }[] = [...cat.producers, ...cat.buyers, ...cat.products, ...cat.certifications, ...cat.needs];
  for (const r of all) {
    if (!r.ref.startsWith(PREFIX)) out.push(`${r.ref}: ref without ${PREFIX}`);
    if (refs.has(r.ref)) out.push(`${r.ref}: duplicate ref`);
    refs.add(r.ref);
  }
  const producerRefs = new Set(cat.producers.map((p) => p.ref));
  const productOwner = new Map(cat.products.map((p) => [p.ref, p.producerRef]));
  const buyerRefs = new Set(cat.buyers.map((b) => b.ref));
  for (const p of cat.products) if (!producerRefs.has(p.producerRef)) out.push(`${p.ref}: unknown producer ${p.producerRef}`);
  for (const c of cat.certifications) {
    if (!producerRefs.has(c.producerRef)) out.push(`${c.ref}: unknown producer ${c.producerRef}`);
    for (const r of c.productRefs ?? []) if (productOwner.get(r) !== c.producerRef) out.push(`${c.ref}: product ${r} is not the producer's`);
  }
  for (const n of cat.needs) if (!buyerRefs.has(n.buyerRef)) out.push(`${n.ref}: unknown buyer ${n.buyerRef}`);
  const perProducer = new Map<string, number>();
  for (const p of cat.products) perProducer.set(p.producerRef, (perProducer.get(p.producerRef) ?? 0) + 1);
  for (const p of cat.producers) {
    const n = perProducer.get(p.ref) ?? 0;
    if (n < 3 || n > 6) out.push(`${p.ref}: ${n} products (3-6 expected)`);
  }
  return out;
}

// ───────────────────────────── main ─────────────────────────────

function main(): void {
  for (const p of [SCHEMA_PATH, PROVINCES_CSV, REGENCIES_CSV]) if (!existsSync(p)) throw new Error(`missing ${p}`);
  checkSpecs();
  if (errors.length > 0) return fail(errors);

  // Producers: packed plant holders plus filler-only producers, in a shuffled order.
  const plants = buildPlants();
  const work = packProducers(plants);
  while (work.length < TARGET_PRODUCERS)
    work.push({ sector: pick(SECTORS), plants: [], cap: 0, allowed: new Set(GROUPS), products: [], fillerKinds: [] });
  const ordered = shuffle(work);
  const producers: ProducerRec[] = [];
  ordered.forEach((w, i) => {
    w.rec = makeProducerRec(w, `${PREFIX}IKM-${String(i + 1).padStart(3, "0")}`);
    producers.push(w.rec);
  });

  // Products: each producer's plants and fillers, shuffled, numbered in order.
  const products: ProductRec[] = [];
  for (const w of ordered) {
    const rec = w.rec;
    if (!rec) throw new Error("producer without record");
    // Fillers and decoys (unrelated to every need) outnumber the asked/substitute/related plants.
    const related = w.plants.filter((pi) => pi.plant.kind !== "D").length;
    const decoys = w.plants.length - related;
    const minTotal = Math.max(3, w.plants.length + Math.max(1, related - decoys + 1));
    const total = Math.max(minTotal, weighted([[3, 10], [4, 25], [5, 35], [6, 30]] as const));
    if (total > 6) throw new Error(`${rec.ref}: ${w.plants.length} plants leave no room for fillers`);
    const drafts: { make: () => ProductRec; plant?: PlantInst }[] = w.plants.map((pi) => ({ make: () => plantProduct(pi, rec.ref), plant: pi }));
    for (const kind of shuffle(BACKGROUND[w.sector].fillers).slice(0, total - w.plants.length)) {
      w.fillerKinds.push(kind);
      drafts.push({ make: () => fillerProduct(kind, rec.ref) });
    }
    for (const d of shuffle(drafts)) {
      const p = d.make();
      p.ref = `${PREFIX}PRD-${String(products.length + 1).padStart(4, "0")}`;
      if (d.plant) d.plant.product = p;
      w.products.push(p);
      products.push(p);
    }
    const names = w.products.filter((p) => p.status === "active").map((p) => p.name);
    rec.description = `${rec.legalName} di ${regencyName.get(rec.regencyCode) ?? rec.regencyCode} memproduksi ${names.slice(0, 4).join(", ")}${names.length > 4 ? " dan lainnya" : ""}.`;
  }

  // Certificates.
  const certifications: CertRec[] = [];
  for (const w of ordered) {
    const rec = w.rec;
    if (!rec) continue;
    const drafts = [...w.plants.flatMap((pi) => plantCerts(w, pi)), ...extraCerts(w)];
    for (const d of shuffle(drafts)) certifications.push({ ref: `${PREFIX}CERT-${String(certifications.length + 1).padStart(4, "0")}`, ...finishCert(d, rec) });
  }

  const buyers: BuyerRec[] = BUYERS.map((b) => ({
    ref: `${PREFIX}${b.key}`,
    name: b.name,
    legalForm: b.legalForm,
    buyerType: b.buyerType,
    regionCode: b.regionCode,
    address: b.address,
    website: b.website,
  }));
  const needs: NeedRec[] = NEEDS.map((n) => ({
    ref: `${PREFIX}${n.key}`,
    buyerRef: `${PREFIX}${n.buyer}`,
    title: n.title,
    description: n.description,
    category: n.category,
    quantity: n.quantity,
    unit: n.unit,
    deliveryProvinceCode: n.deliveryProvinceCode,
    deliveryRegencyCode: n.deliveryRegencyCode,
    neededBy: n.neededBy,
    requiredCertifications: n.requiredCertifications,
    ...(n.minTkdnPercent !== undefined ? { minTkdnPercent: n.minTkdnPercent } : {}),
    ...(n.budgetPerUnit !== undefined ? { budgetPerUnit: n.budgetPerUnit } : {}),
    visibility: n.visibility,
    status: "open",
  }));
  const catalogue: Catalogue = {
    $schema: "../../../app/models/import/import.schema.json",
    producers,
    buyers,
    products,
    certifications,
    needs,
  };

  const schemaErrors = validateCatalogue(catalogue);
  if (schemaErrors.length > 0) return fail(schemaErrors);

  // Grade every producer for every need with the one grading function.
  const concept = new Map<string, Map<string, Kind>>();
  const plantedPair = new Map<string, PlantInst>();
  const producerOfProduct = new Map(products.map((p) => [p.ref, p.producerRef]));
  for (const pi of plants) {
    const p = pi.product;
    if (!p) throw new Error(`${pi.need.key} ${pi.plant.key}: not built`);
    const needRef = `${PREFIX}${pi.need.key}`;
    if (pi.plant.kind !== "D") {
      const m = concept.get(p.ref) ?? new Map<string, Kind>();
      m.set(needRef, pi.plant.kind);
      concept.set(p.ref, m);
    }
    const key = `${needRef}|${producerOfProduct.get(p.ref) ?? ""}`;
    if (plantedPair.has(key)) errors.push(`${key}: two plants for one need in one producer`);
    plantedPair.set(key, pi);
  }
  const productsOf = new Map<string, ProductRec[]>();
  for (const p of products) productsOf.set(p.producerRef, [...(productsOf.get(p.producerRef) ?? []), p]);
  const certsOf = new Map<string, CertRec[]>();
  for (const c of certifications) certsOf.set(c.producerRef, [...(certsOf.get(c.producerRef) ?? []), c]);

  const grades: Record<string, Record<string, number>> = {};
  const nearMisses: Record<string, string[]> = {};
  const reasons: Record<string, Record<string, string>> = {};
  const perGrade: Record<number, number> = { 1: 0, 2: 0, 3: 0 };
  let nearMissCount = 0;
  for (const need of needs) {
    grades[need.ref] = {};
    nearMisses[need.ref] = [];
    reasons[need.ref] = {};
    for (const producer of producers) {
      const outcome = gradeProducerForNeed(need, producer, productsOf.get(producer.ref) ?? [], certsOf.get(producer.ref) ?? [], (ref) => concept.get(ref)?.get(need.ref));
      const pi = plantedPair.get(`${need.ref}|${producer.ref}`);
      if (pi) {
        if (outcome.grade !== pi.plant.grade || outcome.nearMiss !== pi.plant.nearMiss)
          errors.push(
            `${need.ref} ${pi.plant.key} "${pi.plant.name}" at ${producer.ref}: computed grade ${outcome.grade}${outcome.nearMiss ? " (near miss)" : ""}, declared ${pi.plant.grade}${pi.plant.nearMiss ? " (near miss)" : ""}`,
          );
      } else if (outcome.grade !== 0 || outcome.nearMiss) errors.push(`${need.ref} ${producer.ref}: graded ${outcome.grade} without a plant`);
      if (outcome.grade > 0) {
        (grades[need.ref] ?? {})[producer.ref] = outcome.grade;
        perGrade[outcome.grade] = (perGrade[outcome.grade] ?? 0) + 1;
      }
      if (outcome.nearMiss) {
        nearMisses[need.ref]?.push(producer.ref);
        (reasons[need.ref] ?? {})[producer.ref] = outcome.reason;
        nearMissCount += 1;
      }
    }
    if (!Object.values(grades[need.ref] ?? {}).includes(3)) errors.push(`${need.ref}: no producer graded 3`);
  }

  // Coverage of the traps the set must hold.
  const allMods = new Set(NEEDS.flatMap((n) => n.plants.flatMap((p) => p.mods.map((m) => m.split(":")[0] === "tkdn" ? m : (m.split(":")[0] ?? m)))));
  for (const m of ["pending", "expired", "scoped", "rejected", "missing", "future", "tkdn:under", "tkdn:certUnder", "tkdn:viaCert", "tkdn:multi", "tkdn:rejectedCert", "tkdn:none", "cap70", "cap30", "price30", "price60", "island", "archived"])
    if (!allMods.has(m)) errors.push(`no plant uses ${m}`);
  for (const w of work) {
    const related = w.plants.filter((pi) => pi.plant.kind !== "D").length;
    if (w.products.length - related <= related) errors.push(`${w.rec?.ref ?? "?"}: unrelated products do not outnumber planted A/S/R products`);
  }
  const otherCategory = plants.filter((pi) => (pi.plant.kind === "A" || pi.plant.kind === "S") && pi.category !== pi.need.category).length;
  if (otherCategory === 0) errors.push("no asked/substitute plant filed under another category");

  if (errors.length > 0) return fail(errors);

  writeFileSync(join(HERE, "catalogue.json"), `${JSON.stringify(catalogue, null, 2)}\n`);
  writeFileSync(join(HERE, "grades.json"), `${JSON.stringify(grades, null, 2)}\n`);
  writeFileSync(join(HERE, "near-misses.json"), `${JSON.stringify({ nearMisses, reasons }, null, 2)}\n`);

  const provinces = new Set(producers.map((p) => p.provinceCode));
  const certStatus = (s: CertStatus): number => certifications.filter((c) => c.status === s).length;
  const plantKinds = (k: string): number => plants.filter((p) => p.plant.kind === k).length;
  console.log("relevance set M written:");
  console.log(`  producers     ${producers.length} (${work.filter((w) => w.plants.length > 0).length} holding plants, ${work.filter((w) => w.plants.length === 0).length} fillers only) in ${provinces.size} provinces, ${new Set(producers.map((p) => groupOf(p.provinceCode))).size} island groups`);
  console.log(`  products      ${products.length} (${products.filter((p) => p.status === "archived").length} archived; planted ${plants.length}: A ${plantKinds("A")}, S ${plantKinds("S")}, R ${plantKinds("R")}, D ${plantKinds("D")}; ${otherCategory} A/S filed under another category)`);
  console.log(`  certificates  ${certifications.length} (verified ${certStatus("verified")}, pending ${certStatus("pending")}, rejected ${certStatus("rejected")})`);
  console.log(`  buyers        ${buyers.length}; needs ${needs.length} (${NEEDS.filter((n) => n.english).length} in English)`);
  console.log(`  graded pairs  ${perGrade[3] ?? 0} x 3, ${perGrade[2] ?? 0} x 2, ${perGrade[1] ?? 0} x 1 (${(perGrade[1] ?? 0) + (perGrade[2] ?? 0) + (perGrade[3] ?? 0)} in all)`);
  console.log(`  near misses   ${nearMissCount}`);
  console.log(`  self-checks   passed: ${plantedPair.size} planted pairs recomputed as declared; schema, domain and references valid`);
}

function fail(list: string[]): void {
  console.error(`relevance set M: ${list.length} check(s) failed, nothing written:`);
  for (const e of list.slice(0, 60)) console.error(`  - ${e}`);
  process.exitCode = 1;
}

main();
