import { describe, expect, it } from "vitest";
import { PRODUCT_CATEGORY_KEYS } from "../../app/models/domain.ts";
import { catalogueQuery, decodeCertificate, encodeCertificate, findCandidates, IN_CATEGORY, type MatchDocument } from "../../app/matching/candidates.ts";
import { FITS } from "../../app/matching/score.ts";
import { EmbeddedEngine } from "../../search/embedded-engine.ts";
import { NEIGHBOUR_CATEGORIES, neighboursOf } from "../../search/vocabulary.ts";

const doc = (id: string, category: string, name: string, description = ""): MatchDocument & Record<string, string | number | null | readonly string[]> => ({
  id,
  category,
  name,
  description,
  categoryLabel: "",
  producerName: "",
  sentraName: "",
  producerId: `producer-${id}`,
  unit: "pcs",
  monthlyCapacity: 1000,
  leadTimeDays: 7,
  priceMin: 10000,
  tkdnPercent: 60,
  provinceCode: "35",
  regencyCode: "35.07",
  certificateFacts: [],
  certifications: [],
  completedMatches: 0,
});

describe("matcher candidates", () => {
  it("carries certificates through the index unchanged, with and without expiry", () => {
    const until = new Date("2027-03-01T00:00:00.000Z");
    expect(decodeCertificate(encodeCertificate({ type: "halal", status: "verified", validUntil: until }))).toEqual({ type: "halal", status: "verified", validUntil: until });
    expect(decodeCertificate(encodeCertificate({ type: "pirt", status: "pending", validUntil: null }))).toEqual({ type: "pirt", status: "pending", validUntil: null });
  });

  it("asks the whole catalogue for a kind's general names too ('jas hujan' for a poncho), as when they were its names", () => {
    expect(catalogueQuery(["ponco"]).split(" ")).toEqual(expect.arrayContaining(["jas", "hujan", "raincoat"]));
  });

  it("names only real categories as neighbours, both ways", () => {
    for (const key of NEIGHBOUR_CATEGORIES.flat()) expect(PRODUCT_CATEGORY_KEYS).toContain(key);
    for (const category of PRODUCT_CATEGORY_KEYS) for (const n of neighboursOf(category)) expect(neighboursOf(n)).toContain(category);
  });

  it("takes the need's category, products of other categories that fit, and the rest of its category with their low fits", async () => {
    const engine = new EmbeddedEngine();
    await engine.upsert("products", [
      doc("cloth", "batik_cloth", "Kain batik cap", "Kain batik cap motif parang untuk seragam"),
      doc("plain", "batik_cloth", "Kain tenun ikat", "Kain tenun tangan"),
      doc("shirt", "apparel", "Kemeja batik seragam kantor", "Kemeja batik cap lengan pendek"),
      doc("faraway", "furniture", "Meja batik ukir", "Meja kayu dengan ukiran motif batik"),
      doc("misfiled", "textile_goods", "Kain batik tulis", "Batik tulis pewarna alam"),
    ]);
    const found = new Map((await findCandidates(engine, { title: "Kain batik untuk seragam karyawan", category: "batik_cloth" })).map((c) => [c.document.id, c.relevance]));
    expect(found.get("cloth")).toBe(1);
    // A neighbour's batik shirt fits through the need's word and its purpose ("seragam").
    expect(found.get("shirt")).toBeGreaterThan(FITS);
    // The rest of the category is looked at, with the low fit of the words it shares.
    expect(found.get("plain")).toBeGreaterThan(0);
    expect(found.get("plain")).toBeLessThanOrEqual(FITS);
    // A product filed under another category is found when it fits, wherever it is filed;
    // one sharing a word only ("batik" on a carved table) is not.
    expect(found.get("misfiled")).toBe(1);
    expect(found.has("faraway")).toBe(false);
  });

  it("marks a product of the category named as a thing made for the one asked, so its breakdown says so", async () => {
    const engine = new EmbeddedEngine();
    await engine.upsert("products", [doc("sugar", "sweeteners", "Gula aren cetak batok"), doc("mould", "sweeteners", "Cetakan gula aren kayu"), doc("shelf", "sweeteners", "Rak sepatu besi")]);
    const found = new Map((await findCandidates(engine, { title: "Gula aren cetak untuk dapur katering", category: "sweeteners" })).map((c) => [c.document.id, c]));
    expect(found.get("sugar")).toMatchObject({ relevance: 1 });
    expect(found.get("sugar")!.madeFor).toBeUndefined();
    expect(found.get("mould")).toMatchObject({ madeFor: true });
    expect(found.get("mould")!.relevance).toBeLessThanOrEqual(FITS);
    // A shoe rack sharing none of the need's words is made for no palm sugar: only of the category.
    expect(found.get("shelf")!.madeFor).toBeUndefined();
  });

  it("looks at the products naming the need's words before those only describing them", async () => {
    const engine = new EmbeddedEngine();
    const described = doc("described", "uniforms", "Coverall teknisi", "Wearpack katun drill untuk teknisi");
    await engine.upsert("products", [described, doc("other", "uniforms", "Topi lapangan", "Topi katun")]);
    const ids = async () => (await findCandidates(engine, { title: "Wearpack katun", category: "uniforms" })).map((c) => c.document.id);
    // Few products name it: those describing it are looked at too, before the rest of the category.
    expect(await ids()).toContain("described");
    // A category with more products naming the need's words than are looked at: its
    // descriptions are not searched (at 100,000 products, half a slow need's time).
    await engine.upsert("products", Array.from({ length: IN_CATEGORY }, (_, i) => doc(`named-${i}`, "uniforms", `Wearpack katun model ${i}`)));
    const found = await ids();
    expect(found.filter((id) => id.startsWith("named-"))).toHaveLength(IN_CATEGORY);
    expect(found).not.toContain("described");
  });

  it("looks at a large category's products holding the certificates a need requires, however their names rank", async () => {
    const engine = new EmbeddedEngine();
    const named = Array.from({ length: IN_CATEGORY }, (_, i) => doc(`named-${i}`, "uniforms", `Wearpack katun drill model ${i}`));
    const certified = { ...doc("certified", "uniforms", "Coverall teknisi wearpack"), certifications: ["tkdn"] };
    await engine.upsert("products", [...named, certified]);
    const ids = async (required?: string[]) => (await findCandidates(engine, { title: "Wearpack katun drill", category: "uniforms", required })).map((c) => c.document.id);
    expect(await ids()).not.toContain("certified");
    expect(await ids(["tkdn"])).toContain("certified");
  });
});

describe("the engine's stems", () => {
  it("answers a search for shirts with shirts, not tables (kemeja is a root word, not ke- + meja)", async () => {
    const engine = new EmbeddedEngine();
    await engine.upsert("products", [doc("shirt", "batik_apparel", "Kemeja batik lengan panjang"), doc("table", "furniture", "Meja kerja kayu jati"), doc("basket", "woven_crafts", "Keranjang anyaman pandan"), doc("bed", "furniture", "Ranjang jati ukir")]);
    const ids = async (q: string) => (await engine.search<MatchDocument>("products", { q, hitsPerPage: 10, highlight: false })).hits.map((h) => h.document.id);
    expect(await ids("kemeja")).toEqual(["shirt"]);
    expect(await ids("meja")).toEqual(["table"]);
    // The engine forgives two letters in a long word: the bed may follow, never lead.
    expect((await ids("keranjang"))[0]).toBe("basket");
    expect(await ids("menganyam")).toEqual(["basket"]);
  });
});
