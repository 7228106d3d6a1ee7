// A buyer's slip of the keyboard in a need's title, read as the word meant (need-slips.ts):
// the need then meets the other names and translations of what it asks for.
import { describe, expect, it } from "vitest";
import { meantWord } from "../../app/matching/need-slips.ts";
import { fitter, needWords } from "../../app/matching/fit.ts";
import { FITS } from "../../app/matching/score.ts";

describe("a need's mistyped word", () => {
  it("is read as the lexicons' word one slip away, in either language", () => {
    expect(needWords("Naksa kayu untuk kamar mess").product).toEqual(["nakas", "kayu"]);
    expect(needWords("Blackout curtians for guest rooms").product).toEqual(["blackout", "curtains"]);
    expect(needWords("Kerupuk kraak mentah untuk kantin").product).toEqual(["kerupuk", "karak", "mentah"]);
  });

  it("meets what the word meant meets: a mistyped English need finds the Indonesian names", () => {
    const fits = fitter(needWords("Blackout curtians for guest rooms"));
    expect(fits({ name: "Gorden blackout" })).toBeGreaterThanOrEqual(FITS);
    expect(fits({ name: "Tirai blackout" })).toBeGreaterThanOrEqual(FITS);
  });

  it("is the likeliest slip's word: swapped or dropped letters and keys beside the meant one before a stray letter", () => {
    // "paurt" is one slip from "parut" (swapped) and from "part" (a stray "u").
    expect(meantWord("paurt", "Mesin paurt kelapa")).toBe("parut");
    // "n" beside "m": "seragam", not "serangan" with its "n" left out (more used).
    expect(needWords("Seragan dinas harian").product).toEqual(["seragam", "dinas", "harian"]);
  });

  it("is the word making a phrase the lexicons know with its neighbour, short words only so", () => {
    // "surta" is one likely slip from "sutra", "surya" and "surat": "tenaga surya" is a phrase.
    expect(needWords("Lampu jalan tenaga surta").product).toEqual(["lampu", "jalan", "tenaga", "surya"]);
    expect(needWords("Gula arne cetak").product).toEqual(["gula", "aren", "cetak"]);
    // A four-letter word alone reaches too many: "embe" (a regional sambal) is no "ember".
    expect(needWords("Sambal embe").product).toEqual(["sambal", "embe"]);
  });

  it("is left alone when it is a word of its own, though the lexicons lack it, or a regional name none lists", () => {
    // SCOWL's inflected English: no "sewers", "shelves" or "training".
    expect(needWords("Bamboo satay skewers for staff canteens").product).toEqual(["bamboo", "satay", "skewers"]);
    expect(meantWord("sheaves", "Cast-iron V-belt sheaves")).toBe("sheaves");
    expect(meantWord("draining", "Oil-draining spinner machines")).toBe("draining");
    // Lower-case abbreviations, and a regional dish one far slip from a word of the lexicons.
    expect(needWords("Keripik tempe izin pirt").product).toContain("pirt");
    expect(needWords("Tekwan ikan beku").product).toContain("tekwan");
  });

  it("is left alone when the title writes it as a name: an acronym, or a capital in a title in lower case", () => {
    expect(meantWord("ansi", "Carbon steel flanges ANSI 150, 4 inch")).toBe("ansi");
    expect(meantWord("umkm", "UMKM binaan kerajinan")).toBe("umkm");
    expect(meantWord("bontang", "Kopi bubuk Bontang")).toBe("bontang");
    expect(meantWord("bontang", "kopi bubuk bontang")).toBe("bintang");
    // A title in title case or in capitals says nothing by them.
    expect(needWords("Pengadaan Naksa Kayu Jati untuk Mess").product).toEqual(["nakas", "kayu", "jati"]);
    expect(needWords("PENGADAAN NAKSA KAYU JATI").product).toEqual(["nakas", "kayu", "jati"]);
  });
});
