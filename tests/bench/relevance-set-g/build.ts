// relevance-set-g: builds the catalogue from the need specs, deterministically (mulberry32, fixed seed).
import { CATEGORY_SECTOR, LEGAL_FORMS, NAME_A, NAME_B, PEOPLE, REF_DATE, REGIONS, SECTOR_KBLI, islandGroup, regionName, type Item, type NeedSpec } from "./background.ts";
import { daysBetween, unitFactor } from "./grade.ts";
import { NEEDS_1 } from "./needs-1.ts";
import { NEEDS_2 } from "./needs-2.ts";
import { NEEDS_3 } from "./needs-3.ts";

export const NEEDS: NeedSpec[] = [...NEEDS_1, ...NEEDS_2, ...NEEDS_3];
export const needRef = (key: string) => `SETG:NEED-${key}`;

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Rec = any;
/** What a plant string promises, checked against the computed grades. */
export interface Expectation { need: string; producer: Rec; grade: number; nearMiss: boolean; plant: string }

export function build(seed: number) {
  const rng = mulberry32(seed);
  const rint = (a: number, b: number) => a + Math.floor(rng() * (b - a + 1));
  const rfloat = (a: number, b: number) => a + rng() * (b - a);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
  const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);
  const roundPrice = (x: number) => (x >= 10000 ? Math.round(x / 100) * 100 : Math.max(50, Math.round(x / 50) * 50));

  const producers: Rec[] = [];
  const certs: Rec[] = [];
  const roles = new Map<Rec, { need: string; role: string }>();
  const expectations: Expectation[] = [];
  const names = new Set<string>();
  const deferred: { n: NeedSpec; item: Item; role: string }[] = [];
  const usedDecoys = new Set<Item>();
  const STREETS = ["Raya", "Merdeka", "Diponegoro", "Sudirman", "Pahlawan", "Kartini", "Veteran", "Industri", "Pasar Baru", "Gatot Subroto"];
  const FORM_LABEL: Record<string, string> = { ud: "UD", cv: "CV", pt: "PT", koperasi: "Koperasi", perorangan: "Usaha", pt_perorangan: "PT" };

  function newProducer(sector: string, regency: string, origin?: string): Rec {
    const legalForm = pick(LEGAL_FORMS);
    let legalName = "";
    do legalName = `${FORM_LABEL[legalForm]} ${pick(NAME_A)} ${pick(NAME_B)}${names.size > 150 ? " " + rint(2, 9) : ""}`; while (names.has(legalName));
    names.add(legalName);
    const city = regionName(regency);
    const p: Rec = {
      legalName, legalForm, nib: regency.slice(0, 2) + String(rint(10000000000, 99999999999)), sector,
      kbli: [pick(SECTOR_KBLI[sector]!)], provinceCode: regency.slice(0, 2), regencyCode: regency,
      address: `Jl. ${pick(STREETS)} No. ${rint(1, 150)}, ${city}`, employees: rint(4, 120), foundedYear: rint(1985, 2021),
      contacts: [{ name: pick(PEOPLE), position: pick(["Pemilik", "Direktur", "Pemasaran"]), phone: `08${rint(11, 59)} ${rint(1000, 9999)} ${rint(1000, 9999)}` }],
      _products: [], _origin: origin, _sensitive: new Set<string>(), _city: city,
    };
    if (rng() < 0.3) p.sentraName = `Sentra IKM ${city.replace(/^(Kota|Kab\.) /, "")}`;
    producers.push(p);
    return p;
  }

  function addProduct(p: Rec, item: Item, fields: Rec): Rec {
    const [name, unit, , category, desc] = item;
    const minOrder = fields.minOrder ?? rint(1, 50);
    const pr: Rec = {
      name, category: category ?? fields.category, unit, minOrder,
      description: `${desc ? desc + " " : `${name}, produksi ${p.legalName}. `}Dijual per ${unit}, minimal order ${minOrder} ${unit}.`,
      monthlyCapacity: fields.monthlyCapacity ?? rint(50, 5000), leadTimeDays: fields.leadTimeDays ?? rint(3, 30),
      _producer: p,
    };
    const price = fields.priceMin ?? roundPrice((item[2] || 10000) * rfloat(0.85, 1.2));
    pr.priceMin = price;
    pr.priceMax = roundPrice(price * rfloat(1.05, 1.3));
    if (fields.tkdnPercent != null) pr.tkdnPercent = fields.tkdnPercent;
    p._products.push(pr);
    return pr;
  }

  const CERT_META: Record<string, [string, () => string]> = {
    sni: ["LSPro Balai Standardisasi dan Pelayanan Jasa Industri", () => `SPPT-SNI-${rint(1000, 9999)}/${rint(2022, 2025)}`],
    halal: ["BPJPH Kementerian Agama", () => `ID${rint(11, 94)}1100000${rint(1000000, 9999999)}`],
    bpom: ["Badan POM RI", () => `MD ${rint(200000000000, 299999999999)}`],
    pirt: ["Dinas Kesehatan Kabupaten/Kota", () => `P-IRT ${rint(2000000000000, 2999999999999)}`],
    tkdn: ["Kementerian Perindustrian", () => `TKDN-${rint(1000, 99999)}/SJ-IND.8/${rint(2023, 2026)}`],
    iso9001: ["PT Sucofindo (Persero)", () => `QMS-ID-${rint(10000, 99999)}`],
    svlk: ["PT Mutu Agung Lestari", () => `MAL-PHPL-${rint(100, 999)}/${rint(2022, 2025)}`],
    hki: ["Direktorat Jenderal Kekayaan Intelektual", () => `IDM000${rint(100000, 999999)}`],
    other: ["Dinas Perindustrian Provinsi", () => `IKM-${rint(1000, 9999)}`],
  };
  function addCert(p: Rec, type: string, by: string, productsCovered: Rec[]): Rec {
    const [issuer, number] = CERT_META[type]!;
    const validFrom = addDays(REF_DATE, -rint(200, 900));
    const c: Rec = { type, number: number(), issuer, validFrom, validUntil: addDays(by, rint(200, 1200)), status: "verified", verifiedAt: addDays(validFrom, rint(10, 60)), _producer: p, _products: productsCovered };
    certs.push(c);
    return c;
  }

  for (const n of NEEDS) {
    const nref = needRef(n.key);
    const group = islandGroup(n.reg.slice(0, 2));
    const counters: Record<string, number> = { A: 0, S: 0 };
    for (const plant of n.plants) {
      const m = /^([ASRD])(\d*)(?::(.*))?$/.exec(plant);
      if (!m) throw new Error(`bad plant ${plant}`);
      const role = m[1]!;
      const mods = new Map<string, string | undefined>((m[3] ?? "").split(",").filter(Boolean).map((s) => [s.split("=")[0]!, s.split("=")[1]]));
      if (role === "R" || role === "D") { deferred.push({ n, item: pick(role === "R" ? n.rel : n.dec.filter((d) => !usedDecoys.has(d))), role }); usedDecoys.add(deferred.at(-1)!.item); continue; }
      const list = role === "A" ? n.asked : n.subs;
      const idx = m[2] ? Number(m[2]) : counters[role]!++;
      const item = list[idx % list.length]!;
      const regions = REGIONS.map(([c]) => c).filter((c) => (islandGroup(c.slice(0, 2)) === group) !== mods.has("isl"));
      const regency: string = mods.get("at") ?? pick(regions);
      const sector = role === "A" ? (n.sector ?? CATEGORY_SECTOR[n.category]!) : CATEGORY_SECTOR[item[3] ?? n.category]!;
      const p = newProducer(sector, regency, n.key);
      n.certs.forEach((t) => p._sensitive.add(t));
      if (n.minTkdn != null) p._sensitive.add("tkdn");
      const f = unitFactor(item[1], n.unit);
      if (f == null) throw new Error(`${item[0]}: ${item[1]} vs ${n.unit}`);
      const lead = rint(7, 45);
      const window = daysBetween(REF_DATE, n.by) - lead;
      const capTarget = mods.has("cap70") ? rfloat(0.6, 0.85) : mods.has("cap30") ? rfloat(0.2, 0.4) : rfloat(1.3, 3);
      const px = mods.has("px30") ? rfloat(1.25, 1.36) : mods.has("px50") ? rfloat(1.5, 1.7) : rfloat(0.75, 1.12);
      const min = n.minTkdn;
      const tkdn = min == null ? (rng() < 0.5 ? undefined : rint(30, 90))
        : mods.has("tkdn3") ? min - 3 : mods.has("tkdnCert") ? min - rint(8, 15) : Math.min(95, min + rint(5, 30));
      const pr = addProduct(p, item, {
        category: n.category, monthlyCapacity: Math.max(1, Math.round((capTarget * n.qty) / f / (window / 30))), leadTimeDays: lead,
        priceMin: roundPrice(px * n.budget * f), tkdnPercent: tkdn, minOrder: Math.max(1, Math.round((n.qty / f) * rfloat(0.005, 0.03))),
      });
      roles.set(pr, { need: nref, role: role === "A" ? "asked" : "substitute" });
      const trapKeys = ["pend", "exp", "scope", "rej", "miss", "future"].filter((k) => mods.has(k));
      const trapType = trapKeys.length ? (mods.get(trapKeys[0]!) ?? n.certs[0]) : undefined;
      const types = [...n.certs];
      if (min != null && (mods.has("tkdnCert") || mods.has("tkdnCertLow") || (!types.includes("tkdn") && rng() < 0.3))) types.push("tkdn");
      for (const type of types) {
        if (type === trapType && mods.has("miss")) continue;
        const c = addCert(p, type, n.by, rng() < 0.5 ? [] : [pr]);
        if (type === "tkdn") c.tkdnPercent = mods.has("tkdnCert") ? min! + rint(5, 12) : mods.has("tkdnCertLow") ? min! - 2 : tkdn;
        if (type !== trapType) continue;
        if (mods.has("pend")) { c.status = "pending"; delete c.verifiedAt; }
        if (mods.has("exp")) c.validUntil = addDays(n.by, -rint(20, 120));
        if (mods.has("scope")) c._scopeToFiller = true;
        if (mods.has("rej")) { c.status = "rejected"; c.rejectionReason = "Dokumen lampiran tidak sesuai dengan produk yang didaftarkan"; }
        if (mods.has("future")) { c.validFrom = addDays(n.by, rint(15, 60)); c.validUntil = addDays(c.validFrom, 1460); c.status = "pending"; delete c.verifiedAt; }
      }
      const hard = ["exp", "scope", "rej", "miss", "future", "tkdn3", "tkdnCertLow"].filter((k) => mods.has(k));
      const soft = (mods.has("cap70") ? 1 : 0) + (mods.has("cap30") ? 2 : 0) + (mods.has("px30") ? 1 : 0) + (mods.has("px50") ? 2 : 0) + (mods.has("isl") ? 1 : 0);
      const grade = hard.length ? 0 : role === "A" ? (soft === 0 ? 3 : soft === 1 ? 2 : 1) : soft === 0 ? 2 : 1;
      expectations.push({ need: nref, producer: p, grade, nearMiss: role === "A" && hard.length === 1 && hard[0] !== "future", plant });
    }
  }
  return { producers, certs, roles, expectations, deferred, rng, rint, rfloat, pick, addDays, newProducer, addProduct, addCert };
}
