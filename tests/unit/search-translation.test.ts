// How our settings, filters and highlights translate to and from Meilisearch (no server
// needed), and the Indonesian text pipeline of the embedded engine.
import { describe, expect, it } from "vitest";
import { queryTree } from "../../search/embedded-engine.ts";
import { matches, toMeilisearchFilter } from "../../search/filters.ts";
import { highlight, segmentsFromMarkers } from "../../search/highlight.ts";
import { meilisearchSettings } from "../../search/meilisearch-engine.ts";
import { INDEX_SETTINGS, meilisearchSynonyms } from "../../search/settings.ts";
import { term, terms } from "../../search/text.ts";

describe("filters", () => {
  const filter = { sector: { eq: "batik" }, certifications: { all: ["halal", "sni"] }, provinceCode: { in: ["33", "35"] }, tkdnPercent: { gte: 40, lte: 90 }, verified: { eq: true } } as const;

  it("become one Meilisearch expression joined by AND, strings quoted", () => {
    expect(toMeilisearchFilter(filter)).toBe(
      'sector = "batik" AND certifications = "halal" AND certifications = "sni" AND provinceCode IN ["33", "35"] AND tkdnPercent >= 40 AND tkdnPercent <= 90 AND verified = true',
    );
    expect(toMeilisearchFilter({ name: { eq: 'a "quoted" name' } })).toBe('name = "a \\"quoted\\" name"');
    expect(toMeilisearchFilter(undefined)).toBeUndefined();
  });

  it("are evaluated the same way in process", () => {
    const yes = { sector: "batik", certifications: ["halal", "sni", "pirt"], provinceCode: "35", tkdnPercent: 60, verified: true };
    expect(matches(yes, filter)).toBe(true);
    expect(matches({ ...yes, certifications: ["halal"] }, filter)).toBe(false);
    expect(matches({ ...yes, tkdnPercent: null }, filter)).toBe(false);
    expect(matches({ ...yes, provinceCode: "31" }, filter)).toBe(false);
  });
});

describe("settings", () => {
  it("give Meilisearch the declared attributes, typo sizes and two-way synonyms", () => {
    const settings = meilisearchSettings("products");
    expect(settings.searchableAttributes).toEqual(INDEX_SETTINGS.products.searchableAttributes);
    expect(settings.filterableAttributes).toContain("certifications");
    expect(settings.typoTolerance).toMatchObject({ minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } });
    const synonyms = meilisearchSynonyms();
    expect(synonyms["gula merah"]).toEqual(expect.arrayContaining(["gula aren", "gula kelapa", "gula semut"]));
    // One way: a narrower term does not find its siblings.
    expect(synonyms["gula aren"]).not.toContain("gula kelapa");
    expect(synonyms["gula aren"]).not.toContain("gula merah");
    expect(synonyms["kripik"]).toContain("keripik");
    expect(synonyms["keripik"]).toContain("kripik");
  });
});

describe("Indonesian text", () => {
  it("folds case and accents, unifies spellings, and stems affixes", () => {
    expect(terms("Kripik PISANG")).toEqual(terms("keripik pisang"));
    expect(term("menganyam")).toBe(term("anyaman"));
    expect(term("furniture")).toBe(term("furnitur"));
    expect(terms("Kopi 1 kg")).toEqual(["kopi", "1", "kg"]);
  });

  it("turns each synonym phrase of a query into any phrase of its group", () => {
    const tree = queryTree("Gula merah 1 kg", "AND");
    expect(tree).toMatchObject({ combineWith: "AND", queries: ["1 kg", { combineWith: "OR", prefix: false }] });
    const group = (tree as { queries: [string, { queries: { queries: string[] }[] }] }).queries[1].queries.map((q) => q.queries[0]);
    expect(group).toEqual(expect.arrayContaining(["gula merah", "gula aren", "gula kelapa", "gula semut"]));
    const narrower = (queryTree("gula aren", "AND") as { queries: { queries: { queries: string[] }[] }[] }).queries[0]!.queries.map((q) => q.queries[0]);
    expect(narrower).toEqual(expect.arrayContaining(["gula aren", "gula enau"]));
    expect(narrower).not.toContain("gula kelapa");
    expect(queryTree("  ", "AND")).toBeNull();
  });
});

describe("highlights", () => {
  it("mark the words whose term matched, keeping the text whole", () => {
    const segments = highlight("Keripik pisang, kripik singkong", new Set([term("keripik")]));
    expect(segments.map((s) => s.text).join("")).toBe("Keripik pisang, kripik singkong");
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(["Keripik", "kripik"]);
  });

  it("read Meilisearch's markers, never as HTML", () => {
    expect(segmentsFromMarkers("a \u0002<b>kopi</b>\u0003 z", "\u0002", "\u0003")).toEqual([
      { text: "a ", match: false },
      { text: "<b>kopi</b>", match: true },
      { text: " z", match: false },
    ]);
  });
});
