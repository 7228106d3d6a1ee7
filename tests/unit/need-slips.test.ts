// A buyer's slip of the keyboard in a need's title, read as the word meant (need-slips.ts):
// the need then meets the other names and translations of what it asks for.
import { describe, expect, it } from "vitest";
import { meantWord } from "../../app/matching/need-slips.ts";
import { fitter, needWords } from "../../app/matching/fit.ts";
import { FITS } from "../../app/matching/score.ts";

describe("a need's mistyped word", () => {
  it("is read as the lexicons' word one slip away, in either language", () => {
    expect(needWords("Naksa kayu untuk kamar mess").product).toEqual(["nakas", "kayu"]);
    expect(needWords("Surgical scrb suits for operating theatre staff").product).toEqual(["surgical", "scrub", "suits"]);
    expect(needWords("Wooden clothes hagners for guest rooms").product).toEqual(["wooden", "clothes", "hangers"]);
    expect(needWords("Kerupuk kraak mentah untuk kantin").product).toEqual(["kerupuk", "karak", "mentah"]);
  });

  it("meets what the word meant meets: a mistyped English need finds the Indonesian names", () => {
    const fits = fitter(needWords("Blackout curtians for guest rooms"));
    expect(fits({ name: "Gorden blackout" })).toBeGreaterThanOrEqual(FITS);
    expect(fits({ name: "Tirai blackout" })).toBeGreaterThanOrEqual(FITS);
  });

  it("is the likeliest slip's word: swapped, dropped or doubled letters before a stray one", () => {
    // "paurt" is one slip from "parut" (swapped) and from "part" (a stray "u").
    expect(meantWord("paurt", "Mesin paurt kelapa")).toBe("parut");
    // "magents": "magnets" swapped, not "agents" with a stray "m".
    expect(meantWord("magents", "Fridge magents with Komodo motifs")).toBe("magnets");
    expect(meantWord("gren", "Gren tea loose leaf")).toBe("green");
  });

  it("is left alone when it is a word of its own, English or Indonesian, though the lexicons lack it", () => {
    // SCOWL's inflected English: no "sewers", "shelves" or "training".
    expect(needWords("Bamboo satay skewers for staff canteens").product).toEqual(["bamboo", "satay", "skewers"]);
    expect(meantWord("sheaves", "Cast-iron V-belt sheaves")).toBe("sheaves");
    expect(meantWord("draining", "Oil-draining spinner machines")).toBe("draining");
    expect(meantWord("kayu", "Nampan kayu")).toBe("kayu");
  });

  it("is left alone when the title writes it as a name: an acronym, or a capital in a title in lower case", () => {
    expect(meantWord("ansi", "Carbon steel flanges ANSI 150, 4 inch")).toBe("ansi");
    expect(meantWord("bajo", "Kain tenun Bajo untuk suvenir")).toBe("bajo");
    expect(meantWord("bajo", "kain tenun bajo untuk suvenir")).toBe("baju");
    // A title in title case says nothing by its capitals.
    expect(needWords("Pengadaan Naksa Kayu Jati untuk Mess").product).toEqual(["nakas", "kayu", "jati"]);
  });
});
