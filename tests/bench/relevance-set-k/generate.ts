import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  CERTIFICATION_TYPES,
  PRODUCT_CATEGORIES,
  SECTORS,
  type CertificationType,
  type LegalForm,
  type ProductCategory,
  type Sector,
  type Unit,
} from "../../../app/models/domain.ts";
import { SECTOR_PROFILES, type BackgroundKind } from "./background.ts";
import { BUYERS, NEEDS, type Grade, type NeedSpec, type Plant, type PlantKind } from "./needs.ts";

const SEED = 0x5e7c2027;
const BASE_DATE = "2026-09-01";
const NEEDED_BY_FIRST = "2027-03-01";
const NEEDED_BY_LAST = "2027-12-31";
const REF = "SETK";
const HERE = dirname(fileURLToPath(import.meta.url));
const REGENCIES_CSV = join(HERE, "..", "..", "..", "node_modules", "idn-area-data", "data", "regencies.csv");

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rng = mulberry32(SEED);
const uniform = (low: number, high: number): number => low + (high - low) * rng();
const randInt = (low: number, high: number): number => low + Math.floor(rng() * (high - low + 1));
const chance = (p: number): boolean => rng() < p;

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Missing ${what}`);
  return value;
}

function pick<T>(items: readonly T[]): T {
  return must(items[Math.floor(rng() * items.length)], "pick from an empty list");
}

function shuffle<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const a = must(out[i], "shuffle item");
    out[i] = must(out[j], "shuffle item");
    out[j] = a;
  }
  return out;
}

const DAY_MS = 86_400_000;
const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const addDays = (date: string, days: number): string => dateOf(dayNumber(date) + days);
const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

type Group = "sumatra" | "jawa_bali" | "nusa_tenggara" | "kalimantan" | "sulawesi" | "maluku_papua";
const GROUPS: Group[] = ["sumatra", "jawa_bali", "nusa_tenggara", "kalimantan", "sulawesi", "maluku_papua"];
const GROUP_WEIGHT: Record<Group, number> = {
  sumatra: 20,
  jawa_bali: 45,
  nusa_tenggara: 7,
  kalimantan: 11,
  sulawesi: 11,
  maluku_papua: 6,
};

function groupOf(provinceCode: string): Group {
  const code = Number(provinceCode);
  if (code >= 11 && code <= 21) return "sumatra";
  if ((code >= 31 && code <= 36) || code === 51) return "jawa_bali";
  if (code === 52 || code === 53) return "nusa_tenggara";
  if (code >= 61 && code <= 65) return "kalimantan";
  if (code >= 71 && code <= 76) return "sulawesi";
  if (code >= 81 && code <= 96) return "maluku_papua";
  throw new Error(`Province ${provinceCode} has no island group`);
}

interface Regency {
  code: string;
  provinceCode: string;
  name: string;
}

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(" ")
    .map((word) => (word.length > 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word))
    .join(" ");
}

function loadRegencies(): Regency[] {
  const lines = readFileSync(REGENCIES_CSV, "utf8").split(/\r?\n/).slice(1);
  const out: Regency[] = [];
  for (const line of lines) {
    if (line.trim() === "") continue;
    const [code, provinceCode, ...nameParts] = line.split(",");
    if (code === undefined || provinceCode === undefined) continue;
    out.push({ code, provinceCode, name: titleCase(nameParts.join(",").replace(/"/g, "")) });
  }
  return out;
}

const REGENCIES = loadRegencies();
const REGENCY_BY_CODE = new Map(REGENCIES.map((r) => [r.code, r]));
const PROVINCES_BY_GROUP = new Map<Group, string[]>(GROUPS.map((g) => [g, [] as string[]]));
for (const provinceCode of [...new Set(REGENCIES.map((r) => r.provinceCode))].sort()) {
  must(PROVINCES_BY_GROUP.get(groupOf(provinceCode)), "group list").push(provinceCode);
}

const SECTOR_OF_CATEGORY = new Map<ProductCategory, Sector>(PRODUCT_CATEGORIES.map((c) => [c.key, c.sector]));
const sectorOf = (category: ProductCategory): Sector => must(SECTOR_OF_CATEGORY.get(category), `sector of ${category}`);

const COUNTED: readonly Unit[] = ["pcs", "botol", "pasang", "lembar"];
const PACK_SIZE: Partial<Record<Unit, number>> = { lusin: 12, kodi: 20 };

function convert(amount: number, from: Unit, to: Unit): number | null {
  if (from === to) return amount;
  if (from === "kg" && to === "ton") return amount / 1000;
  if (from === "ton" && to === "kg") return amount * 1000;
  const fromPack = PACK_SIZE[from];
  const toPack = PACK_SIZE[to];
  if (fromPack !== undefined && toPack !== undefined) return (amount * fromPack) / toPack;
  if (fromPack !== undefined && COUNTED.includes(to)) return amount * fromPack;
  if (toPack !== undefined && COUNTED.includes(from)) return amount / toPack;
  return null;
}

interface ImportProducer {
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
  monthlyCapacity: number;
  capacityUnit: Unit;
  description: string;
  contacts: { name: string; position: string; phone: string }[];
}

interface ImportBuyer {
  ref: string;
  name: string;
  legalForm: LegalForm;
  buyerType: string;
  regionCode: string;
  address: string;
  website: string;
}

interface ImportProduct {
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

interface ImportCertification {
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

interface ImportNeed {
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
  producers: ImportProducer[];
  buyers: ImportBuyer[];
  products: ImportProduct[];
  certifications: ImportCertification[];
  needs: ImportNeed[];
}

type Concept = "asked" | "substitute" | "related";
const CONCEPT_OF_KIND: Record<PlantKind, Concept | null> = { A: "asked", S: "substitute", R: "related", D: null };

interface Failure {
  text: string;
  fixable: boolean;
}

interface PairGrade {
  grade: Grade;
  nearMiss: boolean;
  reason?: string;
}

const covers = (cert: ImportCertification, product: ImportProduct): boolean =>
  cert.productRefs.length === 0 || cert.productRefs.includes(product.ref);
const liveOn = (cert: ImportCertification, date: string): boolean => cert.validFrom <= date && date <= cert.validUntil;

function certificateFailure(type: CertificationType, covering: ImportCertification[], atProducer: number, neededBy: string): string {
  if (atProducer === 0) return `no ${type} certificate at all`;
  if (covering.length === 0) return `${type} certificate covers other products only`;
  const rejected = covering.find((c) => c.status === "rejected");
  if (rejected) return `${type} certificate ${rejected.number} was rejected`;
  const expired = covering.find((c) => c.validUntil < neededBy);
  if (expired) return `${type} certificate ${expired.number} expires ${expired.validUntil}, before neededBy ${neededBy}`;
  const later = covering.find((c) => c.validFrom > neededBy);
  if (later) return `${type} certificate ${later.number} is valid only from ${later.validFrom}, after neededBy ${neededBy}`;
  return `${type} certificate does not cover ${neededBy}`;
}

function hardCheck(need: ImportNeed, product: ImportProduct, certs: ImportCertification[]): { failures: Failure[]; pendingOnly: number } {
  const failures: Failure[] = [];
  let pendingOnly = 0;
  for (const type of need.requiredCertifications) {
    const ofType = certs.filter((c) => c.type === type);
    const covering = ofType.filter((c) => covers(c, product));
    const passing = covering.filter((c) => c.status !== "rejected" && liveOn(c, need.neededBy));
    if (passing.length > 0) {
      if (!passing.some((c) => c.status === "verified")) pendingOnly += 1;
      continue;
    }
    const startsLater = covering.some((c) => c.status !== "rejected" && c.validFrom > need.neededBy);
    failures.push({ text: certificateFailure(type, covering, ofType.length, need.neededBy), fixable: !startsLater });
  }
  if (need.minTkdnPercent !== undefined) {
    const live = certs.filter(
      (c) => c.type === "tkdn" && covers(c, product) && c.status !== "rejected" && liveOn(c, need.neededBy) && c.tkdnPercent !== undefined,
    );
    const fromCerts = live.map((c) => must(c.tkdnPercent, "tkdn percent"));
    const value = fromCerts.length > 0 ? Math.max(...fromCerts) : product.tkdnPercent;
    const source = fromCerts.length > 0 ? "TKDN certificate" : "declared TKDN";
    if (value === undefined) {
      failures.push({ text: "no TKDN value, declared or certified", fixable: false });
    } else if (value < need.minTkdnPercent) {
      const under = need.minTkdnPercent - value;
      failures.push({ text: `${source} ${value}% is ${under} points under the required ${need.minTkdnPercent}%`, fixable: under <= 5 });
    }
  }
  return { failures, pendingOnly };
}

function softShortfall(need: ImportNeed, producer: ImportProducer, product: ImportProduct, pendingOnly: number): number {
  const perUnit = convert(1, product.unit, need.unit);
  if (perUnit === null) throw new Error(`Cannot convert ${product.unit} to ${need.unit} for ${product.ref} and ${need.ref}`);
  let shortfall = pendingOnly;
  const months = (daysBetween(BASE_DATE, need.neededBy) - product.leadTimeDays) / 30;
  const capacity = Math.max(0, months) * product.monthlyCapacity * perUnit;
  const capacityShare = capacity / need.quantity;
  if (capacityShare < 0.5) shortfall += 2;
  else if (capacityShare < 1) shortfall += 1;
  const over = product.priceMin / perUnit / need.budgetPerUnit - 1;
  if (over > 0.4) shortfall += 2;
  else if (over > 0.2) shortfall += 1;
  if (groupOf(producer.provinceCode) !== groupOf(need.deliveryProvinceCode)) shortfall += 1;
  return shortfall;
}

function gradePair(
  need: ImportNeed,
  producer: ImportProducer,
  products: ImportProduct[],
  certs: ImportCertification[],
  conceptOf: (productRef: string, needRef: string) => Concept | undefined,
): PairGrade {
  let best: Grade = 0;
  let nearMissReason: string | undefined;
  let askedOrSubstitutePasses = false;
  for (const product of products) {
    if (product.status !== "active") continue;
    const concept = conceptOf(product.ref, need.ref);
    if (concept === undefined) continue;
    const { failures, pendingOnly } = hardCheck(need, product, certs);
    if (failures.length > 0) {
      const only = failures[0];
      if (concept === "asked" && failures.length === 1 && only !== undefined && only.fixable && nearMissReason === undefined) {
        nearMissReason = `${product.name}: ${only.text}`;
      }
      continue;
    }
    let grade: Grade;
    if (concept === "related") {
      grade = 1;
    } else {
      askedOrSubstitutePasses = true;
      const shortfall = softShortfall(need, producer, product, pendingOnly);
      if (concept === "asked") grade = shortfall === 0 ? 3 : shortfall === 1 ? 2 : 1;
      else grade = shortfall === 0 ? 2 : 1;
    }
    if (grade > best) best = grade;
  }
  const nearMiss = nearMissReason !== undefined && !askedOrSubstitutePasses;
  return nearMiss ? { grade: best, nearMiss, reason: nearMissReason } : { grade: best, nearMiss };
}

interface PlantRecord {
  id: string;
  need: NeedSpec;
  plant: Plant;
  category: ProductCategory;
  sector: Sector;
  unit: Unit;
  groups: Group[];
}

interface ProducerDraft {
  sector: Sector;
  groups: Group[];
  plants: PlantRecord[];
  cap: number;
  background: boolean;
}

const needRef = (need: NeedSpec): string => `${REF}:NEED-${need.key.slice(1)}`;
const buyerRef = (key: string): string => `${REF}:BUYER-${key.toUpperCase()}`;

function shapeErrors(): string[] {
  const errors: string[] = [];
  if (NEEDS.length !== 30) errors.push(`expected 30 needs, found ${NEEDS.length}`);
  const categories = new Set(NEEDS.map((n) => n.category));
  if (categories.size !== NEEDS.length) errors.push("need categories repeat although enough categories exist");
  const english = NEEDS.filter((n) => n.english).length;
  if (english < 6 || english > 8) errors.push(`expected about 7 English titles, found ${english}`);
  const withCerts = NEEDS.filter((n) => n.requiredCertifications.length > 0).length;
  if (withCerts < 13 || withCerts > 15) errors.push(`expected about 14 needs with certificates, found ${withCerts}`);
  const withTkdn = NEEDS.filter((n) => n.minTkdnPercent !== undefined).length;
  if (withTkdn < 6 || withTkdn > 8) errors.push(`expected about 7 needs with minTkdnPercent, found ${withTkdn}`);
  const keys = new Set<string>();
  for (const need of NEEDS) {
    if (keys.has(need.key)) errors.push(`${need.key}: duplicate key`);
    keys.add(need.key);
    if (need.neededBy < NEEDED_BY_FIRST || need.neededBy > NEEDED_BY_LAST) errors.push(`${need.key}: neededBy out of range`);
    const regency = REGENCY_BY_CODE.get(need.regencyCode);
    if (!regency || regency.provinceCode !== need.provinceCode) errors.push(`${need.key}: regency ${need.regencyCode} not in ${need.provinceCode}`);
    if (!BUYERS.some((b) => b.key === need.buyer)) errors.push(`${need.key}: unknown buyer`);
    const count = (kind: PlantKind): number => need.plants.filter((p) => p.kind === kind).length;
    if (count("A") < 4 || count("A") > 5) errors.push(`${need.key}: ${count("A")} asked plants`);
    if (count("S") < 1 || count("S") > 2) errors.push(`${need.key}: ${count("S")} substitutes`);
    if (count("R") !== 1) errors.push(`${need.key}: ${count("R")} related plants`);
    if (count("D") < 1 || count("D") > 3) errors.push(`${need.key}: ${count("D")} decoys`);
    const typos = need.plants.filter((p) => p.typo === true);
    if (typos.length !== 1 || typos[0]?.kind !== "A") errors.push(`${need.key}: needs exactly one typo, on an asked plant`);
    for (const plant of need.plants) {
      const unit = plant.unit ?? need.unit;
      if ((plant.kind === "A" || plant.kind === "S") && convert(1, unit, need.unit) === null) {
        errors.push(`${need.key}: ${plant.name} sold in ${unit}, which cannot be converted to ${need.unit}`);
      }
      if (plant.nearMiss === true && plant.kind !== "A") errors.push(`${need.key}: near miss on a non-asked plant ${plant.name}`);
      if (plant.kind === "D" && plant.grade !== 0) errors.push(`${need.key}: decoy ${plant.name} declared above 0`);
      for (const type of Object.keys(plant.certs ?? {})) {
        if (!need.requiredCertifications.includes(type as CertificationType)) errors.push(`${need.key}: ${plant.name} modifies unrequired ${type}`);
      }
      if (plant.tkdn !== undefined && need.minTkdnPercent === undefined) errors.push(`${need.key}: ${plant.name} has a TKDN modifier without minTkdnPercent`);
    }
  }
  const used = new Set<string>();
  for (const need of NEEDS) {
    for (const plant of need.plants) {
      for (const m of plant.soft ?? []) used.add(m);
      for (const m of Object.values(plant.certs ?? {})) used.add(m);
      if (plant.tkdn) used.add(`tkdn-${plant.tkdn}`);
      if (plant.archived) used.add("archived");
      if (plant.unit !== undefined && plant.unit !== need.unit) used.add("unit");
    }
  }
  const expected = [
    "cap70", "cap30", "price30", "price60", "island", "pending", "expired", "scoped", "rejected", "missing", "future",
    "tkdn-under", "tkdn-certUnder", "tkdn-viaCert", "tkdn-multi", "tkdn-none", "tkdn-rejectedCert", "archived", "unit",
  ];
  for (const m of expected) if (!used.has(m)) errors.push(`modifier ${m} never used`);
  return errors;
}

function buildPlants(): PlantRecord[] {
  const records: PlantRecord[] = [];
  for (const need of NEEDS) {
    const needGroup = groupOf(need.provinceCode);
    need.plants.forEach((plant, index) => {
      const category = plant.category ?? need.category;
      const unit = plant.unit ?? need.unit;
      let groups: Group[] = [...GROUPS];
      if (plant.kind === "A" || plant.kind === "S") {
        groups = plant.soft?.includes("island") ? GROUPS.filter((g) => g !== needGroup) : [needGroup];
      }
      records.push({ id: `${need.key}-${index + 1}`, need, plant, category, sector: sectorOf(category), unit, groups });
    });
  }
  return records;
}

function packProducers(plants: PlantRecord[]): ProducerDraft[] {
  const caps = [1, 2, 2, 2, 3, 3, 3, 4, 4];
  const drafts: ProducerDraft[] = [];
  for (const record of shuffle(plants)) {
    const candidates = drafts.filter(
      (d) =>
        d.sector === record.sector &&
        d.plants.length < d.cap &&
        !d.plants.some((p) => p.need.key === record.need.key) &&
        d.groups.some((g) => record.groups.includes(g)),
    );
    if (candidates.length > 0) {
      const chosen = pick(candidates);
      chosen.plants.push(record);
      chosen.groups = chosen.groups.filter((g) => record.groups.includes(g));
    } else {
      drafts.push({ sector: record.sector, groups: [...record.groups], plants: [record], cap: pick(caps), background: false });
    }
  }
  return drafts;
}

function addBackgroundProducers(drafts: ProducerDraft[], count: number): ProducerDraft[] {
  const sectors = shuffle(SECTORS);
  const out: ProducerDraft[] = [];
  for (let i = 0; i < count; i++) {
    const sector = must(sectors[i % sectors.length], "sector");
    out.push({ sector, groups: [...GROUPS], plants: [], cap: 0, background: true });
  }
  return shuffle([...drafts, ...out]);
}

function weightedGroup(allowed: Group[]): Group {
  const total = allowed.reduce((sum, g) => sum + GROUP_WEIGHT[g], 0);
  let roll = rng() * total;
  for (const g of allowed) {
    roll -= GROUP_WEIGHT[g];
    if (roll < 0) return g;
  }
  return must(allowed[allowed.length - 1], "group");
}

const PROVINCE_USE = new Map<string, number>();
function chooseProvince(allowed: Group[]): string {
  const group = weightedGroup(allowed);
  const provinces = must(PROVINCES_BY_GROUP.get(group), "provinces of group");
  const least = Math.min(...provinces.map((p) => PROVINCE_USE.get(p) ?? 0));
  const province = pick(provinces.filter((p) => (PROVINCE_USE.get(p) ?? 0) === least));
  PROVINCE_USE.set(province, least + 1);
  return province;
}

const LEGAL_FORM_POOL: LegalForm[] = ["ud", "ud", "ud", "cv", "cv", "cv", "perorangan", "perorangan", "koperasi", "pt_perorangan", "pt", "bumdes"];
const LEGAL_PREFIX: Partial<Record<LegalForm, string>> = {
  ud: "UD",
  cv: "CV",
  pt: "PT",
  pt_perorangan: "PT",
  koperasi: "Koperasi",
  bumdes: "BUMDes",
};
const NAME_TAILS = [
  "Makmur", "Lestari", "Sejahtera", "Mandiri", "Abadi", "Berkah", "Jaya", "Sentosa", "Utama", "Barokah",
  "Sumber Rejeki", "Maju Bersama", "Karya Putra", "Tunas Harapan", "Cahaya Timur", "Mekar Sari", "Bintang Terang", "Sinar Pagi",
];
const OWNER_NAMES = [
  "Siti Aminah", "Bambang Sutrisno", "Yohanes Lede", "Ni Made Sukerti", "Agus Salim", "Rahmawati", "Hendra Gunawan", "Lusiana Tampubolon",
  "Andi Baso", "Fransiska Wenda", "Ahmad Fauzi", "Dewi Kartika", "Slamet Riyadi", "Maria Goreti", "Iwan Setiawan", "Nurhayati",
  "Teguh Prasetyo", "Ketut Artawan", "Rosmini Daeng", "Marthen Rumbiak", "Sri Handayani", "Yusuf Tuasikal", "Erna Manurung", "Wayan Sudana",
];
const STREETS = ["Jl. Merdeka", "Jl. Pahlawan", "Jl. Raya", "Jl. Pasar Lama", "Jl. Kenanga", "Jl. Melati", "Jl. Sudirman", "Jl. Diponegoro", "Jl. Hasanuddin", "Jl. Imam Bonjol"];

function roundPrice(value: number): number {
  if (value >= 1_000_000) return Math.round(value / 1000) * 1000;
  if (value >= 10_000) return Math.round(value / 100) * 100;
  return Math.max(50, Math.round(value / 50) * 50);
}

const GENERIC_PRICE: Record<Unit, [number, number]> = {
  pcs: [5000, 150000],
  pak: [10000, 50000],
  kg: [20000, 150000],
  ton: [1_500_000, 15_000_000],
  liter: [10000, 60000],
  botol: [10000, 60000],
  jerigen: [40000, 120000],
  lembar: [20000, 400000],
  meter: [20000, 120000],
  m2: [50000, 300000],
  pasang: [5000, 80000],
  unit: [2_500_000, 20_000_000],
  set: [500_000, 5_000_000],
  lusin: [30000, 300000],
  kodi: [50000, 600000],
  kotak: [20000, 80000],
  toples: [20000, 80000],
  pot: [10000, 60000],
  rim: [40000, 90000],
};

const GENERIC_CAPACITY: Record<Unit, [number, number]> = {
  pcs: [200, 5000],
  pak: [300, 4000],
  kg: [100, 3000],
  ton: [1, 20],
  liter: [200, 3000],
  botol: [300, 5000],
  jerigen: [100, 1500],
  lembar: [100, 3000],
  meter: [200, 3000],
  m2: [100, 2000],
  pasang: [200, 3000],
  unit: [3, 40],
  set: [5, 60],
  lusin: [30, 400],
  kodi: [10, 200],
  kotak: [200, 3000],
  toples: [200, 3000],
  pot: [200, 3000],
  rim: [50, 500],
};

const ISSUER: Record<CertificationType, string> = {
  sni: "LSPro Balai Standardisasi dan Pelayanan Jasa Industri",
  halal: "BPJPH Kementerian Agama RI",
  bpom: "Badan Pengawas Obat dan Makanan RI",
  pirt: "Dinas Kesehatan Kabupaten/Kota",
  tkdn: "Kementerian Perindustrian RI",
  hki: "Direktorat Jenderal Kekayaan Intelektual",
  iso9001: "LSSM Mutu Prima Indonesia",
  svlk: "LVLK Hutan Lestari Mandiri",
  gmp: "Badan POM RI (CPOTB)",
  other: "Balai Besar Standardisasi Kerajinan dan Batik",
};

function digits(count: number): string {
  let out = "";
  for (let i = 0; i < count; i++) out += String(randInt(0, 9));
  return out;
}

function certNumber(type: CertificationType, provinceCode: string, year: number, sector: Sector): string {
  switch (type) {
    case "halal":
      return `ID${provinceCode}${digits(15)}`;
    case "pirt":
      return `P-IRT ${digits(15)}`;
    case "bpom":
      return sector === "herbal_cosmetics" ? `BPOM RI TR ${digits(9)}` : `BPOM RI MD ${digits(12)}`;
    case "sni":
      return `SPPT-SNI-${digits(4)}-${year}`;
    case "tkdn":
      return `TKDN-${digits(6)}/${year}`;
    case "hki":
      return `IDM${digits(9)}`;
    case "iso9001":
      return `QMS-${digits(5)}-${year}`;
    case "svlk":
      return `VLK-${digits(5)}-${year}`;
    case "gmp":
      return `CPOTB-${digits(5)}`;
    case "other":
      return `BM-${digits(5)}`;
  }
}

interface Built {
  catalogue: Catalogue;
  expected: Map<string, Map<string, { grade: Grade; nearMiss: boolean }>>;
  concepts: Map<string, Map<string, Concept>>;
  plantedProducers: number;
}

function build(): Built {
  const plants = buildPlants();
  const drafts = addBackgroundProducers(packProducers(plants), 20);
  const producers: ImportProducer[] = [];
  const products: ImportProduct[] = [];
  const certifications: ImportCertification[] = [];
  const concepts = new Map<string, Map<string, Concept>>();
  const expected = new Map<string, Map<string, { grade: Grade; nearMiss: boolean }>>();
  const usedNames = new Set<string>();
  let productSeq = 0;
  let certSeq = 0;
  const nextProductRef = (): string => `${REF}:PRD-${String(++productSeq).padStart(4, "0")}`;
  const nextCertRef = (): string => `${REF}:CERT-${String(++certSeq).padStart(4, "0")}`;

  drafts.forEach((draft, index) => {
    const producerRef = `${REF}:IKM-${String(index + 1).padStart(4, "0")}`;
    const profile = SECTOR_PROFILES[draft.sector];
    const provinceCode = chooseProvince(draft.groups);
    const regency = pick(REGENCIES.filter((r) => r.provinceCode === provinceCode));
    const legalForm = pick(LEGAL_FORM_POOL);
    const owner = pick(OWNER_NAMES);
    let legalName = "";
    for (let attempt = 0; attempt < 50 && (legalName === "" || usedNames.has(legalName)); attempt++) {
      const prefix = LEGAL_PREFIX[legalForm];
      legalName =
        prefix === undefined
          ? `Usaha ${owner.split(" ")[0] ?? owner} ${pick(NAME_TAILS)}`
          : `${prefix} ${pick(profile.nameWords)} ${pick(NAME_TAILS)}`;
    }
    if (usedNames.has(legalName)) legalName = `${legalName} ${regency.name.replace(/^(Kabupaten|Kota) /, "")}`;
    usedNames.add(legalName);

    const ownProducts: ImportProduct[] = [];
    const plantProducts: { record: PlantRecord; product: ImportProduct }[] = [];
    for (const record of draft.plants) {
      const product = plantProduct(record, producerRef, nextProductRef());
      ownProducts.push(product);
      plantProducts.push({ record, product });
      const concept = CONCEPT_OF_KIND[record.plant.kind];
      if (concept !== null) {
        const byNeed = concepts.get(product.ref) ?? new Map<string, Concept>();
        byNeed.set(needRef(record.need), concept);
        concepts.set(product.ref, byNeed);
      }
      const byProducer = expected.get(needRef(record.need)) ?? new Map<string, { grade: Grade; nearMiss: boolean }>();
      byProducer.set(producerRef, { grade: record.plant.grade, nearMiss: record.plant.nearMiss === true });
      expected.set(needRef(record.need), byProducer);
    }
    const fillerCount = draft.background ? randInt(5, 6) : randInt(2, 3);
    const kinds = shuffle(profile.kinds).slice(0, fillerCount);
    const fillers = kinds.map((k) => fillerProduct(k, producerRef, nextProductRef()));
    ownProducts.push(...fillers);
    const ordered = shuffle(ownProducts);
    products.push(...ordered);

    const sensitive = new Set<CertificationType>();
    for (const { record } of plantProducts) {
      if (record.plant.kind === "D") continue;
      for (const t of record.need.requiredCertifications) sensitive.add(t);
      if (record.need.minTkdnPercent !== undefined) sensitive.add("tkdn");
    }
    const sensitiveHolders = (type: CertificationType): number =>
      plantProducts.filter(
        ({ record }) =>
          record.plant.kind !== "D" &&
          (record.need.requiredCertifications.includes(type) || (type === "tkdn" && record.need.minTkdnPercent !== undefined)),
      ).length;
    const firstFiller = must(fillers[0], "filler product");

    const addCert = (cert: Omit<ImportCertification, "ref" | "producerRef" | "number" | "issuer">): void => {
      const year = Number(cert.validFrom.slice(0, 4));
      const issuer = cert.type === "pirt" ? `Dinas Kesehatan ${regency.name}` : ISSUER[cert.type];
      certifications.push({
        ref: nextCertRef(),
        producerRef,
        number: certNumber(cert.type, provinceCode, year, draft.sector),
        issuer,
        ...cert,
      });
    };

    for (const { record, product } of plantProducts) {
      if (record.plant.kind === "D") continue;
      const need = record.need;
      for (const type of need.requiredCertifications) {
        const modifier = record.plant.certs?.[type] ?? "ok";
        if (modifier === "missing") continue;
        const wide = sensitiveHolders(type) === 1 && chance(0.5);
        const scope = modifier === "scoped" ? [firstFiller.ref] : wide ? [] : [product.ref];
        addCert(plantCertificate(type, modifier, need.neededBy, scope));
      }
      const min = need.minTkdnPercent;
      if (min !== undefined) {
        const wide = sensitiveHolders("tkdn") === 1 && chance(0.5);
        const scope = wide ? [] : [product.ref];
        const tkdnCert = (percent: number, status: CertStatus): void => {
          const cert = plantCertificate("tkdn", status === "rejected" ? "rejected" : "ok", need.neededBy, scope);
          addCert({ ...cert, tkdnPercent: percent });
        };
        switch (record.plant.tkdn) {
          case "viaCert":
            tkdnCert(Math.min(95, min + randInt(3, 20)), "verified");
            break;
          case "certUnder":
            tkdnCert(min - randInt(2, 5), "verified");
            break;
          case "multi":
            tkdnCert(min - randInt(6, 12), "verified");
            tkdnCert(Math.min(95, min + randInt(2, 15)), "verified");
            break;
          case "rejectedCert":
            tkdnCert(min - randInt(5, 15), "rejected");
            break;
          case undefined:
            if (chance(0.3)) tkdnCert(Math.min(95, min + randInt(1, 25)), "verified");
            break;
          default:
            break;
        }
      }
    }

    const extraCount = draft.background ? randInt(1, 3) : chance(0.45) ? randInt(1, 2) : 0;
    const extraTypes = shuffle(profile.certTypes.filter((t) => !sensitive.has(t))).slice(0, extraCount);
    for (const type of extraTypes) {
      const roll = rng();
      const status: CertStatus = roll < 0.85 ? "verified" : roll < 0.95 ? "pending" : "rejected";
      const validFrom = addDays(BASE_DATE, -randInt(60, 1200));
      const validUntil = addDays(BASE_DATE, randInt(200, 1500));
      const scope = chance(0.6) ? [] : [pick(fillers).ref];
      const cert: Omit<ImportCertification, "ref" | "producerRef" | "number" | "issuer"> = {
        productRefs: scope,
        type,
        validFrom,
        validUntil,
        status,
      };
      if (type === "tkdn") cert.tkdnPercent = randInt(25, 80);
      if (status === "verified") cert.verifiedAt = addDays(validFrom, randInt(3, 40));
      if (status === "rejected") cert.rejectionReason = "Dokumen pendukung tidak lengkap";
      addCert(cert);
    }

    const active = ordered.filter((p) => p.status === "active");
    const lead = must(active[0] ?? ordered[0], "producer product");
    const highlights = active.slice(0, 3).map((p) => p.name);
    const producer: ImportProducer = {
      ref: producerRef,
      legalName,
      legalForm,
      nib: `${provinceCode}${digits(11)}`,
      sector: draft.sector,
      kbli: shuffle(profile.kbli).slice(0, randInt(1, 2)),
      provinceCode,
      regencyCode: regency.code,
      address: `${pick(STREETS)} No. ${randInt(1, 250)}, ${regency.name}`,
      employees: randInt(3, 120),
      foundedYear: randInt(1985, 2022),
      monthlyCapacity: lead.monthlyCapacity,
      capacityUnit: lead.unit,
      description: `${profile.blurb} di ${regency.name}. Produk: ${highlights.join("; ")}.`,
      contacts: [{ name: owner, position: legalForm === "koperasi" ? "Ketua" : "Pemilik", phone: `08${randInt(11, 59)} ${digits(4)} ${digits(4)}` }],
    };
    if (chance(0.3)) producer.sentraName = `Sentra IKM ${regency.name.replace(/^(Kabupaten|Kota) /, "")}`;
    producers.push(producer);
  });

  const buyers: ImportBuyer[] = BUYERS.map((b) => ({
    ref: buyerRef(b.key),
    name: b.name,
    legalForm: b.legalForm,
    buyerType: b.buyerType,
    regionCode: b.regionCode,
    address: b.address,
    website: b.website,
  }));

  const needs: ImportNeed[] = NEEDS.map((n) => {
    const need: ImportNeed = {
      ref: needRef(n),
      buyerRef: buyerRef(n.buyer),
      title: n.title,
      description: n.description,
      category: n.category,
      quantity: n.quantity,
      unit: n.unit,
      deliveryProvinceCode: n.provinceCode,
      deliveryRegencyCode: n.regencyCode,
      neededBy: n.neededBy,
      requiredCertifications: n.requiredCertifications,
      budgetPerUnit: n.budgetPerUnit,
      visibility: "public",
      status: "open",
    };
    if (n.minTkdnPercent !== undefined) need.minTkdnPercent = n.minTkdnPercent;
    return need;
  });

  return {
    catalogue: { producers, buyers, products, certifications, needs },
    expected,
    concepts,
    plantedProducers: drafts.filter((d) => !d.background).length,
  };
}

function plantProduct(record: PlantRecord, producerRef: string, ref: string): ImportProduct {
  const { need, plant, unit } = record;
  const soft = plant.soft ?? [];
  const leadTimeDays = randInt(5, 30);
  const perUnit = convert(1, unit, need.unit);
  const asks = plant.kind === "A" || plant.kind === "S";
  let monthlyCapacity: number;
  let priceMin: number;
  let minOrder: number;
  if (asks && perUnit !== null) {
    const quantityHere = need.quantity / perUnit;
    const months = (daysBetween(BASE_DATE, need.neededBy) - leadTimeDays) / 30;
    const share = soft.includes("cap30") ? uniform(0.32, 0.4) : soft.includes("cap70") ? uniform(0.66, 0.76) : uniform(1.25, 2.6);
    monthlyCapacity = Math.max(1, Math.round((share * quantityHere) / months));
    const factor = soft.includes("price60") ? uniform(1.54, 1.66) : soft.includes("price30") ? uniform(1.27, 1.33) : uniform(0.72, 1.12);
    priceMin = roundPrice(need.budgetPerUnit * perUnit * factor);
    minOrder = Math.max(1, Math.round(quantityHere * uniform(0.005, 0.03)));
  } else if (perUnit !== null) {
    monthlyCapacity = Math.max(1, Math.round(((need.quantity / perUnit) * uniform(0.3, 2.5)) / 8));
    priceMin = roundPrice(need.budgetPerUnit * perUnit * uniform(0.4, 1.2));
    minOrder = Math.max(1, Math.round((need.quantity / perUnit) * uniform(0.005, 0.03)));
  } else {
    const [capLow, capHigh] = GENERIC_CAPACITY[unit];
    const [priceLow, priceHigh] = GENERIC_PRICE[unit];
    monthlyCapacity = randInt(capLow, capHigh);
    priceMin = roundPrice(uniform(priceLow, priceHigh));
    minOrder = Math.max(1, Math.round(capLow / 10));
  }
  const product: ImportProduct = {
    ref,
    producerRef,
    name: plant.name,
    description: plant.description,
    category: record.category,
    unit,
    minOrder,
    monthlyCapacity,
    priceMin,
    priceMax: roundPrice(priceMin * uniform(1.08, 1.3)),
    leadTimeDays,
    status: plant.archived === true ? "archived" : "active",
  };
  const min = need.minTkdnPercent;
  if (min !== undefined && plant.kind !== "D") {
    switch (plant.tkdn) {
      case "under":
        product.tkdnPercent = min - randInt(2, 4);
        break;
      case "certUnder":
        product.tkdnPercent = Math.min(95, min + randInt(8, 25));
        break;
      case "viaCert":
        if (chance(0.5)) product.tkdnPercent = min - randInt(8, 15);
        break;
      case "multi":
      case "none":
        break;
      case "rejectedCert":
        product.tkdnPercent = Math.min(95, min + randInt(5, 20));
        break;
      case undefined:
        product.tkdnPercent = Math.min(95, min + randInt(5, 30));
        break;
    }
  } else if (chance(0.5)) {
    product.tkdnPercent = randInt(25, 85);
  }
  return product;
}

function fillerProduct(kind: BackgroundKind, producerRef: string, ref: string): ImportProduct {
  const variant = pick(kind.variants);
  const priceMin = roundPrice(uniform(kind.price[0], kind.price[1]));
  const product: ImportProduct = {
    ref,
    producerRef,
    name: `${kind.name} ${variant}`,
    description: kind.description,
    category: kind.category,
    unit: kind.unit,
    minOrder: Math.max(1, Math.round(kind.capacity[0] / 20)),
    monthlyCapacity: randInt(kind.capacity[0], kind.capacity[1]),
    priceMin,
    priceMax: roundPrice(priceMin * uniform(1.08, 1.3)),
    leadTimeDays: randInt(3, 30),
    status: chance(0.03) ? "archived" : "active",
  };
  if (chance(0.45)) product.tkdnPercent = randInt(20, 90);
  return product;
}

type PlantCertModifier = "ok" | "pending" | "expired" | "scoped" | "rejected" | "future";

function plantCertificate(
  type: CertificationType,
  modifier: PlantCertModifier,
  neededBy: string,
  productRefs: string[],
): Omit<ImportCertification, "ref" | "producerRef" | "number" | "issuer"> {
  switch (modifier) {
    case "ok":
    case "scoped": {
      const validFrom = addDays(BASE_DATE, -randInt(60, 900));
      return { productRefs, type, validFrom, validUntil: addDays(neededBy, randInt(60, 1100)), status: "verified", verifiedAt: addDays(validFrom, randInt(3, 40)) };
    }
    case "pending":
      return { productRefs, type, validFrom: addDays(BASE_DATE, -randInt(10, 200)), validUntil: addDays(neededBy, randInt(200, 1000)), status: "pending" };
    case "expired": {
      const validUntil = addDays(neededBy, -randInt(10, 150));
      const validFrom = addDays(validUntil, -randInt(700, 1400));
      return { productRefs, type, validFrom, validUntil, status: "verified", verifiedAt: addDays(validFrom, randInt(3, 40)) };
    }
    case "rejected":
      return {
        productRefs,
        type,
        validFrom: addDays(BASE_DATE, -randInt(30, 400)),
        validUntil: addDays(neededBy, randInt(100, 900)),
        status: "rejected",
        rejectionReason: "Nomor sertifikat tidak ditemukan pada basis data penerbit",
      };
    case "future": {
      const validFrom = addDays(neededBy, randInt(5, 60));
      return { productRefs, type, validFrom, validUntil: addDays(validFrom, 1095), status: "verified", verifiedAt: addDays(BASE_DATE, -randInt(5, 30)) };
    }
  }
}

function main(): void {
  const errors = shapeErrors();
  const { catalogue, expected, concepts, plantedProducers } = build();
  const { producers, products, certifications, needs, buyers } = catalogue;

  const productsByProducer = new Map<string, ImportProduct[]>();
  for (const p of products) productsByProducer.set(p.producerRef, [...(productsByProducer.get(p.producerRef) ?? []), p]);
  const certsByProducer = new Map<string, ImportCertification[]>();
  for (const c of certifications) certsByProducer.set(c.producerRef, [...(certsByProducer.get(c.producerRef) ?? []), c]);
  const conceptOf = (productRef: string, ref: string): Concept | undefined => concepts.get(productRef)?.get(ref);

  const grades: Record<string, Record<string, number>> = {};
  const nearMisses: Record<string, string[]> = {};
  const reasons: Record<string, Record<string, string>> = {};
  const tally = { 3: 0, 2: 0, 1: 0, nearMiss: 0 };
  for (const need of needs) {
    grades[need.ref] = {};
    nearMisses[need.ref] = [];
    reasons[need.ref] = {};
    for (const producer of producers) {
      const result = gradePair(
        need,
        producer,
        productsByProducer.get(producer.ref) ?? [],
        certsByProducer.get(producer.ref) ?? [],
        conceptOf,
      );
      const declared = expected.get(need.ref)?.get(producer.ref) ?? { grade: 0, nearMiss: false };
      if (result.grade !== declared.grade || result.nearMiss !== declared.nearMiss) {
        errors.push(
          `${need.ref} x ${producer.ref}: computed grade ${result.grade}${result.nearMiss ? " (near miss)" : ""}, declared ${declared.grade}${declared.nearMiss ? " (near miss)" : ""}`,
        );
      }
      if (result.grade > 0) {
        must(grades[need.ref], "grades row")[producer.ref] = result.grade;
        tally[result.grade as 1 | 2 | 3] += 1;
      }
      if (result.nearMiss) {
        must(nearMisses[need.ref], "near-miss row").push(producer.ref);
        must(reasons[need.ref], "reason row")[producer.ref] = must(result.reason, "near-miss reason");
        tally.nearMiss += 1;
      }
    }
  }

  const unique = (refs: string[], what: string): void => {
    if (new Set(refs).size !== refs.length) errors.push(`${what} refs are not unique`);
  };
  unique(producers.map((p) => p.ref), "producer");
  unique(products.map((p) => p.ref), "product");
  unique(certifications.map((c) => c.ref), "certificate");
  unique(producers.map((p) => p.legalName), "producer name");
  const backgroundCount = producers.length - plantedProducers;
  if (producers.length < 140 || producers.length > 160) errors.push(`${producers.length} producers`);
  if (plantedProducers < 120 || plantedProducers > 140) errors.push(`${plantedProducers} producers carry plants`);
  if (backgroundCount !== 20) errors.push(`${backgroundCount} background producers`);
  if (products.length < 700 || products.length > 800) errors.push(`${products.length} products`);
  if (certifications.length < 220 || certifications.length > 280) errors.push(`${certifications.length} certificates`);
  if (buyers.length !== 5) errors.push(`${buyers.length} buyers`);
  const provinces = new Set(producers.map((p) => p.provinceCode));
  if (provinces.size < 30) errors.push(`producers in only ${provinces.size} provinces`);
  const sectors = new Set(producers.map((p) => p.sector));
  if (sectors.size !== SECTORS.length) errors.push(`producers cover ${sectors.size} sectors`);
  for (const producer of producers) {
    const plantsHere = [...expected.values()].filter((byProducer) => byProducer.has(producer.ref)).length;
    if (plantsHere > 4) errors.push(`${producer.ref} carries ${plantsHere} plants`);
  }
  for (const c of certifications) {
    if (!CERTIFICATION_TYPES.includes(c.type)) errors.push(`${c.ref}: unknown type`);
    if (c.validFrom > c.validUntil) errors.push(`${c.ref}: validFrom after validUntil`);
  }
  for (const p of products) {
    if (p.priceMax < p.priceMin) errors.push(`${p.ref}: priceMax under priceMin`);
    if (p.name.length < 3 || p.name.length > 120 || p.description.length < 10) errors.push(`${p.ref}: name or description length`);
  }

  if (errors.length > 0) {
    console.error(`Refusing to write relevance-set-k (${errors.length} problems):`);
    for (const e of errors) console.error(`  - ${e}`);
    process.exit(1);
  }

  const write = (file: string, data: unknown): void => writeFileSync(join(HERE, file), `${JSON.stringify(data, null, 2)}\n`);
  write("catalogue.json", catalogue);
  write("grades.json", grades);
  write("near-misses.json", { nearMisses, reasons });
  console.log(
    `relevance-set-k: ${producers.length} producers (${plantedProducers} with plants, ${backgroundCount} background), ${products.length} products, ` +
      `${certifications.length} certificates, ${needs.length} needs, ${buyers.length} buyers, ${provinces.size} provinces; ` +
      `grade 3: ${tally[3]}, grade 2: ${tally[2]}, grade 1: ${tally[1]}, near misses: ${tally.nearMiss}`,
  );
}

main();
