// Deterministic generator of blind relevance set P ("dense": at least six right producers per need).
//
//   npx tsx tests/bench/relevance-set-p/generate.ts
//
// Writes catalogue.json (one import file), grades.json and near-misses.json next to this file.
// Every grade is recomputed by the single grading function gradeProducerForNeed below (copied
// from set N unchanged), from the generated data plus the concept each product was planted with.
// Self-checks run before anything is written (including a second build compared byte for byte and
// validation of catalogue.json against app/models/import/import.schema.json); on any failure the
// script prints the failures, writes nothing and exits 1.

import Ajv from "ajv";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  CERTIFICATION_TYPES,
  LEGAL_FORMS,
  PRODUCT_CATEGORIES,
  PRODUCT_CATEGORY_KEYS,
  SECTORS,
  UNITS,
  type CertificationType,
  type LegalForm,
  type ProductCategory,
  type Sector,
  type Unit,
} from "../../../app/models/domain.ts";
import {
  CERT_ISSUERS,
  EXTRA_CERT_TYPES,
  FILLERS,
  KBLI,
  LEAD_DAYS,
  NAME_ADJECTIVES,
  NAME_WORDS,
  OWNER_NAMES,
  POSITIONS,
  SENTRA_WORDS,
  STREETS,
  type FillerKind,
} from "./background.ts";
import { BUYERS, NEEDS, type CertModName, type Need, type Plant, type TkdnModName } from "./needs.ts";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, "..", "..", "..");
const AREA_DIR = join(ROOT, "node_modules", "idn-area-data", "data");
const AVOID_TITLES = "/tmp/seto-avoid-titles.txt";
const SCHEMA = join(ROOT, "app", "models", "import", "import.schema.json");

const SEED = 0x9d3e2026;
/** The grading reference date of the spec. */
export const REF_DATE = "2026-09-01";
const NEEDED_BY_MIN = "2026-10-15";
const NEEDED_BY_MAX = "2027-03-31";
const PREFIX = "SETP:";
const PAIR_RATE = 0.5;
const FILLER_ONLY_PRODUCERS = 6;
/** Every ARCHIVE_EVERY-th filler or decoy product is archived (about 23 of them, plus the archived plants). */
const ARCHIVE_EVERY = 24;

// ---------------------------------------------------------------------------------------------
// Small helpers

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

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(lo = 0, hi = 1): number {
    return lo + (hi - lo) * this.next();
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from empty list");
    return items[Math.floor(this.next() * items.length)] as T;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  }
  digits(n: number): string {
    let s = "";
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
}

function at<T>(items: readonly T[], i: number): T {
  const v = items[i];
  if (v === undefined) throw new Error(`index ${i} out of range`);
  return v;
}

const DAY_MS = 86_400_000;
function toDays(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / DAY_MS;
}
function fromDays(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}
function addDays(iso: string, n: number): string {
  return fromDays(toDays(iso) + n);
}
function daysBetween(from: string, to: string): number {
  return toDays(to) - toDays(from);
}
function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
function titleCase(s: string): string {
  return s
    .toLowerCase()
    .split(" ")
    .map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join(" ");
}
function normalise(s: string): string {
  return ` ${s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim()} `;
}
/** Whether the text contains the phrase as whole words. */
function containsPhrase(text: string, phrase: string): boolean {
  return normalise(text).includes(normalise(phrase));
}

// ---------------------------------------------------------------------------------------------
// Regions and island groups

export type IslandGroup = "sumatra" | "jawa_bali" | "nusa_tenggara" | "kalimantan" | "sulawesi" | "maluku_papua";
const GROUPS: IslandGroup[] = ["sumatra", "jawa_bali", "nusa_tenggara", "kalimantan", "sulawesi", "maluku_papua"];
const GROUP_PROVINCES: Record<IslandGroup, string[]> = {
  sumatra: ["11", "12", "13", "14", "15", "16", "17", "18", "19", "21"],
  jawa_bali: ["31", "32", "33", "34", "35", "36", "51"],
  nusa_tenggara: ["52", "53"],
  kalimantan: ["61", "62", "63", "64", "65"],
  sulawesi: ["71", "72", "73", "74", "75", "76"],
  maluku_papua: ["81", "82", "91", "92", "93", "94", "95", "96"],
};
/** Weights when a producer may sit in any island group. */
const GROUP_WEIGHTS: Record<IslandGroup, number> = {
  sumatra: 20,
  jawa_bali: 34,
  nusa_tenggara: 10,
  kalimantan: 12,
  sulawesi: 12,
  maluku_papua: 12,
};

export function islandGroupOf(provinceCode: string): IslandGroup {
  for (const g of GROUPS) if (GROUP_PROVINCES[g].includes(provinceCode)) return g;
  throw new Error(`province ${provinceCode} is in no island group`);
}

interface Areas {
  provinces: Map<string, string>;
  regencies: Map<string, { province: string; name: string }>;
  regenciesOf: Map<string, string[]>;
}

function readCsv(path: string): string[][] {
  return readFileSync(path, "utf8")
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim() !== "")
    .map((l) => l.split(","));
}

function loadAreas(): Areas {
  const provinces = new Map<string, string>();
  for (const [code, name] of readCsv(join(AREA_DIR, "provinces.csv"))) provinces.set(code ?? "", name ?? "");
  const regencies = new Map<string, { province: string; name: string }>();
  const regenciesOf = new Map<string, string[]>();
  for (const [code, province, name] of readCsv(join(AREA_DIR, "regencies.csv"))) {
    if (!code || !province) continue;
    regencies.set(code, { province, name: name ?? "" });
    const list = regenciesOf.get(province) ?? [];
    list.push(code);
    regenciesOf.set(province, list);
  }
  return { provinces, regencies, regenciesOf };
}

// ---------------------------------------------------------------------------------------------
// Units

const MASS: Partial<Record<Unit, number>> = { kg: 1, ton: 1000 };
const PACKS: Partial<Record<Unit, number>> = { lusin: 12, kodi: 20 };
const COUNTED: readonly Unit[] = ["pcs", "botol", "pasang", "lembar"];

/** How many `to` units one `from` unit makes, or undefined when the spec does not convert them. */
export function conversion(from: Unit, to: Unit): number | undefined {
  if (from === to) return 1;
  const mf = MASS[from];
  const mt = MASS[to];
  if (mf !== undefined && mt !== undefined) return mf / mt;
  const pf = PACKS[from];
  if (pf !== undefined && COUNTED.includes(to)) return pf;
  const pt = PACKS[to];
  if (pt !== undefined && COUNTED.includes(from)) return 1 / pt;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Output record shapes (import.schema.json)

export interface ProducerOut {
  ref: string;
  legalName: string;
  legalForm: LegalForm;
  nib: string;
  sector: Sector;
  kbli: string[];
  sentraName?: string;
  provinceCode: string;
  regencyCode: string;
  address: string;
  employees: number;
  foundedYear: number;
  description: string;
  contacts: { name: string; position: string; phone: string; email?: string }[];
}

export interface ProductOut {
  ref: string;
  producerRef: string;
  name: string;
  description: string;
  category: ProductCategory;
  unit: Unit;
  minOrder: number;
  monthlyCapacity: number;
  priceMin: number;
  priceMax: number;
  tkdnPercent?: number;
  leadTimeDays: number;
  status: "active" | "archived";
}

export interface CertOut {
  ref: string;
  producerRef: string;
  productRefs?: string[];
  type: CertificationType;
  number: string;
  issuer: string;
  validFrom: string;
  validUntil: string;
  tkdnPercent?: number;
  status: "pending" | "verified" | "rejected";
  verifiedAt?: string;
  rejectionReason?: string;
}

export interface NeedOut {
  ref: string;
  buyerRef: string;
  title: string;
  description: string;
  category: ProductCategory;
  quantity: number;
  unit: Unit;
  deliveryProvinceCode: string;
  deliveryRegencyCode: string;
  neededBy: string;
  requiredCertifications: CertificationType[];
  minTkdnPercent?: number;
  budgetPerUnit: number;
  visibility: "public" | "invited";
  status: "open";
}

export type Concept = "A" | "S" | "R";

// ---------------------------------------------------------------------------------------------
// THE grading function (the only place grades are computed)

export interface HardFailure {
  code: string;
  fixable: boolean;
  text: string;
}

export interface ProductEvaluation {
  productRef: string;
  concept: Concept;
  hard: HardFailure[];
  shortfall: number;
  soft: string[];
  grade: 0 | 1 | 2 | 3;
}

export interface ProducerGrade {
  grade: 0 | 1 | 2 | 3;
  nearMiss: boolean;
  nearMissReason?: string;
  products: ProductEvaluation[];
}

function certCovers(c: CertOut, productRef: string): boolean {
  return !c.productRefs || c.productRefs.length === 0 || c.productRefs.includes(productRef);
}
function certLive(c: CertOut, neededBy: string): boolean {
  return (c.status === "verified" || c.status === "pending") && c.validFrom <= neededBy && neededBy <= c.validUntil;
}

/**
 * The grade of a producer for a need: that of its best active product, per the spec.
 * `conceptOf` gives the kind a product was planted with for that need (A, S, R) or undefined
 * (decoys, fillers, products planted for other needs: unrelated).
 */
export function gradeProducerForNeed(
  need: NeedOut,
  producer: ProducerOut,
  products: readonly ProductOut[],
  certs: readonly CertOut[],
  conceptOf: (productRef: string, needRef: string) => Concept | undefined,
): ProducerGrade {
  const evaluations: ProductEvaluation[] = [];
  const neededBy = need.neededBy;
  for (const product of products) {
    if (product.producerRef !== producer.ref || product.status !== "active") continue;
    const concept = conceptOf(product.ref, need.ref);
    if (!concept) continue;
    const hard: HardFailure[] = [];
    const pendingOnly: CertificationType[] = [];
    for (const type of need.requiredCertifications) {
      const ofType = certs.filter((c) => c.producerRef === producer.ref && c.type === type);
      const covering = ofType.filter((c) => certCovers(c, product.ref));
      const live = covering.filter((c) => certLive(c, neededBy));
      if (live.length > 0) {
        if (live.every((c) => c.status === "pending")) pendingOnly.push(type);
        continue;
      }
      const future = covering.find((c) => c.status !== "rejected" && c.validFrom > neededBy);
      if (future) {
        hard.push({ code: `${type}:future`, fixable: false, text: `${type} certificate valid only from ${future.validFrom}, after neededBy ${neededBy}` });
      } else if (covering.some((c) => c.status === "rejected")) {
        hard.push({ code: `${type}:rejected`, fixable: true, text: `${type} certificate rejected` });
      } else if (covering.some((c) => c.validUntil < neededBy)) {
        const last = covering.map((c) => c.validUntil).sort().at(-1);
        hard.push({ code: `${type}:expired`, fixable: true, text: `${type} certificate expired ${last}, before neededBy ${neededBy}` });
      } else if (ofType.length > 0) {
        hard.push({ code: `${type}:scoped`, fixable: true, text: `${type} certificate scoped to another product` });
      } else {
        hard.push({ code: `${type}:missing`, fixable: true, text: `no ${type} certificate` });
      }
    }
    if (need.minTkdnPercent !== undefined) {
      const min = need.minTkdnPercent;
      const tkdnCerts = certs.filter(
        (c) => c.producerRef === producer.ref && c.type === "tkdn" && c.tkdnPercent !== undefined && certCovers(c, product.ref) && certLive(c, neededBy),
      );
      const value = tkdnCerts.length > 0 ? Math.max(...tkdnCerts.map((c) => c.tkdnPercent ?? 0)) : product.tkdnPercent;
      if (value === undefined) {
        hard.push({ code: "tkdn:none", fixable: false, text: "no TKDN value" });
      } else if (value < min) {
        const deficit = round2(min - value);
        hard.push({ code: "tkdn:under", fixable: deficit <= 5, text: `TKDN ${value}% is ${deficit} points under ${min}%${tkdnCerts.length > 0 ? " (certificate)" : " (declared)"}` });
      }
    }
    let shortfall = 0;
    const soft: string[] = [];
    if (hard.length === 0 && (concept === "A" || concept === "S")) {
      const factor = conversion(product.unit, need.unit);
      if (factor === undefined) throw new Error(`unit ${product.unit} of ${product.ref} does not convert to ${need.unit}`);
      const capacity = (product.monthlyCapacity * (daysBetween(REF_DATE, neededBy) - product.leadTimeDays)) / 30 * factor;
      const capRatio = capacity / need.quantity;
      if (capRatio < 0.5) {
        shortfall += 2;
        soft.push(`capacity ${Math.round(capRatio * 100)}%`);
      } else if (capRatio < 1) {
        shortfall += 1;
        soft.push(`capacity ${Math.round(capRatio * 100)}%`);
      }
      const over = product.priceMin / factor / need.budgetPerUnit - 1;
      if (over > 0.4) {
        shortfall += 2;
        soft.push(`price +${Math.round(over * 100)}%`);
      } else if (over > 0.2) {
        shortfall += 1;
        soft.push(`price +${Math.round(over * 100)}%`);
      }
      for (const type of pendingOnly) {
        shortfall += 1;
        soft.push(`${type} pending`);
      }
      if (islandGroupOf(producer.provinceCode) !== islandGroupOf(need.deliveryProvinceCode)) {
        shortfall += 1;
        soft.push("other island group");
      }
    }
    let grade: 0 | 1 | 2 | 3 = 0;
    if (hard.length === 0) {
      if (concept === "A") grade = shortfall === 0 ? 3 : shortfall === 1 ? 2 : 1;
      else if (concept === "S") grade = shortfall === 0 ? 2 : 1;
      else grade = 1;
    }
    evaluations.push({ productRef: product.ref, concept, hard, shortfall, soft, grade });
  }
  const grade = evaluations.reduce<0 | 1 | 2 | 3>((g, e) => (e.grade > g ? e.grade : g), 0);
  const anyPasses = evaluations.some((e) => (e.concept === "A" || e.concept === "S") && e.hard.length === 0);
  const candidate = evaluations.find((e) => e.concept === "A" && e.hard.length === 1 && e.hard[0]?.fixable === true);
  const nearMiss = !anyPasses && candidate !== undefined;
  const result: ProducerGrade = { grade, nearMiss, products: evaluations };
  if (nearMiss && candidate) {
    const name = products.find((p) => p.ref === candidate.productRef)?.name ?? candidate.productRef;
    result.nearMissReason = `asked product "${name}" (${candidate.productRef}) fails one fixable requirement: ${candidate.hard[0]?.text}`;
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Generation

interface PlantInst {
  id: string;
  need: Need;
  plant: Plant;
  sector: Sector;
  category: ProductCategory;
  unit: Unit;
  productRef?: string;
}

interface ProducerDraft {
  sector: Sector;
  plants: PlantInst[];
  decoys: PlantInst[];
  fillerCount: number;
  group?: IslandGroup;
}

interface Built {
  files: Record<string, string>;
  failures: string[];
  report: string[];
}

const SECTOR_OF = new Map<string, Sector>(PRODUCT_CATEGORIES.map((c) => [c.key, c.sector]));
function sectorOf(category: ProductCategory): Sector {
  const s = SECTOR_OF.get(category);
  if (!s) throw new Error(`no sector for ${category}`);
  return s;
}

function certMod(plant: Plant, type: CertificationType): CertModName | undefined {
  for (const m of plant.mods) {
    const [name, t] = m.split(":");
    if (t === type && name !== "tkdn") return name as CertModName;
  }
  return undefined;
}
function tkdnMod(plant: Plant): TkdnModName | undefined {
  for (const m of plant.mods) if (m.startsWith("tkdn:")) return m.slice(5) as TkdnModName;
  return undefined;
}
function needRequires(need: Need, type: CertificationType): boolean {
  return type === "tkdn" ? need.minTkdnPercent !== undefined : need.requiredCertifications.includes(type);
}

function roundPrice(x: number): number {
  const step = x >= 1_000_000 ? 1000 : x >= 100_000 ? 500 : x >= 10_000 ? 100 : x >= 2_000 ? 50 : 10;
  return Math.max(step, Math.round(x / step) * step);
}

function build(): Built {
  const rng = new Rng(SEED);
  const failures: string[] = [];
  const report: string[] = [];
  const fail = (msg: string): void => {
    failures.push(msg);
  };
  const areas = loadAreas();

  // --- checks on the authored data -------------------------------------------------------------
  const categoryKeys = new Set<string>(PRODUCT_CATEGORY_KEYS);
  const units = new Set<string>(UNITS);
  const certTypes = new Set<string>(CERTIFICATION_TYPES);
  for (const prov of areas.provinces.keys()) {
    try {
      islandGroupOf(prov);
    } catch {
      fail(`province ${prov} in provinces.csv has no island group`);
    }
  }
  if (NEEDS.length !== 20) fail(`expected 20 needs, got ${NEEDS.length}`);
  const seenCategories = new Set<string>();
  for (const need of NEEDS) {
    const where = need.ref;
    if (!need.ref.startsWith(PREFIX)) fail(`${where}: ref without ${PREFIX}`);
    if (!categoryKeys.has(need.category)) fail(`${where}: unknown category ${need.category}`);
    if (seenCategories.has(need.category)) fail(`${where}: category ${need.category} used twice`);
    seenCategories.add(need.category);
    if (!units.has(need.unit)) fail(`${where}: unknown unit ${need.unit}`);
    for (const t of need.requiredCertifications) if (!certTypes.has(t)) fail(`${where}: unknown certificate type ${t}`);
    if (need.neededBy < NEEDED_BY_MIN || need.neededBy > NEEDED_BY_MAX) fail(`${where}: neededBy ${need.neededBy} out of range`);
    if (!areas.provinces.has(need.deliveryProvinceCode)) fail(`${where}: unknown province ${need.deliveryProvinceCode}`);
    const reg = areas.regencies.get(need.deliveryRegencyCode);
    if (!reg || reg.province !== need.deliveryProvinceCode) fail(`${where}: regency ${need.deliveryRegencyCode} not in province ${need.deliveryProvinceCode}`);
    if (!BUYERS.some((b) => b.key === need.buyer)) fail(`${where}: unknown buyer ${need.buyer}`);
    const count = (k: string): number => need.plants.filter((p) => p.kind === k).length;
    if (count("A") < 7 || count("A") > 9) fail(`${where}: ${count("A")} asked plants (7–9 wanted)`);
    if (count("S") < 1 || count("S") > 3) fail(`${where}: ${count("S")} substitute plants`);
    if (count("R") !== 1) fail(`${where}: ${count("R")} related plants`);
    if (count("D") < 1 || count("D") > 3) fail(`${where}: ${count("D")} decoy plants`);
    const typos = need.plants.filter((p) => p.variant?.startsWith("typo:")).length;
    if (typos < 1 || typos > 2) fail(`${where}: ${typos} typo plants (one or two wanted)`);
    // Every asked plant has its own name; the planned right producers (A graded 2–3 without a
    // pending certificate, S graded 2) number at least six.
    const names = need.plants.filter((p) => p.kind === "A").map((p) => normalise(p.name));
    if (new Set(names).size !== names.length) fail(`${where}: two asked plants share a name`);
    const planned = need.plants.filter((p) => p.grade >= 2 && !p.mods.some((m) => m.startsWith("pending:"))).length;
    if (planned < 6) fail(`${where}: only ${planned} planned right producers (6 wanted)`);
    for (const plant of need.plants) {
      const pw = `${where} "${plant.name}"`;
      if (plant.kind === "A" && !plant.variant) fail(`${pw}: asked plant without naming variant`);
      if (plant.kind !== "A" && plant.variant) fail(`${pw}: naming variant on a non-asked plant`);
      if (plant.category && !categoryKeys.has(plant.category)) fail(`${pw}: unknown category ${plant.category}`);
      if (plant.unit && !units.has(plant.unit)) fail(`${pw}: unknown unit ${plant.unit}`);
      if (plant.name.length < 3 || plant.name.length > 120) fail(`${pw}: name length`);
      if (plant.description.length < 10) fail(`${pw}: description too short`);
      const unit = plant.unit ?? need.unit;
      if ((plant.kind === "A" || plant.kind === "S") && conversion(unit, need.unit) === undefined) fail(`${pw}: unit ${unit} does not convert to ${need.unit}`);
      if ((plant.kind === "R" || plant.kind === "D") && (!plant.unit || !plant.price)) fail(`${pw}: related/decoy plant needs unit and price`);
      if ((plant.kind === "A" || plant.kind === "S") && plant.price !== undefined) fail(`${pw}: asked/substitute plants take their price from the budget`);
      if (plant.kind === "D" && (plant.mods.length > 0 || plant.grade !== 0 || plant.nearMiss)) fail(`${pw}: decoys carry no modifiers and grade 0`);
      const tkdnMods = plant.mods.filter((m) => m.startsWith("tkdn:"));
      if (tkdnMods.length > 1) fail(`${pw}: several TKDN modifiers`);
      if (tkdnMods.length > 0 && need.minTkdnPercent === undefined) fail(`${pw}: TKDN modifier on a need without minimum TKDN`);
      for (const m of plant.mods) {
        const [name, type] = m.split(":");
        if (name !== "tkdn" && type !== undefined) {
          if (!certTypes.has(type)) fail(`${pw}: modifier ${m} names an unknown type`);
          if (!need.requiredCertifications.includes(type as CertificationType)) fail(`${pw}: modifier ${m} for a type the need does not require`);
        }
      }
      for (const t of need.requiredCertifications) {
        const n = plant.mods.filter((m) => m.endsWith(`:${t}`) && !m.startsWith("tkdn:")).length;
        if (n > 1) fail(`${pw}: several modifiers for ${t}`);
      }
      const capMods = plant.mods.filter((m) => m === "cap70" || m === "cap30").length;
      const priceMods = plant.mods.filter((m) => m === "price30" || m === "price60").length;
      if (capMods > 1 || priceMods > 1) fail(`${pw}: conflicting capacity/price modifiers`);
    }
  }
  if (seenCategories.size !== NEEDS.length) fail("needs do not each have their own category");
  const english = NEEDS.filter((n) => n.lang === "en").length;
  if (english < 4 || english > 6) fail(`${english} English titles (about 5 wanted)`);
  if (existsSync(AVOID_TITLES)) {
    const titles = readFileSync(AVOID_TITLES, "utf8").split(/\r?\n/).filter((l) => l.trim() !== "");
    if (titles.length < 100) fail(`${AVOID_TITLES}: only ${titles.length} titles`);
    for (const need of NEEDS) {
      if (need.asked.length === 0) fail(`${need.ref}: no asked phrasing`);
      for (const asked of need.asked) for (const t of titles) if (containsPhrase(t, asked)) fail(`${need.ref}: asked kind "${asked}" appears in earlier title "${t}"`);
    }
    report.push(`avoid titles checked: ${titles.length} titles in ${AVOID_TITLES}, none names an asked kind`);
  } else {
    report.push(`avoid titles NOT checked: ${AVOID_TITLES} absent`);
  }
  // Asked phrasings of one need must not name another need's kind.
  for (const need of NEEDS) {
    for (const other of NEEDS) {
      if (other === need) continue;
      for (const asked of need.asked) if (containsPhrase(other.title, asked)) fail(`${need.ref}: asked "${asked}" appears in the title of ${other.ref}`);
    }
  }
  // Fillers must stay clear of every need's asked kind, alternatives and companions.
  for (const sector of SECTORS) {
    for (const kind of FILLERS[sector]) {
      if (!categoryKeys.has(kind.category)) fail(`filler ${kind.names[0]}: unknown category`);
      if (sectorOf(kind.category) !== sector) fail(`filler ${kind.names[0]}: category ${kind.category} outside sector ${sector}`);
      if (!units.has(kind.unit)) fail(`filler ${kind.names[0]}: unknown unit`);
      for (const need of NEEDS) {
        for (const g of need.guard) {
          for (const text of [...kind.names, kind.description]) {
            if (containsPhrase(text, g)) fail(`filler "${text}" contains "${g}" guarded by ${need.ref}`);
          }
        }
      }
    }
    if (FILLERS[sector].length < 6) fail(`sector ${sector} has too few filler kinds`);
    for (const word of [...NAME_WORDS[sector], ...SENTRA_WORDS[sector]]) {
      for (const need of NEEDS) for (const g of need.guard) if (containsPhrase(word, g)) fail(`name word "${word}" contains "${g}" guarded by ${need.ref}`);
    }
  }
  for (const word of NAME_ADJECTIVES) for (const need of NEEDS) for (const g of need.guard) if (containsPhrase(word, g)) fail(`adjective "${word}" contains "${g}"`);
  if (failures.length > 0) return { files: {}, failures, report };

  // --- plant instances -------------------------------------------------------------------------
  const plants: PlantInst[] = [];
  NEEDS.forEach((need) => {
    need.plants.forEach((plant, i) => {
      const category = plant.category ?? need.category;
      plants.push({ id: `${need.ref}#${i + 1}`, need, plant, sector: sectorOf(category), category, unit: plant.unit ?? need.unit });
    });
  });
  const allowedGroups = (p: PlantInst): Set<IslandGroup> => {
    if (p.plant.kind === "R" || p.plant.kind === "D") return new Set(GROUPS);
    const g = islandGroupOf(p.need.deliveryProvinceCode);
    return p.plant.mods.includes("island") ? new Set(GROUPS.filter((x) => x !== g)) : new Set([g]);
  };
  const intersect = (a: Set<IslandGroup>, b: Set<IslandGroup>): Set<IslandGroup> => new Set([...a].filter((x) => b.has(x)));

  // --- producers: pair A/S/R plants within a sector ------------------------------------------------
  const drafts: ProducerDraft[] = [];
  for (const sector of SECTORS) {
    const bucket = rng.shuffle(plants.filter((p) => p.plant.kind !== "D" && p.sector === sector));
    const target = Math.min(Math.floor(bucket.length / 2), Math.round(bucket.length * PAIR_RATE));
    const taken = new Set<string>();
    let pairs = 0;
    for (let i = 0; i < bucket.length; i++) {
      const p = at(bucket, i);
      if (taken.has(p.id)) continue;
      taken.add(p.id);
      let partner: PlantInst | undefined;
      if (pairs < target) {
        for (let j = i + 1; j < bucket.length; j++) {
          const q = at(bucket, j);
          if (taken.has(q.id) || q.need.ref === p.need.ref) continue;
          if (intersect(allowedGroups(p), allowedGroups(q)).size === 0) continue;
          partner = q;
          break;
        }
      }
      if (partner) {
        taken.add(partner.id);
        pairs++;
        drafts.push({ sector, plants: [p, partner], decoys: [], fillerCount: 0 });
      } else {
        drafts.push({ sector, plants: [p], decoys: [], fillerCount: 0 });
      }
    }
  }
  // Decoys go to producers of their sector that hold nothing for the decoy's need.
  for (const d of plants.filter((p) => p.plant.kind === "D")) {
    const fits = (pd: ProducerDraft): boolean => {
      const p = pd.plants.length;
      const dn = pd.decoys.length + 1;
      return p + dn + Math.max(0, p + 1 - dn) <= 6;
    };
    const candidates = rng
      .shuffle(drafts.filter((pd) => pd.sector === d.sector && pd.decoys.length < 2 && fits(pd) && ![...pd.plants, ...pd.decoys].some((x) => x.need.ref === d.need.ref)))
      .sort((a, b) => a.decoys.length - b.decoys.length);
    const chosen = candidates[0];
    if (chosen) chosen.decoys.push(d);
    else drafts.push({ sector: d.sector, plants: [], decoys: [d], fillerCount: 0 });
  }
  const fillerOnlySectors = rng.shuffle(SECTORS).slice(0, FILLER_ONLY_PRODUCERS);
  for (const s of fillerOnlySectors) drafts.push({ sector: s, plants: [], decoys: [], fillerCount: 0 });
  // Interleave so that refs do not reveal the planting order.
  const ordered = rng.shuffle(drafts);

  // Product counts.
  for (const pd of ordered) {
    const p = pd.plants.length;
    const d = pd.decoys.length;
    let total = p === 2 ? rng.pick([5, 6]) : p === 1 ? rng.pick([3, 4, 4, 5, 5, 6]) : rng.pick([3, 4, 5, 6]);
    total = Math.max(total, 3, p + d + Math.max(0, p + 1 - d));
    if (total > 6) fail(`producer draft with ${p} plants and ${d} decoys needs ${total} products`);
    pd.fillerCount = total - p - d;
    const needsScopeTarget = pd.plants.some((x) => x.plant.mods.some((m) => m.startsWith("scoped:")));
    if (needsScopeTarget && pd.fillerCount + d === 0) fail("scoped certificate without another product");
  }

  // Island group and province.
  const provinceCycle = new Map<IslandGroup, { list: string[]; next: number }>();
  for (const g of GROUPS) {
    const list = rng.shuffle(GROUP_PROVINCES[g].filter((p) => areas.provinces.has(p) && (areas.regenciesOf.get(p)?.length ?? 0) > 0));
    provinceCycle.set(g, { list, next: 0 });
  }
  const placeIn = (allowed: Set<IslandGroup>): IslandGroup => {
    const options = GROUPS.filter((g) => allowed.has(g));
    if (options.length === 1) return at(options, 0);
    const total = options.reduce((s, g) => s + GROUP_WEIGHTS[g], 0);
    let x = rng.float(0, total);
    for (const g of options) {
      x -= GROUP_WEIGHTS[g];
      if (x < 0) return g;
    }
    return at(options, options.length - 1);
  };

  // --- build records -----------------------------------------------------------------------------
  const producers: ProducerOut[] = [];
  const products: ProductOut[] = [];
  const certs: CertOut[] = [];
  const concept = new Map<string, { needRef: string; concept: Concept }>();
  const plantOfProduct = new Map<string, PlantInst>();
  const producerOfPlant = new Map<string, string>();
  const usedNames = new Set<string>();
  const usedNibs = new Set<string>();
  let productSeq = 0;
  let otherSeq = 0;
  let certSeq = 0;
  let halfCounter = 0;
  const legalFormWeights: [LegalForm, number][] = [
    ["ud", 24], ["cv", 24], ["perorangan", 15], ["koperasi", 8], ["pt_perorangan", 9], ["pt", 10], ["firma", 3], ["bumdes", 5], ["yayasan", 2],
  ];
  const pickForm = (): LegalForm => {
    const total = legalFormWeights.reduce((s, [, w]) => s + w, 0);
    let x = rng.float(0, total);
    for (const [f, w] of legalFormWeights) {
      x -= w;
      if (x < 0) return f;
    }
    return "ud";
  };

  const fmtPhone = (): string => `08${rng.int(11, 59)} ${rng.digits(4)} ${rng.digits(4)}`;

  const liveFrom = (): string => addDays(REF_DATE, -rng.int(30, 1100));
  const liveUntil = (neededBy: string): string => addDays(neededBy, rng.int(60, 1400));
  const verifiedAtFor = (validFrom: string): string => {
    const ref = toDays(REF_DATE) - 1;
    const v = toDays(validFrom) + rng.int(3, 40);
    return fromDays(Math.min(v, ref - rng.int(0, 20)));
  };
  const certNumber = (type: CertificationType, provinceCode: string, year: string): string => {
    certSeq++;
    const seq = String(certSeq).padStart(5, "0");
    switch (type) {
      case "halal":
        return `ID${provinceCode}110${seq}${rng.digits(4)}${year.slice(2)}`;
      case "sni":
        return `SPPT-SNI-${seq}/${year}`;
      case "bpom":
        return `BPOM RI MD ${rng.digits(7)}${seq}`;
      case "pirt":
        return `P-IRT ${rng.digits(10)}${seq}`;
      case "tkdn":
        return `TKDN-${year}-${seq}`;
      case "hki":
        return `IDM000${seq}${rng.digits(3)}`;
      case "iso9001":
        return `QMS-${seq}-${year}`;
      case "svlk":
        return `VLK-${rng.digits(3)}-${seq}-${year}`;
      case "gmp":
        return `CPOTB-${seq}-${year}`;
      case "other":
        return `PKRT ${rng.digits(6)}${seq}`;
    }
  };

  for (const pd of ordered) {
    const producerRef = `${PREFIX}IKM-${String(producers.length + 1).padStart(3, "0")}`;
    let allowed = new Set<IslandGroup>(GROUPS);
    for (const p of pd.plants) allowed = intersect(allowed, allowedGroups(p));
    if (allowed.size === 0) fail(`${producerRef}: no island group satisfies its plants`);
    const group = placeIn(allowed.size === 0 ? new Set(GROUPS) : allowed);
    pd.group = group;
    const cycle = provinceCycle.get(group);
    if (!cycle || cycle.list.length === 0) throw new Error(`no provinces for ${group}`);
    const provinceCode = at(cycle.list, cycle.next % cycle.list.length);
    cycle.next++;
    const regencyCode = rng.pick(areas.regenciesOf.get(provinceCode) ?? []);
    const regencyName = titleCase((areas.regencies.get(regencyCode)?.name ?? "").replace(/^(KABUPATEN|KOTA)( ADMINISTRASI)? /, ""));
    const regencyLabel = titleCase(areas.regencies.get(regencyCode)?.name ?? "");

    // Products of this producer.
    const fillerKinds = rng.shuffle(FILLERS[pd.sector]).slice(0, pd.fillerCount);
    type Slot = { type: "plant"; inst: PlantInst } | { type: "decoy"; inst: PlantInst } | { type: "filler"; kind: FillerKind };
    const slots: Slot[] = rng.shuffle<Slot>([
      ...pd.plants.map((inst) => ({ type: "plant" as const, inst })),
      ...pd.decoys.map((inst) => ({ type: "decoy" as const, inst })),
      ...fillerKinds.map((kind) => ({ type: "filler" as const, kind })),
    ]);
    const myProducts: ProductOut[] = [];
    for (const slot of slots) {
      productSeq++;
      const ref = `${PREFIX}PRD-${String(productSeq).padStart(4, "0")}`;
      if (slot.type === "filler") {
        const kind = slot.kind;
        const price = roundPrice(kind.price * rng.float(0.85, 1.2));
        const cap = price >= 1_000_000 ? rng.int(5, 60) : price >= 100_000 ? rng.int(30, 600) : price >= 10_000 ? rng.int(200, 5000) : rng.int(1000, 50000);
        const [lo, hi] = LEAD_DAYS[pd.sector];
        const product: ProductOut = {
          ref,
          producerRef,
          name: rng.pick(kind.names),
          description: kind.description,
          category: kind.category,
          unit: kind.unit,
          minOrder: Math.max(1, Math.round(cap * rng.float(0.01, 0.1))),
          monthlyCapacity: cap,
          priceMin: price,
          priceMax: roundPrice(price * rng.float(1.05, 1.3)),
          leadTimeDays: rng.int(lo, hi),
          status: ++otherSeq % ARCHIVE_EVERY === 0 ? "archived" : "active",
        };
        if (rng.chance(0.5)) product.tkdnPercent = round2(rng.float(25, 85));
        myProducts.push(product);
        continue;
      }
      const inst = slot.inst;
      const plant = inst.plant;
      const need = inst.need;
      inst.productRef = ref;
      plantOfProduct.set(ref, inst);
      producerOfPlant.set(inst.id, producerRef);
      if (plant.kind !== "D") concept.set(ref, { needRef: need.ref, concept: plant.kind });
      const [lo, hi] = LEAD_DAYS[sectorOf(inst.category)];
      const leadTimeDays = rng.int(lo, hi);
      let monthlyCapacity: number;
      let priceMin: number;
      if (plant.kind === "A" || plant.kind === "S") {
        const factor = conversion(inst.unit, need.unit) ?? 1;
        const months = (daysBetween(REF_DATE, need.neededBy) - leadTimeDays) / 30;
        const [capLo, capHi, bandLo, bandHi] = plant.mods.includes("cap30")
          ? [0.32, 0.4, 0, 0.5]
          : plant.mods.includes("cap70")
            ? [0.66, 0.76, 0.5, 1]
            : [1.25, 2.6, 1, Infinity];
        const target = rng.float(capLo, capHi);
        const ratioOf = (m: number): number => (m * months * factor) / need.quantity;
        const exact = (need.quantity * target) / (months * factor);
        let best = Math.max(1, Math.round(exact));
        const candidates = [Math.floor(exact), Math.ceil(exact), Math.floor(exact) - 1, Math.ceil(exact) + 1].filter((m) => m >= 1);
        const inBand = candidates.filter((m) => ratioOf(m) >= capLo && ratioOf(m) <= capHi);
        const inGrade = candidates.filter((m) => ratioOf(m) >= bandLo && ratioOf(m) < bandHi);
        if (inBand.length > 0) best = inBand.sort((a, b) => Math.abs(ratioOf(a) - target) - Math.abs(ratioOf(b) - target))[0] ?? best;
        else if (inGrade.length > 0) best = inGrade.sort((a, b) => Math.abs(ratioOf(a) - target) - Math.abs(ratioOf(b) - target))[0] ?? best;
        monthlyCapacity = best;
        // Price ratio to budget: target range and the range the grade needs (lo exclusive, hi inclusive).
        const [pLo, pHi, pBandLo, pBandHi] = plant.mods.includes("price60")
          ? [1.54, 1.66, 1.4, Infinity]
          : plant.mods.includes("price30")
            ? [1.27, 1.33, 1.2, 1.4]
            : [0.72, 1.12, 0, 1.2];
        const raw = need.budgetPerUnit * rng.float(pLo, pHi) * factor;
        priceMin = roundPrice(raw);
        const ratioNow = priceMin / factor / need.budgetPerUnit;
        if (!(ratioNow > pBandLo && ratioNow <= pBandHi)) priceMin = Math.round(raw);
      } else {
        priceMin = roundPrice((plant.price ?? 10000) * rng.float(0.85, 1.15));
        monthlyCapacity = priceMin >= 1_000_000 ? rng.int(5, 60) : priceMin >= 100_000 ? rng.int(30, 600) : priceMin >= 10_000 ? rng.int(200, 5000) : rng.int(1000, 50000);
      }
      const product: ProductOut = {
        ref,
        producerRef,
        name: plant.name,
        description: plant.description,
        category: inst.category,
        unit: inst.unit,
        minOrder: Math.max(1, Math.min(monthlyCapacity, Math.round(monthlyCapacity * rng.float(0.02, 0.12)))),
        monthlyCapacity,
        priceMin,
        priceMax: Math.max(priceMin, roundPrice(priceMin * rng.float(1.05, 1.3))),
        leadTimeDays,
        status: plant.mods.includes("archived") ? "archived" : plant.kind === "D" && ++otherSeq % ARCHIVE_EVERY === 0 ? "archived" : "active",
      };
      // Declared TKDN.
      const min = need.minTkdnPercent;
      if (plant.kind !== "D" && min !== undefined) {
        const tm = tkdnMod(plant);
        if (tm === "under") product.tkdnPercent = round2(min - rng.float(2, 4));
        else if (tm === "viaCert") {
          if (rng.chance(0.5)) product.tkdnPercent = round2(min - rng.float(10, 20));
        } else if (tm === "multi") {
          if (rng.chance(0.5)) product.tkdnPercent = round2(min + rng.float(1, 10));
        } else if (tm === "none") {
          // no value anywhere
        } else product.tkdnPercent = round2(Math.min(95, min + rng.float(3, 25)));
      } else if (rng.chance(0.5)) product.tkdnPercent = round2(rng.float(20, 85));
      myProducts.push(product);
    }

    // Producer record.
    const legalForm = pickForm();
    const word = rng.pick(NAME_WORDS[pd.sector]);
    const adj = rng.pick(NAME_ADJECTIVES);
    const owner = rng.pick(OWNER_NAMES);
    let legalName: string;
    switch (legalForm) {
      case "ud":
        legalName = `UD ${word} ${adj}`;
        break;
      case "cv":
        legalName = `CV ${word} ${adj}`;
        break;
      case "pt":
        legalName = `PT ${word} ${adj} ${rng.pick(NAME_ADJECTIVES.filter((a) => a !== adj))}`;
        break;
      case "pt_perorangan":
        legalName = `PT ${word} ${owner.split(" ")[0]} ${adj}`;
        break;
      case "koperasi":
        legalName = `Koperasi Produsen ${word} ${adj}`;
        break;
      case "bumdes":
        legalName = `BUMDes ${adj} ${NEEDS.some((n) => n.guard.some((g) => containsPhrase(regencyName, g))) ? word : regencyName}`;
        break;
      case "firma":
        legalName = `Firma ${word} ${adj}`;
        break;
      case "yayasan":
        legalName = `Yayasan ${word} ${adj}`;
        break;
      default:
        legalName = `${word} ${owner}`;
    }
    if (usedNames.has(legalName)) legalName = `${legalName} ${rng.pick(NAME_ADJECTIVES)}`;
    while (usedNames.has(legalName)) legalName = `${legalName} ${rng.int(2, 9)}`;
    usedNames.add(legalName);
    let nib = `${rng.int(1, 9)}${rng.digits(12)}`;
    while (usedNibs.has(nib)) nib = `${rng.int(1, 9)}${rng.digits(12)}`;
    usedNibs.add(nib);
    const kbli = rng.shuffle(KBLI[pd.sector]).slice(0, rng.int(1, 3));
    const contacts: ProducerOut["contacts"] = [{ name: owner, position: rng.pick(POSITIONS.slice(0, 3)), phone: fmtPhone() }];
    if (rng.chance(0.35)) {
      const other = rng.pick(OWNER_NAMES.filter((n) => n !== owner));
      contacts.push({ name: other, position: rng.pick(POSITIONS.slice(3)), phone: fmtPhone(), email: `${other.split(" ")[0]?.toLowerCase()}@ikm-${producers.length + 1}.example` });
    }
    const activeNames = myProducts.filter((p) => p.status === "active").map((p) => p.name.toLowerCase());
    const producer: ProducerOut = {
      ref: producerRef,
      legalName,
      legalForm,
      nib,
      sector: pd.sector,
      kbli,
      provinceCode,
      regencyCode,
      address: `${rng.pick(STREETS)} No. ${rng.int(1, 180)}, ${regencyLabel}`,
      employees: rng.int(3, 150),
      foundedYear: rng.int(1985, 2023),
      description: `Usaha ${legalForm === "koperasi" ? "bersama" : "kecil"} di ${regencyLabel}. Produk: ${activeNames.slice(0, 4).join("; ")}.`,
      contacts,
    };
    const guarded = (text: string): boolean => NEEDS.some((n) => n.guard.some((g) => containsPhrase(text, g)));
    if (rng.chance(0.4)) {
      // Place names such as "Ogan Komering Ilir" can contain a guarded word; such sentra names are left out.
      const sentra = `${rng.pick(SENTRA_WORDS[pd.sector])} ${regencyName}`;
      if (!guarded(sentra)) producer.sentraName = sentra;
    }
    producers.push(producer);
    products.push(...myProducts);

    // Certificates for plants.
    const nonPlantRefs = myProducts.filter((p) => !pd.plants.some((x) => x.productRef === p.ref)).map((p) => p.ref);
    const mkCert = (c: Omit<CertOut, "ref" | "producerRef" | "number" | "issuer">): CertOut => {
      const out: CertOut = {
        ref: `${PREFIX}CERT-${String(certs.length + 1).padStart(4, "0")}`,
        producerRef,
        ...(c.productRefs && c.productRefs.length > 0 ? { productRefs: c.productRefs } : {}),
        type: c.type,
        number: certNumber(c.type, provinceCode, c.validFrom.slice(0, 4)),
        issuer: c.type === "pirt" ? `Dinas Kesehatan ${regencyLabel}` : CERT_ISSUERS[c.type],
        validFrom: c.validFrom,
        validUntil: c.validUntil,
        ...(c.tkdnPercent !== undefined ? { tkdnPercent: c.tkdnPercent } : {}),
        status: c.status,
        ...(c.verifiedAt ? { verifiedAt: c.verifiedAt } : {}),
        ...(c.rejectionReason ? { rejectionReason: c.rejectionReason } : {}),
      };
      certs.push(out);
      return out;
    };
    for (const inst of pd.plants) {
      const need = inst.need;
      const plant = inst.plant;
      const productRef = inst.productRef ?? "";
      const scopeFor = (type: CertificationType): string[] => {
        const others = pd.plants.some((q) => q !== inst && needRequires(q.need, type));
        if (others) return [productRef];
        halfCounter++;
        return halfCounter % 2 === 0 ? [] : [productRef];
      };
      for (const type of need.requiredCertifications) {
        const mod = certMod(plant, type);
        if (mod === "missing") continue;
        const scope = mod === "scoped" ? [rng.pick(nonPlantRefs)] : scopeFor(type);
        if (mod === "expired") {
          const until = addDays(need.neededBy, -rng.int(10, 150));
          const from = addDays(until, -rng.int(900, 1800));
          mkCert({ type, productRefs: scope, validFrom: from, validUntil: until, status: "verified", verifiedAt: verifiedAtFor(from) });
        } else if (mod === "future") {
          const from = addDays(need.neededBy, rng.int(5, 60));
          mkCert({ type, productRefs: scope, validFrom: from, validUntil: addDays(from, rng.int(1000, 1800)), status: "verified", verifiedAt: addDays(REF_DATE, -rng.int(1, 30)) });
        } else if (mod === "rejected") {
          mkCert({ type, productRefs: scope, validFrom: liveFrom(), validUntil: liveUntil(need.neededBy), status: "rejected", rejectionReason: "Nomor sertifikat tidak ditemukan pada basis data lembaga penerbit." });
        } else if (mod === "pending") {
          mkCert({ type, productRefs: scope, validFrom: liveFrom(), validUntil: liveUntil(need.neededBy), status: "pending" });
        } else {
          const from = liveFrom();
          mkCert({ type, productRefs: scope, validFrom: from, validUntil: liveUntil(need.neededBy), status: "verified", verifiedAt: verifiedAtFor(from) });
        }
      }
      const min = need.minTkdnPercent;
      if (min !== undefined) {
        const tm = tkdnMod(plant);
        const verified = (value: number, scope: string[]): void => {
          const from = liveFrom();
          mkCert({ type: "tkdn", productRefs: scope, validFrom: from, validUntil: liveUntil(need.neededBy), status: "verified", verifiedAt: verifiedAtFor(from), tkdnPercent: round2(value) });
        };
        if (tm === "certUnder") verified(min - rng.float(2, 4.9), scopeFor("tkdn"));
        else if (tm === "viaCert") verified(Math.min(95, min + rng.float(2, 15)), scopeFor("tkdn"));
        else if (tm === "multi") {
          const scope = scopeFor("tkdn");
          verified(min - rng.float(3, 10), scope);
          verified(Math.min(95, min + rng.float(2, 10)), scope);
        } else if (tm === "rejectedCert") {
          mkCert({ type: "tkdn", productRefs: scopeFor("tkdn"), validFrom: liveFrom(), validUntil: liveUntil(need.neededBy), status: "rejected", tkdnPercent: round2(min - rng.float(5, 15)), rejectionReason: "Nilai TKDN tidak sesuai hasil verifikasi lapangan." });
        } else if (tm === undefined && rng.chance(0.3)) verified(Math.min(95, min + rng.float(2, 20)), scopeFor("tkdn"));
      }
    }
    // Extra certificates, of types no need of this producer's planted products requires.
    const excluded = new Set<CertificationType>();
    for (const x of [...pd.plants, ...pd.decoys]) {
      for (const t of x.need.requiredCertifications) excluded.add(t);
      if (x.need.minTkdnPercent !== undefined) excluded.add("tkdn");
    }
    const extraTypes = EXTRA_CERT_TYPES[pd.sector].filter((t) => !excluded.has(t));
    const extras = Math.min(extraTypes.length, rng.pick([0, 0, 1, 1, 1, 2]));
    for (const type of rng.shuffle(extraTypes).slice(0, extras)) {
      const roll = rng.float();
      const status: CertOut["status"] = roll < 0.74 ? "verified" : roll < 0.88 ? "pending" : "rejected";
      const expired = rng.chance(0.15);
      const from = addDays(REF_DATE, -rng.int(200, 1500));
      const until = expired ? addDays(REF_DATE, -rng.int(10, 150)) : addDays(REF_DATE, rng.int(250, 1500));
      mkCert({
        type,
        productRefs: rng.chance(0.5) ? [] : [rng.pick(myProducts).ref],
        validFrom: from,
        validUntil: until,
        status,
        ...(status === "verified" ? { verifiedAt: verifiedAtFor(from) } : {}),
        ...(status === "rejected" ? { rejectionReason: "Dokumen pendukung tidak lengkap." } : {}),
        ...(type === "tkdn" ? { tkdnPercent: round2(rng.float(20, 80)) } : {}),
      });
    }
  }

  const needsOut: NeedOut[] = NEEDS.map((n) => {
    const buyer = BUYERS.find((b) => b.key === n.buyer);
    const out: NeedOut = {
      ref: n.ref,
      buyerRef: buyer?.ref ?? "",
      title: n.title,
      description: n.description,
      category: n.category,
      quantity: n.quantity,
      unit: n.unit,
      deliveryProvinceCode: n.deliveryProvinceCode,
      deliveryRegencyCode: n.deliveryRegencyCode,
      neededBy: n.neededBy,
      requiredCertifications: n.requiredCertifications,
      budgetPerUnit: n.budgetPerUnit,
      visibility: n.visibility,
      status: "open",
    };
    if (n.minTkdnPercent !== undefined) out.minTkdnPercent = n.minTkdnPercent;
    return out;
  });
  const buyersOut = BUYERS.map((b) => ({ ref: b.ref, name: b.name, legalForm: b.legalForm, buyerType: b.buyerType, regionCode: b.regionCode, address: b.address, website: b.website }));
  const catalogue = { producers, buyers: buyersOut, products, certifications: certs, needs: needsOut };

  // --- grades ------------------------------------------------------------------------------------
  const conceptOf = (productRef: string, needRef: string): Concept | undefined => {
    const c = concept.get(productRef);
    return c && c.needRef === needRef ? c.concept : undefined;
  };
  const productsBy = new Map<string, ProductOut[]>();
  for (const p of products) productsBy.set(p.producerRef, [...(productsBy.get(p.producerRef) ?? []), p]);
  const certsBy = new Map<string, CertOut[]>();
  for (const c of certs) certsBy.set(c.producerRef, [...(certsBy.get(c.producerRef) ?? []), c]);
  const grades: Record<string, Record<string, number>> = {};
  const nearMisses: Record<string, string[]> = {};
  const reasons: Record<string, Record<string, string>> = {};
  const gradeOf = new Map<string, ProducerGrade>();
  for (const need of needsOut) {
    grades[need.ref] = {};
    for (const producer of producers) {
      const g = gradeProducerForNeed(need, producer, productsBy.get(producer.ref) ?? [], certsBy.get(producer.ref) ?? [], conceptOf);
      gradeOf.set(`${need.ref}|${producer.ref}`, g);
      if (g.grade > 0) (grades[need.ref] as Record<string, number>)[producer.ref] = g.grade;
      if (g.nearMiss) {
        (nearMisses[need.ref] ??= []).push(producer.ref);
        (reasons[need.ref] ??= {})[producer.ref] = g.nearMissReason ?? "";
      }
    }
  }

  // --- self-checks on the generated data -----------------------------------------------------------
  for (const inst of plants) {
    const producerRef = producerOfPlant.get(inst.id);
    if (!producerRef) {
      fail(`${inst.id}: not placed`);
      continue;
    }
    const g = gradeOf.get(`${inst.need.ref}|${producerRef}`);
    if (!g) {
      fail(`${inst.id}: no grade computed`);
      continue;
    }
    const detail = g.products.map((e) => `${e.concept} hard=[${e.hard.map((h) => h.code).join(",")}] soft=[${e.soft.join(",")}]`).join("; ");
    if (g.grade !== inst.plant.grade) fail(`${inst.id} "${inst.plant.name}": declared grade ${inst.plant.grade}, recomputed ${g.grade} (${detail})`);
    if (g.nearMiss !== inst.plant.nearMiss) fail(`${inst.id} "${inst.plant.name}": declared nearMiss ${inst.plant.nearMiss}, recomputed ${g.nearMiss} (${detail})`);
    // The plant's own product must carry exactly the declared grade too.
    if (inst.plant.kind !== "D") {
      const own = g.products.find((e) => e.productRef === inst.productRef);
      const ownGrade = own?.grade ?? 0;
      if (ownGrade !== inst.plant.grade) fail(`${inst.id}: own product grade ${ownGrade} differs from declared ${inst.plant.grade}`);
      // Soft-modifier bands.
      const product = products.find((p) => p.ref === inst.productRef);
      if (product && (inst.plant.kind === "A" || inst.plant.kind === "S")) {
        const factor = conversion(product.unit, inst.need.unit) ?? 1;
        const capRatio = (product.monthlyCapacity * (daysBetween(REF_DATE, inst.need.neededBy) - product.leadTimeDays)) / 30 * factor / inst.need.quantity;
        const m = inst.plant.mods;
        const capOk = m.includes("cap30") ? capRatio < 0.5 : m.includes("cap70") ? capRatio >= 0.5 && capRatio < 1 : capRatio >= 1;
        if (!capOk) fail(`${inst.id}: capacity ratio ${capRatio.toFixed(3)} does not match its modifiers`);
        const over = product.priceMin / factor / inst.need.budgetPerUnit - 1;
        const priceOk = m.includes("price60") ? over > 0.4 : m.includes("price30") ? over > 0.2 && over <= 0.4 : over <= 0.2;
        if (!priceOk) fail(`${inst.id}: price ${(over * 100).toFixed(1)}% over budget does not match its modifiers`);
        const island = islandGroupOf(producers.find((p) => p.ref === product.producerRef)?.provinceCode ?? "") !== islandGroupOf(inst.need.deliveryProvinceCode);
        if (island !== m.includes("island")) fail(`${inst.id}: island placement does not match its modifiers`);
      }
    }
  }
  // No producer holds two asked/substitute/related products for one need; decoys sit apart.
  for (const pd of ordered) {
    const needsHeld = pd.plants.map((p) => p.need.ref);
    if (new Set(needsHeld).size !== needsHeld.length) fail("a producer holds two plants for one need");
    for (const d of pd.decoys) if (needsHeld.includes(d.need.ref)) fail(`decoy ${d.id} shares a producer with a plant of its need`);
    const n = pd.plants.length + pd.decoys.length + pd.fillerCount;
    if (n < 3 || n > 6) fail(`producer with ${n} products`);
    if (pd.plants.length > 0 && pd.decoys.length + pd.fillerCount <= pd.plants.length) fail("a producer whose plants are not outnumbered");
  }
  // Graded pairs are exactly the planted pairs.
  const plantedPairs = new Set(plants.filter((p) => p.plant.grade > 0).map((p) => `${p.need.ref}|${producerOfPlant.get(p.id)}`));
  for (const [needRef, byProducer] of Object.entries(grades)) {
    for (const producerRef of Object.keys(byProducer)) if (!plantedPairs.has(`${needRef}|${producerRef}`)) fail(`unexpected graded pair ${needRef} ${producerRef}`);
  }
  // Import rules and domain values.
  const refPattern = /^[A-Za-z0-9._:/-]+$/;
  const refOk = (r: string): boolean => r.startsWith(PREFIX) && refPattern.test(r) && r.length <= 80;
  const dateOk = (d: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(d) && fromDays(toDays(d)) === d;
  const legalForms = new Set<string>(LEGAL_FORMS);
  const sectors = new Set<string>(SECTORS);
  const kbliDivisions = new Set("01 02 03 05 06 07 08 09 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 35 36 37 38 39 41 42 43 45 46 47 49 50 51 52 53 55 56 58 59 60 61 62 63 64 65 66 68 69 70 71 72 73 74 75 77 78 79 80 81 82 84 85 86 87 88 90 91 92 93 94 95 96 97 98 99".split(" "));
  const producerRefs = new Set<string>();
  for (const p of producers) {
    if (!refOk(p.ref) || producerRefs.has(p.ref)) fail(`${p.ref}: bad or duplicate ref`);
    producerRefs.add(p.ref);
    if (p.legalName.length < 3 || p.legalName.length > 160) fail(`${p.ref}: legalName length`);
    if (!legalForms.has(p.legalForm)) fail(`${p.ref}: legal form ${p.legalForm}`);
    if (!/^\d{13}$/.test(p.nib)) fail(`${p.ref}: nib`);
    if (!sectors.has(p.sector)) fail(`${p.ref}: sector`);
    if (p.kbli.length > 5 || p.kbli.some((k) => !/^\d{5}$/.test(k) || !kbliDivisions.has(k.slice(0, 2)))) fail(`${p.ref}: kbli`);
    if (!areas.provinces.has(p.provinceCode)) fail(`${p.ref}: province ${p.provinceCode}`);
    const reg = areas.regencies.get(p.regencyCode);
    if (!reg || reg.province !== p.provinceCode) fail(`${p.ref}: regency ${p.regencyCode}`);
    if (p.address.length > 300 || (p.sentraName?.length ?? 0) > 120 || p.description.length > 4000) fail(`${p.ref}: text length`);
    if (p.employees < 1 || p.foundedYear < 1900) fail(`${p.ref}: employees/foundedYear`);
    if (p.contacts.length > 3) fail(`${p.ref}: contacts`);
    for (const c of p.contacts) if (!/^(\+62|62|0)[0-9][0-9 \-]{6,15}$/.test(c.phone) || c.name.length < 2) fail(`${p.ref}: contact ${c.name}`);
    for (const need of NEEDS) for (const g of need.guard) if (containsPhrase(p.legalName, g) || containsPhrase(p.sentraName ?? "", g)) fail(`${p.ref}: name "${p.legalName}" / sentra contains "${g}"`);
  }
  const productRefs = new Set<string>();
  for (const p of products) {
    if (!refOk(p.ref) || productRefs.has(p.ref)) fail(`${p.ref}: bad or duplicate ref`);
    productRefs.add(p.ref);
    if (!producerRefs.has(p.producerRef)) fail(`${p.ref}: unknown producer`);
    if (!categoryKeys.has(p.category)) fail(`${p.ref}: category ${p.category}`);
    if (!units.has(p.unit)) fail(`${p.ref}: unit ${p.unit}`);
    if (p.name.length < 3 || p.name.length > 120 || p.description.length < 10 || p.description.length > 4000) fail(`${p.ref}: text length`);
    if (!Number.isInteger(p.minOrder) || p.minOrder < 1 || p.minOrder > 10_000_000) fail(`${p.ref}: minOrder`);
    if (!Number.isInteger(p.monthlyCapacity) || p.monthlyCapacity < p.minOrder || p.monthlyCapacity > 100_000_000) fail(`${p.ref}: monthlyCapacity ${p.monthlyCapacity} < minOrder ${p.minOrder}`);
    if (!Number.isInteger(p.priceMin) || !Number.isInteger(p.priceMax) || p.priceMin < 0 || p.priceMax < p.priceMin || p.priceMax > 2_000_000_000) fail(`${p.ref}: prices`);
    if (p.tkdnPercent !== undefined && (p.tkdnPercent < 0 || p.tkdnPercent > 100)) fail(`${p.ref}: tkdn`);
    if (!Number.isInteger(p.leadTimeDays) || p.leadTimeDays < 0 || p.leadTimeDays > 365) fail(`${p.ref}: leadTimeDays`);
  }
  const certRefs = new Set<string>();
  for (const c of certs) {
    if (!refOk(c.ref) || certRefs.has(c.ref)) fail(`${c.ref}: bad or duplicate ref`);
    certRefs.add(c.ref);
    if (!certTypes.has(c.type)) fail(`${c.ref}: type ${c.type}`);
    if (c.number.length < 3 || c.number.length > 80 || c.issuer.length < 3) fail(`${c.ref}: number/issuer`);
    if (!dateOk(c.validFrom) || !dateOk(c.validUntil) || c.validFrom > c.validUntil) fail(`${c.ref}: dates`);
    if (c.verifiedAt !== undefined && !dateOk(c.verifiedAt)) fail(`${c.ref}: verifiedAt`);
    for (const r of c.productRefs ?? []) {
      const prod = products.find((p) => p.ref === r);
      if (!prod || prod.producerRef !== c.producerRef) fail(`${c.ref}: productRef ${r} is not a product of ${c.producerRef}`);
    }
  }
  for (const n of needsOut) {
    if (!refOk(n.ref) || !refOk(n.buyerRef) || !buyersOut.some((b) => b.ref === n.buyerRef)) fail(`${n.ref}: refs`);
    if (n.title.length < 5 || n.title.length > 160 || n.description.length < 20) fail(`${n.ref}: text length`);
    if (!dateOk(n.neededBy)) fail(`${n.ref}: neededBy`);
    if ("budgetTotal" in n) fail(`${n.ref}: budgetTotal given`);
  }
  for (const b of buyersOut) {
    if (!refOk(b.ref)) fail(`${b.ref}: ref`);
    const [prov] = b.regionCode.split(".");
    if (!areas.provinces.has(prov ?? "") || (b.regionCode.includes(".") && areas.regencies.get(b.regionCode)?.province !== prov)) fail(`${b.ref}: region ${b.regionCode}`);
    if (!legalForms.has(b.legalForm)) fail(`${b.ref}: legal form`);
  }
  const buyersOk = buyersOut.filter((b) => b.buyerType === "bumn" && b.legalForm === "persero").length === 3 && buyersOut.filter((b) => b.buyerType === "large_industry").length === 1;
  if (!buyersOk) fail("buyers must be 3 BUMN Persero and 1 large industry");
  for (const b of BUYERS) if (NEEDS.filter((n) => n.buyer === b.key).length !== 5) fail(`${b.ref}: not 5 needs`);

  // Dense: every need has at least six distinct producers graded 2 or 3 that meet every hard
  // requirement with verified certificates in force on neededBy and covering the product (no
  // pending-only type), TKDN at or above the minimum, and that are no near miss.
  const showable: Record<string, string[]> = {};
  for (const need of needsOut) {
    const list: string[] = [];
    for (const producer of producers) {
      const g = gradeOf.get(`${need.ref}|${producer.ref}`);
      if (!g || g.grade < 2 || g.nearMiss) continue;
      const ok = g.products.some((e) => {
        if (e.grade < 2 || e.hard.length > 0 || e.soft.some((x) => x.endsWith(" pending"))) return false;
        const product = products.find((p) => p.ref === e.productRef);
        if (!product || product.status !== "active") return false;
        const mine = certs.filter((c) => c.producerRef === producer.ref);
        const typesOk = need.requiredCertifications.every((t) =>
          mine.some((c) => c.type === t && c.status === "verified" && certCovers(c, product.ref) && c.validFrom <= need.neededBy && need.neededBy <= c.validUntil),
        );
        if (!typesOk) return false;
        if (need.minTkdnPercent !== undefined) {
          const tk = mine.filter((c) => c.type === "tkdn" && c.tkdnPercent !== undefined && certCovers(c, product.ref) && certLive(c, need.neededBy));
          const value = tk.length > 0 ? Math.max(...tk.map((c) => c.tkdnPercent ?? 0)) : product.tkdnPercent;
          if (value === undefined || value < need.minTkdnPercent) return false;
        }
        return true;
      });
      if (ok) list.push(producer.ref);
    }
    showable[need.ref] = list;
    if (list.length < 6) fail(`${need.ref}: only ${list.length} producers graded >= 2 meeting every hard requirement with verified certificates (6 wanted)`);
    for (const r of list) if ((nearMisses[need.ref] ?? []).includes(r)) fail(`${need.ref}: ${r} is both right and a near miss`);
  }

  // Scale figures.
  const provincesUsed = new Set(producers.map((p) => p.provinceCode));
  const groupsUsed = new Set(producers.map((p) => islandGroupOf(p.provinceCode)));
  const archived = products.filter((p) => p.status === "archived").length;
  const misfiled = plants.filter((p) => (p.plant.kind === "A" || p.plant.kind === "S") && p.category !== p.need.category).length;
  const fillerOnly = ordered.filter((pd) => pd.plants.length === 0 && pd.decoys.length === 0).length;
  const gradeCount = (g: number): number => Object.values(grades).reduce((s, byP) => s + Object.values(byP).filter((x) => x === g).length, 0);
  const nmCount = Object.values(nearMisses).reduce((s, l) => s + l.length, 0);
  if (provincesUsed.size < 30) fail(`producers in only ${provincesUsed.size} provinces`);
  if (groupsUsed.size !== 6) fail(`producers in only ${groupsUsed.size} island groups`);
  if (producers.length < 145 || producers.length > 175) fail(`${producers.length} producers (about 160 wanted)`);
  if (products.length < 740 || products.length > 860) fail(`${products.length} products (about 800 wanted)`);
  if (archived < 24 || archived > 40) fail(`${archived} archived products (about 30 wanted)`);
  if (misfiled < 22 || misfiled > 34) fail(`${misfiled} misfiled asked/substitute plants (about 28 wanted)`);
  const certStatus = (s: string): number => certs.filter((c) => c.status === s).length;
  if (certStatus("verified") <= certStatus("pending") + certStatus("rejected")) fail("certificates are not mostly verified");

  report.push(
    `producers ${producers.length} (filler-only ${fillerOnly}), provinces ${provincesUsed.size}, island groups ${groupsUsed.size}`,
    `products ${products.length} (archived ${archived}; plants A ${plants.filter((p) => p.plant.kind === "A").length}, S ${plants.filter((p) => p.plant.kind === "S").length}, R ${plants.filter((p) => p.plant.kind === "R").length}, D ${plants.filter((p) => p.plant.kind === "D").length}; misfiled A/S ${misfiled})`,
    `certifications ${certs.length} (verified ${certStatus("verified")}, pending ${certStatus("pending")}, rejected ${certStatus("rejected")})`,
    `graded pairs: grade 3 ${gradeCount(3)}, grade 2 ${gradeCount(2)}, grade 1 ${gradeCount(1)}; near misses ${nmCount}`,
    "",
    "| ref | title | category | 3/2/1 | near misses | right (≥2, all hard met, verified) |",
    "|---|---|---|---|---|---|",
  );
  for (const n of needsOut) {
    const byP = grades[n.ref] ?? {};
    const c = (g: number): number => Object.values(byP).filter((x) => x === g).length;
    report.push(`| ${n.ref.slice(PREFIX.length)} | ${n.title} | ${n.category} | ${c(3)}/${c(2)}/${c(1)} | ${(nearMisses[n.ref] ?? []).length} | ${(showable[n.ref] ?? []).length} |`);
  }

  const files: Record<string, string> = {
    "catalogue.json": `${JSON.stringify(catalogue, null, 2)}\n`,
    "grades.json": `${JSON.stringify(grades, null, 2)}\n`,
    "near-misses.json": `${JSON.stringify({ nearMisses, reasons }, null, 2)}\n`,
  };
  return { files, failures, report };
}

function main(): void {
  const first = build();
  const second = build();
  const failures = [...first.failures];
  for (const name of Object.keys(first.files)) {
    if (first.files[name] !== second.files[name]) failures.push(`${name}: two runs differ`);
  }
  if (first.failures.length === 0) {
    // Schema validation of the import file (Ajv; `$schema` removed before compiling).
    const schema = JSON.parse(readFileSync(SCHEMA, "utf8")) as Record<string, unknown>;
    delete schema.$schema;
    const ajv = new Ajv({ allErrors: true });
    const validate = ajv.compile(schema);
    if (!validate(JSON.parse(first.files["catalogue.json"] ?? "{}"))) {
      for (const e of (validate.errors ?? []).slice(0, 20)) failures.push(`schema: ${e.dataPath} ${e.message}`);
    } else first.report.push("", "catalogue.json validates against import.schema.json");
  }
  if (failures.length > 0) {
    console.error(`relevance-set-p: ${failures.length} self-check failure(s); nothing written.`);
    for (const f of failures) console.error(`  - ${f}`);
    process.exit(1);
  }
  for (const [name, text] of Object.entries(first.files)) writeFileSync(join(HERE, name), text);
  console.log(first.report.join("\n"));
  console.log(`\nwrote ${Object.keys(first.files).join(", ")} to ${HERE}`);
}

main();
