// Relevance set H: generator. Run from /work/main:  npx tsx tests/bench/relevance-set-h/generate.ts
// Writes catalogue.json, grades.json, near-misses.json and README.md next to this file.
// Deterministic: mulberry32 with a fixed seed, dates counted from 2026-09-01. Written without reading the matcher.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import { NEEDS, type Mod, type NeedSpec, type PlantSpec, type Role } from "./needs";
import { BACKGROUND, KBLI, type BgSpec } from "./background";
import { PROVINCES, REGENCIES, islandGroup, provinceOf } from "./regions";
import { PRODUCT_CATEGORIES } from "../../../app/models/domain.ts";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, "..", "..", "..");
const P = "SETH:";
const SEED = 0x5e7_4a11;
const TARGET_PRODUCERS = 150;

// ---------------------------------------------------------------------------------------------
// PRNG and small helpers
function mulberry32(a: number): () => number {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(SEED);
const uni = (a: number, b: number) => a + (b - a) * rand();
const int = (a: number, b: number) => Math.floor(uni(a, b + 1));
function pick<T>(xs: readonly T[]): T {
  if (xs.length === 0) throw new Error("pick from empty list");
  return xs[Math.floor(rand() * xs.length)]!;
}
function shuffle<T>(xs: T[]): T[] {
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}
const pad = (n: number, w: number) => String(n).padStart(w, "0");

const BASE = "2026-09-01";
const DAY = 86_400_000;
const toMs = (d: string) => Date.parse(`${d}T00:00:00Z`);
const daysFromBase = (d: string) => Math.round((toMs(d) - toMs(BASE)) / DAY);
const addDays = (d: string, n: number) => new Date(toMs(d) + n * DAY).toISOString().slice(0, 10);

/** Round to a "price-list" number: 2-3 significant digits. */
function nice(x: number): number {
  if (x < 10) return Math.max(1, Math.round(x));
  if (x < 1000) return Math.round(x / 10) * 10;
  if (x < 100_000) return Math.round(x / 100) * 100;
  if (x < 1_000_000) return Math.round(x / 1000) * 1000;
  return Math.round(x / 10_000) * 10_000;
}

// Each category's sector, as the app files it.
const CATEGORY_SECTOR: Record<string, string> = Object.fromEntries(PRODUCT_CATEGORIES.map((c) => [c.key, c.sector]));

// ---------------------------------------------------------------------------------------------
// Units: how many need-units one product-unit is (only kg<->ton, lusin = 12 and kodi = 20 of pcs/botol/pasang/lembar).
const COUNTED = ["pcs", "botol", "pasang", "lembar"];
function conv(from: string, to: string): number | null {
  if (from === to) return 1;
  if (from === "kg" && to === "ton") return 1 / 1000;
  if (from === "ton" && to === "kg") return 1000;
  const pack: Record<string, number> = { lusin: 12, kodi: 20 };
  if (pack[from] && COUNTED.includes(to)) return pack[from]!;
  if (pack[to] && COUNTED.includes(from)) return 1 / pack[to]!;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Output record shapes (field names as in app/models/import/import.schema.json)
interface ProducerRec {
  ref: string; legalName: string; legalForm: string; nib: string; sector: string; kbli: string[]; sentraName?: string;
  provinceCode: string; regencyCode: string; address: string; employees: number; foundedYear: number;
  monthlyCapacity?: number; capacityUnit?: string; description: string;
  contacts: { name: string; position?: string; phone?: string; email?: string }[];
}
interface ProductRec {
  ref: string; producerRef: string; name: string; description: string; category: string; unit: string; minOrder: number;
  monthlyCapacity: number; priceMin: number; priceMax: number; tkdnPercent?: number; leadTimeDays: number; status: "active" | "archived";
}
interface CertRec {
  ref: string; producerRef: string; productRefs: string[]; type: string; number: string; issuer: string;
  validFrom: string; validUntil: string; tkdnPercent?: number; status: "pending" | "verified" | "rejected"; verifiedAt?: string; rejectionReason?: string;
}
interface NeedRec {
  ref: string; buyerRef: string; title: string; description: string; category: string; quantity: number; unit: string;
  deliveryProvinceCode: string; deliveryRegencyCode: string; neededBy: string; requiredCertifications?: string[];
  minTkdnPercent?: number; budgetPerUnit: number; visibility: "public"; status: "open";
}

type Concept = "asked" | "substitute" | "related" | "unrelated";
const ROLE_CONCEPT: Record<Role, Concept> = { a: "asked", s: "substitute", r: "related", d: "unrelated" };

interface Plant { key: string; need: NeedSpec; spec: PlantSpec; mods: Mod[]; sector: string; category: string }

const needRef = (no: number) => `${P}NEED-${pad(no, 2)}`;

// ---------------------------------------------------------------------------------------------
// Sanity of the hand-written plan
const HARD: Mod[] = ["exp", "scope", "rej", "miss", "after", "tk3", "tkUnder"];
const CERT_MODS: Mod[] = ["exp", "scope", "rej", "miss", "after", "pend"];
const TKDN_MODS: Mod[] = ["tk3", "tkUnder", "tkOver"];
const plants: Plant[] = [];
for (const need of NEEDS) {
  if (need.plants.length < 8 || need.plants.length > 10) throw new Error(`NEED-${need.no}: ${need.plants.length} plants`);
  if (need.by < "2027-03-01" || need.by > "2027-12-31") throw new Error(`NEED-${need.no}: neededBy ${need.by}`);
  if (!REGENCIES[need.reg]) throw new Error(`NEED-${need.no}: unknown regency ${need.reg}`);
  need.plants.forEach((spec, i) => {
    const mods = spec.m ?? [];
    for (const m of mods) {
      if (CERT_MODS.includes(m) && !need.certs?.length) throw new Error(`NEED-${need.no} plant ${i}: ${m} without required certificate`);
      if (TKDN_MODS.includes(m) && need.tkdn === undefined) throw new Error(`NEED-${need.no} plant ${i}: ${m} without minTkdn`);
    }
    if ((spec.r === "r" || spec.r === "d") && (spec.p === undefined || mods.length)) throw new Error(`NEED-${need.no} plant ${i}: r/d needs a price and no modifiers`);
    if (spec.pv && !REGENCIES[spec.pv]) throw new Error(`unknown regency ${spec.pv}`);
    const category = spec.c ?? need.cat;
    plants.push({ key: `N${need.no}.${i}`, need, spec, mods, category, sector: CATEGORY_SECTOR[category]! });
  });
}

// Which island groups a plant may sit in (a/s plants carry the island modifier; r/d anywhere).
function islandOk(pl: Plant, regency: string): boolean {
  if (pl.spec.r === "r" || pl.spec.r === "d") return true;
  if (pl.mods.some((m) => HARD.includes(m) || m === "arch")) return true; // island is not graded when a hard check fails
  const same = islandGroup(provinceOf(regency)) === islandGroup(provinceOf(pl.need.reg));
  return pl.mods.includes("isl") ? !same : same;
}

// ---------------------------------------------------------------------------------------------
// Allocation of plants to producers (at most 2 plants per producer, same sector, different needs)
interface ProducerDraft { idx: number; regency: string; sector: string; plants: Plant[] }
const drafts: ProducerDraft[] = [];
const alsoOf = (pl: Plant) => pl.spec.also ?? [];
const order = [...shuffle(plants.filter((p) => p.spec.r === "a" || p.spec.r === "s")), ...shuffle(plants.filter((p) => p.spec.r === "r" || p.spec.r === "d"))];
for (const pl of order) {
  const candidates = drafts.filter(
    (d) =>
      d.sector === pl.sector &&
      d.plants.length < 2 &&
      islandOk(pl, d.regency) &&
      d.plants.every((q) => q.need.no !== pl.need.no && !alsoOf(q).includes(pl.need.no) && !alsoOf(pl).includes(q.need.no)),
  );
  // keep producers realistic: prefer one in the plant's preferred province, then its island group, then any
  const pv = pl.spec.pv;
  const ranked = pv
    ? [
        ...candidates.filter((d) => provinceOf(d.regency) === provinceOf(pv)),
        ...candidates.filter((d) => islandGroup(provinceOf(d.regency)) === islandGroup(provinceOf(pv))),
        ...candidates,
      ]
    : candidates;
  const chosen = ranked[0];
  if (chosen) {
    chosen.plants.push(pl);
    continue;
  }
  if (!pv) throw new Error(`${pl.key} has no preferred regency`);
  if (!islandOk(pl, pv)) throw new Error(`${pl.key}: preferred regency ${pv} breaks its island modifier`);
  drafts.push({ idx: drafts.length, regency: pv, sector: pl.sector, plants: [pl] });
}
// Background-only producers, in provinces the plants did not reach first.
const usedProv = new Set(drafts.map((d) => provinceOf(d.regency)));
const sectors = Object.keys(BACKGROUND);
const spareRegencies = Object.keys(REGENCIES).filter((r) => !usedProv.has(provinceOf(r)));
const plantedProducers = drafts.length;
while (drafts.length < TARGET_PRODUCERS) {
  const regency = spareRegencies.length ? spareRegencies.splice(Math.floor(rand() * spareRegencies.length), 1)[0]! : pick(Object.keys(REGENCIES));
  drafts.push({ idx: drafts.length, regency, sector: pick(sectors), plants: [] });
}
const order2 = shuffle(drafts); // so IKM numbers do not follow the needs

// ---------------------------------------------------------------------------------------------
// Names, contacts
const FORMS: [string, number][] = [["cv", 30], ["ud", 24], ["perorangan", 14], ["pt_perorangan", 8], ["koperasi", 9], ["pt", 10], ["firma", 2], ["bumdes", 3]];
function pickForm(): string {
  let x = rand() * FORMS.reduce((s, [, w]) => s + w, 0);
  for (const [f, w] of FORMS) if ((x -= w) < 0) return f;
  return "cv";
}
const SECTOR_WORD: Record<string, string[]> = {
  food_beverage: ["Boga", "Rasa", "Pangan", "Citarasa", "Sari"],
  textile_apparel: ["Konveksi", "Garmen", "Busana", "Sandang"],
  batik: ["Wastra", "Kain", "Adiwastra"],
  leather_footwear: ["Samak", "Leather", "Kriya Kulit"],
  furniture_wood: ["Kayu", "Furnitur", "Interior"],
  handicraft: ["Kriya", "Kerajinan", "Kreasi", "Seni"],
  metal_machinery: ["Logam", "Teknik", "Mekanik", "Presisi"],
  chemical_building: ["Bangun", "Material", "Kimia"],
  packaging_printing: ["Kemas", "Grafika", "Offset", "Print"],
  electronics: ["Elektrik", "Elektrika", "Power"],
  herbal_cosmetics: ["Husada", "Sehat", "Alami"],
};
const SHOP: Record<string, string> = {
  food_beverage: "Dapur", textile_apparel: "Konveksi", batik: "Wastra", leather_footwear: "Bengkel Kulit", furniture_wood: "Bengkel Kayu",
  handicraft: "Kerajinan", metal_machinery: "Bengkel", chemical_building: "Usaha", packaging_printing: "Percetakan", electronics: "Elektronik", herbal_cosmetics: "Racikan",
};
const SECTOR_NOUN: Record<string, string> = {
  food_beverage: "Olahan Pangan", textile_apparel: "Konveksi", batik: "Tenun dan Batik", leather_footwear: "Kulit dan Alas Kaki",
  furniture_wood: "Mebel Kayu", handicraft: "Kriya", metal_machinery: "Logam", chemical_building: "Bahan Bangunan",
  packaging_printing: "Kemasan dan Percetakan", electronics: "Elektrikal", herbal_cosmetics: "Obat Tradisional",
};
const SECTOR_BLURB: Record<string, string> = {
  food_beverage: "Usaha pengolahan pangan skala kecil dengan dapur produksi sendiri",
  textile_apparel: "Konveksi dan penjahitan untuk pesanan instansi, sekolah dan perusahaan",
  batik: "Pengrajin kain tradisional yang bekerja dengan penenun dan pembatik di sekitar desa",
  leather_footwear: "Bengkel kulit dan alas kaki dengan tenaga pengrajin berpengalaman",
  furniture_wood: "Industri pengolahan kayu dan mebel dengan mesin serut, oven dan ruang finishing",
  handicraft: "Kelompok pengrajin yang menerima pesanan partai besar",
  metal_machinery: "Bengkel logam dan permesinan: bubut, las, tempa dan fabrikasi",
  chemical_building: "Produsen bahan bangunan dan bahan kimia rumah tangga",
  packaging_printing: "Percetakan dan produsen kemasan untuk UMKM dan industri",
  electronics: "Perakitan produk listrik dan elektronik",
  herbal_cosmetics: "Produsen obat tradisional dan kosmetik berbahan alam",
};
const PREFIX_BY_GROUP: Record<string, string[]> = {
  "Jawa-Bali": ["Sinar", "Karya", "Sumber", "Maju", "Berkah", "Sido", "Langgeng", "Rahayu", "Mekar", "Tunas", "Cahaya", "Putra", "Dwi", "Tri", "Mitra", "Saluyu", "Manunggal"],
  Sumatra: ["Bintang", "Andalas", "Sepakat", "Usaha", "Putra", "Harapan", "Cahaya", "Sumber"],
  "Nusa Tenggara": ["Rinjani", "Flobamora", "Sasak", "Mitra", "Harapan"],
  Kalimantan: ["Borneo", "Mahakam", "Kapuas", "Barito", "Khatulistiwa", "Harapan"],
  Sulawesi: ["Celebes", "Sipakatau", "Mapalus", "Nyiur", "Bintang", "Harapan"],
  "Maluku-Papua": ["Siwalima", "Pala", "Cengkih", "Mitra"],
};
const SUFFIX = ["Jaya", "Abadi", "Mandiri", "Makmur", "Sejahtera", "Utama", "Lestari", "Perkasa", "Sentosa", "Nusantara", "Bersama", "Indah"];
const PEOPLE: Record<string, { m: string[]; f: string[]; last: string[] }> = {
  "Jawa-Bali": { m: ["Agus", "Bambang", "Budi", "Slamet", "Heri", "Asep", "Ujang", "Dedi", "Made", "Wayan", "Joko"], f: ["Sri", "Siti", "Dewi", "Tuti", "Euis", "Rina", "Ayu", "Endang"], last: ["Wahyuni", "Prasetyo", "Santoso", "Hidayat", "Saputra", "Kurniawan", "Suryana", "Setiawan", "Purnomo", "Sudarsana", "Permana"] },
  Sumatra: { m: ["Rahmat", "Doni", "Hendra", "Yusuf", "Fauzi", "Syahrial"], f: ["Nurhayati", "Fitri", "Rosmawati", "Yenni"], last: ["Siregar", "Lubis", "Nasution", "Chaniago", "Tanjung", "Harahap", "Sembiring", "Rangkuti"] },
  Kalimantan: { m: ["Rusdi", "Syahrani", "Ahmad", "Yohanes"], f: ["Aminah", "Norhayati", "Rahmah"], last: ["Noor", "Effendi", "Saputra", "Hidayat"] },
  Sulawesi: { m: ["Andi", "Rudy", "Fadli", "Jefri"], f: ["Wulan", "Marlina", "Nurhaeda", "Meiske"], last: ["Baso", "Mokoginta", "Lumowa", "Pakaya", "Mappe", "Wowor"] },
  "Nusa Tenggara": { m: ["Yohanes", "Lalu", "Frans"], f: ["Baiq", "Maria", "Yuliana"], last: ["Ndun", "Fanggidae", "Hamdani", "Tefa"] },
  "Maluku-Papua": { m: ["Stevanus", "Ahmad", "Johan"], f: ["Maria", "Fatma"], last: ["Latuconsina", "Pattiasina", "Tuasikal", "Matulessy"] },
};
function person(regency: string): { first: string; last: string; male: boolean } {
  const pp = PEOPLE[islandGroup(provinceOf(regency))]!;
  const male = rand() < 0.55;
  return { first: pick(male ? pp.m : pp.f), last: pick(pp.last), male };
}
const POSITIONS = ["Pemilik", "Direktur", "Ketua", "Bagian Pemasaran", "Manajer Produksi", "Admin Penjualan"];
const STREETS = ["Raya", "Merdeka", "Pahlawan", "Diponegoro", "Sudirman", "Industri", "Kenanga", "Melati", "Pasar Lama", "Gatot Subroto", "Veteran", "Ahmad Yani"];

const usedNames = new Set<string>();
function legalName(form: string, sector: string, regency: string): string {
  const group = islandGroup(provinceOf(regency));
  const place = REGENCIES[regency]!.replace(/^(Kab\.|Kota) /, "");
  for (let tries = 0; ; tries++) {
    const pre = pick(PREFIX_BY_GROUP[group]!);
    const word = pick(SECTOR_WORD[sector]!);
    const suf = pick(SUFFIX);
    let name: string;
    switch (form) {
      case "cv": name = `CV ${pre} ${word} ${suf}`; break;
      case "ud": name = `UD ${pre} ${word}`; break;
      case "pt": name = `PT ${pre} ${word} ${suf}`; break;
      case "pt_perorangan": name = `PT ${word} ${pre} ${suf}`; break;
      case "koperasi": name = `Koperasi ${pick(["Produsen", "Pengrajin", "Industri Kecil"])} ${SECTOR_NOUN[sector]} ${place}`; break;
      case "bumdes": name = `BUMDes ${pre} ${suf} ${place}`; break;
      case "firma": name = `Firma ${person(regency).last} & Putra`; break;
      default: { const o = person(regency); name = `${SHOP[sector]} ${o.male ? "Pak" : "Bu"} ${o.first} ${place}`; }
    }
    if (tries > 20) name = `${name} ${tries}`;
    if (!usedNames.has(name)) {
      usedNames.add(name);
      return name;
    }
  }
}
const phone = () => `08${int(11, 59)} ${int(1000, 9999)} ${int(1000, 9999)}`;
const nib = () => `${int(1, 9)}${Array.from({ length: 12 }, () => int(0, 9)).join("")}`;

// ---------------------------------------------------------------------------------------------
// Certificates
const ISSUER: Record<string, string[]> = {
  sni: ["LSPro Balai Besar Standardisasi dan Pelayanan Jasa Industri", "LSPro Baristand Industri Surabaya", "LSPro B4T Bandung", "LSPro Sucofindo"],
  halal: ["BPJPH Kementerian Agama"],
  bpom: ["Badan Pengawas Obat dan Makanan"],
  pirt: ["Dinas Kesehatan Kabupaten/Kota"],
  tkdn: ["Kementerian Perindustrian (P3DN)"],
  hki: ["DJKI Kementerian Hukum"],
  iso9001: ["PT TUV Rheinland Indonesia", "PT Sucofindo (Persero) ICS", "PT SGS Indonesia", "PT BSI Group Indonesia"],
  svlk: ["LVLK PT Mutuagung Lestari", "LVLK PT Sucofindo", "LVLK PT Transtra Permada"],
  gmp: ["Badan Pengawas Obat dan Makanan (CPOTB)"],
  other: ["Dinas Perindustrian Provinsi"],
};
function certNumber(type: string): string {
  const d = (k: number) => Array.from({ length: k }, () => int(0, 9)).join("");
  switch (type) {
    case "sni": return `SPPT-SNI ${d(4)}/LSPro/${int(2023, 2026)}`;
    case "halal": return `ID${d(17)}`;
    case "bpom": return pick(["MD", "TR", "NA"]) + d(12);
    case "pirt": return `P-IRT ${d(15)}`;
    case "tkdn": return `TKDN ${d(4)}/SJ-IKMA/${int(2024, 2026)}`;
    case "hki": return `IDM000${d(6)}`;
    case "iso9001": return `QMS-${d(5)}-ID`;
    case "svlk": return `VLK-${d(5)}-${int(2023, 2026)}`;
    case "gmp": return `CPOTB-${d(6)}`;
    default: return `SK-${d(6)}`;
  }
}
const certs: CertRec[] = [];
function addCert(c: Omit<CertRec, "ref" | "number" | "issuer"> & { number?: string }): CertRec {
  const rec: CertRec = { ref: `${P}CERT-${pad(certs.length + 1, 4)}`, number: c.number ?? certNumber(c.type), issuer: pick(ISSUER[c.type]!), ...c } as CertRec;
  if (rec.status === "verified" && !rec.verifiedAt) rec.verifiedAt = addDays(rec.validFrom < BASE ? rec.validFrom : BASE, int(5, 40));
  // key order for readability
  const { ref, producerRef, productRefs, type, number, issuer, validFrom, validUntil, tkdnPercent, status, verifiedAt, rejectionReason } = rec;
  const clean: CertRec = { ref, producerRef, productRefs, type, number, issuer, validFrom, validUntil, status } as CertRec;
  if (tkdnPercent !== undefined) clean.tkdnPercent = tkdnPercent;
  if (verifiedAt && status === "verified") clean.verifiedAt = verifiedAt;
  if (rejectionReason) clean.rejectionReason = rejectionReason;
  certs.push(clean);
  return clean;
}
const REJECT_REASONS = ["Dokumen sertifikat tidak terbaca.", "Nomor sertifikat tidak ditemukan pada sistem penerbit.", "Nama badan usaha pada sertifikat berbeda dengan NIB.", "Sertifikat untuk lokasi produksi lain."];
const NOISE_TYPES: Record<string, string[]> = {
  food_beverage: ["halal", "pirt", "bpom"], herbal_cosmetics: ["bpom", "halal", "gmp"], furniture_wood: ["svlk", "iso9001", "hki"],
  metal_machinery: ["sni", "iso9001", "tkdn"], chemical_building: ["sni", "iso9001", "other"], packaging_printing: ["iso9001", "sni", "halal"],
  textile_apparel: ["sni", "hki", "tkdn"], leather_footwear: ["hki", "sni"], handicraft: ["hki", "svlk", "other"], electronics: ["sni", "tkdn", "iso9001"],
  batik: ["hki", "other"],
};

// ---------------------------------------------------------------------------------------------
// Build producers, products, certifications
const producers: ProducerRec[] = [];
const products: ProductRec[] = [];
const concept = new Map<string, Map<number, Concept>>(); // product ref -> need no -> concept (hidden)
const productPlant = new Map<string, Plant>();
const producerPlants = new Map<string, Plant[]>();
const r2 = (x: number) => Math.round(x * 100) / 100;

order2.forEach((draft, i) => {
  const ref = `${P}IKM-${pad(i + 1, 4)}`;
  const regency = draft.regency;
  const form = pickForm();
  const name = legalName(form, draft.sector, regency);
  const own: ProductRec[] = [];
  producerPlants.set(ref, draft.plants);

  // background products first get refs after the plants; make product list
  const nBg = Math.max(2, pick([4, 4, 4, 5, 5, 5, 6, 6, 7]) - draft.plants.length);
  const pool = shuffle(BACKGROUND[draft.sector]!).slice(0, nBg);
  const specs: ({ kind: "plant"; pl: Plant } | { kind: "bg"; bg: BgSpec })[] = shuffle([
    ...draft.plants.map((pl) => ({ kind: "plant" as const, pl })),
    ...pool.map((bg) => ({ kind: "bg" as const, bg })),
  ]);
  for (const s of specs) {
    const pref = `${P}PRD-${pad(products.length + 1, 4)}`;
    let rec: ProductRec;
    if (s.kind === "bg") {
      const bg = s.bg;
      const price = nice(bg.p * uni(0.88, 1.15));
      rec = {
        ref: pref, producerRef: ref, name: bg.n, description: bg.d.replace(/ \(shares: [^)]*\)/, ""), category: bg.c, unit: bg.u,
        minOrder: Math.max(1, nice(int(5, 200) * (bg.p > 1_000_000 ? 0.02 : 1))), monthlyCapacity: nice(bg.p > 1_000_000 ? int(2, 40) : int(200, 8000)),
        priceMin: price, priceMax: nice(price * uni(1.08, 1.3)), leadTimeDays: int(3, 30), status: "active",
      };
      if (rand() < 0.4) rec.tkdnPercent = r2(uni(25, 90));
      rec.minOrder = Math.min(rec.minOrder, rec.monthlyCapacity);
    } else {
      const { pl } = s;
      const { need, spec, mods } = pl;
      const unit = spec.u ?? need.pu ?? need.unit;
      const lead = int(need.lead[0], need.lead[1]);
      if (spec.r === "a" || spec.r === "s") {
        const k = conv(unit, need.unit);
        if (k === null) throw new Error(`${pl.key}: unit ${unit} does not convert to ${need.unit}`);
        const f = mods.includes("p60") ? uni(1.52, 1.68) : mods.includes("p30") ? uni(1.26, 1.34) : uni(0.8, 1.1);
        const priceMin = nice(need.budget * f * k);
        const months = (daysFromBase(need.by) - lead) / 30;
        const frac = mods.includes("cap30") ? uni(0.27, 0.38) : mods.includes("cap70") ? uni(0.64, 0.78) : uni(1.4, 3.2);
        const cap = Math.max(1, nice((frac * need.qty) / k / months));
        rec = {
          ref: pref, producerRef: ref, name: spec.n, description: spec.d, category: pl.category, unit,
          minOrder: Math.max(1, Math.min(cap, nice(need.qty / k / int(40, 200)))), monthlyCapacity: cap,
          priceMin, priceMax: nice(priceMin * uni(1.08, 1.3)), leadTimeDays: lead, status: mods.includes("arch") ? "archived" : "active",
        };
        if (need.tkdn === undefined) {
          if (rand() < 0.5) rec.tkdnPercent = r2(uni(30, 85));
        }
      } else {
        const price = nice(spec.p! * uni(0.92, 1.1));
        rec = {
          ref: pref, producerRef: ref, name: spec.n, description: spec.d, category: pl.category, unit,
          minOrder: Math.max(1, nice(int(5, 100) * (spec.p! > 1_000_000 ? 0.02 : 1))), monthlyCapacity: nice(spec.p! > 1_000_000 ? int(2, 30) : int(300, 10000)),
          priceMin: price, priceMax: nice(price * uni(1.08, 1.3)), leadTimeDays: lead, status: "active",
        };
        if (rand() < 0.4) rec.tkdnPercent = r2(uni(25, 90));
        rec.minOrder = Math.min(rec.minOrder, rec.monthlyCapacity);
      }
      const m = new Map<number, Concept>([[need.no, ROLE_CONCEPT[spec.r]]]);
      for (const a of spec.also ?? []) m.set(a, "related");
      concept.set(pref, m);
      productPlant.set(pref, pl);
    }
    products.push(rec);
    own.push(rec);
  }
  const bgRefs = own.filter((p) => !productPlant.has(p.ref)).map((p) => p.ref);

  // certificates for asked/substitute plants
  for (const pl of draft.plants) {
    const { need, spec, mods } = pl;
    if (spec.r !== "a" && spec.r !== "s") continue;
    const prd = own.find((p) => productPlant.get(p.ref) === pl)!;
    (need.certs ?? []).forEach((type, idx) => {
      const first = idx === 0;
      if (first && mods.includes("miss")) return;
      const c: Omit<CertRec, "ref" | "number" | "issuer"> = {
        producerRef: ref, type, status: "verified",
        productRefs: draft.plants.length === 1 && rand() < 0.5 ? [] : [prd.ref],
        validFrom: addDays(BASE, -int(60, 700)), validUntil: addDays(need.by, int(90, 900)),
      };
      if (first && mods.includes("pend")) c.status = "pending";
      if (first && mods.includes("exp")) c.validUntil = addDays(need.by, -int(20, 150));
      if (first && mods.includes("scope")) c.productRefs = [pick(bgRefs)];
      if (first && mods.includes("rej")) { c.status = "rejected"; c.rejectionReason = pick(REJECT_REASONS); }
      if (first && mods.includes("after")) { c.status = "pending"; c.validFrom = addDays(need.by, int(15, 60)); c.validUntil = addDays(c.validFrom, 3 * 365); }
      addCert(c);
    });
    if (need.tkdn !== undefined) {
      const min = need.tkdn;
      const tkCert = (pct: number) =>
        addCert({ producerRef: ref, type: "tkdn", status: "verified", productRefs: [prd.ref], validFrom: addDays(BASE, -int(30, 400)), validUntil: addDays(need.by, int(120, 700)), tkdnPercent: pct });
      if (mods.includes("tk3")) prd.tkdnPercent = min - 3;
      else if (mods.includes("tkOver")) { prd.tkdnPercent = r2(min - uni(6, 12)); tkCert(r2(min + uni(3, 8))); }
      else if (mods.includes("tkUnder")) { prd.tkdnPercent = r2(min + uni(8, 15)); tkCert(min - 2); }
      else {
        prd.tkdnPercent = r2(Math.min(95, min + uni(5, 30)));
        if (rand() < 0.35) tkCert(r2(Math.min(97, min + uni(3, 20))));
      }
    }
  }
  // noise certificates, never covering a planted product
  if (rand() < 0.55) {
    for (let k = int(1, 2); k > 0; k--) {
      const type = pick(NOISE_TYPES[draft.sector]!);
      const st = rand();
      const validFrom = addDays(BASE, -int(30, 1200));
      const c: Omit<CertRec, "ref" | "number" | "issuer"> = {
        producerRef: ref, type, status: st < 0.7 ? "verified" : st < 0.85 ? "pending" : "rejected",
        productRefs: draft.plants.length === 0 && rand() < 0.5 ? [] : [pick(bgRefs)],
        validFrom, validUntil: addDays(validFrom, int(365, 1825)),
      };
      if (type === "tkdn") c.tkdnPercent = r2(uni(25, 80));
      if (c.status === "rejected") c.rejectionReason = pick(REJECT_REASONS);
      addCert(c);
    }
  }

  const place = REGENCIES[regency]!;
  const first = own[0]!;
  const english = rand() < 0.12;
  const rec: ProducerRec = {
    ref, legalName: name, legalForm: form, nib: nib(), sector: draft.sector,
    kbli: shuffle(KBLI[draft.sector]!).slice(0, int(1, 3)),
    provinceCode: provinceOf(regency), regencyCode: regency,
    address: `Jl. ${pick(STREETS)} No. ${int(1, 250)}, ${place}, ${PROVINCES[provinceOf(regency)]}`,
    employees: int(3, 120), foundedYear: int(1985, 2022),
    description: english
      ? `Small manufacturer in ${place}. Main products: ${own.slice(0, 3).map((p) => p.name).join(", ")}.`
      : `${SECTOR_BLURB[draft.sector]}. Produk utama: ${own.slice(0, 3).map((p) => p.name).join(", ")}.`,
    contacts: [{ name: ((o) => `${o.first} ${o.last}`)(person(regency)), position: pick(POSITIONS), phone: phone() }],
  };
  if (rand() < 0.35) rec.sentraName = `Sentra IKM ${SECTOR_NOUN[draft.sector]} ${place.replace(/^(Kab\.|Kota) /, "")}`;
  if (rand() < 0.3) rec.contacts.push({ name: ((o) => `${o.first} ${o.last}`)(person(regency)), position: pick(POSITIONS), email: `info${i + 1}@ikm-seth.example` });
  if (rand() < 0.6) { rec.monthlyCapacity = first.monthlyCapacity; rec.capacityUnit = first.unit; }
  producers.push(rec);
});

// ---------------------------------------------------------------------------------------------
// Buyers and needs
const buyers = [
  { ref: `${P}BUYER-01`, name: "PT Perkebunan Agro Nusantara (Persero)", legalForm: "persero", buyerType: "bumn", regionCode: "14.71", address: "Jl. Jenderal Sudirman No. 315, Pekanbaru", website: "https://agronusantara.example" },
  { ref: `${P}BUYER-02`, name: "PT Semen Karsa Nusantara (Persero)", legalForm: "persero", buyerType: "bumn", regionCode: "35.25", address: "Jl. Veteran No. 1, Gresik", website: "https://semenkarsa.example" },
  { ref: `${P}BUYER-03`, name: "PT Kereta Nusantara Raya (Persero)", legalForm: "persero", buyerType: "bumn", regionCode: "31.73", address: "Jl. Perintis Kemerdekaan No. 1, Jakarta Pusat" },
  { ref: `${P}BUYER-04`, name: "PT Energi Kilang Nusantara", legalForm: "pt", buyerType: "large_industry", regionCode: "31.71", address: "Jl. HR Rasuna Said Kav. 9, Jakarta Selatan", website: "https://ekn.example" },
  { ref: `${P}BUYER-05`, name: "PT Wisata Hotel Nusantara (Persero)", legalForm: "persero", buyerType: "bumn", regionCode: "51.03", address: "Kawasan Nusa Dua, Badung" },
];
const needs: NeedRec[] = NEEDS.map((n) => {
  const rec: NeedRec = {
    ref: needRef(n.no), buyerRef: `${P}${n.buyer}`, title: n.title, description: n.desc, category: n.cat, quantity: n.qty, unit: n.unit,
    deliveryProvinceCode: provinceOf(n.reg), deliveryRegencyCode: n.reg, neededBy: n.by,
    budgetPerUnit: n.budget, visibility: "public", status: "open",
  };
  if (n.certs?.length) rec.requiredCertifications = n.certs;
  if (n.tkdn !== undefined) rec.minTkdnPercent = n.tkdn;
  return rec;
});

// ---------------------------------------------------------------------------------------------
// THE grading function: one rule, applied to every need x producer from the data and the hidden concepts.
interface Failure { what: string; fixable: boolean }
interface Verdict { grade: 0 | 1 | 2 | 3; nearMiss: boolean; reason?: string }
const certsByProducer = new Map<string, CertRec[]>();
for (const c of certs) certsByProducer.set(c.producerRef, [...(certsByProducer.get(c.producerRef) ?? []), c]);
const productsByProducer = new Map<string, ProductRec[]>();
for (const p of products) productsByProducer.set(p.producerRef, [...(productsByProducer.get(p.producerRef) ?? []), p]);

const statusOk = (c: CertRec) => c.status === "verified" || c.status === "pending";
const covers = (c: CertRec, p: ProductRec) => c.productRefs.length === 0 || c.productRefs.includes(p.ref);
const validAt = (c: CertRec, d: string) => c.validFrom <= d && d <= c.validUntil;

function hardFailures(need: NeedRec, producer: ProducerRec, p: ProductRec): Failure[] {
  const out: Failure[] = [];
  const pc = certsByProducer.get(producer.ref) ?? [];
  const by = need.neededBy;
  for (const type of need.requiredCertifications ?? []) {
    const ofType = pc.filter((c) => c.type === type);
    if (ofType.some((c) => statusOk(c) && validAt(c, by) && covers(c, p))) continue;
    const future = ofType.find((c) => statusOk(c) && covers(c, p) && c.validFrom > by);
    if (future) { out.push({ what: `${type.toUpperCase()} certificate valid only from ${future.validFrom}, after neededBy ${by} (not fixable)`, fixable: false }); continue; }
    if (ofType.length === 0) { out.push({ what: `no ${type.toUpperCase()} certificate`, fixable: true }); continue; }
    const why = ofType.map((c) =>
      c.status === "rejected" ? `${c.ref} rejected` : !covers(c, p) ? `${c.ref} scoped to another product` : c.validUntil < by ? `${c.ref} expires ${c.validUntil} before neededBy ${by}` : `${c.ref} not valid at ${by}`,
    );
    out.push({ what: `${type.toUpperCase()} certificate not usable: ${why.join("; ")}`, fixable: true });
  }
  if (need.minTkdnPercent !== undefined) {
    const tk = pc.filter((c) => c.type === "tkdn" && statusOk(c) && validAt(c, by) && covers(c, p) && c.tkdnPercent !== undefined);
    const fromCert = tk.length ? Math.max(...tk.map((c) => c.tkdnPercent!)) : undefined;
    const value = fromCert ?? p.tkdnPercent;
    if (value === undefined) out.push({ what: "no TKDN value", fixable: false });
    else if (value < need.minTkdnPercent) {
      const gap = r2(need.minTkdnPercent - value);
      out.push({ what: `TKDN ${value}% (${fromCert !== undefined ? "TKDN certificate" : "declared"}) is ${gap} points under ${need.minTkdnPercent}%`, fixable: gap > 0 && gap <= 5 });
    }
  }
  return out;
}

function softCount(need: NeedRec, producer: ProducerRec, p: ProductRec): number {
  const k = conv(p.unit, need.unit);
  if (k === null) throw new Error(`grading ${need.ref} x ${p.ref}: unit ${p.unit} does not convert to ${need.unit}`);
  let soft = 0;
  const days = daysFromBase(need.neededBy) - p.leadTimeDays;
  const capacity = (p.monthlyCapacity * Math.max(0, days)) / 30 * k;
  if (capacity < 0.5 * need.quantity) soft += 2;
  else if (capacity < need.quantity) soft += 1;
  const over = p.priceMin / k / need.budgetPerUnit;
  if (over > 1.4) soft += 2;
  else if (over > 1.2) soft += 1;
  if (islandGroup(producer.provinceCode) !== islandGroup(need.deliveryProvinceCode)) soft += 1;
  return soft;
}

function grade(need: NeedRec, producer: ProducerRec): Verdict {
  const no = Number(need.ref.slice(-2));
  let best: 0 | 1 | 2 | 3 = 0;
  let askedPass = false;
  let subPass = false;
  const askedFailures: Failure[][] = [];
  for (const p of productsByProducer.get(producer.ref) ?? []) {
    if (p.status !== "active") continue;
    const c = concept.get(p.ref)?.get(no) ?? "unrelated";
    let g: 0 | 1 | 2 | 3 = 0;
    if (c === "related") g = 1;
    else if (c === "asked" || c === "substitute") {
      const fails = hardFailures(need, producer, p);
      if (fails.length === 0) {
        const soft = softCount(need, producer, p);
        if (c === "asked") { askedPass = true; g = soft === 0 ? 3 : soft === 1 ? 2 : 1; }
        else { subPass = true; g = soft === 0 ? 2 : 1; }
      } else if (c === "asked") askedFailures.push(fails);
    }
    if (g > best) best = g;
  }
  const fix = askedFailures.find((f) => f.length === 1 && f[0]!.fixable);
  const nearMiss = !askedPass && !subPass && fix !== undefined;
  return { grade: best, nearMiss, reason: nearMiss ? fix![0]!.what : undefined };
}

// ---------------------------------------------------------------------------------------------
// What each plant intended (from its modifiers only), and the check against the computed grades
function intended(pl: Plant): { grade: number; nearMiss: boolean } {
  const m = pl.mods;
  if (pl.spec.r === "r") return { grade: 1, nearMiss: false };
  if (pl.spec.r === "d" || m.includes("arch")) return { grade: 0, nearMiss: false };
  const hard = m.filter((x) => HARD.includes(x));
  if (hard.length) return { grade: 0, nearMiss: pl.spec.r === "a" && hard.length === 1 && hard[0] !== "after" };
  const soft = m.reduce((s, x) => s + (x === "cap30" || x === "p60" ? 2 : x === "cap70" || x === "p30" || x === "isl" ? 1 : 0), 0);
  if (pl.spec.r === "a") return { grade: soft === 0 ? 3 : soft === 1 ? 2 : 1, nearMiss: false };
  return { grade: soft === 0 ? 2 : 1, nearMiss: false };
}

const grades: Record<string, Record<string, number>> = {};
const nearMisses: Record<string, string[]> = {};
const reasons: Record<string, Record<string, string>> = {};
const problems: string[] = [];
for (const need of needs) {
  const no = Number(need.ref.slice(-2));
  grades[need.ref] = {};
  nearMisses[need.ref] = [];
  reasons[need.ref] = {};
  for (const producer of producers) {
    const v = grade(need, producer);
    if (v.grade > 0) grades[need.ref]![producer.ref] = v.grade;
    if (v.nearMiss) { nearMisses[need.ref]!.push(producer.ref); reasons[need.ref]![producer.ref] = v.reason!; }
    // expectation
    const pls = producerPlants.get(producer.ref) ?? [];
    const own = pls.filter((q) => q.need.no === no);
    const viaAlso = pls.some((q) => (q.spec.also ?? []).includes(no));
    if (own.length > 1) problems.push(`${producer.ref} hosts two plants of ${need.ref}`);
    const exp = own[0] ? intended(own[0]) : { grade: viaAlso ? 1 : 0, nearMiss: false };
    if (own[0] && viaAlso) problems.push(`${producer.ref}: plant and also-related on ${need.ref}`);
    if (exp.grade !== v.grade || exp.nearMiss !== v.nearMiss)
      problems.push(`${need.ref} x ${producer.ref} (${own[0]?.key ?? "no plant"} "${own[0]?.spec.n ?? ""}" mods=${own[0]?.mods.join(",") ?? ""}): intended ${exp.grade}/${exp.nearMiss ? "NM" : "-"}, computed ${v.grade}/${v.nearMiss ? "NM" : "-"} ${v.reason ?? ""}`);
  }
}
if (problems.length) {
  console.error(`Refusing to write: ${problems.length} computed grades differ from what the plants intended:\n${problems.join("\n")}`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Validate against the import schema (ajv 6 is what node_modules has: draft-07 semantics; the schema's
// keywords are all draft-07 keywords, so its 2020-12 $schema line is dropped for the check).
const catalogue = { producers, buyers, products, certifications: certs, needs };
const schema = JSON.parse(readFileSync(join(ROOT, "app/models/import/import.schema.json"), "utf8"));
delete schema.$schema;
const ajv = new Ajv({ allErrors: true, format: "full" });
const validate = ajv.compile(schema);
if (!validate(catalogue)) {
  console.error("Refusing to write: catalogue is not valid against import.schema.json");
  console.error(JSON.stringify(validate.errors?.slice(0, 20), null, 2));
  process.exit(1);
}
// referential checks the schema cannot express
{
  const prodRefs = new Set(producers.map((p) => p.ref));
  const prdRefs = new Set(products.map((p) => p.ref));
  const buyerRefs = new Set(buyers.map((b) => b.ref));
  for (const p of products) if (!prodRefs.has(p.producerRef)) throw new Error(`bad producerRef ${p.producerRef}`);
  for (const c of certs) {
    if (!prodRefs.has(c.producerRef)) throw new Error(`bad producerRef ${c.producerRef}`);
    for (const r of c.productRefs) if (!prdRefs.has(r) || products.find((p) => p.ref === r)!.producerRef !== c.producerRef) throw new Error(`bad productRef ${r} on ${c.ref}`);
    if (c.validFrom > c.validUntil) throw new Error(`${c.ref} validFrom after validUntil`);
  }
  for (const n of needs) if (!buyerRefs.has(n.buyerRef)) throw new Error(`bad buyerRef ${n.buyerRef}`);
  for (const p of products) if (p.priceMax < p.priceMin) throw new Error(`${p.ref} priceMax < priceMin`);
}

// ---------------------------------------------------------------------------------------------
// Write
const sortObj = <T>(o: Record<string, T>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(join(HERE, "catalogue.json"), JSON.stringify(catalogue, null, 2) + "\n");
writeFileSync(join(HERE, "grades.json"), JSON.stringify(Object.fromEntries(Object.entries(grades).map(([k, v]) => [k, sortObj(v)])), null, 2) + "\n");
writeFileSync(
  join(HERE, "near-misses.json"),
  JSON.stringify({ nearMisses: Object.fromEntries(Object.entries(nearMisses).map(([k, v]) => [k, v.sort()])), reasons: Object.fromEntries(Object.entries(reasons).map(([k, v]) => [k, sortObj(v)])) }, null, 2) + "\n",
);

// README
const count = (ref: string, g: number) => Object.values(grades[ref]!).filter((x) => x === g).length;
const provinces = new Set(producers.map((p) => p.provinceCode));
const categories = new Set(needs.map((n) => n.category));
const total = (g: number) => needs.reduce((s, n) => s + count(n.ref, g), 0);
const nmTotal = needs.reduce((s, n) => s + nearMisses[n.ref]!.length, 0);
const fmtReq = (n: NeedRec) => [...(n.requiredCertifications ?? []).map((t) => t.toUpperCase()), ...(n.minTkdnPercent !== undefined ? [`TKDN>=${n.minTkdnPercent}%`] : [])].join(", ") || "-";
const rows = NEEDS.map((spec) => {
  const n = needs.find((x) => x.ref === needRef(spec.no))!;
  const decoys = spec.plants.filter((p) => p.r === "d").length;
  return `| ${n.ref} | ${n.title} | ${n.category} | ${n.quantity} ${n.unit} | ${fmtReq(n)} | ${count(n.ref, 3)} | ${count(n.ref, 2)} | ${count(n.ref, 1)} | ${nearMisses[n.ref]!.length} | ${decoys} |`;
});
const MOD_TEXT: Record<Mod, string> = {
  cap70: "capacity ~70%", cap30: "capacity ~30%", p30: "price 25-36% over", p60: "price 50-70% over", isl: "other island group",
  exp: "required cert expired before neededBy", scope: "required cert scoped to another product", rej: "required cert rejected", miss: "required cert missing",
  after: "required cert valid only after neededBy", tk3: "declared TKDN 3 points under", tkUnder: "declared TKDN over but TKDN cert 2 points under",
  pend: "required cert pending (passes)", tkOver: "declared TKDN under but valid TKDN cert over (passes)", arch: "product archived",
};
const vocab = NEEDS.map((spec) => {
  const line = (role: Role, label: string) => {
    const xs = plants.filter((p) => p.need.no === spec.no && p.spec.r === role);
    if (!xs.length) return "";
    const one = (p: Plant) => {
      const notes: string[] = [];
      if (p.category !== spec.cat) notes.push(`filed under ${p.category}`);
      if ((role === "a" || role === "s") && p.spec.u && p.spec.u !== (spec.pu ?? spec.unit)) notes.push(`sold per ${p.spec.u}`);
      notes.push(...p.mods.map((m) => MOD_TEXT[m]));
      notes.push(`intended ${intended(p).grade}${intended(p).nearMiss ? ", near miss" : ""}`);
      return `"${p.spec.n}" (${notes.join("; ")})`;
    };
    return `- ${label}: ${xs.map(one).join("; ")}\n`;
  };
  return `### ${needRef(spec.no)} — ${spec.title}\n${line("a", "asked")}${line("s", "substitute")}${line("r", "related")}${line("d", "decoys")}`;
}).join("\n");
const alsoLines = plants.filter((p) => p.spec.also?.length).map((p) => `- "${p.spec.n}" (planted for ${needRef(p.need.no)}) is also *related* (grade 1) for ${p.spec.also!.map(needRef).join(", ")}.`).join("\n");

const readme = `# Relevance set H — MitraIKM matcher, independent labelled test set

Written **without reading the matcher**: nothing under \`app/matching/\`, \`search/\`, other relevance sets, the bench
scripts, unit tests, the project README or any lexicon/vocabulary file was opened. Only \`app/models/import/import.schema.json\`
and \`app/models/domain.ts\` were read (field names, categories, units, certificate types). Region codes, trade
vocabulary and prices come from the author's own knowledge of Indonesian IKM trade.

## Contents

| file | what |
|---|---|
| \`generate.ts\` | deterministic generator (mulberry32, seed ${SEED}, dates counted from ${BASE}); writes the files below and **refuses to write** if any computed grade or near-miss differs from what the plant intended, or if the catalogue fails the schema |
| \`needs.ts\` | the 30 needs and the producers planted for each (names, descriptions, modifiers) |
| \`background.ts\` | background products per sector (none of the needs' things; some share a word with a need) |
| \`regions.ts\` | province/regency codes used and the island groups |
| \`catalogue.json\` | one import file: ${producers.length} producers, ${buyers.length} buyers, ${products.length} products, ${certs.length} certifications, ${needs.length} needs |
| \`grades.json\` | \`{ needRef: { producerRef: 1..3 } }\`; producers not listed are grade 0 |
| \`near-misses.json\` | \`{ nearMisses: { needRef: [producerRef] }, reasons: { needRef: { producerRef: text } } }\` |

Regenerate: \`npx tsx tests/bench/relevance-set-h/generate.ts\` from the repository root.

Schema check: the generator validates \`catalogue.json\` with the ajv in node_modules (ajv 6.15, draft-07; the schema's
2020-12 \`$schema\` line is dropped for the check because ajv 6 does not know that meta-schema; every keyword the schema uses
has the same meaning in draft-07; \`format: date\` checked by ajv's full format set). It also checks references (producerRef,
productRefs belonging to the same producer, buyerRef) and validFrom <= validUntil.

Interpretation notes: a "valid covering" TKDN certificate is one passing the same status/date/scope test as the required
certificates. A failing certificate requirement counts as *not fixable* when the producer holds a certificate of that type for the
product that becomes valid only after neededBy. Region codes are Kemendagri two-level codes written from memory (mostly city
codes, which match BPS as well); they were not checked against the app's region table.

Producers are in ${provinces.size} provinces; needs cover ${categories.size} product categories. Totals: ${total(3)} grade-3, ${total(2)} grade-2, ${total(1)} grade-1 entries; ${nmTotal} near misses.
All needs are \`open\` and \`public\`, neededBy between 2027-03-01 and 2027-12-31.

## Grading rule (one function, \`grade()\` in generate.ts, applied to every need x producer)

A producer's grade is that of its best **active** product. Each product carries, per need, a hidden concept:
*asked* (it is the thing), *substitute* (close alternative a buyer might accept), *related* (same narrow family, not it) or
*unrelated* (everything else, including decoys).

- **Hard checks** (asked and substitute only): for every required certificate type the producer holds one with status
  verified or pending, validFrom <= neededBy <= validUntil, and productRefs empty or containing the product; when the need sets
  minTkdnPercent, TKDN >= it, where a valid covering \`tkdn\` certificate's tkdnPercent governs (highest if several) and the
  product's declared tkdnPercent counts only when there is none.
- **Soft shortfalls** (only when hard checks pass): capacity = monthlyCapacity x (days from ${BASE} to neededBy - leadTimeDays) / 30,
  converted to the need's unit (only kg<->ton, lusin = 12 and kodi = 20 of pcs/botol/pasang/lembar): 50-100% of quantity
  counts 1, under 50% counts 2. priceMin converted to the need's unit more than 20% and up to 40% over budgetPerUnit counts 1,
  more than 40% counts 2. Producer in another island group than the delivery province (Sumatra incl. Kepulauan Riau and
  Bangka Belitung / Jawa-Bali / Nusa Tenggara / Kalimantan / Sulawesi / Maluku-Papua) counts 1.
- **3**: asked, hard ok, soft 0. **2**: asked, hard ok, soft 1; or substitute, hard ok, soft 0. **1**: related (no checks); or
  asked, hard ok, soft >= 2; or substitute, hard ok, soft >= 1. **0**: everything else, including asked/substitute failing a hard check.
- **Near miss**: the producer has an asked product failing exactly one fixable hard requirement (required certificate missing,
  rejected, expiring before neededBy or scoped to another product; TKDN 1-5 points under) and no asked or substitute product
  passing the hard checks. A certificate valid only after neededBy is not fixable.

Each plant's *intended* grade is derived separately from its modifiers (\`intended()\`); the generator compares it with the
computed grade for every need x producer (and 0 where nothing was planted) and exits without writing on any difference.

## Traps

- 4-5 asked producers per need, each naming the thing differently: Indonesian synonyms, regional words (Javanese *pacul*,
  *bagor*; Sundanese *kawung*; Malay *kalendar*, *belacu*, *serunding*, *kropok*; Dutch-era *katelpak*, *meubel*, *karton doos*,
  *kopel*, old spelling *Pacoel Tjap Kerbau*), English trade names, one-word vs two-word spellings (*pavingblock*, *totebag*,
  *kayuputih*), one realistic typo per need (*Eggrek*, *Sefty*, *platik*, *pembesih*, *dindng*, *puith*, *kusri*, *Coton*, *Wearpak*,
  *pinggan*, *Terracota*, *tunna*, *Pannel*, *Kerajang*, *Busing*, *Cankul*, *bessi*, *saftey*, *semmut*, *Plaet*, *pantopel*,
  *balcu*, *Emblim*, *Kerupk*, *pollo*, *ikkat*, *hote*, *copper*).
- 1-2 substitutes, 1 related product, 1-3 decoys per need (moulds, machines, parts, packaging for the thing, raw material, homonyms
  such as *pelet kayu* vs *palet kayu*, *panel surya* vs *box panel*, *V-belt sabuk* vs *sabuk kulit*, *dowel pin* vs *pin logo*,
  *helm sepeda motor* vs *helm safety*, *kabel ties (tali pengikat)* vs *tenun ikat*, *chopper listrik dapur* vs *mesin chopper*,
  *papan kayu putih* vs *minyak kayu putih*).
- Modifiers: capacity ~70% / ~30%, price 25-36% / 50-70% over budget, other island group, pending certificate (passes),
  certificate expired before neededBy, scoped to another product, rejected, missing, valid only after neededBy, TKDN 3 points under,
  TKDN declared under but valid TKDN certificate over (passes), declared over but TKDN certificate 2 under (fails), archived product.
- Asked products filed under another plausible category (e.g. safety shoes under footwear, panel cabinet under metal_fabrication,
  wooden pallet under packaging, lencana under bags_souvenirs, kardus under printing, minyak gelam under cosmetics_toiletries).
- Needs in a unit other than the products': majun and gula semut in ton (products per kg), ikat pinggang and hotel soap in lusin
  (products per pcs), a tote bag sold per kodi, minyak kayu putih sold per lusin, soap substitute per botol.
- Substitutes that fail a hard check (grade 0, never a near miss): bib overall TKDN 3 under, abon tongkol with halal scoped elsewhere,
  plastic pallet without SVLK.
- Background products sharing a word with a need (*keramik lantai*, *genteng tanah liat*, *kapur semut*, *pintu panel*, *kulit lumpia*,
  *ikat rambut*, *seragam sekolah*, *gula-gula kapas*, *kap lampu kulit*), noise certificates (verified/pending/rejected, scoped to
  background products) on about half the producers.
- Cross-need related products:
${alsoLines}

## Needs

| ref | title | category | quantity | required | g3 | g2 | g1 | near misses | decoys |
|---|---|---|---|---|---|---|---|---|---|
${rows.join("\n")}

## Vocabulary per need (names used for the asked product and the other plants)

${vocab}
`;
writeFileSync(join(HERE, "README.md"), readme);

console.log(`producers ${producers.length}, provinces ${provinces.size}, buyers ${buyers.length}, products ${products.length}, certifications ${certs.length}, needs ${needs.length}, categories ${categories.size}`);
console.log(`producers hosting plants ${plantedProducers}, background-only ${producers.length - plantedProducers}`);
console.log(`grade-3 ${total(3)}, grade-2 ${total(2)}, grade-1 ${total(1)}, near misses ${nmTotal}`);
console.log("ajv: catalogue.json valid against import.schema.json");
