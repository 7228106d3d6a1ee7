// The fit of a product to a need's words: phrases, two languages, slips of the keyboard,
// the purpose, and which words count.
import { describe, expect, it } from "vitest";
import { equivalentsOf, fitTerm, phraseKey, singular } from "../../search/equivalents.ts";
import { DESCRIPTION_SHARE, fitsOf, needWords, oneSlipApart, PURPOSE_SHARE, TYPO_SHARE, wordsFound } from "../../search/fit.ts";
import { FITS, fitOf } from "../../search/matcher.ts";

const fit = (title: string, name: string, description = "") => fitsOf(needWords(title), [{ name, description }])[0]!;

describe("a need's words", () => {
  it("names the product before its purpose, without procurement words, stop words or numbers", () => {
    expect(needWords("Pengadaan kripik singkong balado 500 pak untuk suguhan tamu")).toEqual({ product: ["kripik", "singkong", "balado", "pak"], purpose: ["suguhan", "tamu"] });
    expect(needWords("Banana chips for employee Eid hampers")).toEqual({ product: ["banana", "chips"], purpose: ["employee", "eid", "hampers"] });
    expect(needWords("Gula aren sebagai bahan baku minuman")).toEqual({ product: ["gula", "aren"], purpose: ["bahan", "baku", "minuman"] });
    expect(needWords("Sarung tangan las kulit")).toEqual({ product: ["sarung", "tangan", "las", "kulit"], purpose: [] });
  });
});

describe("slips of the keyboard", () => {
  it("knows one letter doubled, dropped, added, changed, or two swapped", () => {
    for (const [typed, meant] of [["kerpuuk", "kerupuk"], ["amlpang", "amplang"], ["crackres", "crackers"], ["handuk", "anduk"], ["songket", "sngket"], ["kopii", "kopi"]]) expect(oneSlipApart(typed!, meant!)).toBe(true);
    for (const [a, b] of [["pallet", "palett"], ["kopi", "kopi"], ["batik", "tabik"], ["sepatu", "sepatunya"]]) expect(oneSlipApart(a!, b!)).toBe(false);
  });

  it("counts a slip in a longer word, never in a short one", () => {
    expect(fit("Amplang ikan tenggiri", "Amlpang ikan tenggiri")).toBeCloseTo((TYPO_SHARE + 2) / 3);
    expect(fitsOf(needWords("Madu hutan"), [{ name: "Madi hutan" }, { name: "Madu klanceng" }])[0]).toBeCloseTo(0.5);
  });
});

describe("two languages and phrases", () => {
  it("reads English plurals as the dictionary's singular", () => {
    expect(singular("chips")).toBe("chip");
    expect(singular("berries")).toBe("berry");
    expect(singular("glass")).toBe("glass");
  });

  it("finds an Indonesian need's words in an English name and the other way round", () => {
    expect(fit("Keripik pisang untuk hampers", "Banana chips")).toBeGreaterThan(FITS);
    expect(fit("Banana chips for Eid hampers", "Kripik pisang kepok")).toBeGreaterThan(FITS);
    expect(fit("Kerupuk udang mentah", "Shrimp crackers mentah")).toBeGreaterThan(FITS);
  });

  it("keeps phrases whole: 'sarung tangan' is gloves, but 'kerja' alone is no uniform", () => {
    expect(wordsFound(["sarung", "tangan", "las", "kulit"], { name: "Welding gloves" })).toEqual([0.8, 0.8, 0.8, 0]);
    expect(wordsFound(["sarung", "tenun"], { name: "Welding gloves" })).toEqual([0, 0]);
    expect(equivalentsOf(phraseKey("pakaian kerja")).has(fitTerm("seragam"))).toBe(true);
    expect(equivalentsOf(fitTerm("kerja")).has(fitTerm("seragam"))).toBe(false);
    // "gula merah" is the hand-kept vocabulary's "gula aren", but white sugar is not red sugar.
    expect(fit("Gula merah untuk dapur", "Gula aren cetak")).toBe(1);
    expect(fitOf(fitsOf(needWords("Gula merah untuk dapur"), [{ name: "Gula pasir" }, { name: "Gula merah cetak" }])[0]!)).toBe("category");
  });

  it("counts a word in the description less than one in the name", () => {
    expect(wordsFound(["tempe"], { name: "Keripik original", description: "Keripik tempe khas Malang" })).toEqual([DESCRIPTION_SHARE]);
  });
});

describe("which words count", () => {
  it("leaves out a word no product looked at holds, so it lowers no fit", () => {
    const [a, b] = fitsOf(needWords("Seragam dinas harian karyawan"), [{ name: "Seragam dinas harian" }, { name: "Seragam kerja" }]);
    expect(a).toBe(1);
    expect(b).toBeCloseTo(1 / 3);
  });

  it("adds a little for the purpose's words, never a fit by the purpose alone", () => {
    const need = needWords("Kain batik untuk seragam karyawan");
    const [shirt, uniform] = fitsOf(need, [{ name: "Kemeja batik seragam kantor" }, { name: "Seragam PDH" }, { name: "Kain batik tulis" }]);
    expect(shirt).toBeCloseTo(0.5 + PURPOSE_SHARE);
    expect(uniform).toBeCloseTo(PURPOSE_SHARE);
    expect(fitOf(uniform!)).toBe("category");
  });
});
