// A breakdown's phrases as a buyer reads them, in both languages: a capacity or price read in
// the need's unit says what the producer listed in its own.
import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { resources } from "../../app/i18n/resources.server.ts";
import { reasonWriter } from "../../app/matching/reasons.ts";
import { evaluate, type CandidateFacts, type NeedFacts } from "../../app/matching/score.ts";

const now = new Date("2026-11-23T00:00:00+07:00");
const need: NeedFacts = {
  quantity: 20,
  unit: "ton",
  neededBy: new Date(now.getTime() + 100 * 86_400_000),
  requiredCertifications: [],
  minTkdnPercent: null,
  budgetPerUnit: 14_000_000,
  deliveryProvinceCode: "35",
  deliveryRegencyCode: "35.07",
  measures: [],
  category: "snacks",
};
const product: CandidateFacts = {
  relevance: 1,
  name: "Gula aren cetak",
  unit: "kg",
  monthlyCapacity: 6_000,
  leadTimeDays: 0,
  priceMin: 12_000,
  tkdnPercent: null,
  provinceCode: "35",
  regencyCode: "35.07",
  certificates: [],
  completed: 0,
};

describe("a breakdown's phrases", () => {
  it("says a converted capacity and price in the need's unit, then what the producer listed", async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: "id", resources: resources as never, defaultNS: "common" });
    const parts = evaluate(need, product, now).parts;
    const phrase = (lng: "id" | "en", factor: string) => reasonWriter(i18n.getFixedT(lng), lng, "WIB").part(parts.find((p) => p.factor === factor)!, need.unit, need.quantity);
    expect(phrase("id", "capacity")).toMatch(/^kapasitas 6 ton\/bulan cukup untuk 20 ton .*\(tercantum 6\.000 kg\/bulan\)$/);
    expect(phrase("id", "price")).toMatch(/^harga mulai Rp\s?12\.000\.000 per ton, dalam anggaran Rp\s?14\.000\.000 \(tercantum Rp\s?12\.000 per kg\)$/);
    expect(phrase("en", "capacity")).toMatch(/\(listed as 6[.,]000 kg\/month\)$/);
    expect(phrase("en", "price")).toMatch(/\(listed at Rp\s?12[.,]000 per kg\)$/);
    // In the producer's own unit, nothing is added.
    const same = evaluate({ ...need, unit: "kg", quantity: 20_000, budgetPerUnit: 14_000 }, product, now).parts.find((p) => p.factor === "price")!;
    expect(reasonWriter(i18n.getFixedT("id"), "id", "WIB").part(same, "kg", 20_000)).not.toContain("tercantum");
  });
});

describe("a gap's phrase", () => {
  it("says a certificate in force only from after the needed-by date, with its start date, in both languages", async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: "id", resources: resources as never, defaultNS: "common" });
    const later = { ...need, requiredCertifications: ["halal"] };
    const { gaps } = evaluate(later, { ...product, certificates: [{ type: "halal", status: "verified", validFrom: new Date("2027-07-16T00:00:00+07:00"), validUntil: null }] }, now);
    const phrase = (lng: "id" | "en") => reasonWriter(i18n.getFixedT(lng), lng, "WIB").gap(gaps[0]!);
    expect(phrase("id")).toMatch(/^sertifikat Halal baru berlaku mulai .*2027, setelah tanggal kebutuhan$/);
    expect(phrase("en")).toMatch(/^Halal certificate in force only from .*2027, after the needed-by date$/);
  });
});
