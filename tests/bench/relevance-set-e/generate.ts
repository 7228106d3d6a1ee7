// Relevance set E: a labelled evaluation set for the producer matcher, built without looking at
// how the matcher works. Deterministic (own mulberry32 PRNG, no clock): run from the repo root
//   npx tsx tests/bench/relevance-set-e/generate.ts
// It writes catalogue.json (one import file), grades.json and near-misses.json next to itself,
// after checking the catalogue's shape and that every planted trap gets its intended grade from
// the one grading function below (gradePair). See README.md for the rules.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  CERTIFICATION_TYPES,
  LEGAL_FORMS,
  PRODUCT_CATEGORIES,
  SECTORS,
  UNITS,
  type CertificationType,
  type LegalForm,
  type ProductCategory,
  type Sector,
  type Unit,
} from "../../../app/models/domain.ts";
import { findKbli } from "../../../app/models/producers/kbli.ts";
import { BACKGROUND, BUYERS, NEEDS, VARIANT_KINDS, type Named, type NeedSpec, type Spec, type VariantKind } from "./needs.ts";

// ---------------------------------------------------------------------------------------------
// Fixed points

const SEED = 0x5e7e2026;
const NOW = "2026-12-05";
const NEEDED_BY_FIRST = "2027-03-01";
const NEEDED_BY_LAST = "2027-12-15";
const TARGET_PRODUCERS = 250;
const PREFIX = "SETE";
const OUT_DIR = dirname(fileURLToPath(import.meta.url));

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
  float(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    return at(list, Math.floor(this.next() * list.length));
  }
}

function isNamed(value: Named | Spec): value is Named {
  return Array.isArray(value);
}

function at<T>(list: readonly T[], index: number): T {
  const value = list[index];
  if (value === undefined) throw new Error(`index ${index} outside a list of ${list.length}`);
  return value;
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`missing ${what}`);
  return value;
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

function dayNumber(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`bad date ${date}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) throw new Error(`bad date ${date}`);
  return Math.round(ms / 86_400_000);
}

function dateOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

const addDays = (date: string, days: number): string => dateOf(dayNumber(date) + days);

/** Rounds a price to a step that suits its size, down or up. */
function roundPrice(value: number, direction: "down" | "up"): number {
  const step = value >= 1_000_000 ? 10_000 : value >= 100_000 ? 1_000 : value >= 10_000 ? 100 : 50;
  const f = direction === "down" ? Math.floor : Math.ceil;
  return Math.max(step, f(value / step) * step);
}

const half = (value: number): number => Math.round(value * 2) / 2;

// ---------------------------------------------------------------------------------------------
// Regions (Kemendagri codes) and island groups

type IslandGroup = "sumatera" | "jawa" | "bali_nusa_tenggara" | "kalimantan" | "sulawesi" | "maluku" | "papua";

function islandGroup(provinceCode: string): IslandGroup {
  const n = Number(provinceCode);
  if (n >= 11 && n <= 21) return "sumatera";
  if (n >= 31 && n <= 36) return "jawa";
  if (n >= 51 && n <= 53) return "bali_nusa_tenggara";
  if (n >= 61 && n <= 65) return "kalimantan";
  if (n >= 71 && n <= 76) return "sulawesi";
  if (n >= 81 && n <= 82) return "maluku";
  if (n >= 91 && n <= 96) return "papua";
  throw new Error(`no island group for province ${provinceCode}`);
}

const REGENCIES: Record<string, string> = {
  "11.71": "Kota Banda Aceh",
  "12.71": "Kota Medan",
  "13.71": "Kota Padang",
  "13.75": "Kota Bukittinggi",
  "14.71": "Kota Pekanbaru",
  "15.71": "Kota Jambi",
  "16.71": "Kota Palembang",
  "17.71": "Kota Bengkulu",
  "18.71": "Kota Bandar Lampung",
  "19.71": "Kota Pangkalpinang",
  "21.71": "Kota Batam",
  "31.71": "Kota Jakarta Selatan",
  "31.72": "Kota Jakarta Timur",
  "31.73": "Kota Jakarta Pusat",
  "31.74": "Kota Jakarta Barat",
  "31.75": "Kota Jakarta Utara",
  "32.01": "Kabupaten Bogor",
  "32.04": "Kabupaten Bandung",
  "32.05": "Kabupaten Garut",
  "32.09": "Kabupaten Cirebon",
  "32.10": "Kabupaten Majalengka",
  "32.16": "Kabupaten Bekasi",
  "32.73": "Kota Bandung",
  "32.78": "Kota Tasikmalaya",
  "33.02": "Kabupaten Banyumas",
  "33.10": "Kabupaten Klaten",
  "33.19": "Kabupaten Kudus",
  "33.20": "Kabupaten Jepara",
  "33.72": "Kota Surakarta",
  "33.74": "Kota Semarang",
  "33.75": "Kota Pekalongan",
  "34.02": "Kabupaten Bantul",
  "34.04": "Kabupaten Sleman",
  "34.71": "Kota Yogyakarta",
  "35.04": "Kabupaten Tulungagung",
  "35.06": "Kabupaten Kediri",
  "35.09": "Kabupaten Jember",
  "35.15": "Kabupaten Sidoarjo",
  "35.23": "Kabupaten Tuban",
  "35.25": "Kabupaten Gresik",
  "35.73": "Kota Malang",
  "35.78": "Kota Surabaya",
  "36.03": "Kabupaten Tangerang",
  "36.04": "Kabupaten Serang",
  "36.71": "Kota Tangerang",
  "36.72": "Kota Cilegon",
  "51.03": "Kabupaten Badung",
  "51.04": "Kabupaten Gianyar",
  "51.71": "Kota Denpasar",
  "52.01": "Kabupaten Lombok Barat",
  "52.03": "Kabupaten Lombok Timur",
  "52.71": "Kota Mataram",
  "53.71": "Kota Kupang",
  "61.71": "Kota Pontianak",
  "62.71": "Kota Palangka Raya",
  "63.71": "Kota Banjarmasin",
  "63.72": "Kota Banjarbaru",
  "64.71": "Kota Balikpapan",
  "64.72": "Kota Samarinda",
  "71.71": "Kota Manado",
  "72.71": "Kota Palu",
  "73.06": "Kabupaten Gowa",
  "73.71": "Kota Makassar",
  "74.71": "Kota Kendari",
  "75.71": "Kota Gorontalo",
  "81.71": "Kota Ambon",
};

const PROVINCES: string[] = [...new Set(Object.keys(REGENCIES).map((r) => r.slice(0, 2)))].sort();
const regenciesOf = (province: string): string[] => Object.keys(REGENCIES).filter((r) => r.startsWith(`${province}.`)).sort();
const provincesOf = (group: IslandGroup): string[] => PROVINCES.filter((p) => islandGroup(p) === group);
const GROUPS: IslandGroup[] = [...new Set(PROVINCES.map(islandGroup))];

// ---------------------------------------------------------------------------------------------
// Families: which background goods, names and KBLI a producer of a category carries

type Family = "food" | "garment" | "batik" | "leather" | "wood" | "craft" | "ppe" | "metal" | "building" | "cleaning" | "paper" | "electric" | "herbal";

const FAMILY_OF: Record<ProductCategory, Family> = {
  snacks: "food", crackers: "food", sweeteners: "food", coffee_tea: "food", condiments: "food", processed_meat_fish: "food", confectionery: "food", beverages: "food",
  uniforms: "garment", apparel: "garment", textile_goods: "garment",
  batik_cloth: "batik", woven_cloth: "batik", batik_apparel: "batik",
  footwear: "leather", leather_goods: "leather",
  furniture: "wood", wood_products: "wood",
  woven_crafts: "craft", bags_souvenirs: "craft", ceramics_pottery: "craft", jewellery_crafts: "craft",
  ppe: "ppe",
  metal_fabrication: "metal", machined_parts: "metal", agri_tools: "metal", machinery: "metal",
  building_materials: "building",
  cleaning_products: "cleaning",
  packaging: "paper", printing: "paper",
  electrical: "electric", electronic_devices: "electric",
  herbal_medicine: "herbal", cosmetics_toiletries: "herbal",
};

const KBLI_OF: Record<ProductCategory, string> = {
  snacks: "10792", crackers: "10792", sweeteners: "10722", coffee_tea: "10761", condiments: "10772", processed_meat_fish: "10130", confectionery: "10732", beverages: "10799",
  uniforms: "14111", apparel: "14111", textile_goods: "13921",
  batik_cloth: "13134", woven_cloth: "13121", batik_apparel: "14111",
  footwear: "15201", leather_goods: "15121",
  furniture: "31001", wood_products: "16291",
  woven_crafts: "16292", bags_souvenirs: "13929", ceramics_pottery: "23939", jewellery_crafts: "32111",
  ppe: "25999",
  metal_fabrication: "25111", machined_parts: "25920", agri_tools: "25931", machinery: "28210",
  building_materials: "23951",
  cleaning_products: "20231",
  packaging: "17022", printing: "18111",
  electrical: "27400", electronic_devices: "26120",
  herbal_medicine: "21022", cosmetics_toiletries: "20232",
};

const FAMILY_WORDS: Record<Family, string[]> = {
  food: ["Rasa", "Pangan", "Snack", "Boga", "Dapur"],
  garment: ["Konveksi", "Garmen", "Busana", "Tekstil"],
  batik: ["Batik", "Tenun", "Wastra"],
  leather: ["Kulit", "Leather", "Sepatu"],
  wood: ["Mebel", "Furnitur", "Kayu", "Rotan"],
  craft: ["Kriya", "Kerajinan", "Handicraft", "Anyaman"],
  ppe: ["Safety", "Proteksi", "Pelindung"],
  metal: ["Teknik", "Logam", "Mesin", "Presisi"],
  building: ["Beton", "Bangunan", "Genteng", "Bata"],
  cleaning: ["Kimia", "Bersih", "Cemerlang"],
  paper: ["Grafika", "Printing", "Kemasan", "Packindo"],
  electric: ["Elektrik", "Listrik", "Surya", "Daya"],
  herbal: ["Herbal", "Jamu", "Sehat", "Wangi"],
};

const FAMILY_DESC: Record<Family, string> = {
  food: "Usaha pangan olahan",
  garment: "Konveksi dan garmen",
  batik: "Perajin batik dan tenun",
  leather: "Perajin kulit dan alas kaki",
  wood: "Mebel dan olahan kayu",
  craft: "Kerajinan tangan",
  ppe: "Produsen alat pelindung diri",
  metal: "Bengkel logam dan permesinan",
  building: "Produsen bahan bangunan",
  cleaning: "Produsen bahan pembersih",
  paper: "Percetakan dan kemasan",
  electric: "Perakitan peralatan listrik",
  herbal: "Produsen jamu dan kosmetik",
};

/** Certificates a producer of the family may hold besides those a need asks for. */
const EXTRA_CERTS: Record<Family, CertificationType[]> = {
  food: ["pirt", "hki"], garment: ["hki"], batik: ["hki"], leather: ["hki"], wood: ["hki"], craft: ["hki"], ppe: ["iso9001"], metal: ["iso9001"],
  building: ["iso9001"], cleaning: ["hki"], paper: ["hki"], electric: ["iso9001"], herbal: ["hki", "pirt"],
};

const SECTOR_OF = new Map<ProductCategory, Sector>(PRODUCT_CATEGORIES.map((c) => [c.key, c.sector]));

const NAME_WORDS_A = ["Sumber", "Karya", "Mitra", "Sinar", "Cahaya", "Berkah", "Maju", "Tunas", "Putra", "Sari", "Mekar", "Bintang", "Harapan", "Rejeki", "Anugerah", "Citra", "Lintas", "Dwi", "Tri", "Panca"];
const NAME_WORDS_B = ["Jaya", "Abadi", "Makmur", "Lestari", "Sejahtera", "Mandiri", "Utama", "Sentosa", "Perkasa", "Nusantara", "Indah", "Baru", "Agung", "Mulia", "Barokah"];
const FIRST_NAMES = ["Sri", "Agus", "Budi", "Siti", "Dewi", "Made", "Wayan", "Nyoman", "Ketut", "Rina", "Yusuf", "Ahmad", "Nur", "Fitri", "Andi", "Hendra", "Lina", "Maria", "Yohanes", "Darmawan", "Ratna", "Teguh", "Wulan", "Rahmat", "Asri", "Bambang", "Herlina", "Joko", "Ikhsan", "Ani"];
const LAST_NAMES = ["Wahyuni", "Prasetyo", "Santoso", "Hidayat", "Siregar", "Nasution", "Saputra", "Lestari", "Pratama", "Sitompul", "Rahayu", "Kurniawan", "Setiawan", "Harahap", "Wijaya", "Pangaribuan", "Daeng", "Laoh", "Manurung", "Tanjung"];
const POSITIONS = ["Pemilik", "Direktur", "Ketua", "Manajer Produksi", "Bendahara", "Pemasaran"];
const STREETS = ["Merdeka", "Sudirman", "Diponegoro", "Gajah Mada", "Pahlawan", "Veteran", "Cendrawasih", "Melati", "Kenanga", "Raya Industri", "Pasar Baru", "Teuku Umar", "Hasanuddin", "Ahmad Yani"];

// ---------------------------------------------------------------------------------------------
// Output shapes (the import format)

interface ContactOut {
  name: string;
  position?: string;
  phone?: string;
}

interface ProducerOut {
  ref: string;
  legalName: string;
  legalForm: LegalForm;
  nib?: string;
  sector: Sector;
  kbli: string[];
  sentraName?: string;
  provinceCode: string;
  regencyCode: string;
  address: string;
  employees: number;
  foundedYear: number;
  monthlyCapacity: number;
  capacityUnit: Unit;
  description: string;
  contacts: ContactOut[];
}

interface ProductOut {
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

type CertStatus = "pending" | "verified" | "rejected";

interface CertOut {
  ref: string;
  producerRef: string;
  productRefs: string[];
  type: CertificationType;
  number: string;
  issuer: string;
  validFrom: string;
  validUntil: string;
  tkdnPercent?: number;
  status: CertStatus;
  verifiedAt?: string;
  rejectionReason?: string;
}

interface BuyerOut {
  ref: string;
  name: string;
  legalForm: "persero" | "pt" | "bumd";
  buyerType: "bumn" | "large_industry" | "government" | "other";
  regionCode: string;
  website?: string;
}

interface NeedOut {
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
  budgetPerUnit?: number;
  visibility: "public";
  status: "open";
}

// ---------------------------------------------------------------------------------------------
// Runtime model

type Grade = 0 | 1 | 2 | 3;
type Relation = "asked" | "substitute" | "related" | "none";

interface Concept {
  id: string;
  name: string;
  desc: string;
  category: ProductCategory;
  unit: Unit;
  price: number;
}

interface NeedRt {
  no: number;
  ref: string;
  spec: NeedSpec;
  province: string;
  regency: string;
  neededBy: string;
  days: number;
  askedId: string;
  subIds: Set<string>;
  relIds: Set<string>;
  decoyIds: string[];
  out: NeedOut;
}

interface ProductRt {
  out: ProductOut;
  conceptId: string;
}

type NameTrap = `name_${VariantKind}`;
type TrapKind =
  | NameTrap
  | "canonical"
  | "wrong_category"
  | "twin"
  | "cert_scoped_to_product"
  | "cert_pending"
  | "tkdn_from_certificate"
  | "capacity_short"
  | "price_over_budget"
  | "far_region"
  | "two_shortfalls"
  | "close_substitute"
  | "related_product"
  | "cert_expiring"
  | "cert_scoped_elsewhere"
  | "tkdn_just_under"
  | "unrelated_product_passes"
  | "cert_rejected"
  | "cert_missing"
  | "tkdn_far_under"
  | "archived_product"
  | "decoy"
  | "decoy_on_other_producer";

interface Expectation {
  need: NeedRt;
  kind: TrapKind;
  grade: Grade;
  nearMiss: boolean;
}

interface ProducerRt {
  out: ProducerOut;
  family: Family;
  products: ProductRt[];
  certs: CertOut[];
  planted: Expectation[];
  /** Fillers of this producer carry no TKDN (keeps TKDN traps apart from "unrelated passes"). */
  fillersWithoutTkdn: boolean;
  background: boolean;
  /** A twin copies this producer's products and certificates once the catalogue is complete. */
  twinOf?: ProducerRt;
}

const EXPECT: Record<TrapKind, { grade: Grade; nearMiss: boolean }> = {
  name_synonym: { grade: 3, nearMiss: false },
  name_otherLanguage: { grade: 3, nearMiss: false },
  name_regional: { grade: 3, nearMiss: false },
  name_brand: { grade: 3, nearMiss: false },
  name_spelling: { grade: 3, nearMiss: false },
  name_typo: { grade: 3, nearMiss: false },
  canonical: { grade: 3, nearMiss: false },
  wrong_category: { grade: 3, nearMiss: false },
  twin: { grade: 3, nearMiss: false },
  cert_scoped_to_product: { grade: 3, nearMiss: false },
  cert_pending: { grade: 3, nearMiss: false },
  tkdn_from_certificate: { grade: 3, nearMiss: false },
  capacity_short: { grade: 2, nearMiss: false },
  price_over_budget: { grade: 2, nearMiss: false },
  far_region: { grade: 2, nearMiss: false },
  two_shortfalls: { grade: 1, nearMiss: false },
  close_substitute: { grade: 2, nearMiss: false },
  related_product: { grade: 1, nearMiss: false },
  cert_expiring: { grade: 0, nearMiss: true },
  cert_scoped_elsewhere: { grade: 0, nearMiss: true },
  tkdn_just_under: { grade: 0, nearMiss: true },
  unrelated_product_passes: { grade: 0, nearMiss: true },
  cert_rejected: { grade: 0, nearMiss: false },
  cert_missing: { grade: 0, nearMiss: false },
  tkdn_far_under: { grade: 0, nearMiss: false },
  archived_product: { grade: 0, nearMiss: false },
  decoy: { grade: 0, nearMiss: false },
  decoy_on_other_producer: { grade: 0, nearMiss: false },
};

// ---------------------------------------------------------------------------------------------
// THE grading function. Everything in grades.json and near-misses.json comes from here.

interface Failure {
  requirement: string;
  fixable: boolean;
  detail: string;
}

interface ProductEval {
  product: ProductOut;
  relation: Relation;
  fails: Failure[];
  soft: string[];
  grade: Grade;
}

interface PairEval {
  grade: Grade;
  nearMiss: boolean;
  reason?: string;
}

function relationOf(need: NeedRt, conceptId: string): Relation {
  if (conceptId === need.askedId) return "asked";
  if (need.subIds.has(conceptId)) return "substitute";
  if (need.relIds.has(conceptId)) return "related";
  return "none";
}

const covers = (cert: CertOut, productRef: string): boolean => cert.productRefs.length === 0 || cert.productRefs.includes(productRef);
const validOn = (cert: CertOut, date: string): boolean => cert.validFrom <= date && cert.validUntil >= date;

function certFailure(need: NeedRt, type: CertificationType, product: ProductOut, certs: CertOut[]): Failure | undefined {
  const held = certs.filter((c) => c.type === type && c.status !== "rejected");
  if (held.some((c) => covers(c, product.ref) && validOn(c, need.neededBy))) return undefined;
  const scopeOnly = held.find((c) => !covers(c, product.ref) && validOn(c, need.neededBy));
  if (scopeOnly) {
    return { requirement: type, fixable: true, detail: `${type} certificate ${scopeOnly.ref} is valid on ${need.neededBy} but covers only other products; extend its scope to "${product.name}"` };
  }
  const dateOnly = held.find((c) => covers(c, product.ref) && !validOn(c, need.neededBy));
  if (dateOnly) {
    return { requirement: type, fixable: true, detail: `${type} certificate ${dateOnly.ref} covers "${product.name}" but is valid ${dateOnly.validFrom}..${dateOnly.validUntil}, not on ${need.neededBy}; renew it` };
  }
  const rejected = certs.some((c) => c.type === type && c.status === "rejected");
  return { requirement: type, fixable: false, detail: rejected ? `${type} certificate rejected` : `no ${type} certificate` };
}

function tkdnOf(product: ProductOut, certs: CertOut[], date: string): number | undefined {
  if (product.tkdnPercent !== undefined) return product.tkdnPercent;
  const values = certs
    .filter((c) => c.type === "tkdn" && c.status !== "rejected" && covers(c, product.ref) && validOn(c, date) && c.tkdnPercent !== undefined)
    .map((c) => must(c.tkdnPercent, "tkdnPercent"));
  return values.length > 0 ? Math.max(...values) : undefined;
}

function evaluateProduct(need: NeedRt, producer: ProducerRt, product: ProductOut, relation: Relation): ProductEval {
  const fails: Failure[] = [];
  for (const type of need.out.requiredCertifications ?? []) {
    const failure = certFailure(need, type, product, producer.certs);
    if (failure) fails.push(failure);
  }
  const min = need.out.minTkdnPercent;
  if (min !== undefined) {
    const tkdn = tkdnOf(product, producer.certs, need.neededBy);
    if (tkdn === undefined) fails.push({ requirement: "tkdn", fixable: false, detail: "no TKDN stated" });
    else if (tkdn < min) {
      const gap = half(min - tkdn);
      fails.push({ requirement: "tkdn", fixable: gap <= 5, detail: `TKDN ${tkdn}% is ${gap} points under the ${min}% minimum` });
    }
  }
  const soft: string[] = [];
  if (product.unit === need.out.unit) {
    const byDate = (product.monthlyCapacity * need.days) / 30;
    if (byDate < need.out.quantity) soft.push(`capacity ${Math.floor(byDate)} ${product.unit} by ${need.neededBy} < ${need.out.quantity}`);
    const budget = need.out.budgetPerUnit;
    if (budget !== undefined && product.priceMin > budget) soft.push(`price ${product.priceMin} > budget ${budget}`);
  }
  if (islandGroup(producer.out.provinceCode) !== islandGroup(need.province)) soft.push(`far: ${islandGroup(producer.out.provinceCode)} vs ${islandGroup(need.province)}`);
  let grade: Grade = 0;
  if (fails.length === 0) {
    if (relation === "asked") grade = soft.length === 0 ? 3 : soft.length === 1 ? 2 : 1;
    else if (relation === "substitute") grade = soft.length === 0 ? 2 : 1;
    else if (relation === "related") grade = 1;
  }
  return { product, relation, fails, soft, grade };
}

function gradePair(need: NeedRt, producer: ProducerRt): PairEval {
  let grade: Grade = 0;
  const asked: ProductEval[] = [];
  for (const p of producer.products) {
    if (p.out.status !== "active") continue;
    const relation = relationOf(need, p.conceptId);
    if (relation === "none") continue;
    const e = evaluateProduct(need, producer, p.out, relation);
    if (e.grade > grade) grade = e.grade;
    if (relation === "asked") asked.push(e);
  }
  if (asked.some((e) => e.fails.length === 0)) return { grade, nearMiss: false };
  const near = asked.find((e) => e.fails.length === 1 && at(e.fails, 0).fixable);
  if (!near) return { grade, nearMiss: false };
  return { grade, nearMiss: true, reason: `"${near.product.name}" (${near.product.ref}): ${at(near.fails, 0).detail}` };
}

// ---------------------------------------------------------------------------------------------
// Building the set

interface Plan {
  kind: TrapKind;
  need: NeedRt;
  concept: Concept;
  name: string;
  desc: string;
  category: ProductCategory;
  role: Relation | "decoy";
  far: boolean;
  capShort: boolean;
  priceOver: boolean;
  archived: boolean;
  tkdn: "ok" | "justUnder" | "farUnder" | "fromCert";
  certType?: CertificationType;
  certMode: "ok" | "pending" | "expiring" | "scopedElsewhere" | "scopedToProduct" | "rejected" | "missing";
}

interface Built {
  catalogue: string;
  grades: string;
  nearMisses: string;
  traps: string;
  summary: string;
}

function build(): Built {
  const rng = new Rng(SEED);
  const concepts = new Map<string, Concept>();
  const conceptNeeds = new Map<string, number[]>();

  // Concepts
  const needIds = NEEDS.map((_, i) => `N${pad(i + 1, 2)}`);
  const addConcept = (c: Concept): void => {
    if (concepts.has(c.id)) throw new Error(`duplicate concept ${c.id}`);
    concepts.set(c.id, c);
  };
  NEEDS.forEach((spec, i) => {
    const id = at(needIds, i);
    addConcept({ id: `${id}:asked`, name: spec.canon[0], desc: spec.canon[1], category: spec.category, unit: spec.unit, price: spec.price });
    spec.subs.forEach((sub, k) => {
      if (typeof sub === "string") return;
      const s: Spec = isNamed(sub) ? { name: sub[0], desc: sub[1], category: spec.category, unit: spec.unit, price: spec.price } : sub;
      addConcept({ id: `${id}:sub${k}`, ...s });
    });
    spec.related.forEach((r, k) => {
      if (typeof r !== "string") addConcept({ id: `${id}:rel${k}`, name: r.name, desc: r.desc, category: r.category, unit: r.unit, price: r.price });
    });
    spec.decoys.forEach((d, k) => {
      if (typeof d !== "string") addConcept({ id: `${id}:dec${k}`, name: d.name, desc: d.desc, category: d.category, unit: d.unit, price: d.price });
    });
  });
  for (const [family, specs] of Object.entries(BACKGROUND)) {
    specs.forEach((b, k) => addConcept({ id: `BG:${family}:${k}`, name: b.name, desc: b.desc, category: b.category, unit: b.unit, price: b.price }));
  }
  const resolve = (ref: string | object, own: string): string => {
    const id = typeof ref === "string" ? ref : own;
    if (!concepts.has(id)) throw new Error(`unknown concept ${id}`);
    return id;
  };

  // Buyers
  const buyers: BuyerOut[] = BUYERS.map((b, i) => ({
    ref: `${PREFIX}:BUYER-${pad(i + 1, 2)}`,
    name: b.name,
    legalForm: b.legalForm,
    buyerType: b.buyerType,
    regionCode: b.regionCode,
    ...(b.website ? { website: b.website } : {}),
  }));

  // Needs
  const firstDay = dayNumber(NEEDED_BY_FIRST);
  const lastDay = dayNumber(NEEDED_BY_LAST);
  const needs: NeedRt[] = NEEDS.map((spec, i) => {
    const id = at(needIds, i);
    const neededBy = dateOf(rng.int(firstDay, lastDay));
    const province = spec.regency.slice(0, 2);
    const subIds = new Set(spec.subs.map((sub, k) => resolve(sub, `${id}:sub${k}`)));
    const relIds = new Set(spec.related.map((r, k) => resolve(r, `${id}:rel${k}`)));
    const decoyIds = spec.decoys.map((d, k) => resolve(d, `${id}:dec${k}`));
    const askedId = `${id}:asked`;
    for (const d of decoyIds) if (d === askedId || subIds.has(d) || relIds.has(d)) throw new Error(`${id}: decoy ${d} is also relevant`);
    for (const c of [askedId, ...subIds]) {
      if (must(concepts.get(c), c).unit !== spec.unit) throw new Error(`${id}: ${c} is not counted in ${spec.unit}`);
    }
    const ref = `${PREFIX}:NEED-${pad(i + 1, 2)}`;
    const out: NeedOut = {
      ref,
      buyerRef: `${PREFIX}:BUYER-${pad(spec.buyer, 2)}`,
      title: spec.title,
      description: spec.description,
      category: spec.category,
      quantity: spec.quantity,
      unit: spec.unit,
      deliveryProvinceCode: province,
      deliveryRegencyCode: spec.regency,
      neededBy,
      ...(spec.certs.length > 0 ? { requiredCertifications: spec.certs } : {}),
      ...(spec.minTkdn !== undefined ? { minTkdnPercent: spec.minTkdn } : {}),
      ...(spec.budget !== undefined ? { budgetPerUnit: spec.budget } : {}),
      visibility: "public",
      status: "open",
    };
    for (const c of [askedId, ...subIds, ...relIds]) conceptNeeds.set(c, [...(conceptNeeds.get(c) ?? []), i]);
    return { no: i + 1, ref, spec, province, regency: spec.regency, neededBy, days: dayNumber(neededBy) - dayNumber(NOW), askedId, subIds, relIds, decoyIds, out };
  });
  for (const id of concepts.keys()) {
    if (id.startsWith("BG:") && conceptNeeds.has(id)) throw new Error(`background ${id} is relevant to a need`);
  }

  // Producers
  const producers: ProducerRt[] = [];
  const usedNames = new Set<string>();
  let productSeq = 0;
  let certSeq = 0;
  let nibSeq = 0;

  const nextProductRef = (): string => `${PREFIX}:PRD-${pad(++productSeq, 4)}`;
  const nextCertRef = (): string => `${PREFIX}:CERT-${pad(++certSeq, 4)}`;

  function uniqueName(base: string, regency: string): string {
    let name = base;
    if (usedNames.has(name)) name = `${base} ${must(REGENCIES[regency], regency).replace(/^(Kota|Kabupaten) /, "")}`;
    for (let n = 2; usedNames.has(name); n++) name = `${base} ${n}`;
    usedNames.add(name);
    return name;
  }

  function legalFormAndName(family: Family, regency: string): { legalForm: LegalForm; legalName: string } {
    const r = rng.float(0, 1);
    const legalForm: LegalForm = r < 0.25 ? "ud" : r < 0.55 ? "cv" : r < 0.7 ? "perorangan" : r < 0.78 ? "koperasi" : r < 0.88 ? "pt_perorangan" : r < 0.95 ? "pt" : "bumdes";
    const word = rng.pick(FAMILY_WORDS[family]);
    const core = `${rng.pick(NAME_WORDS_A)} ${rng.pick(NAME_WORDS_B)}`;
    const base =
      legalForm === "perorangan"
        ? `${word} ${rng.pick(["Bu", "Pak", "Mbak", "Bang"])} ${rng.pick(FIRST_NAMES)}`
        : legalForm === "koperasi"
          ? `Koperasi Perajin ${word} ${core}`
          : legalForm === "bumdes"
            ? `BUMDes ${core} Unit ${word}`
            : `${legalForm === "ud" ? "UD" : legalForm === "cv" ? "CV" : "PT"} ${core} ${word}`;
    return { legalForm, legalName: uniqueName(base, regency) };
  }

  function regionNear(need: NeedRt): string {
    const group = islandGroup(need.province);
    const province = rng.chance(0.4) ? need.province : rng.pick(provincesOf(group));
    return rng.pick(regenciesOf(province));
  }

  function regionFar(need: NeedRt): string {
    const group = islandGroup(need.province);
    const others = GROUPS.filter((g) => g !== group);
    return rng.pick(regenciesOf(rng.pick(provincesOf(rng.pick(others)))));
  }

  function newProducer(family: Family, category: ProductCategory, regency: string, background: boolean): ProducerRt {
    const { legalForm, legalName } = legalFormAndName(family, regency);
    const sector = must(SECTOR_OF.get(category), category);
    const kbli = [KBLI_OF[category]];
    const contact: ContactOut = {
      name: `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`,
      position: rng.pick(POSITIONS),
      phone: `08${rng.int(11, 59)} ${rng.int(1000, 9999)} ${rng.int(1000, 9999)}`,
    };
    const out: ProducerOut = {
      ref: `${PREFIX}:IKM-${pad(producers.length + 1, 4)}`,
      legalName,
      legalForm,
      ...(rng.chance(0.85) ? { nib: `8${pad(++nibSeq, 4)}${pad(rng.int(0, 99_999_999), 8)}` } : {}),
      sector,
      kbli,
      ...(rng.chance(0.2) ? { sentraName: `Sentra ${rng.pick(FAMILY_WORDS[family])} ${must(REGENCIES[regency], regency).replace(/^(Kota|Kabupaten) /, "")}` } : {}),
      provinceCode: regency.slice(0, 2),
      regencyCode: regency,
      address: `Jl. ${rng.pick(STREETS)} No. ${rng.int(1, 250)}, ${must(REGENCIES[regency], regency)}`,
      employees: rng.int(3, 120),
      foundedYear: rng.int(1985, 2021),
      monthlyCapacity: 1,
      capacityUnit: "pcs",
      description: "",
      contacts: [contact],
    };
    const producer: ProducerRt = { out, family, products: [], certs: [], planted: [], fillersWithoutTkdn: false, background };
    producers.push(producer);
    return producer;
  }

  function setPrimary(producer: ProducerRt, product: ProductOut): void {
    producer.out.monthlyCapacity = product.monthlyCapacity;
    producer.out.capacityUnit = product.unit;
    producer.out.description = `${FAMILY_DESC[producer.family]} di ${must(REGENCIES[producer.out.regencyCode], producer.out.regencyCode)}. Produk utama: ${product.name}.`;
  }

  function addProduct(producer: ProducerRt, concept: Concept, fields: Omit<ProductOut, "ref" | "producerRef">): ProductOut {
    const out: ProductOut = { ref: nextProductRef(), producerRef: producer.out.ref, ...fields };
    producer.products.push({ out, conceptId: concept.id });
    return out;
  }

  function fillerFields(concept: Concept, withTkdn: boolean): Omit<ProductOut, "ref" | "producerRef"> {
    const priceMin = roundPrice(concept.price * rng.float(0.85, 1.1), "down");
    const tkdn = withTkdn && rng.chance(0.5) ? half(rng.float(25, 90)) : undefined;
    return {
      name: concept.name,
      description: concept.desc,
      category: concept.category,
      unit: concept.unit,
      minOrder: rng.int(1, 20),
      monthlyCapacity: rng.int(50, 5000),
      priceMin,
      priceMax: roundPrice(priceMin * rng.float(1.05, 1.25), "up"),
      ...(tkdn !== undefined ? { tkdnPercent: tkdn } : {}),
      leadTimeDays: rng.int(3, 21),
      status: "active",
    };
  }

  /**
   * A decoy of one need may be the asked product, a substitute or a related product of another
   * (a carton box is a decoy for a panel box and the thing asked for by the carton need). Its
   * price, capacity and TKDN are then kept well clear of that need's thresholds, so its grade
   * there turns on certificates and region only, never on a borderline number.
   */
  function clearOfThresholds(concept: Concept, fields: Omit<ProductOut, "ref" | "producerRef">): Omit<ProductOut, "ref" | "producerRef"> {
    const out = { ...fields };
    for (const index of conceptNeeds.get(concept.id) ?? []) {
      const other = at(needs, index);
      if (other.out.unit === out.unit) {
        const budget = other.out.budgetPerUnit;
        if (budget !== undefined && out.priceMax > budget * 0.94) {
          out.priceMin = roundPrice(budget * rng.float(0.6, 0.8), "down");
          out.priceMax = roundPrice(budget * rng.float(0.82, 0.94), "down");
        }
        out.monthlyCapacity = Math.max(out.monthlyCapacity, Math.ceil((other.out.quantity / (other.days / 30)) * rng.float(2, 4)));
        out.minOrder = Math.min(out.minOrder, other.out.quantity);
      }
      const min = other.out.minTkdnPercent;
      if (min !== undefined && (out.tkdnPercent === undefined || out.tkdnPercent < min + 6)) out.tkdnPercent = Math.min(98, half(min + rng.float(10, 30)));
    }
    return out;
  }

  function addFiller(producer: ProducerRt, withTkdn: boolean): ProductOut | undefined {
    const pool = must(BACKGROUND[producer.family], producer.family).map((_, k) => `BG:${producer.family}:${k}`);
    const free = pool.filter((id) => !producer.products.some((p) => p.conceptId === id));
    if (free.length === 0) return undefined;
    const concept = must(concepts.get(rng.pick(free)), "filler");
    return addProduct(producer, concept, fillerFields(concept, withTkdn));
  }

  function certNumber(type: CertificationType, province: string): string {
    const d = (n: number): string => pad(rng.int(0, 10 ** n - 1), n);
    switch (type) {
      case "halal":
        return `ID${province}${d(15)}`;
      case "bpom":
        return rng.chance(0.5) ? `POM TR ${d(9)}` : `NA${d(11)}`;
      case "sni":
        return `SPPT-SNI ${d(4)}/LSPro-${d(2)}/2025`;
      case "pirt":
        return `P-IRT ${d(13)}-${rng.int(26, 30)}`;
      case "svlk":
        return `SVLK-${d(2)}-${d(4)}-2025`;
      case "iso9001":
        return `QMS/${d(5)}/2025`;
      case "tkdn":
        return `TKDN ${d(4)}/SJ-IND.8/TKDN/2025`;
      case "hki":
        return `IDM000${d(6)}`;
      case "gmp":
        return `CPPOB-${d(6)}`;
      case "other":
        return `PKRT ${d(11)}`;
    }
  }

  const ISSUERS: Record<CertificationType, string> = {
    halal: "BPJPH Kementerian Agama",
    bpom: "Badan Pengawas Obat dan Makanan",
    sni: "LSPro Balai Standardisasi dan Pelayanan Jasa Industri",
    pirt: "Dinas Kesehatan Kabupaten/Kota",
    svlk: "LVLK Mitra Lestari Indonesia",
    iso9001: "LS Mutu Prima Sertifikasi",
    tkdn: "Kementerian Perindustrian",
    hki: "DJKI Kementerian Hukum",
    gmp: "Badan Pengawas Obat dan Makanan",
    other: "Kementerian Kesehatan (izin edar PKRT)",
  };

  function addCert(producer: ProducerRt, type: CertificationType, opts: { productRefs?: string[]; status?: CertStatus; validUntil?: string; tkdnPercent?: number }): CertOut {
    const validFrom = addDays(NOW, -rng.int(120, 900));
    const validUntil = opts.validUntil ?? addDays(NEEDED_BY_LAST, rng.int(200, 1200));
    if (validUntil <= validFrom) throw new Error("certificate ends before it starts");
    const status = opts.status ?? "verified";
    const verifiedAt = status === "pending" ? undefined : dateOf(Math.min(dayNumber(validFrom) + rng.int(10, 60), dayNumber(NOW) - 5));
    const cert: CertOut = {
      ref: nextCertRef(),
      producerRef: producer.out.ref,
      productRefs: opts.productRefs ?? [],
      type,
      number: certNumber(type, producer.out.provinceCode),
      issuer: ISSUERS[type],
      validFrom,
      validUntil,
      ...(opts.tkdnPercent !== undefined ? { tkdnPercent: opts.tkdnPercent } : {}),
      status,
      ...(verifiedAt ? { verifiedAt } : {}),
      ...(status === "rejected" ? { rejectionReason: "Nomor sertifikat tidak ditemukan pada basis data penerbit." } : {}),
    };
    producer.certs.push(cert);
    return cert;
  }

  /** The requirement the trap breaks, chosen so the product fails exactly there. */
  function plantedProducer(plan: Plan, regencyOverride?: string): ProducerRt {
    const need = plan.need;
    const trueCategory = plan.concept.category;
    const family = FAMILY_OF[trueCategory];
    const regency = regencyOverride ?? (plan.far ? regionFar(need) : regionNear(need));
    const producer = newProducer(family, trueCategory, regency, false);
    const sameUnit = plan.concept.unit === need.out.unit;
    const months = need.days / 30;
    const q = need.out.quantity;
    const monthlyCapacity = sameUnit
      ? plan.capShort
        ? Math.max(1, Math.floor((q / months) * rng.float(0.3, 0.6)))
        : Math.ceil((q / months) * rng.float(2, 4))
      : rng.int(100, 5000);
    const budget = need.out.budgetPerUnit;
    let priceMin: number;
    let priceMax: number;
    if ((plan.role === "asked" || plan.role === "substitute") && budget !== undefined) {
      if (plan.priceOver) {
        priceMin = roundPrice(budget * rng.float(1.2, 1.38), "up");
        priceMax = roundPrice(priceMin * rng.float(1.05, 1.15), "up");
      } else {
        priceMin = roundPrice(budget * rng.float(0.6, 0.8), "down");
        priceMax = roundPrice(budget * rng.float(0.82, 0.94), "down");
      }
    } else {
      priceMin = roundPrice(plan.concept.price * rng.float(0.8, 1.0), "down");
      priceMax = roundPrice(priceMin * rng.float(1.05, 1.2), "up");
    }
    const min = need.out.minTkdnPercent;
    let tkdn: number | undefined;
    if (min !== undefined) {
      if (plan.tkdn === "ok") tkdn = Math.min(98, half(min + rng.float(6, 35)));
      else if (plan.tkdn === "justUnder") tkdn = min - rng.pick([1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5]);
      else if (plan.tkdn === "farUnder") tkdn = half(min - rng.float(15, 30));
    } else if (rng.chance(0.5)) tkdn = half(rng.float(25, 90));
    const primary = addProduct(producer, plan.concept, {
      name: plan.name,
      description: plan.desc,
      category: plan.category,
      unit: plan.concept.unit,
      minOrder: sameUnit ? Math.max(1, Math.floor(q / 100)) : rng.int(1, 20),
      monthlyCapacity,
      priceMin,
      priceMax,
      ...(tkdn !== undefined ? { tkdnPercent: tkdn } : {}),
      leadTimeDays: rng.int(3, 21),
      status: plan.archived ? "archived" : "active",
    });
    setPrimary(producer, primary);

    // The unrelated product that meets every requirement.
    if (plan.kind === "unrelated_product_passes") {
      const filler = must(addFiller(producer, false), "filler");
      filler.tkdnPercent = Math.min(98, half(must(min, "minTkdn") + rng.float(10, 30)));
    }
    if (plan.kind === "tkdn_just_under" || plan.kind === "tkdn_far_under") producer.fillersWithoutTkdn = true;

    for (const type of need.out.requiredCertifications ?? []) {
      const mode = type === plan.certType ? plan.certMode : "ok";
      switch (mode) {
        case "ok":
          addCert(producer, type, {});
          break;
        case "pending":
          addCert(producer, type, { status: "pending" });
          break;
        case "expiring": {
          // Alternately lapsed already, and lapsing between now and the needed-by date.
          const lapsedAlready = expiringSeq++ % 2 === 0;
          const until = lapsedAlready ? addDays(NOW, -rng.int(10, 60)) : addDays(NOW, rng.int(10, Math.max(11, need.days - 15)));
          addCert(producer, type, { validUntil: until });
          break;
        }
        case "scopedElsewhere": {
          const filler = must(addFiller(producer, true), "filler");
          addCert(producer, type, { productRefs: [filler.ref] });
          break;
        }
        case "scopedToProduct":
          addCert(producer, type, { productRefs: [primary.ref] });
          break;
        case "rejected":
          addCert(producer, type, { status: "rejected" });
          break;
        case "missing":
          break;
      }
    }
    if (plan.tkdn === "fromCert") addCert(producer, "tkdn", { productRefs: [primary.ref], tkdnPercent: Math.min(98, half(must(min, "minTkdn") + rng.float(5, 25))) });
    producer.planted.push({ need, kind: plan.kind, ...EXPECT[plan.kind] });
    return producer;
  }

  // Rotations over the trap kinds, shared by all needs so each kind comes up evenly.
  const STRUCTURAL: TrapKind[] = ["canonical", "wrong_category", "cert_pending", "twin", "tkdn_from_certificate", "cert_scoped_to_product"];
  const SOFT: TrapKind[] = ["capacity_short", "price_over_budget", "far_region", "two_shortfalls"];
  const HARD: TrapKind[] = ["cert_expiring", "tkdn_just_under", "cert_scoped_elsewhere", "cert_rejected", "unrelated_product_passes", "tkdn_far_under", "cert_missing", "archived_product"];
  const pointers = { variant: 0, structural: 0, soft: 0, hard: 0 };
  function rotate<T>(list: readonly T[], key: keyof typeof pointers, ok: (t: T) => boolean, avoid: readonly T[] = []): T {
    for (let step = 0; step < list.length; step++) {
      const index = (pointers[key] + step) % list.length;
      const t = at(list, index);
      if (ok(t) && !avoid.includes(t)) {
        pointers[key] = index + 1;
        return t;
      }
    }
    throw new Error(`no applicable ${key} trap`);
  }

  const hasCerts = (n: NeedRt): boolean => (n.out.requiredCertifications ?? []).length > 0;
  const hasTkdn = (n: NeedRt): boolean => n.out.minTkdnPercent !== undefined;
  const applicable = (n: NeedRt, kind: TrapKind): boolean => {
    switch (kind) {
      case "cert_pending":
      case "cert_scoped_to_product":
      case "cert_expiring":
      case "cert_scoped_elsewhere":
      case "cert_rejected":
      case "cert_missing":
        return hasCerts(n);
      case "tkdn_from_certificate":
      case "tkdn_just_under":
      case "tkdn_far_under":
      case "unrelated_product_passes":
        return hasTkdn(n);
      case "price_over_budget":
        return n.out.budgetPerUnit !== undefined;
      default:
        return true;
    }
  };

  function anyName(need: NeedRt): readonly [string, string] {
    if (rng.chance(0.5)) return need.spec.canon;
    const kinds = VARIANT_KINDS.filter((k) => (need.spec.variants[k] ?? []).length > 0);
    return rng.pick(must(need.spec.variants[rng.pick(kinds)], "variant"));
  }

  function basePlan(need: NeedRt, kind: TrapKind): Plan {
    const concept = must(concepts.get(need.askedId), need.askedId);
    const [name, desc] = anyName(need);
    return { kind, need, concept, name, desc, category: concept.category, role: "asked", far: false, capShort: false, priceOver: false, archived: false, tkdn: "ok", certMode: "ok" };
  }

  function certTypeFor(need: NeedRt): CertificationType {
    const types = need.out.requiredCertifications ?? [];
    return at(types, need.no % types.length);
  }

  const softPairs: ["capShort" | "priceOver" | "far", "capShort" | "priceOver" | "far"][] = [
    ["capShort", "far"],
    ["priceOver", "far"],
    ["capShort", "priceOver"],
  ];
  let softPairIndex = 0;
  let expiringSeq = 0;

  for (const need of needs) {
    const i = need.no - 1;
    const plans: Plan[] = [];
    const usedVariants: VariantKind[] = [];
    const variantPlan = (): Plan => {
      const kind = rotate(VARIANT_KINDS, "variant", (k) => (need.spec.variants[k] ?? []).length > 0, usedVariants);
      usedVariants.push(kind);
      const plan = basePlan(need, `name_${kind}`);
      const [name, desc] = rng.pick(must(need.spec.variants[kind], kind));
      return { ...plan, name, desc };
    };
    plans.push(variantPlan());

    const structural = rotate(STRUCTURAL, "structural", (k) => applicable(need, k));
    {
      const plan = basePlan(need, structural);
      if (structural === "canonical") {
        plan.name = need.spec.canon[0];
        plan.desc = need.spec.canon[1];
      }
      if (structural === "wrong_category") plan.category = need.spec.alt;
      if (structural === "cert_pending") {
        plan.certType = certTypeFor(need);
        plan.certMode = "pending";
      }
      if (structural === "cert_scoped_to_product") {
        plan.certType = certTypeFor(need);
        plan.certMode = "scopedToProduct";
      }
      if (structural === "tkdn_from_certificate") plan.tkdn = "fromCert";
      plans.push(plan);
    }

    const softKind = rotate(SOFT, "soft", (k) => applicable(need, k));
    {
      const plan = basePlan(need, softKind);
      if (softKind === "capacity_short") plan.capShort = true;
      if (softKind === "price_over_budget") plan.priceOver = true;
      if (softKind === "far_region") plan.far = true;
      if (softKind === "two_shortfalls") {
        let pair = at(softPairs, softPairIndex++ % softPairs.length);
        if (need.out.budgetPerUnit === undefined) pair = ["capShort", "far"];
        for (const flag of pair) plan[flag] = true;
      }
      plans.push(plan);
    }

    const hardCount = hasCerts(need) && hasTkdn(need) ? 2 : hasCerts(need) || hasTkdn(need) ? 1 : i % 2 === 1 ? 1 : 0;
    const hardUsed: TrapKind[] = [];
    for (let h = 0; h < hardCount; h++) {
      const hard = rotate(HARD, "hard", (k) => applicable(need, k), hardUsed);
      hardUsed.push(hard);
      const plan = basePlan(need, hard);
      switch (hard) {
        case "cert_expiring":
          plan.certType = certTypeFor(need);
          plan.certMode = "expiring";
          break;
        case "cert_scoped_elsewhere":
          plan.certType = certTypeFor(need);
          plan.certMode = "scopedElsewhere";
          break;
        case "cert_rejected":
          plan.certType = certTypeFor(need);
          plan.certMode = "rejected";
          break;
        case "cert_missing":
          plan.certType = certTypeFor(need);
          plan.certMode = "missing";
          break;
        case "tkdn_just_under":
        case "unrelated_product_passes":
          plan.tkdn = "justUnder";
          break;
        case "tkdn_far_under":
          plan.tkdn = "farUnder";
          break;
        case "archived_product":
          plan.archived = true;
          break;
        default:
          throw new Error(`not a hard trap: ${hard}`);
      }
      plans.push(plan);
    }
    if (hardCount === 0) plans.push(variantPlan());

    // A close substitute on even needs, a related product on odd ones.
    {
      const useSub = i % 2 === 0 && need.subIds.size > 0;
      const ids = [...(useSub ? need.subIds : need.relIds)];
      const concept = must(concepts.get(rng.pick(ids)), "relation concept");
      plans.push({
        kind: useSub ? "close_substitute" : "related_product",
        need,
        concept,
        name: concept.name,
        desc: concept.desc,
        category: concept.category,
        role: useSub ? "substitute" : "related",
        far: false,
        capShort: false,
        priceOver: false,
        archived: false,
        tkdn: "ok",
        certMode: "ok",
      });
    }

    // Every fourth need: a decoy that meets every requirement.
    if (i % 4 === 0) {
      const concept = must(concepts.get(at(need.decoyIds, 0)), "decoy");
      plans.push({ kind: "decoy", need, concept, name: concept.name, desc: concept.desc, category: concept.category, role: "decoy", far: false, capShort: false, priceOver: false, archived: false, tkdn: "ok", certMode: "ok" });
    }

    for (const plan of plans) {
      const producer = plantedProducer(plan);
      if (plan.kind === "twin") {
        // An identical producer: same region, products, prices and certificates (copied at the
        // end); only the ref, the name and the NIB differ.
        const twin = newProducer(producer.family, plan.concept.category, producer.out.regencyCode, false);
        twin.twinOf = producer;
        twin.planted.push({ need, kind: "twin", ...EXPECT.twin });
      }
    }
  }

  // Decoys that are not placed as their own producer go onto producers planted for other needs.
  const plantedCount = producers.length;
  let decoySecondary = 0;
  for (const need of needs) {
    const ids = need.no % 4 === 1 ? need.decoyIds.slice(1) : need.decoyIds;
    for (const id of ids) {
      const concept = must(concepts.get(id), id);
      const family = FAMILY_OF[concept.category];
      const hosts = producers.slice(0, plantedCount).filter(
        (h) =>
          h.family === family &&
          h.products.length < 4 &&
          !h.twinOf &&
          !h.fillersWithoutTkdn &&
          !producers.some((o) => o.twinOf === h) &&
          h.planted.every((e) => e.need !== need && relationOf(e.need, id) === "none") &&
          h.products.every((p) => p.conceptId !== id && relationOf(need, p.conceptId) === "none"),
      );
      if (hosts.length === 0) {
        plantedProducer({ kind: "decoy", need, concept, name: concept.name, desc: concept.desc, category: concept.category, role: "decoy", far: false, capShort: false, priceOver: false, archived: false, tkdn: "ok", certMode: "ok" });
        continue;
      }
      const fewest = Math.min(...hosts.map((h) => h.products.length));
      const host = rng.pick(hosts.filter((h) => h.products.length === fewest));
      decoySecondary++;
      addProduct(host, concept, clearOfThresholds(concept, fillerFields(concept, true)));
      host.planted.push({ need, kind: "decoy_on_other_producer", ...EXPECT.decoy_on_other_producer });
    }
  }

  // Background producers of the same sectors: an asked product with ordinary attributes, or none.
  const families = [...new Set(needs.map((n) => FAMILY_OF[n.spec.category]))].sort();
  while (producers.length < TARGET_PRODUCERS) {
    const family = rng.pick(families);
    const candidates = needs.filter((n) => FAMILY_OF[n.spec.category] === family);
    const need = rng.pick(candidates);
    const regency = rng.pick(Object.keys(REGENCIES).sort());
    if (rng.chance(0.7)) {
      const plan = basePlan(need, "canonical");
      const producer = plantedProducer(plan, regency);
      producer.planted = [];
      producer.background = true;
    } else {
      const producer = newProducer(family, need.spec.category, regency, true);
      const filler = must(addFiller(producer, true), "background filler");
      setPrimary(producer, filler);
    }
  }

  // Fillers up to 2..6 products, and ordinary extra certificates.
  for (const producer of producers) {
    if (producer.twinOf) continue;
    const target = rng.pick([2, 3, 4, 4, 5, 5, 6]);
    while (producer.products.length < target) {
      if (!addFiller(producer, !producer.fillersWithoutTkdn)) break;
    }
    const forbidden = new Set<CertificationType>(producer.planted.flatMap((e) => e.need.out.requiredCertifications ?? []));
    const extra = EXTRA_CERTS[producer.family].filter((t) => !forbidden.has(t) && !producer.certs.some((c) => c.type === t));
    if (extra.length > 0 && rng.chance(0.35)) addCert(producer, rng.pick(extra), {});
  }
  // Twins: copies of their original, with their own refs, name and NIB.
  for (const twin of producers) {
    const original = twin.twinOf;
    if (!original) continue;
    const { ref, legalName, nib } = twin.out;
    twin.out = { ...structuredClone(original.out), ref, legalName };
    if (nib !== undefined) twin.out.nib = nib;
    else delete twin.out.nib;
    twin.fillersWithoutTkdn = original.fillersWithoutTkdn;
    const refMap = new Map<string, string>();
    for (const p of original.products) {
      const { ref: _ref, producerRef: _producerRef, ...fields } = p.out;
      const copy = addProduct(twin, must(concepts.get(p.conceptId), p.conceptId), structuredClone(fields));
      refMap.set(p.out.ref, copy.ref);
    }
    for (const c of original.certs) {
      twin.certs.push({ ...structuredClone(c), ref: nextCertRef(), producerRef: twin.out.ref, productRefs: c.productRefs.map((r) => must(refMap.get(r), r)), number: certNumber(c.type, twin.out.provinceCode) });
    }
  }

  // Grade every (need, producer) pair with the one function.
  const grades: Record<string, Record<string, Grade>> = {};
  const nearMisses: Record<string, string[]> = {};
  const reasons: Record<string, Record<string, string>> = {};
  const problems: string[] = [];
  const gradeCounts = { 1: 0, 2: 0, 3: 0 };
  for (const need of needs) {
    const g: Record<string, Grade> = {};
    const nm: string[] = [];
    const rs: Record<string, string> = {};
    for (const producer of producers) {
      const e = gradePair(need, producer);
      if (e.grade > 0) {
        g[producer.out.ref] = e.grade;
        gradeCounts[e.grade as 1 | 2 | 3]++;
      }
      if (e.nearMiss) {
        nm.push(producer.out.ref);
        rs[producer.out.ref] = must(e.reason, "reason");
      }
      for (const x of producer.planted.filter((p) => p.need === need)) {
        if (x.grade !== e.grade || x.nearMiss !== e.nearMiss) {
          problems.push(`${need.ref} ${producer.out.ref} ${x.kind}: expected grade ${x.grade}${x.nearMiss ? " near miss" : ""}, got ${e.grade}${e.nearMiss ? " near miss" : ""}`);
        }
      }
    }
    if (!Object.values(g).includes(3)) problems.push(`${need.ref}: no grade-3 producer`);
    grades[need.ref] = g;
    nearMisses[need.ref] = nm;
    reasons[need.ref] = rs;
  }
  if (problems.length > 0) throw new Error(`planted traps not graded as intended:\n${problems.join("\n")}`);

  // No grade may hang on a borderline number: every asked or substitute product is clearly
  // inside or clearly outside each threshold (price ±5 %, capacity 0.9–1.2×, TKDN ±0.5 point
  // of the minimum and of the 5-point near-miss gap).
  const borderline: string[] = [];
  for (const need of needs) {
    for (const producer of producers) {
      for (const p of producer.products) {
        const relation = relationOf(need, p.conceptId);
        if (relation !== "asked" && relation !== "substitute") continue;
        const o = p.out;
        const budget = need.out.budgetPerUnit;
        if (o.unit === need.out.unit) {
          if (budget !== undefined && o.priceMin > budget * 0.95 && o.priceMin < budget * 1.05) borderline.push(`${need.ref} ${o.ref} price ${o.priceMin} vs ${budget}`);
          if (budget !== undefined && o.priceMax > budget && o.priceMin <= budget) borderline.push(`${need.ref} ${o.ref} price range ${o.priceMin}..${o.priceMax} straddles ${budget}`);
          const ratio = (o.monthlyCapacity * need.days) / 30 / need.out.quantity;
          if (ratio > 0.9 && ratio < 1.2) borderline.push(`${need.ref} ${o.ref} capacity ratio ${ratio.toFixed(2)}`);
        }
        const min = need.out.minTkdnPercent;
        const tkdn = min === undefined ? undefined : tkdnOf(o, producer.certs, need.neededBy);
        if (min !== undefined && tkdn !== undefined && (Math.abs(tkdn - min) < 0.5 || Math.abs(min - tkdn - 5) < 0.5)) borderline.push(`${need.ref} ${o.ref} TKDN ${tkdn} vs ${min}`);
      }
    }
  }
  if (borderline.length > 0) throw new Error(`borderline products:\n${borderline.join("\n")}`);

  // Catalogue
  const productsOut = producers.flatMap((p) => p.products.map((x) => x.out)).sort((a, b) => a.ref.localeCompare(b.ref));
  const certsOut = producers.flatMap((p) => p.certs).sort((a, b) => a.ref.localeCompare(b.ref));
  const producersOut = producers.map((p) => p.out);
  validate(producers, productsOut, certsOut, buyers, needs);

  const catalogue = {
    $schema: "../../../app/models/import/import.schema.json",
    producers: producersOut,
    buyers,
    products: productsOut,
    certifications: certsOut,
    needs: needs.map((n) => n.out),
  };

  // The planted traps, for reading a matcher's misses by kind (not needed to score it).
  const traps: Record<string, { producerRef: string; kind: TrapKind; grade: Grade; nearMiss: boolean }[]> = {};
  for (const need of needs) {
    traps[need.ref] = producers.flatMap((p) => p.planted.filter((e) => e.need === need).map((e) => ({ producerRef: p.out.ref, kind: e.kind, grade: e.grade, nearMiss: e.nearMiss })));
  }

  // Summary
  const trapCounts = new Map<string, number>();
  for (const p of producers) for (const e of p.planted) trapCounts.set(e.kind, (trapCounts.get(e.kind) ?? 0) + 1);
  const plantedNear = producers.reduce((n, p) => n + p.planted.filter((e) => e.nearMiss).length, 0);
  const totalNear = Object.values(nearMisses).reduce((n, l) => n + l.length, 0);
  const summary = [
    `producers ${producersOut.length} (planted ${producers.filter((p) => !p.background).length}, background ${producers.filter((p) => p.background).length}), products ${productsOut.length} (archived ${productsOut.filter((p) => p.status === "archived").length}), certifications ${certsOut.length}, buyers ${buyers.length}, needs ${needs.length}`,
    `provinces ${new Set(producersOut.map((p) => p.provinceCode)).size}, decoys on other producers ${decoySecondary}`,
    `graded pairs: grade 3 ${gradeCounts[3]}, grade 2 ${gradeCounts[2]}, grade 1 ${gradeCounts[1]}, total ${gradeCounts[1] + gradeCounts[2] + gradeCounts[3]}`,
    `near misses ${totalNear} (planted ${plantedNear})`,
    `traps: ${[...trapCounts.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(", ")}`,
    `per need (3/2/1/near): ${needs
      .map((n) => {
        const g = Object.values(grades[n.ref] ?? {});
        return `${n.ref.slice(-2)}:${g.filter((x) => x === 3).length}/${g.filter((x) => x === 2).length}/${g.filter((x) => x === 1).length}/${(nearMisses[n.ref] ?? []).length}`;
      })
      .join(" ")}`,
  ].join("\n");

  const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
  return {
    catalogue: json(catalogue),
    grades: json(grades),
    nearMisses: json({ nearMisses, reasons }),
    traps: json(traps),
    summary,
  };
}

// ---------------------------------------------------------------------------------------------
// Validation of the catalogue's shape (the import schema's rules, checked here too)

function validate(producers: ProducerRt[], products: ProductOut[], certs: CertOut[], buyers: BuyerOut[], needs: NeedRt[]): void {
  const errors: string[] = [];
  const check = (ok: boolean, message: string): void => {
    if (!ok) errors.push(message);
  };
  const refPattern = /^[A-Za-z0-9._:/-]+$/;
  const refs = new Set<string>();
  const checkRef = (ref: string): void => {
    check(refPattern.test(ref) && ref.length <= 80, `bad ref ${ref}`);
    check(!refs.has(ref), `duplicate ref ${ref}`);
    refs.add(ref);
  };
  const len = (s: string, lo: number, hi: number, what: string): void => check(s.length >= lo && s.length <= hi, `${what}: length ${s.length} outside ${lo}..${hi}: ${s}`);
  const categories = new Set<string>(PRODUCT_CATEGORIES.map((c) => c.key));
  const units = new Set<string>(UNITS);
  const certTypes = new Set<string>(CERTIFICATION_TYPES);
  const nibs = new Set<string>();

  check(producers.length >= 235 && producers.length <= 265, `producers ${producers.length}`);
  check(products.length >= 900 && products.length <= 1100, `products ${products.length}`);
  check(needs.length === 40 && buyers.length === 8, "needs/buyers count");
  check(new Set(producers.map((p) => p.out.provinceCode)).size >= 18, "fewer than 18 provinces");

  for (const { out: p, products: ps } of producers) {
    checkRef(p.ref);
    len(p.legalName, 3, 160, p.ref);
    check((LEGAL_FORMS as readonly string[]).includes(p.legalForm), `${p.ref} legal form`);
    check((SECTORS as readonly string[]).includes(p.sector), `${p.ref} sector`);
    for (const code of p.kbli) check(findKbli(code)?.sectors.includes(p.sector) ?? false, `${p.ref} kbli ${code} not of ${p.sector}`);
    if (p.nib !== undefined) {
      check(/^\d{13}$/.test(p.nib) && !nibs.has(p.nib), `${p.ref} nib ${p.nib}`);
      nibs.add(p.nib);
    }
    check(REGENCIES[p.regencyCode] !== undefined && p.regencyCode.startsWith(`${p.provinceCode}.`), `${p.ref} region`);
    check(units.has(p.capacityUnit) && p.monthlyCapacity >= 1, `${p.ref} capacity`);
    len(p.address, 1, 300, `${p.ref} address`);
    for (const c of p.contacts) {
      len(c.name, 2, 120, `${p.ref} contact`);
      if (c.phone !== undefined) check(/^(\+62|62|0)[0-9][0-9 -]{6,15}$/.test(c.phone), `${p.ref} phone ${c.phone}`);
    }
    check(ps.length >= 2 && ps.length <= 6, `${p.ref} has ${ps.length} products`);
  }
  const byRef = new Map(products.map((p) => [p.ref, p]));
  for (const p of products) {
    checkRef(p.ref);
    len(p.name, 3, 120, p.ref);
    len(p.description, 10, 4000, p.ref);
    check(categories.has(p.category) && units.has(p.unit), `${p.ref} category/unit`);
    check(Number.isInteger(p.minOrder) && p.minOrder >= 1 && Number.isInteger(p.monthlyCapacity) && p.monthlyCapacity >= 1, `${p.ref} ints`);
    check(Number.isInteger(p.priceMin) && Number.isInteger(p.priceMax) && p.priceMin >= 0 && p.priceMin <= p.priceMax, `${p.ref} prices`);
    check(p.tkdnPercent === undefined || (p.tkdnPercent >= 0 && p.tkdnPercent <= 100), `${p.ref} tkdn`);
  }
  for (const c of certs) {
    checkRef(c.ref);
    check(certTypes.has(c.type), `${c.ref} type`);
    len(c.number, 3, 80, c.ref);
    len(c.issuer, 3, 160, c.ref);
    check(dayNumber(c.validFrom) < dayNumber(c.validUntil), `${c.ref} dates`);
    check(c.verifiedAt === undefined || dayNumber(c.verifiedAt) <= dayNumber(NOW), `${c.ref} verifiedAt`);
    for (const r of c.productRefs) check(byRef.get(r)?.producerRef === c.producerRef, `${c.ref} covers ${r} of another producer`);
  }
  for (const b of buyers) {
    checkRef(b.ref);
    len(b.name, 3, 160, b.ref);
  }
  for (const n of needs) {
    const o = n.out;
    checkRef(o.ref);
    len(o.title, 5, 160, o.ref);
    len(o.description, 20, 5000, o.ref);
    check(buyers.some((b) => b.ref === o.buyerRef), `${o.ref} buyer`);
    check(o.neededBy >= NEEDED_BY_FIRST && o.neededBy <= NEEDED_BY_LAST, `${o.ref} neededBy ${o.neededBy}`);
    check(REGENCIES[o.deliveryRegencyCode] !== undefined && o.deliveryRegencyCode.startsWith(`${o.deliveryProvinceCode}.`), `${o.ref} region`);
  }
  if (errors.length > 0) throw new Error(`catalogue invalid:\n${errors.join("\n")}`);
}

// ---------------------------------------------------------------------------------------------

const first = build();
const second = build();
if (first.catalogue !== second.catalogue || first.grades !== second.grades || first.nearMisses !== second.nearMisses || first.traps !== second.traps) {
  throw new Error("two builds differ: the generator is not deterministic");
}
writeFileSync(join(OUT_DIR, "catalogue.json"), first.catalogue);
writeFileSync(join(OUT_DIR, "grades.json"), first.grades);
writeFileSync(join(OUT_DIR, "near-misses.json"), first.nearMisses);
writeFileSync(join(OUT_DIR, "traps.json"), first.traps);
console.log(first.summary);
