// Corrections for the site search: one slip of the keyboard to the catalogue's most used word.
import { describe, expect, it } from "vitest";
import { correctedWords, correctionOf, doubledLetterOf, slipRank } from "../../app/lib/spelling.ts";

const vocabulary = new Map([
  ["keripik", 40],
  ["kripik", 12],
  ["pisang", 30],
  ["tempe", 9],
  ["tempa", 2],
  ["batik", 25],
  ["teh", 10],
  ["tas", 8],
]);

describe("a mistyped word", () => {
  it("is corrected to the most used word one slip away: dropped, doubled, changed or swapped letters", () => {
    expect(correctionOf("keripk", vocabulary)).toBe("keripik");
    expect(correctionOf("kripk", vocabulary)).toBe("kripik");
    expect(correctionOf("pissang", vocabulary)).toBe("pisang");
    expect(correctionOf("btaik", vocabulary)).toBe("batik");
    expect(correctionOf("tmpe", vocabulary)).toBe("tempe");
    // One slip from both "tempe" (9 uses) and "tempa" (2): the more used wins.
    expect(correctionOf("tempo", vocabulary)).toBe("tempe");
  });

  it("is left alone when the catalogue holds it, when it is short or has a digit, or when nothing is close", () => {
    expect(correctionOf("kripik", vocabulary)).toBeNull();
    expect(correctionOf("tes", vocabulary)).toBeNull();
    expect(correctionOf("batik2", vocabulary)).toBeNull();
    expect(correctionOf("sepatu", vocabulary)).toBeNull();
  });

  it("breaks a tie alphabetically, whatever order the words were read in", () => {
    // "tempx" is one far key from "tempe" and from "tempi", both used 9 times.
    const tempiFirst = new Map([["tempi", 9], ["tempe", 9]]);
    const tempeFirst = new Map([["tempe", 9], ["tempi", 9]]);
    expect(correctionOf("tempx", tempiFirst)).toBe("tempe");
    expect(correctionOf("tempx", tempeFirst)).toBe("tempe");
  });
});

describe("a slip's likelihood", () => {
  it("ranks swapped, dropped and doubled letters and a key beside the meant one first, a far key next, a stray letter last", () => {
    expect(slipRank("btaik", "batik")).toBe(0);
    expect(slipRank("keripk", "keripik")).toBe(0);
    expect(slipRank("pissang", "pisang")).toBe(0);
    // A key beside the meant one ("o" beside "i"), a far one ("o" and "e").
    expect(slipRank("tempo", "tempi")).toBe(0);
    expect(slipRank("tempo", "tempe")).toBe(1);
    // A stray letter from a key beside its neighbour ("mukenma": "m" beside "n"), any other stray one.
    expect(slipRank("mukenma", "mukena")).toBe(1);
    expect(slipRank("paurt", "part")).toBe(2);
    expect(slipRank("paurt", "parut")).toBe(0);
    expect(slipRank("batik", "batik")).toBeNull();
    expect(slipRank("bakso", "batik")).toBeNull();
  });

  it("decides before how much a word is used", () => {
    // "part" is far more used, but a stray "u" is the less likely slip.
    expect(correctionOf("paurt", new Map([["part", 50], ["parut", 3]]))).toBe("parut");
  });
});

describe("a letter doubled", () => {
  it("is read only as one more of a letter beside the same letter", () => {
    expect(doubledLetterOf("abon", "abonn")).toBe(true);
    expect(doubledLetterOf("abon", "aabon")).toBe(true);
    expect(doubledLetterOf("abon", "abon")).toBe(false);
    expect(doubledLetterOf("abon", "abobn")).toBe(false);
    expect(doubledLetterOf("abon", "abonnn")).toBe(false);
  });
});

describe("a query", () => {
  it("has each mistyped word corrected, the rest kept, or nothing when every word is known", () => {
    expect(correctedWords(["keripk", "pisang", "asin"], vocabulary)).toEqual(["keripik", "pisang", "asin"]);
    expect(correctedWords(["keripik", "pisang"], vocabulary)).toBeNull();
  });
});
