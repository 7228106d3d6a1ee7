// Generator for relevance set L. Deterministic (mulberry32, fixed seed): writes catalogue.json,
// grades.json and near-misses.json beside this file, after checking that
//  - every need x producer pair graded by gradePair (catalogue data + planted concepts only) equals
//    the grade and near-miss flag declared in needs.ts (pairs without a plant: 0, no near miss);
//  - the shape holds (counts, refs, regions, plants per producer, categories, languages, typos);
//  - catalogue.json validates against app/models/import/import.schema.json;
//  - two builds give byte-identical files.
// It refuses to write anything when a check fails.
//
// Run from the repository root: npx tsx tests/bench/relevance-set-l/generate.ts

import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import { CERTIFICATION_TYPES, LEGAL_FORMS, PRODUCT_CATEGORIES, SECTORS, UNITS } from "../../../app/models/domain";
import type { CertificationType, ProductCategory, Sector, Unit } from "../../../app/models/domain";
import { BACKGROUND, FEMALE_NAMES, LAST_NAMES, MALE_NAMES, NAME_WORDS, STREETS } from "./background";
import type { FillerKind } from "./background";
import { BUYERS, NEEDS } from "./needs";
import type { Kind, NeedSpec, PlantSpec } from "./needs";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, "..", "..", "..");
const PREFIX = "SETL:";
const TODAY = "2026-09-01";
const SEED = 0x5e7_1a2b;
const BACKGROUND_PRODUCERS = 20;

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
  private next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  range(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from empty list");
    return items[Math.floor(this.next() * items.length)]!;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}

function fail(message: string): never {
  throw new Error(`relevance-set-l: ${message}`);
}

const DAY = 86_400_000;
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}
function isDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;
}

function roundPrice(x: number): number {
  const step = x < 1000 ? 10 : x < 10_000 ? 50 : x < 100_000 ? 500 : x < 1_000_000 ? 1000 : x < 10_000_000 ? 10_000 : 50_000;
  return Math.max(step, Math.round(x / step) * step);
}
function roundCap(x: number): number {
  if (x < 30) return Math.max(1, Math.round(x));
  const step = x < 300 ? 5 : x < 3000 ? 10 : x < 30_000 ? 100 : 500;
  return Math.round(x / step) * step;
}

// Units: only kg <-> ton and lusin (12) / kodi (20) of pcs, botol, pasang or lembar convert.
const COUNTED = new Set<Unit>(["pcs", "botol", "pasang", "lembar"]);
const PACKS: Partial<Record<Unit, number>> = { lusin: 12, kodi: 20 };
/** How many `to` units one `from` unit holds, or null when the units do not convert. */
export function unitFactor(from: Unit, to: Unit): number | null {
  if (from === to) return 1;
  if (from === "ton" && to === "kg") return 1000;
  if (from === "kg" && to === "ton") return 0.001;
  const pf = PACKS[from];
  const pt = PACKS[to];
  if (pf && COUNTED.has(to)) return pf;
  if (pt && COUNTED.has(from)) return 1 / pt;
  if (pf && pt) return pf / pt;
  return null;
}

// Island groups.
export type IslandGroup = "sumatra" | "jawa_bali" | "nusa_tenggara" | "kalimantan" | "sulawesi" | "maluku_papua";
export function islandGroup(province: string): IslandGroup {
  const n = Number(province);
  if (n >= 11 && n <= 21) return "sumatra";
  if ((n >= 31 && n <= 36) || n === 51) return "jawa_bali";
  if (n === 52 || n === 53) return "nusa_tenggara";
  if (n >= 61 && n <= 65) return "kalimantan";
  if (n >= 71 && n <= 76) return "sulawesi";
  if (n >= 81 && n <= 96) return "maluku_papua";
  return fail(`no island group for province ${province}`);
}

const SECTOR_OF = new Map<ProductCategory, Sector>(PRODUCT_CATEGORIES.map((c) => [c.key, c.sector]));

// ---------------------------------------------------------------------------------------------
// Regions, read at run time.

interface Regency {
  code: string;
  province: string;
  name: string;
}
function readRegions() {
  const dataDir = join(ROOT, "node_modules", "idn-area-data", "data");
  const provinces = readFileSync(join(dataDir, "provinces.csv"), "utf8")
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => {
      const [code = "", ...rest] = line.split(",");
      return { code, name: rest.join(",") };
    });
  const regencies: Regency[] = readFileSync(join(dataDir, "regencies.csv"), "utf8")
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => {
      const [code = "", province = "", ...rest] = line.split(",");
      return { code, province, name: rest.join(",") };
    });
  const regencyByCode = new Map(regencies.map((r) => [r.code, r]));
  const regenciesByProvince = new Map<string, Regency[]>();
  for (const r of regencies) {
    if (!regenciesByProvince.has(r.province)) regenciesByProvince.set(r.province, []);
    regenciesByProvince.get(r.province)!.push(r);
  }
  return { provinces, regencyByCode, regenciesByProvince };
}
const REGIONS = readRegions();

function checkRegency(province: string, regency: string, what: string) {
  const r = REGIONS.regencyByCode.get(regency);
  if (!r) fail(`${what}: regency ${regency} is not in regencies.csv`);
  if (r.province !== province) fail(`${what}: regency ${regency} lies in province ${r.province}, not ${province}`);
}
function prettyRegency(code: string): string {
  const name = REGIONS.regencyByCode.get(code)!.name;
  const title = (s: string) => s.toLowerCase().replace(/(^|[\s-])([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase());
  if (name.startsWith("KABUPATEN ")) return `Kab. ${title(name.slice(10))}`;
  if (name.startsWith("KOTA ADMINISTRASI ")) return `Kota ${title(name.slice(18))}`;
  if (name.startsWith("KOTA ")) return `Kota ${title(name.slice(5))}`;
  return title(name);
}

// ---------------------------------------------------------------------------------------------
// Catalogue record types (the import format).

interface ProducerRec {
  ref: string;
  legalName: string;
  legalForm?: string;
  nib: string;
  sector: Sector;
  kbli: string[];
  sentraName?: string;
  provinceCode: string;
  regencyCode: string;
  address: string;
  employees: number;
  foundedYear: number;
  monthlyCapacity?: number;
  capacityUnit?: Unit;
  description: string;
  contacts: { name: string; position?: string; phone?: string; email?: string }[];
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
  status: "active" | "archived";
}
interface CertRec {
  ref: string;
  producerRef: string;
  productRefs: string[];
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
interface NeedRec {
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
  visibility: "public";
  status: "open";
}
interface Catalogue {
  producers: ProducerRec[];
  buyers: object[];
  products: ProductRec[];
  certifications: CertRec[];
  needs: NeedRec[];
}

// ---------------------------------------------------------------------------------------------
// Grading: ONE function, on catalogue data and the planted concepts only.

export interface Concept {
  needRef: string;
  kind: "A" | "S" | "R";
}
export interface GradeIndex {
  productsByProducer: Map<string, ProductRec[]>;
  certsByProducer: Map<string, CertRec[]>;
  producerByRef: Map<string, ProducerRec>;
  /** productRef -> needRef -> concept (asked, substitute, related). Decoys and fillers have none. */
  concepts: Map<string, Map<string, Concept["kind"]>>;
}
interface Failure {
  fixable: boolean;
  text: string;
}
export interface PairGrade {
  grade: 0 | 1 | 2 | 3;
  nearMiss: boolean;
  reason?: string;
}

function covers(cert: CertRec, productRef: string): boolean {
  return cert.productRefs.length === 0 || cert.productRefs.includes(productRef);
}
function live(cert: CertRec, date: string): boolean {
  return (cert.status === "verified" || cert.status === "pending") && cert.validFrom <= date && date <= cert.validUntil;
}

export function gradePair(need: NeedRec, producerRef: string, idx: GradeIndex): PairGrade {
  const producer = idx.producerByRef.get(producerRef) ?? fail(`unknown producer ${producerRef}`);
  const products = idx.productsByProducer.get(producerRef) ?? [];
  const certs = idx.certsByProducer.get(producerRef) ?? [];
  const days = daysBetween(TODAY, need.neededBy);
  let best: 0 | 1 | 2 | 3 = 0;
  const askedSubstitutePasses: boolean[] = [];
  const askedSingleFixable: { product: ProductRec; failure: Failure }[] = [];

  for (const product of products) {
    const kind = idx.concepts.get(product.ref)?.get(need.ref);
    if (!kind || product.status !== "active") continue;

    const failures: Failure[] = [];
    let pendingOnly = 0;
    for (const type of need.requiredCertifications) {
      const ofType = certs.filter((c) => c.type === type);
      const covering = ofType.filter((c) => covers(c, product.ref));
      const alive = covering.filter((c) => live(c, need.neededBy));
      if (alive.length > 0) {
        if (alive.every((c) => c.status === "pending")) pendingOnly++;
        continue;
      }
      const future = covering.find((c) => c.status !== "rejected" && c.validFrom > need.neededBy);
      const expired = covering.find((c) => c.status !== "rejected" && c.validUntil < need.neededBy);
      const rejected = covering.find((c) => c.status === "rejected");
      const elsewhere = ofType.find((c) => !covers(c, product.ref));
      if (future) failures.push({ fixable: false, text: `${type} certificate valid only from ${future.validFrom}, after neededBy ${need.neededBy}` });
      else if (expired) failures.push({ fixable: true, text: `${type} certificate expired on ${expired.validUntil}, before neededBy ${need.neededBy}` });
      else if (rejected) failures.push({ fixable: true, text: `${type} certificate rejected` });
      else if (elsewhere) failures.push({ fixable: true, text: `${type} certificate scoped to another product` });
      else failures.push({ fixable: true, text: `no ${type} certificate` });
    }
    if (need.minTkdnPercent !== undefined) {
      const tkdnCerts = certs.filter((c) => c.type === "tkdn" && covers(c, product.ref) && live(c, need.neededBy) && c.tkdnPercent !== undefined);
      const value = tkdnCerts.length > 0 ? Math.max(...tkdnCerts.map((c) => c.tkdnPercent!)) : product.tkdnPercent;
      const source = tkdnCerts.length > 0 ? "TKDN certificate" : "declared TKDN";
      if (value === undefined) failures.push({ fixable: false, text: "no TKDN value" });
      else if (value < need.minTkdnPercent) {
        const under = need.minTkdnPercent - value;
        failures.push({ fixable: under <= 5, text: `${source} ${value}% is ${under} points under the required ${need.minTkdnPercent}%` });
      }
    }

    const passes = failures.length === 0;
    if (kind !== "R") askedSubstitutePasses.push(passes);
    if (!passes) {
      if (kind === "A" && failures.length === 1 && failures[0]!.fixable) askedSingleFixable.push({ product, failure: failures[0]! });
      continue;
    }

    let grade: 0 | 1 | 2 | 3;
    if (kind === "R") grade = 1;
    else {
      let shortfall = pendingOnly;
      const factor = unitFactor(product.unit, need.unit) ?? fail(`${product.ref}: unit ${product.unit} does not convert to ${need.unit}`);
      const capacity = ((product.monthlyCapacity ?? 0) * (days - (product.leadTimeDays ?? 0))) / 30 * factor;
      const share = capacity / need.quantity;
      if (share < 0.5) shortfall += 2;
      else if (share < 1) shortfall += 1;
      if (product.priceMin !== undefined) {
        const over = product.priceMin / factor / need.budgetPerUnit - 1;
        if (over > 0.4) shortfall += 2;
        else if (over > 0.2) shortfall += 1;
      }
      if (islandGroup(producer.provinceCode) !== islandGroup(need.deliveryProvinceCode)) shortfall += 1;
      if (kind === "A") grade = shortfall === 0 ? 3 : shortfall === 1 ? 2 : 1;
      else grade = shortfall === 0 ? 2 : 1;
    }
    if (grade > best) best = grade;
  }

  const nearMiss = askedSingleFixable.length > 0 && !askedSubstitutePasses.some(Boolean);
  return {
    grade: best,
    nearMiss,
    reason: nearMiss ? `${askedSingleFixable[0]!.product.name}: ${askedSingleFixable[0]!.failure.text}` : undefined,
  };
}

// ---------------------------------------------------------------------------------------------
// Modifiers

const CERT_MODS = new Set(["pending", "expired", "scoped", "rejected", "missing", "future"]);
const TKDN_MODS = new Set(["under", "certUnder", "viaCert", "multi", "rejectedCert", "none"]);
const PLAIN_MODS = new Set(["cap70", "cap30", "price30", "price60", "island", "archived"]);

interface Mods {
  cap?: "cap70" | "cap30";
  price?: "price30" | "price60";
  island: boolean;
  archived: boolean;
  cert: Map<CertificationType, string>;
  tkdn?: string;
}
function parseMods(need: NeedSpec, plant: PlantSpec): Mods {
  const mods: Mods = { island: false, archived: false, cert: new Map() };
  const where = `${need.key} "${plant.name}"`;
  for (const m of plant.mods) {
    if (PLAIN_MODS.has(m)) {
      if (m === "cap70" || m === "cap30") {
        if (mods.cap) fail(`${where}: two capacity modifiers`);
        mods.cap = m;
      } else if (m === "price30" || m === "price60") {
        if (mods.price) fail(`${where}: two price modifiers`);
        mods.price = m;
      } else if (m === "island") mods.island = true;
      else mods.archived = true;
      if (m !== "archived" && plant.kind !== "A" && plant.kind !== "S") fail(`${where}: ${m} only for asked or substitute plants`);
      continue;
    }
    const [type = "", what = ""] = m.split(":");
    if (type === "tkdn") {
      if (!TKDN_MODS.has(what)) fail(`${where}: unknown TKDN modifier ${m}`);
      if (need.minTkdn === undefined) fail(`${where}: TKDN modifier on a need without minTkdn`);
      if (mods.tkdn) fail(`${where}: two TKDN modifiers`);
      mods.tkdn = what;
      continue;
    }
    if (!(CERTIFICATION_TYPES as readonly string[]).includes(type) || !CERT_MODS.has(what)) fail(`${where}: unknown modifier ${m}`);
    if (!need.certs.includes(type as CertificationType)) fail(`${where}: ${m} on a type the need does not require`);
    if (mods.cert.has(type as CertificationType)) fail(`${where}: two modifiers for ${type}`);
    mods.cert.set(type as CertificationType, what);
  }
  if (plant.kind === "D" && plant.mods.length > 0) fail(`${where}: decoys carry no modifiers`);
  return mods;
}

// ---------------------------------------------------------------------------------------------
// Spec checks

function wordMatch(text: string, term: string): boolean {
  const t = term.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^a-z0-9])${t}([^a-z0-9]|$)`).test(text.toLowerCase());
}

function checkSpecs() {
  if (BUYERS.length !== 5) fail("expected 5 buyers");
  for (const b of BUYERS) {
    if (!(LEGAL_FORMS as readonly string[]).includes(b.legalForm)) fail(`${b.key}: legal form ${b.legalForm}`);
    checkRegency(b.regionCode.slice(0, 2), b.regionCode, b.key);
  }
  if (NEEDS.length !== 30) fail(`expected 30 needs, found ${NEEDS.length}`);
  const keys = new Set(NEEDS.map((n) => n.key));
  if (keys.size !== 30) fail("need keys not unique");
  const cats = new Set(NEEDS.map((n) => n.category));
  if (cats.size !== 30) fail("needs must use 30 different categories");
  const english = NEEDS.filter((n) => n.lang === "en").length;
  if (english < 6 || english > 8) fail(`about 7 English needs expected, found ${english}`);
  const names = new Set<string>();
  for (const need of NEEDS) {
    if (!SECTOR_OF.has(need.category)) fail(`${need.key}: unknown category`);
    if (!BUYERS.some((b) => b.key === need.buyer)) fail(`${need.key}: unknown buyer`);
    if (!(UNITS as readonly string[]).includes(need.unit)) fail(`${need.key}: unit`);
    checkRegency(need.province, need.regency, need.key);
    if (!isDate(need.neededBy) || need.neededBy <= TODAY) fail(`${need.key}: neededBy`);
    if (need.certs.includes("tkdn")) fail(`${need.key}: TKDN is asked through minTkdn, not as a certificate type`);
    const count = (k: Kind) => need.plants.filter((p) => p.kind === k).length;
    if (count("A") < 4 || count("A") > 5) fail(`${need.key}: 4-5 asked plants`);
    if (count("S") < 1 || count("S") > 2) fail(`${need.key}: 1-2 substitutes`);
    if (count("R") !== 1) fail(`${need.key}: exactly 1 related plant`);
    if (count("D") < 1 || count("D") > 3) fail(`${need.key}: 1-3 decoys`);
    const typos = need.plants.filter((p) => p.typo);
    if (typos.length !== 1 || typos[0]!.kind !== "A") fail(`${need.key}: exactly one typo, on an asked plant`);
    for (const plant of need.plants) {
      const where = `${need.key} "${plant.name}"`;
      if (names.has(plant.name.toLowerCase())) fail(`${where}: plant name used twice`);
      names.add(plant.name.toLowerCase());
      if (plant.name.length < 3 || plant.name.length > 120 || plant.description.length < 10) fail(`${where}: name/description length`);
      const mods = parseMods(need, plant);
      if (plant.kind === "D" && (plant.grade !== 0 || plant.nearMiss)) fail(`${where}: decoys are 0 and never near misses`);
      if (plant.nearMiss && plant.kind !== "A") fail(`${where}: only asked plants are near misses`);
      const unit = plant.unit ?? need.unit;
      if ((plant.kind === "A" || plant.kind === "S") && unitFactor(unit, need.unit) === null) fail(`${where}: unit ${unit} cannot convert to ${need.unit}`);
      if (plant.prov) {
        if (!REGIONS.regenciesByProvince.has(plant.prov)) fail(`${where}: province ${plant.prov}`);
        if (plant.kind === "A" || plant.kind === "S") {
          const same = islandGroup(plant.prov) === islandGroup(need.province);
          if (same === mods.island) fail(`${where}: prov ${plant.prov} disagrees with the island modifier`);
        }
      }
      if (plant.category && !SECTOR_OF.has(plant.category)) fail(`${where}: category`);
      // A plant of one need must not be named with the guard words of another need.
      for (const other of NEEDS) {
        if (other === need) continue;
        for (const term of other.guard) if (wordMatch(plant.name, term)) fail(`${where}: carries "${term}", a guard word of ${other.key}`);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Build

interface PlantInst {
  need: NeedSpec;
  needRef: string;
  spec: PlantSpec;
  mods: Mods;
  sector: Sector;
  reqGroup?: IslandGroup;
  forbidGroup?: IslandGroup;
  reqProv?: string;
  product?: ProductRec;
}
interface ProducerDraft {
  sector: Sector;
  plants: PlantInst[];
  cap: number;
  background: boolean;
  reqGroup?: IslandGroup;
  reqProv?: string;
  forbid: Set<IslandGroup>;
  province?: string;
  rec?: ProducerRec;
  products: ProductRec[];
  fillers: ProductRec[];
  fillerKinds: Set<FillerKind>;
}

const FILLER_NOTES = [
  "Melayani pesanan partai besar.",
  "Bisa kirim ke luar kota dan luar pulau.",
  "Produksi sesuai pesanan, sampel tersedia.",
  "Harga grosir untuk pembelian rutin.",
  "Stok tersedia setiap minggu.",
  "Menerima pesanan label sendiri (private label).",
  "Dikerjakan oleh perajin lokal.",
  "Pengemasan aman untuk ekspedisi.",
]

const needRefOf = (key: string) => `${PREFIX}NEED-${key.slice(1)}`;
const buyerRefOf = (key: string) => `${PREFIX}${key}`;

const LEGAL_PREFIX: Record<string, string> = {
  ud: "UD",
  cv: "CV",
  pt: "PT",
  pt_perorangan: "PT",
  koperasi: "Koperasi Produsen",
  bumdes: "BUMDes",
  firma: "Firma",
  yayasan: "Yayasan",
  perorangan: "Usaha",
};
const FORM_WEIGHTS: [string | undefined, number][] = [
  ["ud", 22], ["cv", 26], ["pt", 8], ["pt_perorangan", 10], ["koperasi", 8], ["perorangan", 12], ["bumdes", 3], ["firma", 2], ["yayasan", 1], [undefined, 8],
];

const ISSUERS: Record<CertificationType, string[]> = {
  sni: ["LSPro Balai Besar Standardisasi dan Pelayanan Jasa Industri", "LSPro PT Sucofindo", "LSPro Baristand Industri Surabaya"],
  halal: ["BPJPH Kementerian Agama"],
  bpom: ["Badan Pengawas Obat dan Makanan RI"],
  pirt: ["Dinas Kesehatan Kabupaten/Kota"],
  tkdn: ["Kementerian Perindustrian (verifikasi PT Surveyor Indonesia)", "Kementerian Perindustrian (verifikasi PT Sucofindo)"],
  hki: ["Direktorat Jenderal Kekayaan Intelektual"],
  iso9001: ["PT TUV Rheinland Indonesia", "PT SGS Indonesia", "PT Mutu Agung Lestari"],
  svlk: ["PT Mutu Hijau Indonesia", "PT Sucofindo (LVLK)", "PT Equality Indonesia"],
  gmp: ["Badan Pengawas Obat dan Makanan RI (CPOTB)"],
  other: ["Dinas Perindustrian dan Perdagangan", "UPT Metrologi Legal"],
};

function build() {
  const rng = new Rng(SEED);
  checkSpecs();

  // Plants.
  const plants: PlantInst[] = [];
  for (const need of NEEDS) {
    for (const spec of need.plants) {
      const mods = parseMods(need, spec);
      const ownCategory = spec.category ?? need.category;
      const sector = spec.sector ?? (spec.kind === "A" ? SECTOR_OF.get(need.category)! : SECTOR_OF.get(ownCategory)!);
      const inst: PlantInst = { need, needRef: needRefOf(need.key), spec, mods, sector };
      const group = islandGroup(need.province);
      if (spec.kind === "A" || spec.kind === "S") {
        if (mods.island) inst.forbidGroup = group;
        else inst.reqGroup = group;
      }
      if (spec.prov) inst.reqProv = spec.prov;
      plants.push(inst);
    }
  }

  // Pack plants into producers: same sector, at most 4 plants, one per need, compatible places.
  const drafts: ProducerDraft[] = [];
  const groupOfProv = (p: string) => islandGroup(p);
  function compatible(d: ProducerDraft, p: PlantInst): boolean {
    if (d.sector !== p.sector || d.plants.length >= d.cap) return false;
    if (d.plants.some((q) => q.need === p.need)) return false;
    const dGroup = d.reqProv ? groupOfProv(d.reqProv) : d.reqGroup;
    const pGroup = p.reqProv ? groupOfProv(p.reqProv) : p.reqGroup;
    if (p.reqProv && d.reqProv && p.reqProv !== d.reqProv) return false;
    if (pGroup && dGroup && pGroup !== dGroup) return false;
    if (pGroup && d.forbid.has(pGroup)) return false;
    if (p.forbidGroup && dGroup === p.forbidGroup) return false;
    return true;
  }
  function place(d: ProducerDraft, p: PlantInst) {
    d.plants.push(p);
    if (p.reqProv) d.reqProv = p.reqProv;
    if (p.reqGroup) d.reqGroup = p.reqGroup;
    if (p.reqProv) d.reqGroup = groupOfProv(p.reqProv);
    if (p.forbidGroup) d.forbid.add(p.forbidGroup);
  }
  const capWeights = [3, 4, 4];
  const strength = (p: PlantInst) => (p.reqProv ? 0 : p.reqGroup ? 1 : p.forbidGroup ? 2 : 3);
  const packOrder = rng.shuffle(plants).map((p, i) => ({ p, i })).sort((a, b) => strength(a.p) - strength(b.p) || a.i - b.i).map(({ p }) => p);
  for (const p of packOrder) {
    const candidates = drafts.filter((d) => compatible(d, p));
    if (candidates.length > 0 && rng.float() < 0.95) place(rng.pick(candidates), p);
    else {
      const d: ProducerDraft = { sector: p.sector, plants: [], cap: rng.pick(capWeights), background: false, forbid: new Set(), products: [], fillers: [], fillerKinds: new Set() };
      drafts.push(d);
      place(d, p);
    }
  }
  for (let i = 0; i < BACKGROUND_PRODUCERS; i++) {
    drafts.push({ sector: SECTORS[i % SECTORS.length]!, plants: [], cap: 0, background: true, forbid: new Set(), products: [], fillers: [], fillerKinds: new Set() });
  }

  // Provinces: fixed ones first, then group-bound, then free; least used province wins.
  const provinceUse = new Map<string, number>(REGIONS.provinces.map((p) => [p.code, 0]));
  const allProvinces = REGIONS.provinces.map((p) => p.code);
  function leastUsed(options: string[]): string {
    const min = Math.min(...options.map((o) => provinceUse.get(o)!));
    return rng.pick(options.filter((o) => provinceUse.get(o) === min));
  }
  const order = [...drafts.filter((d) => d.reqProv), ...drafts.filter((d) => !d.reqProv && d.reqGroup), ...drafts.filter((d) => !d.reqProv && !d.reqGroup)];
  for (const d of order) {
    let province: string;
    if (d.reqProv) province = d.reqProv;
    else if (d.reqGroup) province = leastUsed(allProvinces.filter((p) => islandGroup(p) === d.reqGroup));
    else province = leastUsed(allProvinces.filter((p) => !d.forbid.has(islandGroup(p))));
    provinceUse.set(province, provinceUse.get(province)! + 1);
    d.province = province;
  }

  // Producer records, in shuffled order.
  const producersOrdered = rng.shuffle(drafts);
  const usedNames = new Set<string>();
  producersOrdered.forEach((d, i) => {
    const ref = `${PREFIX}IKM-${String(i + 1).padStart(4, "0")}`;
    const bg = BACKGROUND[d.sector];
    const regency = rng.pick(REGIONS.regenciesByProvince.get(d.province!)!);
    let legalForm: string | undefined;
    {
      const total = FORM_WEIGHTS.reduce((s, [, w]) => s + w, 0);
      let x = rng.float() * total;
      for (const [form, w] of FORM_WEIGHTS) {
        x -= w;
        if (x < 0) {
          legalForm = form;
          break;
        }
      }
    }
    let legalName = "";
    for (let attempt = 0; attempt < 50; attempt++) {
      const head = rng.pick(bg.heads);
      const w1 = rng.pick(NAME_WORDS);
      const w2 = rng.float() < 0.5 ? ` ${rng.pick(NAME_WORDS)}` : "";
      const female = rng.float() < 0.5;
      const owner = female ? `Bu ${rng.pick(FEMALE_NAMES)}` : `Pak ${rng.pick(MALE_NAMES)}`;
      const core = legalForm === "perorangan" || (legalForm === undefined && rng.float() < 0.5) ? `${head} ${owner}` : `${head} ${w1}${w2}`;
      const prefix = legalForm ? LEGAL_PREFIX[legalForm] : "";
      legalName = prefix ? `${prefix} ${core}` : core;
      if (w1 !== w2.trim() && !usedNames.has(legalName)) break;
    }
    if (usedNames.has(legalName)) fail("could not find a unique producer name");
    usedNames.add(legalName);
    const contacts = [] as ProducerRec["contacts"];
    const nContacts = rng.int(1, 2);
    for (let c = 0; c < nContacts; c++) {
      const name = `${rng.pick(rng.float() < 0.5 ? FEMALE_NAMES : MALE_NAMES)} ${rng.pick(LAST_NAMES)}`;
      const phone = `${rng.pick(["0811", "0812", "0813", "0821", "0822", "0823", "0852", "0853", "0857", "0877", "0878", "0896"])} ${rng.int(1000, 9999)} ${rng.int(1000, 9999)}`;
      contacts.push({ name, position: c === 0 ? rng.pick(["Pemilik", "Direktur", "Ketua", "Pengelola"]) : rng.pick(["Pemasaran", "Admin Produksi", "Bendahara"]), phone });
    }
    const kbli = rng.shuffle(bg.kbli).slice(0, rng.int(1, 3)).sort();
    d.rec = {
      ref,
      legalName,
      ...(legalForm ? { legalForm } : {}),
      nib: `${d.province}${String(rng.int(0, 99_999_999_999)).padStart(11, "0")}`,
      sector: d.sector,
      kbli,
      ...(rng.float() < 0.3 ? { sentraName: `Sentra IKM ${bg.heads[0]} ${prettyRegency(regency.code).replace(/^(Kab\.|Kota) /, "")}` } : {}),
      provinceCode: d.province!,
      regencyCode: regency.code,
      address: `${rng.pick(STREETS)} No. ${rng.int(1, 250)}, ${prettyRegency(regency.code)}`,
      employees: rng.int(3, 140),
      foundedYear: rng.int(1982, 2023),
      description: "",
      contacts,
    } as ProducerRec;
  });

  // Products.
  const productTarget = rng.int(730, 770);
  const needDays = (need: NeedSpec) => daysBetween(TODAY, need.neededBy);
  for (const d of producersOrdered) {
    for (const p of d.plants) {
      const need = p.need;
      const unit = p.spec.unit ?? need.unit;
      const rec: ProductRec = {
        ref: "",
        producerRef: d.rec!.ref,
        name: p.spec.name,
        description: p.spec.description,
        category: p.spec.category ?? need.category,
        unit,
        minOrder: 1,
        status: p.mods.archived ? "archived" : "active",
      };
      if (p.spec.kind === "A" || p.spec.kind === "S") {
        const factor = unitFactor(unit, need.unit)!;
        const lead = need.category === "machinery" || need.category === "metal_fabrication" ? rng.int(14, 30) : rng.int(5, 21);
        const months = (needDays(need) - lead) / 30;
        if (months <= 0.5) fail(`${need.key}: lead time leaves no time`);
        const capRatio = p.mods.cap === "cap70" ? rng.range(0.66, 0.76) : p.mods.cap === "cap30" ? rng.range(0.32, 0.4) : rng.range(1.25, 2.6);
        const priceRatio = p.mods.price === "price30" ? rng.range(1.27, 1.33) : p.mods.price === "price60" ? rng.range(1.54, 1.66) : rng.range(0.72, 1.12);
        rec.monthlyCapacity = roundCap((capRatio * need.quantity) / months / factor);
        rec.leadTimeDays = lead;
        rec.priceMin = roundPrice(need.budgetPerUnit * priceRatio * factor);
        rec.priceMax = roundPrice(rec.priceMin * rng.range(1.08, 1.3));
        // Never above the capacity: the import refuses a product that cannot fill its own minimum order.
        rec.minOrder = Math.min(rec.monthlyCapacity, Math.max(1, Math.round((need.quantity / factor) * rng.range(0.01, 0.05))));
        // The modifier bands must survive rounding.
        const share = (rec.monthlyCapacity * months * factor) / need.quantity;
        const capOk = p.mods.cap === "cap70" ? share >= 0.5 && share < 1 : p.mods.cap === "cap30" ? share < 0.5 : share >= 1;
        if (!capOk) fail(`${need.key} "${p.spec.name}": capacity share ${share.toFixed(2)} outside the ${p.mods.cap ?? "plain"} band`);
      } else {
        const base = p.spec.price ?? need.budgetPerUnit * rng.range(0.5, 1.5);
        rec.priceMin = roundPrice(base * rng.range(0.92, 1.08));
        rec.priceMax = roundPrice(rec.priceMin * rng.range(1.05, 1.3));
        rec.monthlyCapacity = base > 1_000_000 ? rng.int(4, 40) : base > 100_000 ? rng.int(40, 600) : rng.int(500, 20_000);
        rec.leadTimeDays = rng.int(3, 30);
        rec.minOrder = base > 1_000_000 ? 1 : rng.int(5, 50);
      }
      // TKDN.
      const min = need.minTkdn;
      if (min !== undefined && p.spec.kind !== "D") {
        switch (p.mods.tkdn) {
          case "under": rec.tkdnPercent = min - rng.int(2, 4); break;
          case "certUnder": rec.tkdnPercent = min + rng.int(3, 15); break;
          case "viaCert": if (rng.float() < 0.5) rec.tkdnPercent = min - rng.int(10, 20); break;
          case "multi": if (rng.float() < 0.5) rec.tkdnPercent = min - rng.int(6, 15); break;
          case "rejectedCert": rec.tkdnPercent = min + rng.int(3, 15); break;
          case "none": break;
          default: rec.tkdnPercent = Math.min(95, min + rng.int(5, 30));
        }
      } else if (rng.float() < 0.55) rec.tkdnPercent = rng.int(20, 85);
      p.product = rec;
      d.products.push(rec);
    }
  }
  // Fillers.
  function addFiller(d: ProducerDraft): boolean {
    const bg = BACKGROUND[d.sector];
    const kinds = bg.kinds.filter((kd) => !d.fillerKinds.has(kd));
    if (kinds.length === 0) return false;
    const kind = rng.pick(kinds);
    d.fillerKinds.add(kind);
    const rec: ProductRec = {
      ref: "",
      producerRef: d.rec!.ref,
      name: rng.pick(kind.names),
      description: `${kind.description} ${rng.pick(FILLER_NOTES)}`,
      category: kind.category,
      unit: kind.unit,
      minOrder: kind.price[0] > 1_000_000 ? 1 : rng.int(5, 100),
      monthlyCapacity: kind.price[0] > 1_000_000 ? rng.int(3, 30) : kind.price[0] > 100_000 ? rng.int(30, 500) : rng.int(300, 25_000),
      priceMin: roundPrice(rng.range(kind.price[0], kind.price[1])),
      leadTimeDays: rng.int(3, 30),
      status: rng.float() < 0.04 ? "archived" : "active",
    };
    // Never above the capacity: the import refuses a product that cannot fill its own minimum order.
    rec.minOrder = Math.min(rec.minOrder, rec.monthlyCapacity!);
    rec.priceMax = roundPrice(rec.priceMin! * rng.range(1.05, 1.35));
    if (rng.float() < 0.5) rec.tkdnPercent = rng.int(25, 90);
    d.fillers.push(rec);
    d.products.push(rec);
    return true;
  }
  for (const d of producersOrdered) {
    const n = d.background ? rng.int(4, 6) : 1;
    for (let i = 0; i < n; i++) addFiller(d);
  }
  let total = producersOrdered.reduce((s, d) => s + d.products.length, 0);
  for (let guard = 0; total < productTarget && guard < 100_000; guard++) {
    const d = rng.pick(producersOrdered);
    if (d.products.length >= 8) continue;
    if (addFiller(d)) total++;
  }
  if (total < 700 || total > 800) fail(`product count ${total} outside 700-800`);

  // Refs, product order within a producer shuffled.
  let productNo = 0;
  for (const d of producersOrdered) {
    d.products = rng.shuffle(d.products);
    for (const p of d.products) p.ref = `${PREFIX}PRD-${String(++productNo).padStart(4, "0")}`;
    const names = d.products.filter((p) => p.status === "active").map((p) => p.name);
    const bg = BACKGROUND[d.sector];
    d.rec!.description = `Produsen ${bg.label} di ${prettyRegency(d.rec!.regencyCode)}. Produk utama: ${names.slice(0, 4).join(", ")}.`;
    const main = d.products[0]!;
    if (rng.float() < 0.7 && main.monthlyCapacity) {
      d.rec!.monthlyCapacity = main.monthlyCapacity;
      d.rec!.capacityUnit = main.unit;
    }
  }

  // Certificates.
  const certs: CertRec[] = [];
  let certSerial = 0;
  function certNumber(type: CertificationType, province: string): string {
    const n = ++certSerial;
    switch (type) {
      case "halal": return `ID${province}110000${String(rng.int(10000, 99999))}${String(n).padStart(4, "0")}`;
      case "pirt": return `P-IRT ${province}${rng.int(10, 99)}${String(rng.int(1000000, 9999999))}-${rng.int(26, 31)}`;
      case "bpom": return `BPOM RI ${rng.pick(["MD", "TR", "NA18"])} ${String(rng.int(100000000, 999999999))}${String(n).padStart(3, "0")}`;
      case "sni": return `SPPT-SNI ${rng.int(1000, 9999)}/LSPro/${rng.int(2022, 2026)}/${String(n).padStart(4, "0")}`;
      case "svlk": return `VLK-${rng.int(10, 99)}-${String(n).padStart(4, "0")}-${rng.int(2023, 2026)}`;
      case "iso9001": return `QMS/${rng.int(10000, 99999)}/${String(n).padStart(4, "0")}`;
      case "tkdn": return `TKDN ${rng.int(1000, 9999)}/SJ-IKM/TKDN/${rng.int(2024, 2026)}-${String(n).padStart(4, "0")}`;
      case "hki": return `IDM000${rng.int(100000, 999999)}${String(n).padStart(3, "0")}`;
      case "gmp": return `CPOTB-${rng.int(1000, 9999)}-${String(n).padStart(4, "0")}`;
      default: return `SK-${rng.int(100, 999)}/${String(n).padStart(4, "0")}/DISPERINDAG`;
    }
  }
  function verifiedAtFor(validFrom: string): string {
    if (validFrom < addDays(TODAY, -10)) {
      const span = daysBetween(validFrom, TODAY) - 2;
      return addDays(validFrom, rng.int(1, Math.max(1, Math.min(span, 120))));
    }
    return addDays(TODAY, -rng.int(3, 60));
  }
  function makeCert(d: ProducerDraft, type: CertificationType, productRefs: string[], validFrom: string, validUntil: string, status: CertRec["status"], tkdnPercent?: number): CertRec {
    const rec: CertRec = {
      ref: "",
      producerRef: d.rec!.ref,
      productRefs,
      type,
      number: certNumber(type, d.rec!.provinceCode),
      issuer: rng.pick(ISSUERS[type]),
      validFrom,
      validUntil,
      ...(tkdnPercent !== undefined ? { tkdnPercent } : {}),
      status,
    };
    if (status === "verified") rec.verifiedAt = verifiedAtFor(validFrom);
    if (status === "rejected") rec.rejectionReason = rng.pick(["Nomor sertifikat tidak ditemukan pada basis data penerbit.", "Dokumen tidak terbaca dan masa berlaku tidak sesuai.", "Nama badan usaha pada sertifikat berbeda dengan NIB."]);
    certs.push(rec);
    return rec;
  }
  const requiredTypesOf = (p: PlantInst): string[] => [...p.need.certs, ...(p.need.minTkdn !== undefined ? ["tkdn"] : [])];
  for (const d of producersOrdered) {
    for (const p of d.plants) {
      const product = p.product!;
      const need = p.need;
      const scopeFor = (type: string): string[] => {
        const other = d.plants.some((q) => q !== p && q.spec.kind !== "D" && requiredTypesOf(q).includes(type));
        return !other && rng.float() < 0.5 ? [] : [product.ref];
      };
      for (const type of need.certs) {
        const mod = p.mods.cert.get(type);
        if (mod === "missing") continue;
        let validFrom = addDays(need.neededBy, -rng.int(150, 900));
        let validUntil = addDays(need.neededBy, rng.int(90, 1100));
        let status: CertRec["status"] = "verified";
        let scope = scopeFor(type);
        if (mod === "pending") {
          status = "pending";
          validFrom = addDays(TODAY, -rng.int(10, 90));
        } else if (mod === "expired") {
          validUntil = addDays(need.neededBy, -rng.int(10, 150));
          validFrom = addDays(validUntil, -rng.int(730, 1460));
        } else if (mod === "future") {
          validFrom = addDays(need.neededBy, rng.int(5, 60));
          validUntil = addDays(validFrom, rng.int(730, 1460));
        } else if (mod === "rejected") status = "rejected";
        else if (mod === "scoped") {
          if (d.fillers.length === 0) fail(`${need.key} "${p.spec.name}": no other product to scope to`);
          scope = [rng.pick(d.fillers).ref];
        }
        makeCert(d, type, scope, validFrom, validUntil, status);
      }
      const min = need.minTkdn;
      if (min !== undefined && p.spec.kind !== "D" && p.mods.tkdn) {
        const mk = (value: number, status: CertRec["status"]) =>
          makeCert(d, "tkdn", scopeFor("tkdn"), addDays(need.neededBy, -rng.int(150, 700)), addDays(need.neededBy, rng.int(120, 900)), status, value);
        switch (p.mods.tkdn) {
          case "certUnder": mk(min - rng.int(2, 5), "verified"); break;
          case "viaCert": mk(min + rng.int(2, 15), "verified"); break;
          case "multi": mk(min - rng.int(3, 10), "verified"); mk(min + rng.int(1, 10), "verified"); break;
          case "rejectedCert": mk(min - rng.int(5, 15), "rejected"); break;
        }
      }
    }
  }
  // Extra certificates, of types no need of the producer's plants requires.
  const certTarget = rng.int(240, 265);
  const extrasPer = new Map<ProducerDraft, number>();
  const pool = rng.shuffle(producersOrdered);
  for (let round = 0; certs.length < certTarget && round < 6; round++) {
    for (const d of pool) {
      if (certs.length >= certTarget) break;
      if ((extrasPer.get(d) ?? 0) > round) continue;
      const forbidden = new Set(d.plants.flatMap(requiredTypesOf));
      const held = new Set(certs.filter((c) => c.producerRef === d.rec!.ref).map((c) => c.type));
      const allowed = BACKGROUND[d.sector].certTypes.filter((t) => !forbidden.has(t) && !held.has(t));
      if (allowed.length === 0 || rng.float() < 0.35) continue;
      const type = rng.pick(allowed);
      const scope = d.fillers.length > 0 && rng.float() < 0.55 ? [rng.pick(d.fillers).ref] : [];
      const validFrom = addDays(TODAY, -rng.int(30, 900));
      const validUntil = addDays(validFrom, rng.int(365, 1825));
      const x = rng.float();
      const status: CertRec["status"] = x < 0.8 ? "verified" : x < 0.94 ? "pending" : "rejected";
      makeCert(d, type, scope, validFrom, validUntil, status, type === "tkdn" ? rng.int(25, 70) : undefined);
      extrasPer.set(d, (extrasPer.get(d) ?? 0) + 1);
    }
  }
  if (certs.length < 220 || certs.length > 280) fail(`certificate count ${certs.length} outside 220-280`);
  // Certificates ordered by producer, refs in that order.
  const producerIndex = new Map(producersOrdered.map((d, i) => [d.rec!.ref, i]));
  const certsOrdered = certs.map((c, i) => ({ c, i })).sort((a, b) => producerIndex.get(a.c.producerRef)! - producerIndex.get(b.c.producerRef)! || a.i - b.i).map(({ c }) => c);
  certsOrdered.forEach((c, i) => (c.ref = `${PREFIX}CERT-${String(i + 1).padStart(4, "0")}`));

  // Needs and buyers.
  const needs: NeedRec[] = NEEDS.map((n) => ({
    ref: needRefOf(n.key),
    buyerRef: buyerRefOf(n.buyer),
    title: n.title,
    description: n.description,
    category: n.category,
    quantity: n.quantity,
    unit: n.unit,
    deliveryProvinceCode: n.province,
    deliveryRegencyCode: n.regency,
    neededBy: n.neededBy,
    requiredCertifications: n.certs,
    ...(n.minTkdn !== undefined ? { minTkdnPercent: n.minTkdn } : {}),
    budgetPerUnit: n.budgetPerUnit,
    visibility: "public",
    status: "open",
  }));
  const buyers = BUYERS.map((b) => ({ ref: buyerRefOf(b.key), name: b.name, legalForm: b.legalForm, buyerType: b.buyerType, regionCode: b.regionCode, address: b.address, website: b.website }));

  const catalogue: Catalogue = {
    producers: producersOrdered.map((d) => d.rec!),
    buyers,
    products: producersOrdered.flatMap((d) => d.products),
    certifications: certsOrdered,
    needs,
  };

  // Grade every need x producer and compare with the declared plants.
  const idx: GradeIndex = {
    productsByProducer: new Map(producersOrdered.map((d) => [d.rec!.ref, d.products])),
    certsByProducer: new Map(),
    producerByRef: new Map(catalogue.producers.map((p) => [p.ref, p])),
    concepts: new Map(),
  };
  for (const c of certsOrdered) {
    if (!idx.certsByProducer.has(c.producerRef)) idx.certsByProducer.set(c.producerRef, []);
    idx.certsByProducer.get(c.producerRef)!.push(c);
  }
  for (const p of plants) {
    if (p.spec.kind === "D") continue;
    if (!idx.concepts.has(p.product!.ref)) idx.concepts.set(p.product!.ref, new Map());
    idx.concepts.get(p.product!.ref)!.set(p.needRef, p.spec.kind);
  }
  const expected = new Map<string, { grade: number; nearMiss: boolean; name: string }>();
  for (const d of producersOrdered) for (const p of d.plants) expected.set(`${p.needRef}|${d.rec!.ref}`, { grade: p.spec.grade, nearMiss: !!p.spec.nearMiss, name: p.spec.name });
  const grades: Record<string, Record<string, number>> = {};
  const nearMisses: Record<string, string[]> = {};
  const reasons: Record<string, Record<string, string>> = {};
  const mismatches: string[] = [];
  for (const need of needs) {
    for (const producer of [...catalogue.producers].sort((a, b) => a.ref.localeCompare(b.ref))) {
      const got = gradePair(need, producer.ref, idx);
      const want = expected.get(`${need.ref}|${producer.ref}`) ?? { grade: 0, nearMiss: false, name: "(no plant)" };
      if (got.grade !== want.grade || got.nearMiss !== want.nearMiss) {
        mismatches.push(`${need.ref} ${producer.ref} "${want.name}": declared ${want.grade}${want.nearMiss ? " near miss" : ""}, computed ${got.grade}${got.nearMiss ? " near miss" : ""}`);
      }
      if (got.grade > 0) (grades[need.ref] ??= {})[producer.ref] = got.grade;
      if (got.nearMiss) {
        (nearMisses[need.ref] ??= []).push(producer.ref);
        (reasons[need.ref] ??= {})[producer.ref] = got.reason!;
      }
    }
  }
  if (mismatches.length > 0) fail(`gradePair disagrees with needs.ts:\n  ${mismatches.join("\n  ")}`);

  checkShape(catalogue, producersOrdered, plants);

  const stats = {
    producers: catalogue.producers.length,
    background: producersOrdered.filter((d) => d.background).length,
    products: catalogue.products.length,
    certifications: catalogue.certifications.length,
    provinces: new Set(catalogue.producers.map((p) => p.provinceCode)).size,
    grade3: Object.values(grades).flatMap((g) => Object.values(g)).filter((g) => g === 3).length,
    grade2: Object.values(grades).flatMap((g) => Object.values(g)).filter((g) => g === 2).length,
    grade1: Object.values(grades).flatMap((g) => Object.values(g)).filter((g) => g === 1).length,
    nearMisses: Object.values(nearMisses).flat().length,
    englishNeeds: NEEDS.filter((n) => n.lang === "en").length,
    plants: plants.length,
  };
  return {
    files: {
      "catalogue.json": JSON.stringify(catalogue, null, 2) + "\n",
      "grades.json": JSON.stringify(grades, null, 2) + "\n",
      "near-misses.json": JSON.stringify({ nearMisses, reasons }, null, 2) + "\n",
    },
    stats,
    catalogue,
  };
}

// ---------------------------------------------------------------------------------------------
// Shape checks

function checkShape(cat: Catalogue, drafts: ProducerDraft[], plants: PlantInst[]) {
  const n = cat.producers.length;
  if (n < 140 || n > 160) fail(`producer count ${n} outside 140-160`);
  const bgCount = drafts.filter((d) => d.background).length;
  if (bgCount < 15 || bgCount > 25) fail(`about 20 background producers expected, found ${bgCount}`);
  const provinces = new Set(cat.producers.map((p) => p.provinceCode));
  if (provinces.size < 30) fail(`producers in ${provinces.size} provinces, need at least 30`);
  const sectors = new Set(cat.producers.map((p) => p.sector));
  if (sectors.size !== SECTORS.length) fail("not all 11 sectors have producers");
  if (cat.products.length < 700 || cat.products.length > 800) fail(`product count ${cat.products.length}`);
  if (cat.certifications.length < 220 || cat.certifications.length > 280) fail(`certificate count ${cat.certifications.length}`);
  for (const d of drafts) {
    if (d.plants.length > 4) fail(`${d.rec!.ref} holds ${d.plants.length} plants`);
    if (new Set(d.plants.map((p) => p.need)).size !== d.plants.length) fail(`${d.rec!.ref} holds two plants of one need`);
    if (!d.background && d.fillers.length === 0) fail(`${d.rec!.ref} has no background product`);
  }
  // Unique refs and references that resolve.
  const all = [...cat.producers, ...cat.buyers, ...cat.products, ...cat.certifications, ...cat.needs].map((r) => (r as { ref: string }).ref);
  if (new Set(all).size !== all.length) fail("refs are not unique");
  if (!all.every((r) => r.startsWith(PREFIX))) fail("a ref lacks the SETL: prefix");
  const producerRefs = new Set(cat.producers.map((p) => p.ref));
  const productOwner = new Map(cat.products.map((p) => [p.ref, p.producerRef]));
  for (const p of cat.products) if (!producerRefs.has(p.producerRef)) fail(`${p.ref}: unknown producer`);
  for (const c of cat.certifications) {
    if (!producerRefs.has(c.producerRef)) fail(`${c.ref}: unknown producer`);
    for (const r of c.productRefs) if (productOwner.get(r) !== c.producerRef) fail(`${c.ref}: product ${r} is not the producer's`);
    if (!isDate(c.validFrom) || !isDate(c.validUntil) || c.validFrom > c.validUntil) fail(`${c.ref}: dates`);
  }
  for (const p of cat.producers) {
    checkRegency(p.provinceCode, p.regencyCode, p.ref);
    if (p.legalForm && !(LEGAL_FORMS as readonly string[]).includes(p.legalForm)) fail(`${p.ref}: legal form`);
  }
  for (const need of cat.needs) {
    if ("budgetTotal" in need) fail(`${need.ref}: budgetTotal given`);
    if (!need.budgetPerUnit) fail(`${need.ref}: no budgetPerUnit`);
  }
  // Guard words: no background product or producer name may name an asked, substitute or related kind.
  const plantProducts = new Set(plants.map((p) => p.product!));
  for (const product of cat.products) {
    if (plantProducts.has(product)) continue;
    for (const need of NEEDS) for (const term of need.guard) if (wordMatch(`${product.name} ${product.description}`, term)) fail(`background product "${product.name}" carries "${term}" (${need.key})`);
  }
  for (const p of cat.producers) for (const need of NEEDS) for (const term of need.guard) if (wordMatch(p.legalName, term)) fail(`producer name "${p.legalName}" carries "${term}"`);
  // Plant counts per need and kinds.
  for (const need of NEEDS) {
    const held = plants.filter((p) => p.need === need);
    if (held.length !== need.plants.length) fail(`${need.key}: plants lost`);
  }
}

function validateSchema(catalogue: Catalogue) {
  const schema = JSON.parse(readFileSync(join(ROOT, "app", "models", "import", "import.schema.json"), "utf8"));
  delete schema.$schema; // draft 2020-12 marker; the keywords used are draft-07 compatible for ajv 6
  const ajv = new Ajv({ allErrors: true, validateSchema: false, format: "full" });
  const validate = ajv.compile(schema);
  const data = JSON.parse(JSON.stringify(catalogue));
  if (!validate(data)) fail(`catalogue.json does not validate:\n${JSON.stringify(validate.errors?.slice(0, 10), null, 2)}`);
}

// ---------------------------------------------------------------------------------------------

const first = build();
const second = build();
for (const name of Object.keys(first.files) as (keyof typeof first.files)[]) {
  if (first.files[name] !== second.files[name]) fail(`two builds differ in ${name}`);
}
validateSchema(first.catalogue);
for (const [name, text] of Object.entries(first.files)) writeFileSync(join(HERE, name), text);
console.log(JSON.stringify(first.stats));
