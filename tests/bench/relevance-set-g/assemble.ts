// relevance-set-g: hosts related/decoy products, adds background producers and filler goods,
// noise certificates, then shuffles and assigns the SETG refs.
import { BUYERS, CATEGORY_SECTOR, FILLERS, REF_DATE, REGIONS } from "./background.ts";
import { NEEDS, build, needRef } from "./build.ts";
import type { Concepts } from "./grade.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Rec = any;
const BACKGROUND_PRODUCERS = 6;
const SECTOR_TEXT: Record<string, string> = {
  food_beverage: "makanan dan minuman olahan", textile_apparel: "garmen dan tekstil", batik: "batik dan kain tradisional",
  leather_footwear: "alas kaki dan barang kulit", furniture_wood: "mebel dan olahan kayu", handicraft: "kerajinan",
  metal_machinery: "logam dan permesinan", chemical_building: "bahan bangunan dan kimia rumah tangga",
  packaging_printing: "kemasan dan percetakan", electronics: "kelistrikan dan elektronik", herbal_cosmetics: "jamu dan kosmetik",
};

const strip = (o: Rec) => Object.fromEntries(Object.entries(o).filter(([k, v]) => !k.startsWith("_") && v !== undefined));

export function assemble(seed: number) {
  const ctx = build(seed);
  const { producers, certs, roles, expectations, deferred, rng, rint, pick, newProducer, addProduct, addCert } = ctx;

  // Related products and decoys: carried by a producer planted for another need (same sector) or by a new one.
  for (const d of deferred) {
    const sector = CATEGORY_SECTOR[d.item[3] ?? d.n.category]!;
    const hosts = producers.filter((p: Rec) => p._origin && p._origin !== d.n.key && p.sector === sector && (p._hostedFor ?? []).length < 2 && !(p._hostedFor ?? []).includes(d.n.key));
    let p: Rec;
    if (hosts.length > 0 && rng() < 0.9) { p = pick(hosts); (p._hostedFor ??= []).push(d.n.key); } else p = newProducer(sector, pick(REGIONS)[0]);
    const pr = addProduct(p, d.item, { category: d.n.category });
    roles.set(pr, { need: needRef(d.n.key), role: d.role === "R" ? "related" : "decoy" });
    expectations.push({ need: needRef(d.n.key), producer: p, grade: d.role === "R" ? 1 : 0, nearMiss: false, plant: d.role });
  }
  for (let i = 0; i < BACKGROUND_PRODUCERS; i++) newProducer(pick(Object.keys(FILLERS)), pick(REGIONS)[0])._background = true;

  // Filler goods from the producer's sector, unrelated to every need.
  for (const p of producers) {
    const target = Math.max(p._products.length + 1, p._background ? rint(3, 5) : rint(3, 4));
    const pool = [...FILLERS[p.sector]!];
    p._fillers = [];
    while (p._products.length < target && pool.length > 0) {
      const item = pool.splice(rint(0, pool.length - 1), 1)[0]!;
      p._fillers.push(addProduct(p, item, {}));
    }
  }
  for (const c of certs) if (c._scopeToFiller) c._products = [c._producer._fillers[0]];

  // Noise certificates, never of a type a planted need checks for this producer.
  for (const p of producers) {
    if (rng() >= 0.35) continue;
    const food = p.sector === "food_beverage" || p.sector === "herbal_cosmetics";
    const types = (food ? ["halal", "pirt", "hki"] : ["hki", "iso9001", "sni", "other"]).filter((t) => !p._sensitive.has(t));
    addCert(p, pick(types), "2027-12-31", []);
  }

  // Shuffle so that refs say nothing about the plan, then number everything.
  const shuffle = <T>(xs: T[]) => { for (let i = xs.length - 1; i > 0; i--) { const j = rint(0, i); [xs[i], xs[j]] = [xs[j]!, xs[i]!]; } return xs; };
  shuffle(producers).forEach((p: Rec, i: number) => (p.ref = `SETG:IKM-${String(i + 1).padStart(4, "0")}`));
  const products = shuffle(producers.flatMap((p: Rec) => p._products));
  products.forEach((pr: Rec, i: number) => (pr.ref = `SETG:PRD-${String(i + 1).padStart(4, "0")}`));
  const order = new Map(producers.map((p: Rec, i: number) => [p, i]));
  certs.sort((a: Rec, b: Rec) => order.get(a._producer)! - order.get(b._producer)!);
  certs.forEach((c: Rec, i: number) => (c.ref = `SETG:CERT-${String(i + 1).padStart(4, "0")}`));

  const catalogue = {
    producers: producers.map((p: Rec) => {
      const first = p._products[0];
      p.monthlyCapacity = first.monthlyCapacity;
      p.capacityUnit = first.unit;
      p.description = `Produsen ${SECTOR_TEXT[p.sector]} di ${p._city}. Produk: ${p._products.map((x: Rec) => x.name).join(", ")}.`;
      return strip(p);
    }),
    buyers: BUYERS.map((b, i) => ({ ref: `SETG:BUYER-0${i + 1}`, ...b })),
    products: [...products].sort((a: Rec, b: Rec) => (a.ref < b.ref ? -1 : 1)).map((pr: Rec) => strip({ ...pr, producerRef: pr._producer.ref, status: "active" })),
    certifications: certs.map((c: Rec) => strip({ ...c, producerRef: c._producer.ref, productRefs: c._products.map((x: Rec) => x.ref) })),
    needs: NEEDS.map((n) => strip({
      ref: needRef(n.key), buyerRef: `SETG:BUYER-0${n.buyer + 1}`, title: n.title, description: n.desc, category: n.category,
      quantity: n.qty, unit: n.unit, deliveryProvinceCode: n.reg.slice(0, 2), deliveryRegencyCode: n.reg, neededBy: n.by,
      requiredCertifications: n.certs, minTkdnPercent: n.minTkdn, budgetPerUnit: n.budget,
      visibility: "public", status: "open",
    })),
  };
  const concepts: Concepts = {};
  const decoys: Record<string, string[]> = {};
  for (const [pr, r] of roles) {
    if (r.role === "decoy") (decoys[r.need] ??= []).push(pr.ref);
    else concepts[pr.ref] = { need: r.need, role: r.role as "asked" | "substitute" | "related" };
  }
  const expected = expectations.map((e) => ({ ...e, producer: e.producer.ref as string }));
  return { catalogue, concepts, decoys, expected, refDate: REF_DATE };
}
