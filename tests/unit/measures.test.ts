// The sizes a need's title asks and a product's name states (app/matching/measures.ts): what
// is read, what is left unread because it is unsure, and when a product is another size.
import { describe, expect, it } from "vitest";
import { askedMeasures, measuresOf, otherSize } from "../../app/matching/measures.ts";

const values = (text: string) => measuresOf(text).map((m) => `${m.dimension}=${m.values.join("/")}`);
const other = (title: string, name: string) => otherSize(askedMeasures(title), name);

describe("measures", () => {
  it("reads amounts in either language's units and number writing", () => {
    expect(values("Minyak kayu putih 60 ml")).toEqual(["volume=60"]);
    expect(values("HDPE jerry can 20 L")).toEqual(["volume=20000"]);
    expect(values("Gula aren 0,5 kg")).toEqual(values("Gula aren 500 gr"));
    expect(values("Gula pasir 1/2 kg")).toEqual(["mass=500"]);
    expect(values("Kemasan 1.000 ml")).toEqual(["volume=1000"]);
    expect(values("Minyak 1.250,5 ml")).toEqual(["volume=1250.5"]);
    // "1,500" is one and a half in Indonesian and fifteen hundred in English: either.
    expect(values("PET bottle 1,500 ml")).toEqual(["volume=1.5/1500"]);
    expect(values("Lampu LED 12W E27")).toEqual(["power=12", "code e=27"]);
    expect(values("Masker kain 3 lapis")).toEqual(["layers=3"]);
  });

  it("reads a list or range before one unit as the sizes offered", () => {
    expect(values("Minyak kayu putih 30/60/120 ml")).toEqual(["volume=30/60/120"]);
    expect(values("Botol kaca 30-60 ml")).toEqual(["volume=30/60"]);
    expect(values("Minyak kayu putih 30, 60 dan 120 ml")).toEqual(["volume=30/60/120"]);
  });

  it("reads grade codes and dimensions, whichever side is written first, in one unit", () => {
    expect(values("Mur baut M16, galvanis")).toEqual(["code m=16"]);
    expect(values("Paving block K-300")).toEqual(values("Paving K300"));
    expect(values("Pallet kayu 1200 x 1000 mm")).toEqual(["size2=1200/1000"]);
    expect(other("Pallet kayu 1200 x 1000 mm", "Wooden pallet 100 x 120 cm")).toBeNull();
  });

  it("leaves unread what it cannot be sure of: plain lengths, clothing sizes, bare numbers, codes inside words", () => {
    expect(values("Tali tambang nilon 12 mm")).toEqual([]);
    expect(values("Kaos polo katun ukuran S-4L")).toEqual([]);
    expect(values("Kalender dinding 2028")).toEqual([]);
    expect(values("Kotak P3K isi lengkap")).toEqual([]);
    expect(values("Lantai kerja 10 m2")).toEqual([]);
  });

  it("takes the sizes a title asks from the product it names, not its purpose nor an aside", () => {
    expect(askedMeasures("Minyak kayu putih 60 ml untuk kotak P3K").map((m) => m.label)).toEqual(["60 ml"]);
    expect(askedMeasures("Kaos oblong katun untuk bulan K3")).toEqual([]);
    expect(askedMeasures("Gula pasir 1 kg (total 2 ton)").map((m) => m.label)).toEqual(["1 kg"]);
  });

  it("finds another size only where the product states that measure, near enough to compare, at none of the values asked", () => {
    expect(other("Minyak kayu putih 60 ml untuk kotak P3K", "Minyak kayu putih 30 ml")).toEqual({ asked: "60 ml", offered: "30 ml" });
    expect(other("Jerigen plastik 20 liter", "Jerigen 25 liter")).toEqual({ asked: "20 liter", offered: "25 liter" });
    expect(other("Mur baut M16", "Baut M12 galvanis")).toEqual({ asked: "M16", offered: "M12" });
    expect(other("Air mineral 600 ml", "Air mineral 24 x 330 ml")).toEqual({ asked: "600 ml", offered: "330 ml" });
    // The same, or not stated, or another measure.
    expect(other("Minyak kayu putih 60 ml", "Cajuput oil 60 ml")).toBeNull();
    expect(other("Minyak kayu putih 60 ml", "Minyak kayu putih botol")).toBeNull();
    expect(other("Minyak kayu putih 60 ml", "Minyak kayu putih 250 g")).toBeNull();
    expect(other("Gula pasir 1/2 kg", "Gula pasir kristal 500 gr")).toBeNull();
    expect(other("Meja kerja 120 x 60 cm", "Meja kerja 1200 x 600 mm")).toBeNull();
    expect(other("Sarung tangan las 14 x 6 inch", "Sarung tangan las 35,5 x 15 cm")).toBeNull();
    // Any size asked, any offered: "20 liter / 25 liter", "30/60/120 ml".
    expect(other("Jerigen plastik 20 liter / 25 liter", "Jerigen plastik 20 liter")).toBeNull();
    expect(other("Minyak kayu putih 60 ml", "Minyak kayu putih 30/60/120 ml")).toBeNull();
    // A total is no pack size: two tons of sugar come in 50 kg sacks.
    expect(other("Pengadaan gula pasir 2 ton", "Gula pasir kristal putih 50 kg")).toBeNull();
  });
});
