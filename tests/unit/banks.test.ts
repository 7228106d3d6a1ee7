import { describe, expect, it } from "vitest";
import {
  INDONESIAN_BANKS,
  PAYMENT_REFERENCE_MAX,
  bankByCode,
  parseAccountNumber,
  paymentReference,
} from "~/models/trade/banks.ts";

describe("INDONESIAN_BANKS", () => {
  it("has unique 3-digit codes and names", () => {
    const codes = INDONESIAN_BANKS.map((bank) => bank.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const bank of INDONESIAN_BANKS) {
      expect(bank.code).toMatch(/^\d{3}$/);
      expect(bank.name.length).toBeGreaterThan(0);
      expect(bank.short.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ["002", "BRI"],
    ["008", "Mandiri"],
    ["009", "BNI"],
    ["011", "Danamon"],
    ["013", "Permata"],
    ["014", "BCA"],
    ["016", "Maybank"],
    ["019", "Panin"],
    ["022", "CIMB Niaga"],
    ["023", "UOB"],
    ["028", "OCBC NISP"],
    ["110", "BJB"],
    ["111", "Bank DKI"],
    ["112", "BPD DIY"],
    ["113", "Bank Jateng"],
    ["114", "Bank Jatim"],
    ["116", "Bank Aceh"],
    ["117", "Bank Sumut"],
    ["118", "Bank Nagari"],
    ["123", "Bank Kalbar"],
    ["126", "Bank Sulselbar"],
    ["128", "Bank NTB Syariah"],
    ["129", "BPD Bali"],
    ["200", "BTN"],
    ["451", "BSI"],
    ["535", "SeaBank"],
    ["542", "Bank Jago"],
  ])("knows %s as %s", (code, short) => {
    expect(bankByCode(code)?.short).toBe(short);
  });

  it("cannot be changed", () => {
    expect(() => (INDONESIAN_BANKS as unknown as unknown[]).push({ code: "999" })).toThrow(TypeError);
    expect(() => {
      (INDONESIAN_BANKS[0] as { code: string }).code = "999";
    }).toThrow(TypeError);
  });
});

describe("bankByCode", () => {
  it("trims, and knows no unknown code", () => {
    expect(bankByCode(" 451 ")?.short).toBe("BSI");
    expect(bankByCode("999")).toBeUndefined();
    expect(bankByCode("14")).toBeUndefined();
  });
});

describe("parseAccountNumber", () => {
  it.each([
    ["0234-01-001892-53-4", "023401001892534"],
    ["123 456 7890", "1234567890"],
    ["1.234.567.890", "1234567890"],
    ["123456", "123456"],
    ["12345678901234567890", "12345678901234567890"],
  ])("reads %j", (input, number) => {
    expect(parseAccountNumber(input)).toEqual({ ok: true, number });
  });

  it.each(["", "12345", "123456789012345678901"])("says %j has the wrong length", (input) => {
    expect(parseAccountNumber(input)).toEqual({ ok: false, error: "account_length" });
  });

  it.each(["12345a7890", "1234/567890", "+621234567890"])("says %j has characters that are not digits", (input) => {
    expect(parseAccountNumber(input)).toEqual({ ok: false, error: "account_digits" });
  });
});

describe("paymentReference", () => {
  it("is MIK, the order number's letters and digits, and the payment's number", () => {
    expect(paymentReference("PO-2026-000123", 1)).toBe("MIK-PO2026000123-1");
    expect(paymentReference("po-2026-000123", 12)).toBe("MIK-PO2026000123-12");
  });

  it("differs between payments of an order and between orders", () => {
    const refs = new Set([
      paymentReference("PO-2026-000123", 1),
      paymentReference("PO-2026-000123", 2),
      paymentReference("PO-2026-000124", 1),
    ]);
    expect(refs.size).toBe(3);
  });

  it("holds only A–Z, 0–9 and dashes, up to 20 characters", () => {
    const ref = paymentReference("PO-2026-000123", 999);
    expect(ref).toBe("MIK-PO2026000123-999");
    expect(ref.length).toBe(PAYMENT_REFERENCE_MAX);
    expect(ref).toMatch(/^[A-Z0-9-]{1,20}$/);
    expect(paymentReference("PO 2026/ä·07", 3)).toMatch(/^[A-Z0-9-]{1,20}$/);
  });

  it("refuses what would not fit rather than cutting it", () => {
    expect(() => paymentReference("PO-2026-000123", 1000)).toThrow(RangeError);
    expect(() => paymentReference("PO-2026-0000000123", 1)).toThrow(RangeError);
  });

  it.each([0, -1, 1.5, Number.NaN])("refuses payment number %s", (seq) => {
    expect(() => paymentReference("PO-2026-000123", seq)).toThrow(RangeError);
  });

  it("refuses an order number with no letters or digits", () => {
    expect(() => paymentReference("--", 1)).toThrow(RangeError);
  });
});
