import { describe, expect, it } from "vitest";
import {
  DEFAULT_TAX_RULES,
  STAMP_DUTY,
  STAMP_DUTY_THRESHOLD,
  VAT_COLLECTOR_THRESHOLD,
  fakturNumberValid,
  needsStampDuty,
  taxFor,
} from "~/models/trade/tax.ts";

const pkpToAnyone = { sellerPkp: true, buyerCollectsVat: false };
const pkpToCollector = { sellerPkp: true, buyerCollectsVat: true };

describe("taxFor: PKP seller, ordinary buyer", () => {
  it("charges 12% on a DPP of 11/12 of the price", () => {
    // 1,000,000 × 11/12 = 916,666.67 → 916,667; × 12% = 110,000.04 → 110,000.
    expect(taxFor({ price: 1_000_000, ...pkpToAnyone })).toEqual({
      price: 1_000_000,
      taxBase: 916_667,
      vat: 110_000,
      vatCollectedBy: "seller",
      total: 1_110_000,
      payableToSeller: 1_110_000,
      incomeTaxWithheld: 0,
      stampDuty: false,
      transactionCode: "01",
    });
  });

  it("uses the whole price as DPP for luxury goods", () => {
    const r = taxFor({ price: 1_000_000, ...pkpToAnyone, luxury: true });
    expect([r.taxBase, r.vat, r.total]).toEqual([1_000_000, 120_000, 1_120_000]);
  });

  it("charges nothing on nothing", () => {
    const r = taxFor({ price: 0, ...pkpToAnyone });
    expect([r.taxBase, r.vat, r.total, r.payableToSeller]).toEqual([0, 0, 0, 0]);
    expect(r.transactionCode).toBe("01");
  });
});

describe("taxFor: rounding half up to the whole rupiah", () => {
  it.each([
    // price, DPP (exact value in the comment), PPN, total
    [6, 6, 1, 7], // DPP 5.5 → 6; PPN 0.72 → 1
    [18, 17, 2, 20], // DPP 16.5 → 17; PPN 2.04 → 2
    [1_000_002, 916_669, 110_000, 1_110_002], // DPP 916,668.5 → 916,669; PPN 110,000.28
    [1, 1, 0, 1], // DPP 0.9167 → 1; PPN 0.12 → 0
    [13, 12, 1, 14], // DPP 11.9167 → 12; PPN 1.44 → 1
    [5, 5, 1, 6], // DPP 4.5833 → 5; PPN 0.6 → 1
    [100_000, 91_667, 11_000, 111_000], // DPP 91,666.67; PPN 11,000.04
  ])("price %i → DPP %i, PPN %i, total %i", (price, taxBase, vat, total) => {
    const r = taxFor({ price, ...pkpToAnyone });
    expect([r.taxBase, r.vat, r.total]).toEqual([taxBase, vat, total]);
  });

  it("keeps PPN within a rupiah of 11% of the price, always as integers", () => {
    for (let price = 0; price <= 3_000; price++) {
      const r = taxFor({ price, ...pkpToAnyone });
      for (const value of [r.taxBase, r.vat, r.total, r.payableToSeller]) expect(Number.isSafeInteger(value)).toBe(true);
      expect(Math.abs(r.vat * 100 - price * 11)).toBeLessThanOrEqual(100);
    }
  });
});

describe("taxFor: VAT-collector buyer (pemungut PPN)", () => {
  it("leaves collection to the seller at exactly Rp10,000,000 including PPN", () => {
    // DPP 8,258,258.25 → 8,258,258; PPN 990,990.96 → 990,991; total 10,000,000.
    const r = taxFor({ price: 9_009_009, ...pkpToCollector });
    expect(r.total).toBe(VAT_COLLECTOR_THRESHOLD);
    expect(r.vatCollectedBy).toBe("seller");
    expect(r.transactionCode).toBe("01");
    expect(r.payableToSeller).toBe(10_000_000);
  });

  it("collects itself one rupiah above, and pays the seller the price", () => {
    // DPP 8,258,259.17 → 8,258,259; PPN 990,991.08 → 990,991; total 10,000,001.
    const r = taxFor({ price: 9_009_010, ...pkpToCollector });
    expect(r.total).toBe(10_000_001);
    expect(r.vatCollectedBy).toBe("buyer");
    expect(r.transactionCode).toBe("03");
    expect(r.payableToSeller).toBe(9_009_010);
  });

  it("states the full total on the document while the seller receives the price", () => {
    // DPP 18,333,333.33 → 18,333,333; PPN 2,199,999.96 → 2,200,000.
    expect(taxFor({ price: 20_000_000, ...pkpToCollector })).toEqual({
      price: 20_000_000,
      taxBase: 18_333_333,
      vat: 2_200_000,
      vatCollectedBy: "buyer",
      total: 22_200_000,
      payableToSeller: 20_000_000,
      incomeTaxWithheld: 0,
      stampDuty: true,
      transactionCode: "03",
    });
  });

  it("withholds PPh 22 at 1.5% of the price when asked", () => {
    const r = taxFor({ price: 20_000_000, ...pkpToCollector, buyerWithholdsIncomeTax: true });
    expect(r.incomeTaxWithheld).toBe(300_000);
    expect(r.payableToSeller).toBe(19_700_000);
  });

  it("rounds PPh 22 half up too", () => {
    // 1,100 × 1.5% = 16.5 → 17; 1,099 × 1.5% = 16.485 → 16.
    expect(taxFor({ price: 1_100, ...pkpToAnyone, buyerWithholdsIncomeTax: true }).incomeTaxWithheld).toBe(17);
    expect(taxFor({ price: 1_099, ...pkpToAnyone, buyerWithholdsIncomeTax: true }).incomeTaxWithheld).toBe(16);
  });
});

describe("taxFor: seller not a PKP", () => {
  it("charges no PPN and issues no tax invoice", () => {
    expect(taxFor({ price: 7_500_000, sellerPkp: false, buyerCollectsVat: false })).toEqual({
      price: 7_500_000,
      taxBase: 0,
      vat: 0,
      vatCollectedBy: null,
      total: 7_500_000,
      payableToSeller: 7_500_000,
      incomeTaxWithheld: 0,
      stampDuty: true,
      transactionCode: null,
    });
  });

  it("has nothing for a collector buyer to collect, but income tax still applies", () => {
    const r = taxFor({ price: 50_000_000, sellerPkp: false, buyerCollectsVat: true, buyerWithholdsIncomeTax: true });
    expect([r.vat, r.vatCollectedBy, r.transactionCode]).toEqual([0, null, null]);
    expect(r.incomeTaxWithheld).toBe(750_000);
    expect(r.payableToSeller).toBe(49_250_000);
  });

  it("ignores the luxury flag", () => {
    expect(taxFor({ price: 1_000_000, sellerPkp: false, buyerCollectsVat: false, luxury: true }).vat).toBe(0);
  });
});

describe("taxFor: large amounts stay exact", () => {
  it("handles a trillion rupiah", () => {
    // DPP 916,666,666,666.67 → 916,666,666,667; PPN 110,000,000,000.04 → 110,000,000,000.
    const r = taxFor({ price: 1_000_000_000_000, ...pkpToCollector, buyerWithholdsIncomeTax: true });
    expect(r.taxBase).toBe(916_666_666_667);
    expect(r.vat).toBe(110_000_000_000);
    expect(r.total).toBe(1_110_000_000_000);
    expect(r.incomeTaxWithheld).toBe(15_000_000_000);
    expect(r.payableToSeller).toBe(985_000_000_000);
  });

  it("does not lose digits where price × 11 is past 2^53", () => {
    // 8,000,000,000,000,006 × 11 / 12 = 7,333,333,333,333,338.83 → …339;
    // × 12 / 100 = 880,000,000,000,000.68 → 880,000,000,000,001.
    const r = taxFor({ price: 8_000_000_000_000_006, ...pkpToAnyone });
    expect(r.taxBase).toBe(7_333_333_333_333_339);
    expect(r.vat).toBe(880_000_000_000_001);
    expect(r.total).toBe(8_880_000_000_000_007);
  });

  it("refuses a total past a safe integer rather than rounding it", () => {
    expect(() => taxFor({ price: 9_000_000_000_000_000, ...pkpToAnyone })).toThrow(RangeError);
  });
});

describe("taxFor: bad input", () => {
  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])("rejects price %s", (price) => {
    expect(() => taxFor({ price, ...pkpToAnyone })).toThrow(RangeError);
  });

  it("rejects rules that are not non-negative integers, or a zero denominator", () => {
    expect(() => taxFor({ price: 1, ...pkpToAnyone }, { ...DEFAULT_TAX_RULES, dppDenominator: 0 })).toThrow(RangeError);
    expect(() => taxFor({ price: 1, ...pkpToAnyone }, { ...DEFAULT_TAX_RULES, ppnRatePercent: 11.5 })).toThrow(RangeError);
  });

  it("takes other rules, e.g. the 2022–2024 11% on the whole price", () => {
    const rules = { ...DEFAULT_TAX_RULES, ppnRatePercent: 11, dppNumerator: 1, dppDenominator: 1 };
    const r = taxFor({ price: 1_000_000, ...pkpToAnyone }, rules);
    expect([r.taxBase, r.vat, r.total]).toEqual([1_000_000, 110_000, 1_110_000]);
  });

  it("keeps the default rules frozen", () => {
    expect(Object.isFrozen(DEFAULT_TAX_RULES)).toBe(true);
  });
});

describe("needsStampDuty", () => {
  it("is due above Rp5,000,000, not at it", () => {
    expect(STAMP_DUTY).toBe(10_000);
    expect(needsStampDuty(STAMP_DUTY_THRESHOLD)).toBe(false);
    expect(needsStampDuty(5_000_001)).toBe(true);
    expect(needsStampDuty(0)).toBe(false);
  });

  it("follows the document total in taxFor", () => {
    expect(taxFor({ price: 5_000_000, sellerPkp: false, buyerCollectsVat: false }).stampDuty).toBe(false);
    // 4,600,000 + PPN 506,000 = 5,106,000: the PPN takes it over the threshold.
    expect(taxFor({ price: 4_600_000, ...pkpToAnyone }).stampDuty).toBe(true);
  });

  it("rejects amounts that are not whole rupiah", () => {
    expect(() => needsStampDuty(-1)).toThrow(RangeError);
    expect(() => needsStampDuty(5_000_000.5)).toThrow(RangeError);
  });
});

describe("fakturNumberValid", () => {
  it.each([
    ["010.000-24.12345678", "0100002412345678"], // e-Faktur, 16 digits
    ["01002500000000001", "01002500000000001"], // Coretax, 17 digits
    ["01.00.25.000-12345678", "01002500012345678"],
    ["03 01 2500000000042", "03012500000000042"],
    ["10002500000000001", "10002500000000001"],
  ])("accepts %s", (input, number) => {
    expect(fakturNumberValid(input)).toEqual({ ok: true, number });
  });

  it.each([
    "",
    "010.000-24.1234567", // 15 digits
    "010020250000000001", // 18 digits
    "00002500000000001", // transaction code 00
    "11002500000000001", // transaction code 11
    "01O02500000000001", // a letter O
    "010/000-24.12345678",
  ])("rejects %j", (input) => {
    expect(fakturNumberValid(input)).toEqual({ ok: false, error: "faktur_format" });
  });
});
