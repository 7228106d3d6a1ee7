// Relevance set I: a deterministic generator of an import file, its graded needs and near misses.
// Run from the repo root: npx tsx tests/bench/relevance-set-i/generate.ts
// Reads nothing of the matcher. Dates count from 2026-09-01; randomness from a seeded mulberry32.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PRODUCT_CATEGORIES } from "../../../app/models/domain";
import { BUYERS, NEEDS, type NeedSpec, type Plant } from "./needs";
import { BACKGROUND, VARIANTS } from "./background";

const OUT = join(process.cwd(), "tests/bench/relevance-set-i");
const P = "SETI:";
const TARGET_PRODUCERS = 150;
const TARGET_PRODUCTS = 760;
const MAX_PLANTS = 4;

// ---------- deterministic helpers ----------
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
const rnd = mulberry32(20260901);
const ri = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
function shuffle<T>(xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}
const START = Date.UTC(2026, 8, 1);
const dayNum = (iso: string) => Math.round((Date.parse(iso + "T00:00:00Z") - START) / 86400000);
const isoOf = (day: number) => new Date(START + day * 86400000).toISOString().slice(0, 10);
const addDays = (iso: string, n: number) => isoOf(dayNum(iso) + n);

// ---------- domain ----------
const SECTOR_OF = new Map<string, string>(PRODUCT_CATEGORIES.map((c) => [c.key, c.sector]));
const sectorOf = (cat: string) => {
  const s = SECTOR_OF.get(cat);
  if (!s) throw new Error(`unknown category ${cat}`);
  return s;
};
type Group = "sumatra" | "jawa_bali" | "nusa_tenggara" | "kalimantan" | "sulawesi" | "maluku_papua";
function groupOf(prov: string): Group {
  const n = Number(prov);
  if (n >= 11 && n <= 21) return "sumatra";
  if ((n >= 31 && n <= 36) || n === 51) return "jawa_bali";
  if (n === 52 || n === 53) return "nusa_tenggara";
  if (n >= 61 && n <= 65) return "kalimantan";
  if (n >= 71 && n <= 76) return "sulawesi";
  if (n >= 81) return "maluku_papua";
  throw new Error(`province ${prov}`);
}
const REGIONS: Record<Group, string[]> = {
  sumatra: ["12.71", "13.71", "14.71", "16.71", "18.71", "12.07", "15.71", "11.71", "17.71", "21.71", "19.71", "13.04"],
  jawa_bali: ["32.73", "33.74", "35.78", "34.02", "33.72", "35.73", "32.05", "36.03", "35.15", "51.04", "31.75", "33.20", "51.71", "32.01"],
  nusa_tenggara: ["52.71", "53.71", "52.03", "53.10"],
  kalimantan: ["63.71", "64.72", "61.71", "62.71", "65.71", "63.03"],
  sulawesi: ["73.71", "71.71", "72.71", "74.71", "75.71", "73.08"],
  maluku_papua: ["81.71", "82.71", "91.71"],
};
const rr: Record<string, number> = {};
function nextRegion(g: Group): string {
  const i = (rr[g] = (rr[g] ?? -1) + 1);
  return REGIONS[g]![i % REGIONS[g]!.length]!;
}
let otherCounter = 0;
function otherGroup(g: Group): Group {
  const opts: Group[] = g === "jawa_bali" ? ["sumatra", "sulawesi", "kalimantan"] : g === "sumatra" ? ["jawa_bali", "jawa_bali", "kalimantan"] : ["jawa_bali", "sumatra", "jawa_bali"];
  return opts[otherCounter++ % opts.length]!;
}

const PCS_LIKE = new Set(["pcs", "botol", "pasang", "lembar"]);
/** How many need units one product unit is, or undefined when the units do not convert. */
function unitFactor(pu: string, nu: string): number | undefined {
  if (pu === nu) return 1;
  if (pu === "kg" && nu === "ton") return 1 / 1000;
  if (pu === "ton" && nu === "kg") return 1000;
  const pack: Record<string, number> = { lusin: 12, kodi: 20 };
  if (pack[pu] && PCS_LIKE.has(nu)) return pack[pu];
  if (PCS_LIKE.has(pu) && pack[nu]) return 1 / pack[nu];
  if (pack[pu] && pack[nu]) return pack[pu] / pack[nu];
  return undefined;
}

// ---------- records ----------
interface Producer {
  id: number; ref?: string; sector: string; regencyCode: string; provinceCode: string;
  plantNeeds: Set<number>; failTypes: Set<string>; bwTypes: Set<string>; plantCount: number; bgOnly: boolean;
}
interface Product {
  id: number; ref?: string; producer: Producer; name: string; description: string; category: string; unit: string;
  minOrder: number; monthlyCapacity: number; priceMin: number; priceMax: number; tkdnPercent?: number; leadTimeDays: number;
  status: "active" | "archived";
}
interface Cert {
  id: number; ref?: string; producer: Producer; products: Product[]; type: string; number: string; issuer: string;
  validFrom: string; validUntil: string; tkdnPercent?: number; status: "pending" | "verified" | "rejected"; verifiedAt?: string; rejectionReason?: string;
}
interface PlantRec { need: number; kind: Plant[0]; product: Product; grade: number; nearMiss: boolean }

const producers: Producer[] = [];
const products: Product[] = [];
const certs: Cert[] = [];
const plantRecs: PlantRec[] = [];
const concept = new Map<string, "A" | "S" | "R" | "D">(); // `${need}|${productId}`

const ISSUER: Record<string, string> = {
  halal: "BPJPH Kementerian Agama RI", bpom: "Badan Pengawas Obat dan Makanan RI", sni: "LSPro Balai Standardisasi dan Pelayanan Jasa Industri",
  svlk: "LVLK PT Sucofindo", tkdn: "Kementerian Perindustrian RI (verifikasi LVI)", pirt: "Dinas Kesehatan Kabupaten/Kota", iso9001: "TUV Rheinland Indonesia",
};
function certNumber(type: string): string {
  const d = () => String(ri(0, 9));
  const n = (k: number) => Array.from({ length: k }, d).join("");
  switch (type) {
    case "halal": return `ID${n(14)}`;
    case "bpom": return `BPOM RI MD ${n(12)}`;
    case "sni": return `SNI-${n(4)}-${n(5)}`;
    case "svlk": return `VLK-${n(2)}-${n(4)}-${n(2)}`;
    case "tkdn": return `TKDN-${n(4)}/${n(4)}`;
    case "pirt": return `P-IRT ${n(15)}`;
    default: return `${type.toUpperCase()}-${n(8)}`;
  }
}
let certSeq = 0;
function addCert(c: Omit<Cert, "id" | "number" | "issuer"> & { number?: string }) {
  const cert: Cert = { id: ++certSeq, number: c.number ?? certNumber(c.type), issuer: ISSUER[c.type] ?? "Lembaga Sertifikasi", ...c } as Cert;
  certs.push(cert);
  return cert;
}

let prodSeq = 0;
function newProducer(sector: string, regencyCode: string, bgOnly: boolean): Producer {
  const p: Producer = { id: producers.length + 1, sector, regencyCode, provinceCode: regencyCode.slice(0, 2), plantNeeds: new Set(), failTypes: new Set(), bwTypes: new Set(), plantCount: 0, bgOnly };
  producers.push(p);
  return p;
}

const BG_BY_SECTOR = new Map<string, [string, (typeof BACKGROUND)[string][number]][]>();
for (const [cat, list] of Object.entries(BACKGROUND)) {
  const s = sectorOf(cat);
  if (!BG_BY_SECTOR.has(s)) BG_BY_SECTOR.set(s, []);
  for (const b of list) BG_BY_SECTOR.get(s)!.push([cat, b]);
}
const usedNames = new Set<string>();
function addBackground(p: Producer): Product {
  const list = BG_BY_SECTOR.get(p.sector)!;
  for (let tries = 0; ; tries++) {
    const [cat, [base, unit, price, desc]] = pick(list);
    const variant = tries < 30 ? pick(VARIANTS) : `tipe ${ri(10, 99)}`;
    const name = variant ? `${base} ${variant}` : base;
    const key = `${p.id}|${name}`;
    if (usedNames.has(key)) continue;
    usedNames.add(key);
    const priceMin = niceRound(price * (0.8 + rnd() * 0.5));
    const prod: Product = {
      id: ++prodSeq, producer: p, name, description: `${desc}. ${variant ? `Varian ${variant}. ` : ""}Produksi IKM, melayani pesanan rutin dan partai besar.`,
      category: cat, unit, minOrder: ri(1, 50), monthlyCapacity: ri(50, 5000), priceMin, priceMax: niceRound(priceMin * (1.1 + rnd() * 0.3)),
      tkdnPercent: rnd() < 0.5 ? ri(30, 90) : undefined, leadTimeDays: ri(3, 30), status: rnd() < 0.04 ? "archived" : "active",
    };
    products.push(prod);
    // some background certificates, always scoped to the product itself
    const certType = { food_beverage: "halal", herbal_cosmetics: "bpom", chemical_building: "sni", furniture_wood: "svlk", electronics: "sni", metal_machinery: "sni" }[p.sector as string];
    if (certType && rnd() < 0.35) {
      addCert({ producer: p, products: [prod], type: certType, validFrom: isoOf(-ri(100, 900)), validUntil: isoOf(ri(500, 1500)), status: rnd() < 0.8 ? "verified" : "pending", verifiedAt: undefined });
    }
    return prod;
  }
}
function niceRound(x: number): number {
  if (x >= 100000) return Math.round(x / 1000) * 1000;
  if (x >= 1000) return Math.round(x / 100) * 100;
  return Math.max(1, Math.round(x));
}

// ---------- plants ----------
// A producer may make goods of neighbouring sectors (a jamu maker also bottles drinks, a tailor also sews leather).
const FAMILY: Record<string, number> = {
  food_beverage: 1, herbal_cosmetics: 1, textile_apparel: 2, batik: 2, leather_footwear: 2, furniture_wood: 3, handicraft: 3,
  metal_machinery: 4, electronics: 4, chemical_building: 5, packaging_printing: 5,
};
const FAIL_MODS = ["expired", "scoped", "rejected", "missing", "future"];
function parseMods(s: string) {
  const m = new Map<string, string[]>();
  for (const tok of s.split(/\s+/).filter(Boolean)) {
    const [k, v] = tok.split(":");
    m.set(k!, [...(m.get(k!) ?? []), ...(v ? [v] : [])]);
  }
  return m;
}

NEEDS.forEach((need, ni) => {
  const nProv = need.region.slice(0, 2);
  const nGroup = groupOf(nProv);
  const days = dayNum(need.neededBy);
  for (const plant of need.plants) {
    const [kind, name, desc, modStr, grade, nm] = plant;
    const mods = parseMods(modStr);
    const cat = mods.get("cat")?.[0] ?? need.category;
    const sector = sectorOf(cat);
    const island = mods.has("island");
    const at = mods.get("at")?.[0];
    const targetGroup = island ? otherGroup(nGroup) : nGroup;
    if (at && (groupOf(at.slice(0, 2)) !== nGroup) !== island) throw new Error(`${name}: pinned region ${at} disagrees with island flag`);
    const failTypes = new Set(FAIL_MODS.flatMap((k) => mods.get(k) ?? []));
    const bwTypes = new Set(mods.get("bw") ?? []);
    const fits = (p: Producer) =>
      !p.bgOnly && FAMILY[p.sector] === FAMILY[sector] && p.plantCount < MAX_PLANTS && !p.plantNeeds.has(ni) &&
      (at ? p.regencyCode === at : groupOf(p.provinceCode) === targetGroup) &&
      ![...failTypes].some((t) => p.bwTypes.has(t)) && ![...bwTypes].some((t) => p.failTypes.has(t));
    const cands = producers.filter(fits).sort((a, b) => a.plantCount - b.plantCount || a.id - b.id);
    const producer = cands[0] ?? newProducer(sector, at ?? nextRegion(targetGroup), false);
    producer.plantNeeds.add(ni);
    producer.plantCount++;
    failTypes.forEach((t) => producer.failTypes.add(t));
    bwTypes.forEach((t) => producer.bwTypes.add(t));

    const unit = mods.get("unit")?.[0] ?? need.unit;
    const f = unitFactor(unit, need.unit);
    const lead = ri(5, 25);
    const months = (days - lead) / 30;
    let monthlyCapacity: number, priceMin: number;
    if (kind === "A" || kind === "S") {
      if (f === undefined) throw new Error(`${name}: unit ${unit} does not convert to ${need.unit}`);
      const capTarget = mods.has("cap70") ? 0.72 : mods.has("cap30") ? 0.3 : 1.5 + rnd() * 1.5;
      monthlyCapacity = Math.max(1, Math.ceil((capTarget * need.quantity) / (months * f)));
      const pf = mods.has("price30") ? 1.3 : mods.has("price60") ? 1.6 : 0.75 + rnd() * 0.3;
      priceMin = niceRound(need.budget * pf * f);
    } else {
      const ff = f ?? 1;
      monthlyCapacity = Math.max(1, Math.ceil((need.quantity * (0.5 + rnd() * 2)) / (months * ff)));
      priceMin = niceRound(need.budget * (0.3 + rnd() * 1.2) * ff);
    }
    const M = need.minTkdn;
    let tkdn: number | undefined = rnd() < 0.6 ? ri(35, 90) : undefined;
    const tkdnCerts: { pct: number; until?: string }[] = [];
    if (M !== undefined && (kind === "A" || kind === "S")) {
      if (mods.has("tkdnUnder")) tkdn = M - 3;
      else if (mods.has("tkdnFar")) tkdn = M - 15;
      else if (mods.has("tkdnCertUnder")) { tkdn = M + 10; tkdnCerts.push({ pct: M - 2 }); }
      else if (mods.has("tkdnCertOver")) { tkdn = M - 8; tkdnCerts.push({ pct: M + 7 }); }
      else if (mods.has("tkdnOldCert")) { tkdn = M - 3; tkdnCerts.push({ pct: M + 10, until: addDays(need.neededBy, -30) }); }
      else { tkdn = Math.min(98, M + ri(5, 25)); if (rnd() < 0.3) tkdnCerts.push({ pct: tkdn }); }
    }
    const product: Product = {
      id: ++prodSeq, producer, name, description: desc, category: cat, unit,
      minOrder: Math.max(1, Math.round(need.quantity / (f ?? 1) / ri(40, 120))), monthlyCapacity, priceMin,
      priceMax: niceRound(priceMin * (1.08 + rnd() * 0.25)), tkdnPercent: tkdn, leadTimeDays: lead,
      status: mods.has("archived") ? "archived" : "active",
    };
    products.push(product);
    concept.set(`${ni}|${product.id}`, kind);
    plantRecs.push({ need: ni, kind, product, grade, nearMiss: nm === 1 });

    for (const t of tkdnCerts) {
      addCert({ producer, products: [product], type: "tkdn", tkdnPercent: t.pct, validFrom: isoOf(-ri(60, 400)), validUntil: t.until ?? isoOf(ri(700, 1200)), status: "verified", verifiedAt: isoOf(-ri(10, 50)) });
    }
    if (kind === "A" || kind === "S") {
      for (const t of need.certs) {
        if (mods.get("missing")?.includes(t)) continue;
        const status = mods.get("pending")?.includes(t) ? "pending" : mods.get("rejected")?.includes(t) ? "rejected" : "verified";
        let validFrom = isoOf(-ri(90, 600));
        let validUntil = isoOf(ri(800, 1400));
        if (mods.get("expired")?.includes(t)) { validFrom = isoOf(-ri(800, 1200)); validUntil = addDays(need.neededBy, -ri(30, 70)); }
        if (mods.get("future")?.includes(t)) { validFrom = addDays(need.neededBy, ri(15, 40)); validUntil = addDays(validFrom, 1460); }
        let covered = [product];
        if (mods.get("bw")?.includes(t)) covered = [];
        if (mods.get("scoped")?.includes(t)) covered = [addBackground(producer)];
        addCert({
          producer, products: covered, type: t, validFrom, validUntil, status,
          verifiedAt: status === "verified" ? isoOf(-ri(5, 60)) : undefined,
          rejectionReason: status === "rejected" ? "Dokumen pendukung tidak sesuai dengan produk yang didaftarkan." : undefined,
        });
      }
    }
  }
});

// ---------- background producers and products ----------
const SECTORS = [...new Set(PRODUCT_CATEGORIES.map((c) => c.sector))];
const ALL_GROUPS = Object.keys(REGIONS) as Group[];
while (producers.length < TARGET_PRODUCERS) {
  const g = ALL_GROUPS[producers.length % ALL_GROUPS.length === 5 && rnd() < 0.5 ? 1 : producers.length % ALL_GROUPS.length];
  const p = newProducer(SECTORS[producers.length % SECTORS.length]!, nextRegion(g!), true);
  if (rnd() < 0.3) {
    const t = { food_beverage: "halal", herbal_cosmetics: "bpom", chemical_building: "sni", furniture_wood: "svlk" }[p.sector as string];
    if (t) addCert({ producer: p, products: [], type: t, validFrom: isoOf(-ri(100, 700)), validUntil: isoOf(ri(600, 1300)), status: "verified", verifiedAt: isoOf(-ri(5, 90)) });
  }
}
for (const p of producers) addBackground(p);
for (const p of producers) if (p.bgOnly) addBackground(p);
while (products.length < TARGET_PRODUCTS) addBackground(pick(producers));

// ---------- refs ----------
shuffle(producers).forEach((p, i) => (p.ref = `${P}IKM-${String(i + 1).padStart(4, "0")}`));
shuffle(products).forEach((p, i) => (p.ref = `${P}PRD-${String(i + 1).padStart(4, "0")}`));
certs.forEach((c, i) => (c.ref = `${P}CERT-${String(i + 1).padStart(4, "0")}`));
const needRef = (i: number) => `${P}NEED-${String(i + 1).padStart(2, "0")}`;

// ---------- the grading rule, one function for every need x producer ----------
interface Fail { what: "cert" | "tkdn"; type?: string; fixable: boolean; text: string }
function hardFails(need: NeedSpec, prod: Product, pCerts: Cert[]): Fail[] {
  const nb = need.neededBy;
  const covers = (c: Cert) => c.products.length === 0 || c.products.includes(prod);
  const live = (c: Cert) => (c.status === "verified" || c.status === "pending") && c.validFrom <= nb && nb <= c.validUntil;
  const fails: Fail[] = [];
  for (const t of need.certs) {
    if (pCerts.some((c) => c.type === t && live(c) && covers(c))) continue;
    const ofType = pCerts.filter((c) => c.type === t);
    const future = ofType.find((c) => c.status !== "rejected" && covers(c) && c.validFrom > nb);
    let text: string;
    if (future) text = `${t} certificate valid only from ${future.validFrom}, after neededBy ${nb}`;
    else if (ofType.some((c) => covers(c) && c.status === "rejected")) text = `${t} certificate rejected`;
    else if (ofType.some((c) => covers(c) && c.validUntil < nb)) text = `${t} certificate expires ${ofType.find((c) => covers(c) && c.validUntil < nb)!.validUntil}, before neededBy ${nb}`;
    else if (ofType.length) text = `no ${t} certificate covers this product (the producer's ${t} certificates are scoped to other products)`;
    else text = `the producer holds no ${t} certificate`;
    fails.push({ what: "cert", type: t, fixable: !future, text });
  }
  if (need.minTkdn !== undefined) {
    const tk = pCerts.filter((c) => c.type === "tkdn" && live(c) && covers(c) && c.tkdnPercent !== undefined);
    const eff = tk.length ? Math.max(...tk.map((c) => c.tkdnPercent!)) : prod.tkdnPercent;
    if (eff === undefined) fails.push({ what: "tkdn", fixable: false, text: "no TKDN stated" });
    else if (eff < need.minTkdn) {
      const gap = need.minTkdn - eff;
      fails.push({ what: "tkdn", fixable: gap <= 5, text: `TKDN ${eff}% (${tk.length ? "certificate" : "declared"}) is ${gap} points under the minimum ${need.minTkdn}%` });
    }
  }
  return fails;
}
function softCount(need: NeedSpec, prod: Product): number {
  let soft = 0;
  const f = unitFactor(prod.unit, need.unit);
  if (f === undefined) throw new Error(`no unit conversion for ${prod.name}`);
  const cap = (prod.monthlyCapacity * (dayNum(need.neededBy) - prod.leadTimeDays)) / 30 * f;
  const ratio = cap / need.quantity;
  if (ratio < 0.5) soft += 2;
  else if (ratio < 1) soft += 1;
  const over = prod.priceMin / f / need.budget - 1;
  if (over > 0.4) soft += 2;
  else if (over > 0.2) soft += 1;
  if (groupOf(prod.producer.provinceCode) !== groupOf(need.region.slice(0, 2))) soft += 1;
  return soft;
}
function gradeProduct(ni: number, prod: Product, pCerts: Cert[]): number {
  if (prod.status !== "active") return 0;
  const c = concept.get(`${ni}|${prod.id}`) ?? "D";
  if (c === "R") return 1;
  if (c === "D") return 0;
  const need = NEEDS[ni]!;
  if (hardFails(need, prod, pCerts).length) return 0;
  const soft = softCount(need, prod);
  if (c === "A") return soft === 0 ? 3 : soft === 1 ? 2 : 1;
  return soft === 0 ? 2 : 1;
}
function nearMiss(ni: number, pProducts: Product[], pCerts: Cert[]): Fail | undefined {
  const need = NEEDS[ni]!;
  const active = pProducts.filter((p) => p.status === "active");
  const passing = active.some((p) => ["A", "S"].includes(concept.get(`${ni}|${p.id}`) ?? "D") && hardFails(need, p, pCerts).length === 0);
  if (passing) return undefined;
  for (const p of active) {
    if (concept.get(`${ni}|${p.id}`) !== "A") continue;
    const fails = hardFails(need, p, pCerts);
    if (fails.length === 1 && fails[0]!.fixable) return { ...fails[0]!, text: `Asked product "${p.name}" (${p.ref}) fails one fixable requirement: ${fails[0]!.text}.` };
  }
  return undefined;
}

// ---------- compute and compare with the intentions ----------
const byProducer = new Map<Producer, Product[]>();
for (const p of products) byProducer.set(p.producer, [...(byProducer.get(p.producer) ?? []), p]);
const certsOf = new Map<Producer, Cert[]>();
for (const c of certs) certsOf.set(c.producer, [...(certsOf.get(c.producer) ?? []), c]);

const grades: Record<string, Record<string, number>> = {};
const nearMisses: Record<string, string[]> = {};
const reasons: Record<string, Record<string, string>> = {};
const errors: string[] = [];
NEEDS.forEach((need, ni) => {
  const g: Record<string, number> = {};
  for (const prod of [...producers].sort((a, b) => a.ref!.localeCompare(b.ref!))) {
    const ps = byProducer.get(prod) ?? [];
    const pc = certsOf.get(prod) ?? [];
    const computed = Math.max(0, ...ps.map((p) => gradeProduct(ni, p, pc)));
    const nm = nearMiss(ni, ps, pc);
    const plant = plantRecs.find((r) => r.need === ni && r.product.producer === prod);
    const intended = plant?.grade ?? 0;
    const intendedNm = plant?.nearMiss ?? false;
    if (computed !== intended) errors.push(`${needRef(ni)} ${prod.ref} "${plant?.product.name ?? "(background)"}": intended ${intended}, computed ${computed}`);
    if (!!nm !== intendedNm) errors.push(`${needRef(ni)} ${prod.ref} "${plant?.product.name ?? "(background)"}": near miss intended ${intendedNm}, computed ${!!nm}`);
    if (computed > 0) g[prod.ref!] = computed;
    if (nm) {
      (nearMisses[needRef(ni)] ??= []).push(prod.ref!);
      (reasons[needRef(ni)] ??= {})[prod.ref!] = nm.text;
    }
  }
  grades[needRef(ni)] = g;
});

// ---------- validations of the data ----------
const provs = new Set(producers.map((p) => p.provinceCode));
const cats = new Set(NEEDS.map((n) => n.category));
for (const n of NEEDS) {
  if (n.neededBy < "2027-03-01" || n.neededBy > "2027-12-31") errors.push(`neededBy out of range: ${n.title}`);
  const asked = n.plants.filter((p) => p[0] === "A").length;
  if (asked < 4) errors.push(`fewer than 4 asked plants: ${n.title}`);
}
if (provs.size < 20) errors.push(`only ${provs.size} provinces`);
if (cats.size < 25) errors.push(`only ${cats.size} need categories`);

async function checkRegions() {
  const area = await import("idn-area-data");
  const regs: { code: string; province_code: string; name: string }[] = await (area as unknown as { getRegencies(): Promise<{ code: string; province_code: string; name: string }[]> }).getRegencies();
  const names = new Map(regs.map((r) => [r.code, r.name]));
  for (const code of [...producers.map((p) => p.regencyCode), ...NEEDS.map((n) => n.region), ...BUYERS.map((b) => b.regionCode)]) {
    if (!names.has(code)) errors.push(`unknown regency ${code}`);
  }
  return names;
}

const FORMS = ["ud", "cv", "cv", "ud", "koperasi", "pt_perorangan", "perorangan", "pt", "bumdes"];
const FORM_PREFIX: Record<string, string> = { ud: "UD", cv: "CV", koperasi: "Koperasi Perajin", pt_perorangan: "PT", perorangan: "Usaha", pt: "PT", bumdes: "BUMDes" };
const NAME_A = ["Sumber", "Karya", "Cahaya", "Tunas", "Mitra", "Sinar", "Berkah", "Putra", "Dewi", "Bintang", "Anugerah", "Citra", "Harapan", "Mekar", "Lestari", "Sentosa", "Mulia", "Rejeki", "Amanah", "Barokah"];
const NAME_B = ["Makmur", "Jaya", "Abadi", "Mandiri", "Sejahtera", "Bersama", "Utama", "Lancar", "Sakti", "Indah", "Agung", "Nusantara", "Baru", "Perkasa", "Kencana", "Sari", "Wijaya", "Sentosa", "Gemilang", "Raya"];
const PEOPLE = ["Siti Aminah", "Budi Santoso", "Rahmat Hidayat", "Dewi Lestari", "Agus Salim", "Nurhayati", "Made Suarta", "Andi Baso", "Yohanes Tefa", "Rina Marlina", "Hendra Gunawan", "Fitri Handayani", "Wayan Sudira", "Syamsul Bahri", "Maria Lumban Gaol", "Taufik Rahman", "Sri Wahyuni", "Ketut Arsana", "Hasanuddin", "Lina Simanjuntak"];
const KBLI: Record<string, string[]> = {
  food_beverage: ["10792", "10750", "10110"], textile_apparel: ["14111", "13929"], batik: ["13134", "13912"], leather_footwear: ["15201", "15121"],
  furniture_wood: ["31001", "16291"], handicraft: ["32904", "23931"], metal_machinery: ["25991", "28210", "25930"], chemical_building: ["23921", "20231"],
  packaging_printing: ["17021", "18111"], electronics: ["27400", "27900"], herbal_cosmetics: ["21022", "20232"],
};
const SECTOR_LABEL: Record<string, string> = {
  food_beverage: "pangan olahan", textile_apparel: "konveksi dan tekstil", batik: "batik dan kain tradisional", leather_footwear: "kulit dan alas kaki",
  furniture_wood: "mebel dan pengolahan kayu", handicraft: "kerajinan", metal_machinery: "logam dan permesinan", chemical_building: "kimia dan bahan bangunan",
  packaging_printing: "kemasan dan percetakan", electronics: "elektronika dan kelistrikan", herbal_cosmetics: "jamu, herbal dan kosmetik",
};
const title = (s: string) => s.toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase());

async function main() {
  const regNames = await checkRegions();
  if (errors.length) {
    console.error(`Refusing to write: ${errors.length} problem(s)\n` + errors.join("\n"));
    process.exit(1);
  }
  const usedLegal = new Set<string>();
  const producerJson = [...producers].sort((a, b) => a.ref!.localeCompare(b.ref!)).map((p) => {
    const form = pick(FORMS);
    let legalName = "";
    do legalName = `${FORM_PREFIX[form]} ${pick(NAME_A)} ${pick(NAME_B)}`; while (usedLegal.has(legalName));
    usedLegal.add(legalName);
    const place = title((regNames.get(p.regencyCode) ?? "").replace(/^(KABUPATEN|KOTA) /, ""));
    const contacts = [{ name: pick(PEOPLE), position: pick(["Pemilik", "Direktur", "Ketua", "Bagian Pemasaran"]), phone: `08${ri(11, 59)} ${ri(1000, 9999)} ${ri(1000, 9999)}` }];
    if (rnd() < 0.3) contacts.push({ name: pick(PEOPLE), position: "Admin", phone: `08${ri(11, 59)} ${ri(1000, 9999)} ${ri(1000, 9999)}` });
    return {
      ref: p.ref, legalName, legalForm: form, nib: String(ri(1, 9)) + Array.from({ length: 12 }, () => ri(0, 9)).join(""), sector: p.sector,
      kbli: [pick(KBLI[p.sector]!)], provinceCode: p.provinceCode, regencyCode: p.regencyCode,
      address: `Jl. ${pick(["Merdeka", "Sudirman", "Diponegoro", "Pahlawan", "Raya Industri", "Kenanga", "Melati", "Veteran"])} No. ${ri(1, 200)}, ${place}`,
      employees: ri(3, 120), foundedYear: ri(1985, 2022),
      description: `IKM ${SECTOR_LABEL[p.sector]} di ${place}, binaan dinas perindustrian setempat. Melayani pesanan BUMN, hotel dan industri.`,
      contacts,
    };
  });
  const productJson = [...products].sort((a, b) => a.ref!.localeCompare(b.ref!)).map((p) => ({
    ref: p.ref, producerRef: p.producer.ref, name: p.name, description: p.description, category: p.category, unit: p.unit, minOrder: p.minOrder,
    monthlyCapacity: p.monthlyCapacity, priceMin: p.priceMin, priceMax: Math.max(p.priceMax, p.priceMin),
    ...(p.tkdnPercent !== undefined ? { tkdnPercent: p.tkdnPercent } : {}), leadTimeDays: p.leadTimeDays, status: p.status,
  }));
  const certJson = certs.map((c) => ({
    ref: c.ref, producerRef: c.producer.ref, productRefs: c.products.map((p) => p.ref), type: c.type, number: c.number, issuer: c.issuer,
    validFrom: c.validFrom, validUntil: c.validUntil, ...(c.tkdnPercent !== undefined ? { tkdnPercent: c.tkdnPercent } : {}), status: c.status,
    ...(c.verifiedAt ? { verifiedAt: c.verifiedAt } : {}), ...(c.rejectionReason ? { rejectionReason: c.rejectionReason } : {}),
  }));
  const buyerJson = BUYERS.map((b, i) => ({ ref: `${P}BUYER-${String(i + 1).padStart(2, "0")}`, ...b }));
  const needJson = NEEDS.map((n, i) => ({
    ref: needRef(i), buyerRef: buyerJson[n.buyer]!.ref, title: n.title, description: n.description, category: n.category, quantity: n.quantity, unit: n.unit,
    deliveryProvinceCode: n.region.slice(0, 2), deliveryRegencyCode: n.region, neededBy: n.neededBy,
    ...(n.certs.length ? { requiredCertifications: n.certs } : {}), ...(n.minTkdn !== undefined ? { minTkdnPercent: n.minTkdn } : {}),
    budgetPerUnit: n.budget, visibility: "public", status: "open",
  }));
  const catalogue = { producers: producerJson, buyers: buyerJson, products: productJson, certifications: certJson, needs: needJson };
  writeFileSync(join(OUT, "catalogue.json"), JSON.stringify(catalogue, null, 2) + "\n");
  writeFileSync(join(OUT, "grades.json"), JSON.stringify(grades, null, 2) + "\n");
  writeFileSync(join(OUT, "near-misses.json"), JSON.stringify({ nearMisses, reasons }, null, 2) + "\n");
  const all = Object.values(grades).flatMap((g) => Object.values(g));
  console.log(JSON.stringify({
    producers: producers.length, products: products.length, certifications: certs.length, needs: NEEDS.length, provinces: provs.size, needCategories: cats.size,
    grade3: all.filter((x) => x === 3).length, grade2: all.filter((x) => x === 2).length, grade1: all.filter((x) => x === 1).length,
    nearMisses: Object.values(nearMisses).flat().length, plantProducers: producers.filter((p) => !p.bgOnly).length,
  }));
}
main();
if (process.env.SETI_DEBUG) {
  const h: Record<string, number> = {};
  for (const p of producers.filter((p) => !p.bgOnly)) { const k = `${p.sector}|${groupOf(p.provinceCode)}`; h[k] = (h[k] ?? 0) + 1; }
  console.log(h, producers.filter((p) => !p.bgOnly).map((p) => p.plantCount).join(""));
}
