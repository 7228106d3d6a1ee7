// Relevance set C: a deterministic, independently labelled catalogue with needs and graded
// producers. Run: npx tsx tests/bench/relevance-set-c/generate.ts
// Writes catalogue.json (import file), grades.json, near-misses.json, traps.json, stats.json.
// Every planted trap is checked against the grading rules below; the run throws on a mismatch.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PRODUCT_CATEGORIES, type Sector } from "../../../app/models/domain.ts";
import { kbliForSector } from "../../../app/models/producers/kbli.ts";
import { BUYERS, CROSS, FILLER, NEEDS, type NeedDef, type Variant, type VKind } from "./vocab.ts";

const OUT = dirname(fileURLToPath(import.meta.url));
const NOW = "2026-12-05";
const SEED = 20261205;

// ---------------------------------------------------------------- PRNG
function mulberry32(seed: number) {
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
const uni = (a: number, b: number) => a + (b - a) * rnd();
const int = (a: number, b: number) => Math.floor(uni(a, b + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
function shuffle<T>(xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}
const pad = (n: number, w: number) => String(n).padStart(w, "0");

// ---------------------------------------------------------------- dates
const day = (s: string) => Date.parse(s + "T00:00:00Z") / 86400000;
const iso = (d: number) => new Date(Math.round(d) * 86400000).toISOString().slice(0, 10);

// ---------------------------------------------------------------- regions (idn-area-data codes)
const REG: Record<string, [string, string][]> = {
  "11": [["11.06", "Aceh Besar"], ["11.71", "Banda Aceh"], ["11.11", "Bireuen"]],
  "12": [["12.71", "Medan"], ["12.07", "Deli Serdang"], ["12.08", "Simalungun"], ["12.06", "Karo"]],
  "13": [["13.71", "Padang"], ["13.04", "Tanah Datar"], ["13.75", "Bukittinggi"], ["13.06", "Agam"], ["13.73", "Sawahlunto"]],
  "14": [["14.71", "Pekanbaru"], ["14.01", "Kampar"]],
  "16": [["16.71", "Palembang"], ["16.10", "Ogan Ilir"]],
  "18": [["18.71", "Bandar Lampung"], ["18.06", "Tanggamus"], ["18.02", "Lampung Tengah"]],
  "31": [["31.71", "Jakarta Pusat"], ["31.72", "Jakarta Utara"], ["31.73", "Jakarta Barat"], ["31.74", "Jakarta Selatan"], ["31.75", "Jakarta Timur"]],
  "32": [["32.73", "Bandung"], ["32.04", "Kabupaten Bandung"], ["32.06", "Tasikmalaya"], ["32.07", "Ciamis"], ["32.05", "Garut"], ["32.16", "Bekasi"], ["32.01", "Bogor"], ["32.09", "Cirebon"]],
  "33": [["33.20", "Jepara"], ["33.72", "Surakarta"], ["33.75", "Pekalongan"], ["33.19", "Kudus"], ["33.74", "Semarang"], ["33.10", "Klaten"], ["33.02", "Banyumas"], ["33.09", "Boyolali"], ["33.05", "Kebumen"]],
  "34": [["34.02", "Bantul"], ["34.04", "Sleman"], ["34.71", "Yogyakarta"], ["34.03", "Gunungkidul"]],
  "35": [["35.73", "Malang"], ["35.07", "Kabupaten Malang"], ["35.15", "Sidoarjo"], ["35.78", "Surabaya"], ["35.25", "Gresik"], ["35.04", "Tulungagung"], ["35.09", "Jember"], ["35.16", "Mojokerto"]],
  "36": [["36.03", "Kabupaten Tangerang"], ["36.71", "Tangerang"], ["36.72", "Cilegon"], ["36.04", "Serang"]],
  "51": [["51.71", "Denpasar"], ["51.04", "Gianyar"], ["51.03", "Badung"]],
  "52": [["52.71", "Mataram"], ["52.03", "Lombok Timur"], ["52.02", "Lombok Tengah"]],
  "53": [["53.71", "Kupang"], ["53.11", "Sumba Timur"], ["53.07", "Sikka"]],
  "61": [["61.71", "Pontianak"], ["61.72", "Singkawang"]],
  "63": [["63.71", "Banjarmasin"], ["63.03", "Banjar"]],
  "64": [["64.71", "Balikpapan"], ["64.72", "Samarinda"]],
  "71": [["71.71", "Manado"], ["71.02", "Minahasa"]],
  "73": [["73.71", "Makassar"], ["73.06", "Gowa"], ["73.13", "Wajo"], ["73.02", "Bulukumba"]],
};
const GROUP: Record<string, string> = {};
for (const p of ["11", "12", "13", "14", "16", "18"]) GROUP[p] = "sumatera";
for (const p of ["31", "32", "33", "34", "35", "36"]) GROUP[p] = "jawa";
for (const p of ["51", "52", "53"]) GROUP[p] = "bali_nusra";
for (const p of ["61", "63", "64"]) GROUP[p] = "kalimantan";
for (const p of ["71", "73"]) GROUP[p] = "sulawesi";
/** Provinces that are clearly far from a delivery island group. */
const FAR: Record<string, string[]> = {
  jawa: ["11", "12", "71", "73", "53"],
  sumatera: ["71", "73", "53", "52", "64"],
  bali_nusra: ["11", "12", "13", "61", "71"],
  kalimantan: ["11", "12", "13", "53"],
  sulawesi: ["11", "12", "13", "61", "36", "32"],
};
const regName = (code: string) => REG[code.slice(0, 2)]!.find(([c]) => c === code)![1];
const provOf = (reg: string) => reg.slice(0, 2);
const groupOf = (reg: string) => GROUP[provOf(reg)]!;
function nearRegency(delivery: string, home?: string): string {
  if (home && groupOf(home) === groupOf(delivery)) return home;
  if (rnd() < 0.5) return pick(REG[provOf(delivery)]!)[0];
  const provs = Object.keys(GROUP).filter((p) => GROUP[p] === groupOf(delivery));
  return pick(REG[pick(provs)]!)[0];
}
function farRegency(delivery: string, home?: string): string {
  if (home && FAR[groupOf(delivery)]!.includes(provOf(home))) return home;
  return pick(REG[pick(FAR[groupOf(delivery)]!)]!)[0];
}

// ---------------------------------------------------------------- model
const CAT_SECTOR = new Map<string, Sector>(PRODUCT_CATEGORIES.map((c) => [c.key, c.sector]));
const sectorOf = (cat: string) => {
  const s = CAT_SECTOR.get(cat);
  if (!s) throw new Error(`unknown category ${cat}`);
  return s;
};

interface Producer {
  id: number;
  ref: string;
  legalName: string;
  nib: string;
  sector: Sector;
  kbli: string[];
  sentraName?: string;
  regencyCode: string;
  address: string;
  employees: number;
  foundedYear: number;
  monthlyCapacity: number;
  capacityUnit: string;
  description: string;
  contact: { name: string; position: string; phone: string };
  products: Product[];
  certs: Cert[];
  role: string; // planted role, or "filler"
}
interface Product {
  ref: string;
  producer: Producer;
  name: string;
  description: string;
  category: string;
  unit: string;
  minOrder: number;
  monthlyCapacity: number;
  priceMin: number;
  priceMax: number;
  tkdnPercent?: number;
  leadTimeDays: number;
  concept: string;
}
interface Cert {
  ref: string;
  producer: Producer;
  products: Product[]; // empty: business-wide
  type: string;
  number: string;
  issuer: string;
  validFrom: string;
  validUntil?: string;
  status: "pending" | "verified" | "rejected";
  verifiedAt?: string;
  rejectionReason?: string;
}

const producers: Producer[] = [];

const LEGAL = ["CV", "UD", "PT", "KUB", "Koperasi Produsen", "CV", "UD"];
const WORD1 = ["Sumber", "Sinar", "Cahaya", "Karya", "Tunas", "Mitra", "Berkah", "Anugerah", "Putra", "Dwi", "Tri", "Citra", "Bintang", "Gemilang", "Harapan", "Usaha"];
const WORD2 = ["Rejeki", "Makmur", "Jaya", "Abadi", "Sentosa", "Mandiri", "Lestari", "Sejahtera", "Utama", "Mulia", "Barokah", "Bersama", "Agung", "Kencana", "Perkasa", "Indah"];
const FIRST = ["Siti", "Agus", "Budi", "Dewi", "Eko", "Fitri", "Hendra", "Indah", "Joko", "Kartini", "Lukman", "Made", "Nyoman", "Rahmat", "Sri", "Teguh", "Wayan", "Yuni", "Zainal", "Rina", "Asep", "Ujang", "Erni", "Darmawan", "Ketut", "Andi", "Hasanuddin", "Ratna", "Mulyadi", "Nurhayati"];
const LAST = ["Wahyuni", "Prasetyo", "Santoso", "Lestari", "Saputra", "Hidayat", "Siregar", "Nasution", "Kurniawan", "Rahayu", "Setiawan", "Permana", "Sudarsono", "Pohan", "Daeng", "Wijaya", "Hartono", "Suryani", "Gunawan", "Tanjung"];
const STREET = ["Jl. Merdeka", "Jl. Pahlawan", "Jl. Raya", "Jl. Sudirman", "Jl. Diponegoro", "Jl. Kartini", "Jl. Pemuda", "Jl. Veteran", "Jl. Mawar", "Jl. Melati", "Jl. Industri", "Jl. Pasar Baru"];
const POSITION = ["Pemilik", "Direktur", "Ketua", "Manajer Produksi", "Bagian Pemasaran"];
const usedNames = new Set<string>();

function newProducer(sector: Sector, regencyCode: string, role: string): Producer {
  const town = regName(regencyCode);
  let legalName = "";
  for (let k = 0; ; k++) {
    legalName = `${pick(LEGAL)} ${pick(WORD1)} ${pick(WORD2)}${k > 3 ? " " + pick(["Dua", "Tiga", "Baru", "Putra"]) : ""} ${town}`;
    if (!usedNames.has(legalName)) break;
  }
  usedNames.add(legalName);
  const id = producers.length + 1;
  const kb = kbliForSector(sector).map((k) => k.code);
  const p: Producer = {
    id,
    ref: "",
    legalName,
    nib: "",
    sector,
    kbli: shuffle([...kb]).slice(0, Math.min(kb.length, int(1, 2))),
    regencyCode,
    address: `${pick(STREET)} No. ${int(1, 180)}, ${town}`,
    employees: int(3, 120),
    foundedYear: int(1985, 2022),
    monthlyCapacity: 1,
    capacityUnit: "pcs",
    description: "",
    contact: { name: `${pick(FIRST)} ${pick(LAST)}`, position: pick(POSITION), phone: `08${int(11, 59)} ${int(1000, 9999)} ${int(1000, 9999)}` },
    products: [],
    certs: [],
    role,
  };
  if (rnd() < 0.25) p.sentraName = `Sentra IKM ${town}`;
  producers.push(p);
  return p;
}

const roundPrice = (x: number) => (x >= 10000 ? Math.round(x / 500) * 500 : x >= 1000 ? Math.round(x / 50) * 50 : Math.round(x / 5) * 5);
const PACK_NOTES = [
  "Melayani pesanan partai besar dan pengiriman antar pulau.",
  "Produksi IKM binaan dinas, kualitas terkontrol.",
  "Bisa cetak logo atau label pemesan.",
  "Pengiriman dengan ekspedisi langganan, faktur pajak tersedia.",
  "Kapasitas stabil sepanjang tahun.",
  "Sampel dapat dikirim sebelum pemesanan.",
];

interface ProdSpec {
  name: string;
  desc: string;
  category: string;
  unit: string;
  concept: string;
  cap: number;
  priceMin: number;
  priceMax: number;
  tkdn?: number;
  minOrder?: number;
}
function addProduct(p: Producer, s: ProdSpec): Product {
  const desc = s.desc.length >= 10 ? `${s.desc} ${pick(PACK_NOTES)}` : `${s.desc} ${pick(PACK_NOTES)}`;
  const prod: Product = {
    ref: "",
    producer: p,
    name: s.name,
    description: desc,
    category: s.category,
    unit: s.unit,
    minOrder: s.minOrder ?? Math.max(1, Math.round(s.cap * uni(0.005, 0.05))),
    monthlyCapacity: Math.max(1, Math.round(s.cap)),
    priceMin: roundPrice(s.priceMin),
    priceMax: roundPrice(s.priceMax),
    tkdnPercent: s.tkdn,
    leadTimeDays: int(3, 30),
    concept: s.concept,
  };
  if (prod.priceMax < prod.priceMin) prod.priceMax = prod.priceMin;
  p.products.push(prod);
  return prod;
}

function addFillers(p: Producer, n: number) {
  const pool = FILLER[p.sector] ?? [];
  const taken = new Set(p.products.map((x) => x.name));
  for (const [name, desc, cat, unit, price] of shuffle([...pool]).slice(0, n)) {
    if (taken.has(name)) continue;
    addProduct(p, {
      name, desc, category: cat, unit, concept: `F:${name}`,
      cap: int(50, 5000), priceMin: price * uni(0.85, 1), priceMax: price * uni(1, 1.2),
      tkdn: rnd() < 0.5 ? Math.round(uni(30, 90)) : undefined,
    });
  }
}

const ISSUER: Record<string, string> = {
  halal: "BPJPH Kementerian Agama",
  pirt: "Dinas Kesehatan Kabupaten/Kota",
  bpom: "Badan POM RI",
  sni: "LSPro Baristand Industri",
  svlk: "LVLK Rimba Lestari Sertifikasi",
  iso9001: "Sertifikasi Mutu Prima (KAN)",
  gmp: "Badan POM RI (CPOTB)",
  tkdn: "Kementerian Perindustrian",
  hki: "DJKI Kementerian Hukum",
  other: "Lembaga Sertifikasi",
};
let certSeq = 0;
function certNumber(type: string): string {
  certSeq++;
  const n = pad(int(0, 999999), 6) + pad(certSeq, 5);
  switch (type) {
    case "halal": return `ID${pad(int(11, 96), 2)}110${n}${pad(int(0, 9999), 4)}`.slice(0, 19);
    case "pirt": return `P-IRT ${int(2, 5)}${n}`;
    case "bpom": return `MD ${n}`;
    case "sni": return `SPPT-SNI-${n}`;
    case "svlk": return `VLK-${n}`;
    case "iso9001": return `QMS-${n}`;
    default: return `${type.toUpperCase()}-${n}`;
  }
}
interface CertOpts {
  products?: Product[];
  status?: "pending" | "verified" | "rejected";
  validUntil?: string | null; // null: no end date
  validFrom?: string;
}
function addCert(p: Producer, type: string, need: NeedDef | undefined, o: CertOpts = {}): Cert {
  const status = o.status ?? "verified";
  const validFrom = o.validFrom ?? iso(day("2023-01-10") + int(0, 1300));
  let validUntil: string | undefined;
  if (o.validUntil === null) validUntil = undefined;
  else if (o.validUntil) validUntil = o.validUntil;
  else {
    const base = need ? day(need.by) : day("2027-12-31");
    validUntil = type === "halal" && rnd() < 0.5 ? undefined : iso(base + int(120, 1000));
  }
  const c: Cert = {
    ref: "", producer: p, products: o.products ?? [], type, number: certNumber(type), issuer: ISSUER[type]!,
    validFrom, validUntil, status,
  };
  if (status !== "pending") c.verifiedAt = iso(Math.min(day(NOW) - 3, day(validFrom) + int(5, 60)));
  if (status === "rejected") c.rejectionReason = "Ruang lingkup dan dokumen pendukung tidak sesuai dengan produk.";
  p.certs.push(c);
  return c;
}

// ---------------------------------------------------------------- grading rules
type Level = 0 | 1 | 2 | 3;
const levelMap = new Map<string, Map<string, Level>>(); // need id -> concept -> level
for (const n of NEEDS) {
  const m = new Map<string, Level>();
  m.set(`${n.id}:x`, 3);
  n.s.forEach((_, j) => m.set(`${n.id}:s${j}`, 2));
  n.r.forEach((_, j) => m.set(`${n.id}:r${j}`, 1));
  levelMap.set(n.id, m);
}
for (const [from, kind, idx, to, level] of CROSS) levelMap.get(to)!.set(`${from}:${kind}${idx}`, level);

interface Failure { kind: string; fixable: boolean; why: string }
function certHeld(n: NeedDef, p: Producer, prod: Product, type: string): Failure | null {
  const need = day(n.by);
  const ofType = p.certs.filter((c) => c.type === type);
  const ok = ofType.find(
    (c) => c.status !== "rejected" && (c.products.length === 0 || c.products.includes(prod)) &&
      day(c.validFrom) <= need && (!c.validUntil || day(c.validUntil) >= need),
  );
  if (ok) return null;
  const covering = ofType.filter((c) => c.products.length === 0 || c.products.includes(prod));
  if (covering.some((c) => c.status === "rejected")) return { kind: "cert_rejected", fixable: true, why: `${type} certificate was rejected` };
  if (covering.some((c) => c.validUntil && day(c.validUntil) < need)) {
    const c = covering.find((c) => c.validUntil && day(c.validUntil) < need)!;
    return { kind: "cert_expiring", fixable: true, why: `${type} certificate valid only until ${c.validUntil}, before neededBy ${n.by}` };
  }
  if (ofType.length) return { kind: "cert_scoped_other", fixable: true, why: `${type} certificate covers other products only (${ofType[0]!.products.map((x) => x.name).join(", ")})` };
  return { kind: "cert_missing", fixable: true, why: `no ${type} certificate` };
}
function hardFailures(n: NeedDef, p: Producer, prod: Product): Failure[] {
  const f: Failure[] = [];
  for (const t of n.certs) {
    const x = certHeld(n, p, prod, t);
    if (x) f.push(x);
  }
  if (n.tkdn !== undefined) {
    if (prod.tkdnPercent === undefined) f.push({ kind: "tkdn_undeclared", fixable: true, why: `TKDN not declared (minimum ${n.tkdn}%)` });
    else if (prod.tkdnPercent < n.tkdn) {
      const gap = n.tkdn - prod.tkdnPercent;
      f.push({ kind: gap <= 5 ? "tkdn_just_under" : "tkdn_far_under", fixable: gap <= 5, why: `TKDN ${prod.tkdnPercent}% below minimum ${n.tkdn}%` });
    }
  }
  return f;
}
function softShortfalls(n: NeedDef, p: Producer, prod: Product): string[] {
  const s: string[] = [];
  if (prod.monthlyCapacity < n.qty) s.push("capacity_short");
  if (n.budget !== undefined && prod.priceMin > n.budget) s.push("price_over");
  if (groupOf(p.regencyCode) !== groupOf(n.reg)) s.push("far_region");
  return s;
}
interface Verdict { grade: Level; nearMiss?: string; soft: string[] }
function evaluate(n: NeedDef, p: Producer): Verdict {
  const levels = levelMap.get(n.id)!;
  let best: Level = 0;
  let soft: string[] = [];
  let near: string | undefined;
  for (const prod of p.products) {
    const level = levels.get(prod.concept) ?? 0;
    if (!level) continue;
    const fails = hardFailures(n, p, prod);
    if (fails.length === 0) {
      let g: Level = level;
      const sf = softShortfalls(n, p, prod);
      if (level === 3 && sf.length) g = 2;
      if (g > best) { best = g; soft = level === 3 ? sf : []; }
    } else if (level === 3 && fails.length === 1 && fails[0]!.fixable) {
      near ??= `${prod.name}: ${fails[0]!.why}`;
    }
  }
  if (best >= 2) return { grade: best, soft };
  if (near) return { grade: 0, nearMiss: near, soft: [] };
  return { grade: best, soft };
}

// ---------------------------------------------------------------- planting
interface Trap { need: string; producer: Producer; product?: Product; kinds: string[]; grade: Level; nearMiss: boolean; note: string }
const traps: Trap[] = [];

const VOCAB_KINDS: VKind[] = ["synonym", "english", "indonesian", "regional", "brand", "spelling", "typo", "abbrev"];
function exactPrice(n: NeedDef): [number, number] {
  const b = n.budget ?? n.price * 1.1;
  return [b * uni(0.72, 0.85), b * uni(0.88, 0.99)];
}
function passTkdn(n: NeedDef): number | undefined {
  if (n.tkdn === undefined) return rnd() < 0.5 ? Math.round(uni(35, 90)) : undefined;
  return Math.min(95, Math.round((n.tkdn + uni(3, 35)) * 10) / 10);
}
function passCerts(n: NeedDef, p: Producer, prod: Product, opt: { scoped?: boolean; pending?: string } = {}) {
  for (const t of n.certs) {
    addCert(p, t, n, {
      products: opt.scoped ? [prod] : rnd() < 0.5 ? [prod] : [],
      status: opt.pending === t ? "pending" : "verified",
    });
  }
}

interface ExactOpts {
  variant: Variant;
  role: string;
  kinds: string[];
  grade: Level;
  nearMiss?: boolean;
  far?: boolean;
  capShort?: boolean;
  priceOver?: boolean;
  category?: string;
  regency?: string;
}
function plantExact(n: NeedDef, o: ExactOpts): { p: Producer; prod: Product } {
  const [, name, desc, home] = o.variant;
  const reg = o.regency ?? (o.far ? farRegency(n.reg, home) : nearRegency(n.reg, home));
  const p = newProducer(sectorOf(n.cat), reg, o.role);
  const [pmin, pmax] = exactPrice(n);
  const over = uni(1.14, 1.34);
  const prod = addProduct(p, {
    name, desc, category: o.category ?? n.cat, unit: n.unit, concept: `${n.id}:x`,
    cap: o.capShort ? n.qty * uni(0.45, 0.7) : n.qty * uni(1.3, 3.5),
    priceMin: o.priceOver && n.budget ? n.budget * over : pmin,
    priceMax: o.priceOver && n.budget ? n.budget * over * 1.04 : pmax,
    tkdn: passTkdn(n),
    minOrder: Math.max(1, Math.round(n.qty * uni(0.01, 0.08))),
  });
  p.monthlyCapacity = prod.monthlyCapacity;
  p.capacityUnit = prod.unit;
  return { p, prod };
}
function finishProducer(p: Producer, fillers: number) {
  addFillers(p, fillers + (p.role === "filler" ? 0 : 1));
  const names = p.products.map((x) => x.name.toLowerCase());
  p.description = `Produsen ${names[0]}${names.length > 1 ? `; juga memproduksi ${names.slice(1).join(", ")}` : ""}. Berdiri sejak ${p.foundedYear}, ${p.employees} tenaga kerja.`;
}

const SOFT = ["capacity_short", "price_over", "far_region"] as const;

NEEDS.forEach((n, i) => {
  const nonPlain = n.x.filter((v) => v.at(0) !== "plain");
  const plain = n.x.find((v) => v.at(0) === "plain")!;
  let vi = i % nonPlain.length;
  const nextVariant = () => nonPlain[vi++ % nonPlain.length]!;
  const hasReq = n.certs.length > 0 || n.tkdn !== undefined;

  // A: vocabulary trap, clean pass
  const va = nextVariant();
  const A = plantExact(n, { variant: va, role: "A", kinds: [], grade: 3 });
  passCerts(n, A.p, A.prod);
  finishProducer(A.p, int(1, 3));
  traps.push({ need: n.id, producer: A.p, product: A.prod, kinds: [`name_${va[0]}`], grade: 3, nearMiss: false, note: `right product named "${va[1]}"` });

  // B: second vocabulary trap with a modifier
  const mods = n.certs.length ? ["wrong_category", "pending_cert_ok", "cert_scoped_ok", "tie", "cert_no_expiry"] : ["wrong_category", "tie", "wrong_category", "tie", "wrong_category"];
  const mod = mods[i % mods.length]!;
  if (mod === "tie") {
    const p = newProducer(A.p.sector, A.p.regencyCode, "B");
    const prod = addProduct(p, { name: A.prod.name, desc: A.prod.description.split(". ")[0]!, category: A.prod.category, unit: A.prod.unit, concept: A.prod.concept, cap: A.prod.monthlyCapacity, priceMin: A.prod.priceMin, priceMax: A.prod.priceMax, tkdn: A.prod.tkdnPercent, minOrder: A.prod.minOrder });
    prod.description = A.prod.description;
    prod.leadTimeDays = A.prod.leadTimeDays;
    p.monthlyCapacity = prod.monthlyCapacity;
    p.capacityUnit = prod.unit;
    for (const c of A.p.certs) addCert(p, c.type, n, { products: c.products.length ? [prod] : [], status: c.status, validFrom: c.validFrom, validUntil: c.validUntil ?? null });
    finishProducer(p, int(1, 3));
    traps.push({ need: n.id, producer: p, product: prod, kinds: ["tie", `name_${va[0]}`], grade: 3, nearMiss: false, note: `same product, price, capacity, region and certificates as ${"A"} (tie)` });
  } else {
    const vb = nextVariant();
    const B = plantExact(n, { variant: vb, role: "B", kinds: [], grade: 3, category: mod === "wrong_category" ? n.alt : undefined });
    if (mod === "pending_cert_ok") passCerts(n, B.p, B.prod, { pending: n.certs[0] });
    else if (mod === "cert_scoped_ok") passCerts(n, B.p, B.prod, { scoped: true });
    else if (mod === "cert_no_expiry") for (const t of n.certs) addCert(B.p, t, n, { products: [], validUntil: null });
    else passCerts(n, B.p, B.prod);
    finishProducer(B.p, int(1, 3));
    if (mod === "cert_scoped_ok") {
      // the certificates cover only the right product; another product has none
      if (B.p.products.length <= 1) addFillers(B.p, 1);
    }
    traps.push({ need: n.id, producer: B.p, product: B.prod, kinds: [mod, `name_${vb[0]}`], grade: 3, nearMiss: false, note: mod === "wrong_category" ? `right product "${vb[1]}" filed under ${n.alt} instead of ${n.cat}` : `right product "${vb[1]}"; ${mod}` });
  }

  // C: soft shortfall -> grade 2
  let soft: string = SOFT[i % 3]!;
  if (soft === "price_over" && n.budget === undefined) soft = "capacity_short";
  const vc = nextVariant();
  const C = plantExact(n, { variant: vc, role: "C", kinds: [], grade: 2, far: soft === "far_region", capShort: soft === "capacity_short", priceOver: soft === "price_over" });
  passCerts(n, C.p, C.prod);
  finishProducer(C.p, int(1, 3));
  traps.push({ need: n.id, producer: C.p, product: C.prod, kinds: [soft, `name_${vc[0]}`], grade: 2, nearMiss: false, note: `right product "${vc[1]}" but ${soft.replace("_", " ")}` });

  // D: the plain baseline (every third need)
  if (i % 3 === 0) {
    const D = plantExact(n, { variant: plain, role: "D", kinds: [], grade: 3 });
    passCerts(n, D.p, D.prod);
    finishProducer(D.p, int(1, 3));
    traps.push({ need: n.id, producer: D.p, product: D.prod, kinds: ["baseline_plain"], grade: 3, nearMiss: false, note: "named as the buyer would type it" });
  }

  // E: substitute -> 2 ; F: related -> 1
  const alts: [string, number, Level, string][] = [];
  if (n.s.length) alts.push(["s", i % n.s.length, 2, "substitute"]);
  if (n.r.length) alts.push(["r", i % n.r.length, 1, "related"]);
  for (const [kind, j, grade, label] of alts) {
    const [name, desc, cat] = (kind === "s" ? n.s : n.r)[j]!;
    const p = newProducer(sectorOf(cat ?? n.cat), nearRegency(n.reg), kind === "s" ? "E" : "F");
    const [pmin, pmax] = exactPrice(n);
    const prod = addProduct(p, { name, desc, category: cat ?? n.cat, unit: n.unit, concept: `${n.id}:${kind}${j}`, cap: n.qty * uni(1.3, 3), priceMin: pmin, priceMax: pmax, tkdn: passTkdn(n) });
    p.monthlyCapacity = prod.monthlyCapacity;
    p.capacityUnit = prod.unit;
    passCerts(n, p, prod);
    finishProducer(p, int(1, 3));
    traps.push({ need: n.id, producer: p, product: prod, kinds: [label], grade, nearMiss: false, note: `${label} product "${name}"` });
  }

  // G: decoy sharing a word with the need, passing every requirement -> 0
  {
    const [name, desc, cat, unit] = n.d[0]!;
    const p = newProducer(sectorOf(cat), nearRegency(n.reg), "G");
    const prod = addProduct(p, { name, desc, category: cat, unit, concept: `${n.id}:d0`, cap: n.qty * uni(1.3, 3), priceMin: (n.budget ?? n.price) * 0.5, priceMax: (n.budget ?? n.price) * 0.7, tkdn: n.tkdn !== undefined ? n.tkdn + 10 : undefined });
    p.monthlyCapacity = prod.monthlyCapacity;
    p.capacityUnit = prod.unit;
    for (const t of n.certs) addCert(p, t, n, { products: [] });
    finishProducer(p, int(1, 3));
    traps.push({ need: n.id, producer: p, product: prod, kinds: ["decoy_shared_word"], grade: 0, nearMiss: false, note: `"${name}" shares a word with "${n.title}" but is a different thing` });
  }

  // H: near miss, one fixable hard requirement failed
  if (hasReq) {
    const nm: string[] = [];
    if (n.certs.length) nm.push("cert_missing", "cert_expiring", "cert_rejected", "cert_scoped_other");
    if (n.tkdn !== undefined) nm.push("tkdn_just_under", "tkdn_undeclared");
    const kind = nm[i % nm.length]!;
    const vh = i % 2 ? nextVariant() : plain;
    const H = plantExact(n, { variant: vh, role: "H", kinds: [], grade: 0 });
    if (kind.startsWith("tkdn")) {
      H.prod.tkdnPercent = kind === "tkdn_undeclared" ? undefined : Math.round((n.tkdn! - uni(0.5, 5)) * 10) / 10;
      passCerts(n, H.p, H.prod);
      finishProducer(H.p, int(1, 3));
    } else {
      finishProducer(H.p, int(1, 3));
      if (kind === "cert_scoped_other" && H.p.products.length < 2) addFillers(H.p, 2);
      const [first, ...rest] = n.certs;
      for (const t of rest) addCert(H.p, t, n, {});
      if (kind === "cert_expiring") addCert(H.p, first!, n, { validUntil: iso(day(NOW) + int(15, Math.max(16, day(n.by) - day(NOW) - 10))) });
      if (kind === "cert_rejected") addCert(H.p, first!, n, { status: "rejected", products: [H.prod] });
      if (kind === "cert_scoped_other") addCert(H.p, first!, n, { products: H.p.products.filter((x) => x !== H.prod) });
    }
    traps.push({ need: n.id, producer: H.p, product: H.prod, kinds: [`near_miss:${kind}`, `name_${vh[0]}`], grade: 0, nearMiss: true, note: `right product "${vh[1]}", fails ${kind}` });
  }

  // I: an unrelated product passes every requirement, the right one fails one -> near miss
  if (hasReq && i % 3 === 1) {
    const vi2 = nextVariant();
    const I = plantExact(n, { variant: vi2, role: "I", kinds: [], grade: 0 });
    finishProducer(I.p, 2);
    if (I.p.products.length < 2) addFillers(I.p, 3);
    const other = I.p.products.find((x) => x !== I.prod)!;
    if (n.tkdn !== undefined && (i % 2 === 0 || !n.certs.length)) {
      other.tkdnPercent = Math.min(95, n.tkdn + 20);
      I.prod.tkdnPercent = Math.round((n.tkdn - uni(1, 4.5)) * 10) / 10;
      for (const t of n.certs) addCert(I.p, t, n, { products: [] });
    } else {
      if (n.tkdn !== undefined) other.tkdnPercent = I.prod.tkdnPercent;
      const [first, ...rest] = n.certs;
      addCert(I.p, first!, n, { products: [other] });
      for (const t of rest) addCert(I.p, t, n, { products: [] });
    }
    traps.push({ need: n.id, producer: I.p, product: I.prod, kinds: ["unrelated_passes_right_fails", `name_${vi2[0]}`], grade: 0, nearMiss: true, note: `"${other.name}" meets every requirement, but the right product "${vi2[1]}" fails one` });
  }

  // J: right product failing beyond a fix -> 0, not a near miss
  if (i % 3 === 2 && (n.tkdn !== undefined || n.certs.length >= 2)) {
    const vj = nextVariant();
    const J = plantExact(n, { variant: vj, role: "J", kinds: [], grade: 0 });
    finishProducer(J.p, int(1, 3));
    let why: string;
    if (n.tkdn !== undefined) {
      J.prod.tkdnPercent = Math.max(0, Math.round((n.tkdn - uni(12, 22)) * 10) / 10);
      for (const t of n.certs) addCert(J.p, t, n, {});
      why = "TKDN far below the minimum";
    } else {
      why = `holds none of ${n.certs.join(", ")}`;
    }
    traps.push({ need: n.id, producer: J.p, product: J.prod, kinds: ["hard_fail_unfixable", `name_${vj[0]}`], grade: 0, nearMiss: false, note: `right product "${vj[1]}" but ${why}` });
  }
});

// Second decoys go to unrelated host producers, two decoys per host.
{
  const second: [NeedDef, number][] = [];
  for (const n of NEEDS) for (let j = 1; j < n.d.length; j++) second.push([n, j]);
  const crossTo = (n: NeedDef, j: number) => CROSS.filter(([f, kind, idx]) => f === n.id && kind === "d" && idx === j).map((c) => c[3]);
  for (let k = 0; k < second.length; ) {
    const [n0, j0] = second[k]!;
    const cat0 = n0.d[j0]![2];
    const next = second[k + 1];
    // two decoys share a host unless one is relevant to the other's need
    const pair = next && !crossTo(n0, j0).includes(next[0].id) && !crossTo(next[0], next[1]).includes(n0.id) ? 2 : 1;
    const group = second.slice(k, k + pair);
    k += pair;
    const p = newProducer(sectorOf(cat0), pick(REG[pick(Object.keys(REG))]!)[0], "host");
    for (const [n, j] of group) {
      const [name, desc, cat, unit] = n.d[j]!;
      const prod = addProduct(p, { name, desc, category: cat, unit, concept: `${n.id}:d${j}`, cap: int(100, 5000), priceMin: n.price * 0.4, priceMax: n.price * 0.6, tkdn: n.tkdn !== undefined ? n.tkdn + 15 : undefined });
      for (const t of n.certs) if (!p.certs.some((c) => c.type === t)) addCert(p, t, n, { products: [], validUntil: "2029-12-31" });
      traps.push({ need: n.id, producer: p, product: prod, kinds: ["decoy_shared_word"], grade: 0, nearMiss: false, note: `"${name}" shares a word with "${n.title}" but is a different thing` });
    }
    p.monthlyCapacity = p.products[0]!.monthlyCapacity;
    p.capacityUnit = p.products[0]!.unit;
    finishProducer(p, int(1, 2));
  }
}

// Plain background producers (no planted product).
for (let k = 0; k < 12; k++) {
  const sector = pick(Object.keys(FILLER)) as Sector;
  const p = newProducer(sector, pick(REG[pick(Object.keys(REG))]!)[0], "filler");
  addFillers(p, int(3, 5));
  p.monthlyCapacity = p.products[0]!.monthlyCapacity;
  p.capacityUnit = p.products[0]!.unit;
  finishProducer(p, 0);
  if (rnd() < 0.5) addCert(p, pick(["halal", "sni", "iso9001", "pirt"]), undefined, {});
}

// ---------------------------------------------------------------- refs (shuffled so refs say nothing)
shuffle(producers).forEach((p, k) => {
  p.ref = `SETC:IKM-${pad(k + 1, 4)}`;
  p.nib = `91${provOf(p.regencyCode)}${pad(k + 1, 9)}`;
});
{
  let k = 0;
  for (const p of producers) for (const prod of shuffle(p.products)) prod.ref = `SETC:PRD-${pad(++k, 5)}`;
  let c = 0;
  for (const p of producers) for (const cert of p.certs) cert.ref = `SETC:CERT-${pad(++c, 5)}`;
}
const needRef = (id: string) => `SETC:NEED-${id}`;

// ---------------------------------------------------------------- validation
const STOP = new Set(["untuk", "dan", "di", "ke", "yang", "dengan", "for", "the", "with", "and", "of", "a", "to", "in", "kg", "ml", "m", "w", "l", "cm"]);
const tokens = (s: string) => s.toLowerCase().split(/[^a-z0-9]+/).filter((t) => t && !STOP.has(t) && !/^\d+$/.test(t));
function damerau(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}
const errors: string[] = [];
const fail = (m: string) => errors.push(m);

const verdicts = new Map<string, Map<Producer, Verdict>>();
for (const n of NEEDS) {
  const m = new Map<Producer, Verdict>();
  for (const p of producers) m.set(p, evaluate(n, p));
  verdicts.set(n.id, m);
}
const byId = new Map(NEEDS.map((n) => [n.id, n]));
for (const t of traps) {
  const n = byId.get(t.need)!;
  const v = verdicts.get(t.need)!.get(t.producer)!;
  const tag = `${t.need} ${t.producer.ref} [${t.kinds.join(",")}]`;
  if (v.grade !== t.grade) fail(`${tag}: intended grade ${t.grade}, rules give ${v.grade}`);
  if (!!v.nearMiss !== t.nearMiss) fail(`${tag}: intended nearMiss ${t.nearMiss}, rules give ${v.nearMiss ?? "none"}`);
  const prod = t.product!;
  const keys = new Set(n.keys.map((k) => k.toLowerCase()));
  const nameT = tokens(prod.name);
  const descT = tokens(prod.description);
  const prodT = tokens(t.producer.description + " " + t.producer.legalName + " " + (t.producer.sentraName ?? ""));
  for (const k of t.kinds) {
    if (k === "decoy_shared_word") {
      const title = new Set(tokens(n.title));
      if (!nameT.some((x) => title.has(x))) fail(`${tag}: decoy "${prod.name}" shares no word with "${n.title}"`);
      if (prod.concept.includes(":x")) fail(`${tag}: decoy is the right product`);
    }
    if (k.startsWith("name_")) {
      const vk = k.slice(5) as VKind;
      if (vk !== "plain" && VOCAB_KINDS.includes(vk)) {
        if (nameT.some((x) => keys.has(x))) fail(`${tag}: "${prod.name}" contains a need key ${[...keys]}`);
        if (vk !== "brand" && (descT.some((x) => keys.has(x)) || prodT.some((x) => keys.has(x)))) fail(`${tag}: description of "${prod.name}" contains a need key`);
      }
      if (vk === "typo" && !nameT.some((x) => [...keys].some((k2) => x !== k2 && damerau(x, k2) <= 2))) fail(`${tag}: typo "${prod.name}" is not within 2 edits of a key`);
      if (vk === "plain" && !nameT.some((x) => keys.has(x))) fail(`${tag}: plain "${prod.name}" lacks the need's key`);
    }
    if (k === "wrong_category" && prod.category === n.cat) fail(`${tag}: wrong_category has the need's category`);
    if (k === "tie") {
      const twin = traps.find((o) => o.need === t.need && o !== t && o.product!.name === prod.name && o.kinds.some((x) => x.startsWith("name_")) && !o.kinds.includes("tie"));
      if (!twin || twin.product!.priceMin !== prod.priceMin || twin.product!.monthlyCapacity !== prod.monthlyCapacity || twin.producer.regencyCode !== t.producer.regencyCode || verdicts.get(t.need)!.get(twin.producer)!.grade !== v.grade) fail(`${tag}: tie has no equal twin`);
    }
    if (["capacity_short", "price_over", "far_region"].includes(k) && !v.soft.includes(k)) fail(`${tag}: soft shortfall ${k} not present (${v.soft})`);
    if (k.startsWith("near_miss:") && !v.nearMiss?.length) fail(`${tag}: not a near miss`);
    if (k === "pending_cert_ok" && !t.producer.certs.some((c) => c.status === "pending")) fail(`${tag}: no pending certificate`);
  }
  if (t.grade === 3 && v.soft.length) fail(`${tag}: grade-3 trap has soft shortfall ${v.soft}`);
}
// Per-need coverage.
for (const n of NEEDS) {
  const vs = [...verdicts.get(n.id)!.values()];
  if (!vs.some((v) => v.grade === 3)) fail(`${n.id}: no grade-3 producer`);
  if ((n.certs.length || n.tkdn !== undefined) && !vs.some((v) => v.nearMiss)) fail(`${n.id}: no near miss`);
  if (!traps.some((t) => t.need === n.id && t.kinds.includes("decoy_shared_word"))) fail(`${n.id}: no decoy`);
  if (!/^2027-/.test(n.by)) fail(`${n.id}: neededBy not in 2027`);
}
// Fillers must stay clear of every need's distinctive words.
for (const [sector, list] of Object.entries(FILLER))
  for (const [name, desc] of list)
    for (const n of NEEDS) if (tokens(name + " " + desc).some((x) => n.keys.includes(x))) fail(`filler ${sector} "${name}" contains a key of ${n.id}`);
// Refs and NIBs unique.
for (const [what, xs] of [["producer ref", producers.map((p) => p.ref)], ["nib", producers.map((p) => p.nib)], ["product ref", producers.flatMap((p) => p.products.map((x) => x.ref))]] as const)
  if (new Set(xs).size !== xs.length) fail(`duplicate ${what}`);

if (errors.length) {
  console.error(errors.join("\n"));
  throw new Error(`${errors.length} validation error(s)`);
}

// ---------------------------------------------------------------- output
const strip = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
const allProducts = producers.flatMap((p) => p.products);
const allCerts = producers.flatMap((p) => p.certs);
const catalogue = {
  $schema: "../../../app/models/import/import.schema.json",
  producers: producers.map((p) => strip({
    ref: p.ref, legalName: p.legalName, nib: p.nib, sector: p.sector, kbli: p.kbli, sentraName: p.sentraName,
    provinceCode: provOf(p.regencyCode), regencyCode: p.regencyCode, address: p.address, employees: p.employees,
    foundedYear: p.foundedYear, monthlyCapacity: p.monthlyCapacity, capacityUnit: p.capacityUnit, description: p.description,
    contacts: [{ name: p.contact.name, position: p.contact.position, phone: p.contact.phone }],
  })),
  buyers: BUYERS.map((b) => ({ ...b })),
  products: allProducts.map((x) => strip({
    ref: x.ref, producerRef: x.producer.ref, name: x.name, description: x.description, category: x.category, unit: x.unit,
    minOrder: x.minOrder, monthlyCapacity: x.monthlyCapacity, priceMin: x.priceMin, priceMax: x.priceMax,
    tkdnPercent: x.tkdnPercent, leadTimeDays: x.leadTimeDays,
  })),
  certifications: allCerts.map((c) => strip({
    ref: c.ref, producerRef: c.producer.ref, productRefs: c.products.length ? c.products.map((x) => x.ref) : undefined,
    type: c.type, number: c.number, issuer: c.issuer, validFrom: c.validFrom, validUntil: c.validUntil, status: c.status,
    verifiedAt: c.verifiedAt, rejectionReason: c.rejectionReason,
  })),
  needs: NEEDS.map((n) => strip({
    ref: needRef(n.id), buyerRef: n.buyer, title: n.title, description: n.desc, category: n.cat, quantity: n.qty, unit: n.unit,
    deliveryProvinceCode: provOf(n.reg), deliveryRegencyCode: n.reg, neededBy: n.by,
    requiredCertifications: n.certs.length ? n.certs : undefined, minTkdnPercent: n.tkdn, budgetPerUnit: n.budget,
    visibility: "public", status: "open",
  })),
};

const grades: Record<string, Record<string, number>> = {};
const nearMisses: Record<string, string[]> = {};
const reasons: Record<string, Record<string, string>> = {};
for (const n of NEEDS) {
  const g: Record<string, number> = {};
  const nm: string[] = [];
  const rs: Record<string, string> = {};
  for (const p of [...producers].sort((a, b) => a.ref.localeCompare(b.ref))) {
    const v = verdicts.get(n.id)!.get(p)!;
    if (v.grade > 0) g[p.ref] = v.grade;
    if (v.nearMiss) { nm.push(p.ref); rs[p.ref] = v.nearMiss; }
  }
  grades[needRef(n.id)] = g;
  nearMisses[needRef(n.id)] = nm;
  reasons[needRef(n.id)] = rs;
}
for (const n of NEEDS) for (const r of nearMisses[needRef(n.id)]!) if (grades[needRef(n.id)]![r]) throw new Error(`${r} is both graded and a near miss`);

const trapOut: Record<string, unknown[]> = {};
for (const t of traps) {
  (trapOut[needRef(t.need)] ??= []).push({
    producerRef: t.producer.ref, productRef: t.product?.ref, productName: t.product?.name, category: t.product?.category,
    trap: t.kinds, grade: t.grade, nearMiss: t.nearMiss, note: t.note,
  });
}

// Products planted for one need that are judged relevant to another (see CROSS in vocab.ts).
for (const n of NEEDS)
  for (const [p, v] of verdicts.get(n.id)!)
    if ((v.grade || v.nearMiss) && !traps.some((t) => t.need === n.id && t.producer === p)) {
      const prod = p.products.find((x) => levelMap.get(n.id)!.has(x.concept))!;
      (trapOut[needRef(n.id)] ??= []).push({
        producerRef: p.ref, productRef: prod.ref, productName: prod.name, category: prod.category,
        trap: ["cross_need_product"], grade: v.grade, nearMiss: !!v.nearMiss, note: `planted as a decoy for another need, but relevant to this one`,
      });
    }

const gradeCounts = { 3: 0, 2: 0, 1: 0 } as Record<number, number>;
for (const g of Object.values(grades)) for (const v of Object.values(g)) gradeCounts[v]!++;
const trapKinds: Record<string, number> = {};
for (const t of traps) for (const k of t.kinds) trapKinds[k] = (trapKinds[k] ?? 0) + 1;
const planted = new Set(traps.map((t) => `${t.need}|${t.producer.ref}`));
let incidental = 0;
for (const n of NEEDS) for (const [p, v] of verdicts.get(n.id)!) if ((v.grade || v.nearMiss) && !planted.has(`${n.id}|${p.ref}`)) incidental++;
const stats = {
  seed: SEED,
  now: NOW,
  producers: producers.length,
  provinces: new Set(producers.map((p) => provOf(p.regencyCode))).size,
  buyers: BUYERS.length,
  products: allProducts.length,
  certifications: allCerts.length,
  certificationsByStatus: Object.fromEntries(["verified", "pending", "rejected"].map((s) => [s, allCerts.filter((c) => c.status === s).length])),
  needs: NEEDS.length,
  needsEnglish: NEEDS.filter((n) => n.lang === "en").length,
  needsWithCertifications: NEEDS.filter((n) => n.certs.length).length,
  needsWithMinTkdn: NEEDS.filter((n) => n.tkdn !== undefined).length,
  needsWithBudget: NEEDS.filter((n) => n.budget !== undefined).length,
  gradedPairs: gradeCounts,
  nearMisses: Object.values(nearMisses).reduce((a, b) => a + b.length, 0),
  traps: traps.length,
  trapKinds: Object.fromEntries(Object.entries(trapKinds).sort()),
  incidentalJudgements: incidental,
};

mkdirSync(OUT, { recursive: true });
const write = (f: string, o: unknown) => writeFileSync(join(OUT, f), JSON.stringify(o, null, 1) + "\n");
write("catalogue.json", catalogue);
write("grades.json", grades);
write("near-misses.json", { nearMisses, reasons });
write("traps.json", trapOut);
write("stats.json", stats);
console.log(JSON.stringify(stats, null, 1));
