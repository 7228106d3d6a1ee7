// Set J generator: writes catalogue.json, grades.json and near-misses.json next to this file.
// Deterministic (mulberry32, fixed dates). Refuses to write when a computed grade or near-miss
// flag differs from the one declared for a planted product.
// Run from the repo root: npx tsx tests/bench/relevance-set-j/generate.ts
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PRODUCT_CATEGORIES } from "../../../app/models/domain.ts";
import type { CertificationType, LegalForm, ProductCategory, Sector, Unit } from "../../../app/models/domain.ts";
import { BACKGROUND } from "./background.ts";
import { BUYERS, NEEDS } from "./needs.ts";
import type { Mod, NeedSpec, Plant } from "./needs.ts";

const OUT_DIR = dirname(fileURLToPath(import.meta.url));
const START = "2026-09-01";
const SEED = 0x5e7a_2027;

// ---------- PRNG ----------
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
const rnd = mulberry32(SEED);
const between = (lo: number, hi: number): number => lo + (hi - lo) * rnd();
const int = (lo: number, hi: number): number => Math.floor(between(lo, hi + 1));
function at<T>(arr: readonly T[], i: number): T {
  const v = arr[i];
  if (v === undefined) throw new Error(`index ${i} out of range`);
  return v;
}
const pick = <T>(arr: readonly T[]): T => at(arr, Math.floor(rnd() * arr.length));

// ---------- dates ----------
function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}
function addDays(iso: string, n: number): string {
  return new Date((dayNumber(iso) + n) * 86_400_000).toISOString().slice(0, 10);
}
const daysFromStart = (iso: string): number => dayNumber(iso) - dayNumber(START);

// ---------- regions ----------
type Island = "sumatra" | "jawa_bali" | "nusa_tenggara" | "kalimantan" | "sulawesi" | "maluku_papua";
function islandOf(prov: string): Island {
  const n = Number(prov);
  if (n >= 11 && n <= 21) return "sumatra";
  if ((n >= 31 && n <= 36) || n === 51) return "jawa_bali";
  if (n === 52 || n === 53) return "nusa_tenggara";
  if (n >= 61 && n <= 65) return "kalimantan";
  if (n >= 71 && n <= 76) return "sulawesi";
  if (n >= 81 && n <= 96) return "maluku_papua";
  throw new Error(`unknown province ${prov}`);
}
/** Province code -> [weight, regencies (code, name)] (codes as in idn-area-data). */
const REGIONS: Record<string, { w: number; regs: [string, string][] }> = {
  "11": { w: 1, regs: [["11.06", "Aceh Besar"], ["11.71", "Banda Aceh"]] },
  "12": { w: 3, regs: [["12.07", "Deli Serdang"], ["12.71", "Medan"], ["12.08", "Simalungun"]] },
  "13": { w: 2, regs: [["13.71", "Padang"], ["13.75", "Bukittinggi"], ["13.06", "Agam"]] },
  "14": { w: 2, regs: [["14.71", "Pekanbaru"], ["14.01", "Kampar"]] },
  "15": { w: 1, regs: [["15.71", "Jambi"], ["15.05", "Muaro Jambi"]] },
  "16": { w: 2, regs: [["16.71", "Palembang"], ["16.10", "Ogan Ilir"]] },
  "17": { w: 1, regs: [["17.71", "Bengkulu"]] },
  "18": { w: 2, regs: [["18.71", "Bandar Lampung"], ["18.07", "Lampung Timur"], ["18.01", "Lampung Selatan"]] },
  "19": { w: 1, regs: [["19.01", "Bangka"], ["19.71", "Pangkal Pinang"]] },
  "21": { w: 1, regs: [["21.71", "Batam"]] },
  "31": { w: 2, regs: [["31.75", "Jakarta Timur"], ["31.73", "Jakarta Barat"]] },
  "32": { w: 6, regs: [["32.73", "Bandung"], ["32.04", "Kabupaten Bandung"], ["32.05", "Garut"], ["32.14", "Purwakarta"], ["32.06", "Tasikmalaya"]] },
  "33": { w: 6, regs: [["33.20", "Jepara"], ["33.72", "Surakarta"], ["33.74", "Semarang"], ["33.11", "Sukoharjo"], ["33.26", "Pekalongan"]] },
  "34": { w: 3, regs: [["34.02", "Bantul"], ["34.71", "Yogyakarta"], ["34.04", "Sleman"]] },
  "35": { w: 6, regs: [["35.78", "Surabaya"], ["35.15", "Sidoarjo"], ["35.07", "Malang"], ["35.73", "Kota Malang"], ["35.29", "Sumenep"]] },
  "36": { w: 2, regs: [["36.03", "Tangerang"], ["36.74", "Tangerang Selatan"]] },
  "51": { w: 2, regs: [["51.04", "Gianyar"], ["51.71", "Denpasar"], ["51.03", "Badung"]] },
  "52": { w: 2, regs: [["52.71", "Mataram"], ["52.01", "Lombok Barat"], ["52.03", "Lombok Timur"]] },
  "53": { w: 1, regs: [["53.71", "Kupang"], ["53.10", "Manggarai"]] },
  "61": { w: 1, regs: [["61.71", "Pontianak"], ["61.72", "Singkawang"]] },
  "62": { w: 1, regs: [["62.71", "Palangka Raya"]] },
  "63": { w: 2, regs: [["63.71", "Banjarmasin"], ["63.06", "Hulu Sungai Selatan"], ["63.03", "Banjar"]] },
  "64": { w: 2, regs: [["64.72", "Samarinda"], ["64.71", "Balikpapan"]] },
  "71": { w: 1, regs: [["71.71", "Manado"], ["71.02", "Minahasa"]] },
  "72": { w: 1, regs: [["72.71", "Palu"]] },
  "73": { w: 2, regs: [["73.71", "Makassar"], ["73.06", "Gowa"], ["73.08", "Bone"]] },
  "74": { w: 1, regs: [["74.71", "Kendari"], ["74.05", "Konawe Selatan"]] },
  "75": { w: 1, regs: [["75.71", "Gorontalo"]] },
  "81": { w: 1, regs: [["81.71", "Ambon"]] },
  "82": { w: 1, regs: [["82.71", "Ternate"]] },
  "91": { w: 1, regs: [["91.71", "Jayapura"]] },
  "96": { w: 1, regs: [["96.71", "Sorong"]] },
};
const PROVS = Object.keys(REGIONS).sort();
function region(prov: string): { w: number; regs: [string, string][] } {
  const r = REGIONS[prov];
  if (!r) throw new Error(`no region data for ${prov}`);
  return r;
}
function weightedProv(filter: (p: string) => boolean): string {
  const cands = PROVS.filter(filter);
  const total = cands.reduce((s, p) => s + region(p).w, 0);
  let x = rnd() * total;
  for (const p of cands) {
    x -= region(p).w;
    if (x < 0) return p;
  }
  return at(cands, cands.length - 1);
}

// ---------- output row types (the import schema's shape) ----------
interface ProducerRow {
  ref: string;
  legalName: string;
  legalForm: LegalForm;
  nib: string;
  sector: Sector;
  kbli: string[];
  provinceCode: string;
  regencyCode: string;
  address: string;
  employees: number;
  foundedYear: number;
  monthlyCapacity?: number;
  capacityUnit?: Unit;
  description: string;
  contacts: { name: string; position: string; phone: string }[];
}
interface ProductRow {
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
interface CertRow {
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
interface NeedRow {
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
  requiredCertifications?: CertificationType[];
  minTkdnPercent?: number;
  budgetPerUnit: number;
  visibility: "public";
  status: "open";
}

type Concept = "asked" | "substitute" | "related" | "unrelated";

// ---------- the grading rule: ONE function ----------
/** Product units in one need unit, or null when the units do not convert. */
function productUnitsPerNeedUnit(productUnit: Unit, needUnit: Unit): number | null {
  if (productUnit === needUnit) return 1;
  if (productUnit === "kg" && needUnit === "ton") return 1000;
  if (productUnit === "ton" && needUnit === "kg") return 0.001;
  const pieces: Unit[] = ["pcs", "botol", "pasang", "lembar"];
  const packs: Partial<Record<Unit, number>> = { lusin: 12, kodi: 20 };
  const pPack = packs[productUnit];
  const nPack = packs[needUnit];
  if (pieces.includes(productUnit) && nPack !== undefined) return nPack;
  if (pPack !== undefined && pieces.includes(needUnit)) return 1 / pPack;
  if (pPack !== undefined && nPack !== undefined) return nPack / pPack;
  return null;
}

interface HardFailure {
  what: string;
  fixable: boolean;
}
interface HardResult {
  failures: HardFailure[];
  pendingCount: number;
}

function hardChecks(need: NeedRow, product: ProductRow, certs: CertRow[]): HardResult {
  const by = need.neededBy;
  const covers = (c: CertRow): boolean => c.productRefs.length === 0 || c.productRefs.includes(product.ref);
  const live = (c: CertRow): boolean => (c.status === "verified" || c.status === "pending") && c.validFrom <= by && by <= c.validUntil;
  const failures: HardFailure[] = [];
  let pendingCount = 0;
  for (const type of need.requiredCertifications ?? []) {
    const ofType = certs.filter((c) => c.type === type);
    const ok = ofType.filter((c) => live(c) && covers(c));
    if (ok.length > 0) {
      if (!ok.some((c) => c.status === "verified")) pendingCount += 1;
      continue;
    }
    const onlyLater = ofType.some((c) => c.status !== "rejected" && covers(c) && c.validFrom > by);
    const why = ofType.length === 0 ? "missing" : ofType.map((c) => (c.status === "rejected" ? "rejected" : !covers(c) ? "scoped to another product" : c.validUntil < by ? `expires ${c.validUntil}` : `valid from ${c.validFrom}`)).join(", ");
    failures.push({ what: `${type}: ${why}`, fixable: !onlyLater });
  }
  if (need.minTkdnPercent !== undefined) {
    const tkdnCerts = certs.filter((c) => c.type === "tkdn" && live(c) && covers(c) && c.tkdnPercent !== undefined);
    const fromCert = tkdnCerts.length > 0 ? Math.max(...tkdnCerts.map((c) => c.tkdnPercent ?? 0)) : undefined;
    const tkdn = fromCert ?? product.tkdnPercent;
    if (tkdn === undefined) failures.push({ what: "tkdn: none declared", fixable: false });
    else if (tkdn < need.minTkdnPercent) {
      const gap = need.minTkdnPercent - tkdn;
      failures.push({ what: `tkdn: ${tkdn}% ${fromCert !== undefined ? "(certificate)" : "(declared)"} < ${need.minTkdnPercent}%`, fixable: gap > 0 && gap <= 5 });
    }
  }
  return { failures, pendingCount };
}

function softShortfalls(need: NeedRow, product: ProductRow, producer: ProducerRow, pendingCount: number): number {
  let soft = pendingCount;
  const u = productUnitsPerNeedUnit(product.unit, need.unit);
  if (u !== null) {
    const days = daysFromStart(need.neededBy) - product.leadTimeDays;
    const capacity = (product.monthlyCapacity * Math.max(0, days)) / 30 / u;
    const ratio = capacity / need.quantity;
    if (ratio < 0.5) soft += 2;
    else if (ratio < 1) soft += 1;
    const price = product.priceMin * u;
    const over = price / need.budgetPerUnit - 1;
    if (over > 0.4) soft += 2;
    else if (over > 0.2) soft += 1;
  }
  if (islandOf(producer.provinceCode) !== islandOf(need.deliveryProvinceCode)) soft += 1;
  return soft;
}

interface GradeResult {
  grade: number;
  nearMiss: boolean;
  nearMissReason?: string;
}

/** The grade of one producer for one need, and whether it is a near miss. */
function gradeProducer(need: NeedRow, producer: ProducerRow, products: ProductRow[], certs: CertRow[], conceptOf: (productRef: string) => Concept): GradeResult {
  let grade = 0;
  let hardOkAskedOrSub = false;
  let nearMissReason: string | undefined;
  for (const product of products) {
    if (product.status !== "active") continue;
    const concept = conceptOf(product.ref);
    if (concept === "unrelated") continue;
    const hard = hardChecks(need, product, certs);
    const hardOk = hard.failures.length === 0;
    if (concept === "asked" && hard.failures.length === 1) {
      const only = at(hard.failures, 0);
      if (only.fixable && nearMissReason === undefined) nearMissReason = `${product.ref} "${product.name}": ${only.what}`;
    }
    if (!hardOk) continue;
    let g = 0;
    if (concept === "related") g = 1;
    else {
      hardOkAskedOrSub = true;
      const soft = softShortfalls(need, product, producer, hard.pendingCount);
      if (concept === "asked") g = soft === 0 ? 3 : soft === 1 ? 2 : 1;
      else g = soft === 0 ? 2 : 1;
    }
    grade = Math.max(grade, g);
  }
  const nearMiss = nearMissReason !== undefined && !hardOkAskedOrSub;
  return nearMiss && nearMissReason !== undefined ? { grade, nearMiss, nearMissReason } : { grade, nearMiss: false };
}

// ---------- building the catalogue ----------
const SECTOR_OF = new Map<ProductCategory, Sector>(PRODUCT_CATEGORIES.map((c) => [c.key, c.sector]));
function sectorOf(cat: ProductCategory): Sector {
  const s = SECTOR_OF.get(cat);
  if (!s) throw new Error(`no sector for ${cat}`);
  return s;
}

const KBLI: Record<Sector, string[]> = {
  food_beverage: ["10799", "10792", "10750"],
  textile_apparel: ["14111", "13929"],
  batik: ["13134", "14111"],
  leather_footwear: ["15121", "15201"],
  furniture_wood: ["31001", "16299"],
  handicraft: ["32909", "23931"],
  metal_machinery: ["25999", "28210", "28190"],
  chemical_building: ["23953", "20231"],
  packaging_printing: ["17021", "18111"],
  electronics: ["27400", "27320"],
  herbal_cosmetics: ["21022", "20232"],
};
const SECTOR_WORDS: Record<Sector, string[]> = {
  food_beverage: ["Pangan", "Boga", "Rasa", "Snack", "Dapur"],
  textile_apparel: ["Konveksi", "Garmen", "Tekstil", "Busana"],
  batik: ["Batik", "Tenun", "Wastra"],
  leather_footwear: ["Kulit", "Sepatu", "Leather"],
  furniture_wood: ["Mebel", "Furnitur", "Kayu", "Ukir"],
  handicraft: ["Kerajinan", "Kriya", "Craft", "Anyaman"],
  metal_machinery: ["Teknik", "Logam", "Las", "Mesin", "Pandai Besi"],
  chemical_building: ["Beton", "Bahan Bangunan", "Kimia", "Bangun"],
  packaging_printing: ["Grafika", "Percetakan", "Kemasan", "Offset"],
  electronics: ["Elektrik", "Listrik", "Elektronika"],
  herbal_cosmetics: ["Herbal", "Jamu", "Kosmetik", "Sehat"],
};
const SECTOR_LABEL: Record<Sector, string> = {
  food_beverage: "makanan dan minuman olahan",
  textile_apparel: "tekstil dan pakaian jadi",
  batik: "batik dan kain tradisional",
  leather_footwear: "barang kulit dan alas kaki",
  furniture_wood: "furnitur dan olahan kayu",
  handicraft: "kerajinan",
  metal_machinery: "logam, mesin dan alat",
  chemical_building: "bahan bangunan dan kimia",
  packaging_printing: "kemasan dan percetakan",
  electronics: "listrik dan elektronika",
  herbal_cosmetics: "jamu, herbal dan kosmetik",
};
const NAME_WORDS = ["Sumber Rejeki", "Karya Mandiri", "Maju Jaya", "Sinar Abadi", "Berkah Sejahtera", "Mitra Usaha", "Cahaya Baru", "Tunas Harapan", "Bina Karya", "Sentosa", "Makmur Bersama", "Putra Daerah", "Surya Kencana", "Anugerah", "Harapan Baru", "Lestari", "Mekar Sari", "Sejahtera Abadi", "Nusa Indah", "Dwi Tunggal"];
const OWNERS = ["Siti Aminah", "Budi Santoso", "Made Wirawan", "Yohanes Lake", "Rahmat Hidayat", "Nurhayati", "Andi Baso", "Fransiska Wenda", "Agus Salim", "Dewi Lestari", "I Ketut Sudana", "Samsul Bahri", "Lusiana Tumbelaka", "Hendra Gunawan", "Sri Rahayu", "Muhammad Ridwan", "Yuliana Pattiasina", "Ahmad Fauzi", "Wayan Sudirta", "Rina Marlina", "Darmi", "Suparno", "Halimah", "Jefri Manurung"];
const FORMS: LegalForm[] = ["ud", "cv", "cv", "perorangan", "pt_perorangan", "koperasi", "pt", "ud"];
const FORM_PREFIX: Partial<Record<LegalForm, string>> = { ud: "UD", cv: "CV", pt: "PT", pt_perorangan: "PT", koperasi: "Koperasi" };

const producers: ProducerRow[] = [];
const products: ProductRow[] = [];
const certs: CertRow[] = [];
const usedNames = new Set<string>();
let certSeq = 0;
let productSeq = 0;

interface PlantSlot {
  need: NeedSpec;
  plant: Plant;
  index: number;
  sector: Sector;
  island: "same" | "other" | "any";
  productRef?: string;
}
interface ProducerDraft {
  row: ProducerRow;
  plants: PlantSlot[];
}
const drafts: ProducerDraft[] = [];

function newProducer(sector: Sector, prov: string): ProducerDraft {
  const n = drafts.length + 1;
  const ref = `SETJ:IKM-${String(n).padStart(4, "0")}`;
  const [regencyCode, regName] = pick(region(prov).regs);
  const form = pick(FORMS);
  let legalName = "";
  for (let tries = 0; tries < 50; tries++) {
    const base = rnd() < 0.3 ? `${pick(SECTOR_WORDS[sector])} ${pick(OWNERS).split(" ")[0] ?? "Ibu"}` : `${pick(SECTOR_WORDS[sector])} ${pick(NAME_WORDS)}`;
    const prefix = FORM_PREFIX[form];
    legalName = prefix ? `${prefix} ${base}` : form === "perorangan" ? `${base} ${regName}` : base;
    if (!usedNames.has(legalName)) break;
    legalName = `${legalName} ${regName}`;
    if (!usedNames.has(legalName)) break;
  }
  usedNames.add(legalName);
  const owner = pick(OWNERS);
  const row: ProducerRow = {
    ref,
    legalName,
    legalForm: form,
    nib: `${String(int(1, 9))}${String(1000 + n).padStart(4, "0")}${String(int(10000000, 99999999))}`.slice(0, 13),
    sector,
    kbli: [pick(KBLI[sector])],
    provinceCode: prov,
    regencyCode,
    address: `Jl. ${pick(["Merdeka", "Diponegoro", "Sudirman", "Ahmad Yani", "Pahlawan", "Veteran", "Imam Bonjol", "Gajah Mada"])} No. ${int(1, 250)}, ${regName}`,
    employees: int(3, 85),
    foundedYear: int(1988, 2022),
    description: "",
    contacts: [{ name: owner, position: pick(["Pemilik", "Direktur", "Ketua", "Manajer Pemasaran"]), phone: `08${int(11, 59)} ${int(1000, 9999)} ${int(1000, 9999)}` }],
  };
  const draft: ProducerDraft = { row, plants: [] };
  drafts.push(draft);
  return draft;
}

function needRow(spec: NeedSpec, i: number): NeedRow {
  const row: NeedRow = {
    ref: `SETJ:NEED-${String(i + 1).padStart(2, "0")}`,
    buyerRef: spec.buyer,
    title: spec.title,
    description: spec.desc,
    category: spec.cat,
    quantity: spec.qty,
    unit: spec.unit,
    deliveryProvinceCode: spec.prov,
    deliveryRegencyCode: spec.reg,
    neededBy: spec.by,
    budgetPerUnit: spec.budget,
    visibility: "public",
    status: "open",
  };
  if (spec.certs.length > 0) row.requiredCertifications = [...spec.certs];
  if (spec.tkdn !== undefined) row.minTkdnPercent = spec.tkdn;
  return row;
}
const needRows = NEEDS.map(needRow);
const needRowOf = new Map(NEEDS.map((n, i) => [n.key, at(needRows, i)]));
function rowOfNeed(spec: NeedSpec): NeedRow {
  const r = needRowOf.get(spec.key);
  if (!r) throw new Error(`no row for ${spec.key}`);
  return r;
}

const has = (p: Plant, m: Mod): boolean => (p.m ?? []).includes(m);
const isRich = (p: Plant): boolean => p.c !== "D";

// 1. allocate plants to producers
const slots: PlantSlot[] = [];
NEEDS.forEach((need) => {
  need.plants.forEach((plant, index) => {
    const sector = plant.sector ?? sectorOf(plant.cat ?? need.cat);
    const island = plant.c === "A" || plant.c === "S" ? (has(plant, "island") ? "other" : "same") : "any";
    slots.push({ need, plant, index, sector, island });
  });
});
// pinned plants first, then the rest in a shuffled but seeded order
const order = slots.map((s) => ({ s, k: (s.plant.prov ? 0 : 1) + rnd() }));
order.sort((a, b) => a.k - b.k);
const MAX_PLANTS = 4;
for (const { s } of order) {
  const needIsland = islandOf(s.need.prov);
  const fits = (d: ProducerDraft): boolean => {
    if (d.row.sector !== s.sector || d.plants.length >= MAX_PLANTS) return false;
    if (d.plants.some((o) => o.need.key === s.need.key)) return false;
    const isl = islandOf(d.row.provinceCode);
    if (s.plant.prov && d.row.provinceCode !== s.plant.prov) return false;
    if (s.island === "same" && isl !== needIsland) return false;
    if (s.island === "other" && isl === needIsland) return false;
    // a producer missing a required certificate type hosts no other rich plant needing that type
    const sharesType = (a: PlantSlot, b: PlantSlot): boolean => a.need.certs.some((t) => b.need.certs.includes(t));
    if (isRich(s.plant) && d.plants.some((o) => isRich(o.plant) && sharesType(o, s) && (has(o.plant, "certMissing") || has(s.plant, "certMissing")))) return false;
    return true;
  };
  const cands = drafts.filter(fits);
  let draft: ProducerDraft;
  if (cands.length > 0 && rnd() < 0.95) {
    const fewest = Math.min(...cands.map((d) => d.plants.length));
    draft = pick(cands.filter((d) => d.plants.length === fewest));
  } else {
    const prov = s.plant.prov ?? (s.island === "same" ? weightedProv((p) => islandOf(p) === needIsland) : s.island === "other" ? weightedProv((p) => islandOf(p) !== needIsland) : weightedProv(() => true));
    draft = newProducer(s.sector, prov);
  }
  draft.plants.push(s);
}
// background-only producers up to 150, spread over provinces the plants left out
const plantProducerCount = drafts.length;
const BG_SECTORS: Sector[] = ["electronics", "food_beverage", "electronics", "textile_apparel", "furniture_wood", "electronics", "handicraft", "chemical_building", "packaging_printing", "electronics", "herbal_cosmetics", "metal_machinery", "batik", "leather_footwear", "electronics"];
while (drafts.length < 150) {
  const usedProvs = new Set(drafts.map((d) => d.row.provinceCode));
  const unused = PROVS.filter((p) => !usedProvs.has(p));
  const prov = unused.length > 0 ? at(unused, 0) : weightedProv(() => true);
  newProducer(at(BG_SECTORS, (drafts.length - plantProducerCount) % BG_SECTORS.length), prov);
}

// 2. products
function niceRound(x: number): number {
  const step = x < 1000 ? 10 : x < 100_000 ? 100 : x < 10_000_000 ? 1000 : 10_000;
  return Math.max(step, Math.round(x / step) * step);
}
function nextProductRef(): string {
  productSeq += 1;
  return `SETJ:PRD-${String(productSeq).padStart(4, "0")}`;
}
function nextCertRef(): string {
  certSeq += 1;
  return `SETJ:CERT-${String(certSeq).padStart(4, "0")}`;
}

const conceptByNeed = new Map<string, Map<string, Concept>>(); // need key -> product ref -> concept
const CONCEPT: Record<Plant["c"], Concept> = { A: "asked", S: "substitute", R: "related", D: "unrelated" };

function plantProduct(draft: ProducerDraft, slot: PlantSlot): ProductRow {
  const { need, plant } = slot;
  const unit = plant.u ?? need.unit;
  const ref = nextProductRef();
  const days = daysFromStart(need.by);
  const machine = (plant.cat ?? need.cat) === "machinery" || need.unit === "unit";
  const lead = machine ? int(20, 45) : int(5, 30);
  const u = productUnitsPerNeedUnit(unit, need.unit);
  const rich = plant.c === "A" || plant.c === "S";
  if (rich && u === null) throw new Error(`${need.key} ${plant.n}: unit ${unit} does not convert to ${need.unit}`);
  // price
  let priceMin: number;
  if (plant.p !== undefined && !rich) priceMin = plant.p;
  else {
    if (u === null) throw new Error(`${need.key} ${plant.n}: give a price`);
    const f = has(plant, "price60") ? between(1.52, 1.68) : has(plant, "price30") ? between(1.26, 1.35) : rich ? between(0.72, 0.95) : between(0.7, 1.1);
    priceMin = niceRound((need.budget * f) / u);
  }
  // capacity
  let monthly: number;
  if (rich && u !== null) {
    const target = has(plant, "cap30") ? ([0.26, 0.36] as const) : has(plant, "cap70") ? ([0.64, 0.78] as const) : ([1.6, 4] as const);
    const perMonth = (r: number): number => (r * need.qty * u * 30) / (days - lead);
    monthly = Math.max(1, Math.round(perMonth(between(target[0], target[1]))));
    const ratioOf = (m: number): number => (m * (days - lead)) / 30 / u / need.qty;
    const lo = has(plant, "cap30") ? 0.05 : has(plant, "cap70") ? 0.5 : 1;
    const hi = has(plant, "cap30") ? 0.49 : has(plant, "cap70") ? 0.99 : 1e9;
    for (let i = 0; i < 1000 && ratioOf(monthly) < lo; i++) monthly += 1;
    for (let i = 0; i < 1000 && ratioOf(monthly) > hi && monthly > 1; i++) monthly -= 1;
  } else monthly = u !== null ? Math.max(1, Math.round((need.qty * u * 30) / days * between(0.5, 3))) : int(20, 2000);
  const row: ProductRow = {
    ref,
    producerRef: draft.row.ref,
    name: plant.n,
    description: plant.d,
    category: plant.cat ?? need.cat,
    unit,
    minOrder: Math.max(1, Math.round(monthly * between(0.01, 0.05))),
    monthlyCapacity: monthly,
    priceMin,
    priceMax: niceRound(priceMin * between(1.08, 1.3)),
    leadTimeDays: lead,
    status: has(plant, "archived") ? "archived" : "active",
  };
  // TKDN
  if (need.tkdn !== undefined && plant.c !== "D") {
    const min = need.tkdn;
    if (has(plant, "tkdnUnder")) row.tkdnPercent = min - int(2, 4);
    else if (has(plant, "tkdnFar")) row.tkdnPercent = min - 15;
    else if (has(plant, "tkdnCertLow")) row.tkdnPercent = min + int(8, 15);
    else if (has(plant, "tkdnCertHigh")) row.tkdnPercent = min - int(6, 10);
    else if (has(plant, "tkdnCertOnly")) delete row.tkdnPercent;
    else row.tkdnPercent = Math.min(95, min + int(6, 35));
  } else if (rnd() < 0.4) row.tkdnPercent = int(35, 95);
  return row;
}

const ISSUER: Record<CertificationType, string> = {
  halal: "BPJPH Kementerian Agama",
  bpom: "Badan Pengawas Obat dan Makanan",
  pirt: "Dinas Kesehatan Kabupaten/Kota",
  sni: "LSPro Balai Besar Standardisasi dan Pelayanan Jasa Industri",
  svlk: "LVLK PT Mutu Hijau Indonesia",
  iso9001: "PT Sertifikasi Mutu Nusantara",
  tkdn: "Kementerian Perindustrian (P3DN)",
  hki: "DJKI Kementerian Hukum",
  gmp: "Badan Pengawas Obat dan Makanan",
  other: "Dinas Perindustrian Provinsi",
};
const NUMBER_PREFIX: Record<CertificationType, string> = { halal: "ID", bpom: "BPOM-MD", pirt: "PIRT", sni: "SNI-SPPT", svlk: "SVLK", iso9001: "QMS", tkdn: "TKDN", hki: "HKI-IDM", gmp: "CPOTB", other: "REG" };

function cert(producerRef: string, type: CertificationType, productRefs: string[], validFrom: string, validUntil: string, status: CertRow["status"], extra: Partial<CertRow> = {}): CertRow {
  const row: CertRow = {
    ref: nextCertRef(),
    producerRef,
    productRefs,
    type,
    number: `${NUMBER_PREFIX[type]}-${int(10000000, 99999999)}-${validFrom.slice(0, 4)}`,
    issuer: ISSUER[type],
    validFrom,
    validUntil,
    status,
    ...extra,
  };
  if (status === "verified") {
    const at = addDays(validFrom, int(7, 40));
    row.verifiedAt = at > "2026-08-31" ? "2026-08-31" : at;
  }
  if (status === "rejected") row.rejectionReason = row.rejectionReason ?? "Dokumen tidak lengkap / tidak sesuai dengan produk yang didaftarkan.";
  certs.push(row);
  return row;
}
/** A verified certificate valid well before START and well after neededBy. */
function cleanDates(by: string): [string, string] {
  return [addDays("2026-06-30", -int(60, 900)), addDays(by, int(90, 900))];
}

// 3. fill each producer: plant products, background products, certificates
const concepts = (need: string): Map<string, Concept> => {
  let m = conceptByNeed.get(need);
  if (!m) {
    m = new Map();
    conceptByNeed.set(need, m);
  }
  return m;
};
for (const draft of drafts) {
  const sector = draft.row.sector;
  for (const slot of draft.plants) {
    const row = plantProduct(draft, slot);
    products.push(row);
    slot.productRef = row.ref;
    concepts(slot.need.key).set(row.ref, CONCEPT[slot.plant.c]);
  }
  // background products
  const bgCount = draft.plants.length === 0 ? int(3, 6) : int(2, 4);
  const kinds = [...BACKGROUND[sector]];
  const bgRefs: string[] = [];
  for (let i = 0; i < bgCount && kinds.length > 0; i++) {
    const kIdx = Math.floor(rnd() * kinds.length);
    const kind = at(kinds, kIdx);
    kinds.splice(kIdx, 1);
    const price = niceRound(kind.p * between(0.8, 1.25));
    const monthly = int(50, 5000);
    const row: ProductRow = {
      ref: nextProductRef(),
      producerRef: draft.row.ref,
      name: `${kind.n} ${pick(kind.v)}`.trim(),
      description: kind.d,
      category: kind.cat,
      unit: kind.u,
      minOrder: Math.max(1, Math.round(monthly * 0.02)),
      monthlyCapacity: monthly,
      priceMin: price,
      priceMax: niceRound(price * between(1.05, 1.3)),
      leadTimeDays: int(3, 30),
      status: rnd() < 0.04 ? "archived" : "active",
    };
    if (rnd() < 0.35) row.tkdnPercent = int(30, 95);
    products.push(row);
    bgRefs.push(row.ref);
    // some background certificates, always scoped to the background product
    if (rnd() < 0.3) {
      const type: CertificationType = sector === "food_beverage" ? pick(["halal", "pirt"] as const) : sector === "herbal_cosmetics" ? pick(["bpom", "halal"] as const) : sector === "furniture_wood" ? "svlk" : pick(["sni", "hki", "iso9001"] as const);
      const [from, until] = cleanDates("2027-06-30");
      cert(draft.row.ref, type, [row.ref], from, until, "verified");
    }
  }
  if (bgRefs.length === 0) throw new Error(`${draft.row.ref} has no background product`);
  // plant certificates
  for (const slot of draft.plants) {
    const { need, plant } = slot;
    const pref = slot.productRef;
    if (!pref || plant.c === "D") continue;
    const target = need.certs[0];
    for (const type of need.certs) {
      const isTarget = type === target;
      const mod = (m: Mod): boolean => isTarget && has(plant, m);
      if (mod("certMissing")) continue;
      let [from, until] = cleanDates(need.by);
      let status: CertRow["status"] = "verified";
      let scope = [pref];
      if (mod("certPending")) status = "pending";
      if (mod("certExpired")) {
        from = addDays("2026-06-30", -int(400, 1100));
        until = addDays(need.by, -int(15, 120));
      }
      if (mod("certFuture")) {
        from = addDays(need.by, int(10, 60));
        until = addDays(from, 1095);
        status = "pending";
      }
      if (mod("certRejected")) status = "rejected";
      if (mod("certScoped")) scope = [at(bgRefs, 0)];
      // business-wide when no other rich plant of this producer needs the same type
      const alone = !draft.plants.some((o) => o !== slot && isRich(o.plant) && o.need.certs.includes(type));
      if (!mod("certScoped") && alone && status === "verified" && rnd() < 0.35) scope = [];
      cert(draft.row.ref, type, scope, from, until, status);
    }
    if (need.tkdn !== undefined) {
      const min = need.tkdn;
      const [from, until] = cleanDates(need.by);
      if (has(plant, "tkdnCertLow")) cert(draft.row.ref, "tkdn", [pref], from, until, "verified", { tkdnPercent: min - int(2, 5) });
      if (has(plant, "tkdnCertHigh")) cert(draft.row.ref, "tkdn", [pref], from, until, "verified", { tkdnPercent: min + int(8, 20) });
      if (has(plant, "tkdnCertOnly")) cert(draft.row.ref, "tkdn", [pref], from, until, "verified", { tkdnPercent: min + int(5, 25) });
    }
  }
  // producer totals and description
  const own = products.filter((p) => p.producerRef === draft.row.ref);
  const first = at(own, 0);
  draft.row.monthlyCapacity = first.monthlyCapacity;
  draft.row.capacityUnit = first.unit;
  draft.row.description = `Produsen ${SECTOR_LABEL[sector]} di ${region(draft.row.provinceCode).regs.find((r) => r[0] === draft.row.regencyCode)?.[1] ?? ""}. Produk: ${own.slice(0, 4).map((p) => p.name).join("; ")}.`;
  producers.push(draft.row);
}

// 4. grade every need x producer with the one function, compare with the declared intent
const grades: Record<string, Record<string, number>> = {};
const nearMisses: Record<string, string[]> = {};
const reasons: Record<string, Record<string, string>> = {};
const problems: string[] = [];
const productsOf = new Map<string, ProductRow[]>();
const certsOf = new Map<string, CertRow[]>();
for (const p of products) productsOf.set(p.producerRef, [...(productsOf.get(p.producerRef) ?? []), p]);
for (const c of certs) certsOf.set(c.producerRef, [...(certsOf.get(c.producerRef) ?? []), c]);
const counts = { g3: 0, g2: 0, g1: 0, nm: 0 };
NEEDS.forEach((spec) => {
  const need = rowOfNeed(spec);
  const map = concepts(spec.key);
  const conceptOf = (ref: string): Concept => map.get(ref) ?? "unrelated";
  const g: Record<string, number> = {};
  const nm: string[] = [];
  const rs: Record<string, string> = {};
  for (const d of drafts) {
    const res = gradeProducer(need, d.row, productsOf.get(d.row.ref) ?? [], certsOf.get(d.row.ref) ?? [], conceptOf);
    const slot = d.plants.find((s) => s.need.key === spec.key);
    const intended = slot ? slot.plant.g : 0;
    const intendedNm = slot ? slot.plant.nm === true : false;
    if (res.grade !== intended || res.nearMiss !== intendedNm) problems.push(`${spec.key} ${d.row.ref} ${slot ? `"${slot.plant.n}"` : "(background)"}: computed grade ${res.grade} nm ${res.nearMiss}, intended ${intended} nm ${intendedNm}${res.nearMissReason ? ` (${res.nearMissReason})` : ""}`);
    if (res.grade > 0) g[d.row.ref] = res.grade;
    if (res.grade === 3) counts.g3++;
    if (res.grade === 2) counts.g2++;
    if (res.grade === 1) counts.g1++;
    if (res.nearMiss && res.nearMissReason) {
      nm.push(d.row.ref);
      rs[d.row.ref] = `Asked product failing one fixable hard requirement — ${res.nearMissReason}`;
      counts.nm++;
    }
  }
  grades[need.ref] = g;
  nearMisses[need.ref] = nm;
  reasons[need.ref] = rs;
});

// sanity on the set's shape
const provCount = new Set(producers.map((p) => p.provinceCode)).size;
const catCount = new Set(needRows.map((n) => n.category)).size;
const english = needRows.filter((n) => /\bfor\b/.test(n.title)).length;
if (provCount < 20) problems.push(`only ${provCount} provinces`);
if (catCount < 25) problems.push(`only ${catCount} need categories`);
if (products.length < 700 || products.length > 800) problems.push(`${products.length} products (want 700–800)`);
for (const n of needRows) if (n.neededBy < "2027-03-01" || n.neededBy > "2027-12-31") problems.push(`${n.ref} neededBy ${n.neededBy}`);

if (problems.length > 0) {
  console.error(`Refusing to write: ${problems.length} problem(s)\n${problems.join("\n")}`);
  process.exit(1);
}

const catalogue = {
  producers,
  buyers: BUYERS.map((b) => ({ ...b })),
  products,
  certifications: certs,
  needs: needRows,
};
const write = (name: string, data: unknown): void => writeFileSync(join(OUT_DIR, name), `${JSON.stringify(data, null, 2)}\n`);
write("catalogue.json", catalogue);
write("grades.json", grades);
write("near-misses.json", { nearMisses, reasons });
console.log(
  `set J: ${producers.length} producers (${plantProducerCount} with plants) in ${provCount} provinces, ${products.length} products, ${certs.length} certificates, ${needRows.length} needs (${catCount} categories, ${english} English titles); grade 3/2/1 = ${counts.g3}/${counts.g2}/${counts.g1}, near misses ${counts.nm}`,
);
