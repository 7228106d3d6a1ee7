// The sizes a need's title asks and a product's name states (app/matching/measures.ts), and
// what the score makes of another size than asked.
import { describe, expect, it } from "vitest";
import { askedMeasures, measuresOf, otherSize } from "../../app/matching/measures.ts";

const values = (text: string) => measuresOf(text).map((m) => `${m.dimension}=${m.value}`);

describe("measures", () => {
  it("reads amounts in either language's units and number writing", () => {
    expect(values("Minyak kayu putih 60 ml")).toEqual(["volume=60"]);
    expect(values("HDPE jerry can 20 L")).toEqual(["volume=20000"]);
    expect(values("Jerigen 20 liter")).toEqual(["volume=20000"]);
    expect(values("Gula aren 0,5 kg")).toEqual(values("Gula aren 500 gr"));
    expect(values("Kemasan 1.000 ml")).toEqual(["volume=1000"]);
    expect(values("Lampu LED 12W E27")).toEqual(["power=12", "code e=27"]);
    expect(values("Masker kain 3 lapis")).toEqual(["layers=3"]);
  });

  it("reads grade codes and dimensions, whichever side is written first", () => {
    expect(values("Mur baut M16 galvanis")).toEqual(["code m=16"]);
    expect(values("Paving block K-300")).toEqual(values("Paving K300"));
    expect(values("Pallet kayu 1200 x 1000")).toEqual(values("Wooden pallet 1000x1200"));
  });

  it("reads no size in a bare number, a year or a code inside a word", () => {
    expect(values("Kalender dinding 2028")).toEqual([]);
    expect(values("Kotak P3K isi lengkap")).toEqual([]);
  });

  it("takes the sizes a title asks from the product it names, not from its purpose", () => {
    expect(askedMeasures("Minyak kayu putih 60 ml untuk kotak P3K").map((m) => m.label)).toEqual(["60 ml"]);
    expect(askedMeasures("Kaos oblong katun untuk bulan K3")).toEqual([]);
  });

  it("finds another size only where the product states that measure otherwise", () => {
    const asked = askedMeasures("Minyak kayu putih 60 ml untuk kotak P3K");
    expect(otherSize(asked, "Minyak kayu putih 30 ml")).toEqual({ asked: "60 ml", offered: "30 ml" });
    expect(otherSize(asked, "Cajuput oil 60 ml")).toBeNull();
    expect(otherSize(asked, "Minyak kayu putih botol")).toBeNull();
    expect(otherSize(asked, "Minyak kayu putih 250 g")).toBeNull();
    expect(otherSize(askedMeasures("Jerigen plastik 20 liter"), "Jerigen 25 liter")).toEqual({ asked: "20 liter", offered: "25 liter" });
    expect(otherSize(askedMeasures("Gula 1 kg"), "Gula 1.000 g")).toBeNull();
  });
});
