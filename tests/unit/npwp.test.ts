import { describe, expect, it } from "vitest";
import { formatNpwp, headOfficeNitku, parseNitku, parseNpwp, toNpwp16 } from "~/models/trade/npwp.ts";

describe("parseNpwp", () => {
  it.each([
    ["01.234.567.8-901.000", "012345678901000", "15"],
    ["012345678901000", "012345678901000", "15"],
    [" 01.234.567.8-901.000 ", "012345678901000", "15"],
    ["0123456789012345", "0123456789012345", "16"],
    ["0123 4567 8901 2345", "0123456789012345", "16"],
    ["3201-0123-4567-8901", "3201012345678901", "16"], // a NIK used as NPWP
  ])("reads %j", (input, npwp, format) => {
    expect(parseNpwp(input)).toEqual({ ok: true, npwp, format });
  });

  it.each(["", "01.234.567.8-901.00", "01234567890123456", "123"])("says %j has the wrong length", (input) => {
    expect(parseNpwp(input)).toEqual({ ok: false, error: "npwp_length" });
  });

  it.each(["01.234.567.8/901.000", "O12345678901000", "０１２３４５６７８９０１２３４５", "01_234_567_8_901_000"])(
    "says %j has characters that are not digits",
    (input) => {
      expect(parseNpwp(input)).toEqual({ ok: false, error: "npwp_digits" });
    },
  );
});

describe("formatNpwp", () => {
  it("prints the old format as on the card", () => {
    expect(formatNpwp("012345678901000")).toBe("01.234.567.8-901.000");
  });

  it("prints 16 digits in groups of four", () => {
    expect(formatNpwp("0123456789012345")).toBe("0123 4567 8901 2345");
  });

  it("takes typed input too, and leaves what is not an NPWP alone", () => {
    expect(formatNpwp("01 234 567 8 901 000")).toBe("01.234.567.8-901.000");
    expect(formatNpwp("12-34")).toBe("12-34");
  });
});

describe("toNpwp16", () => {
  it("puts a 0 before a 15-digit NPWP and leaves 16 digits alone", () => {
    expect(toNpwp16("012345678901000")).toBe("0012345678901000");
    expect(toNpwp16("0123456789012345")).toBe("0123456789012345");
  });
});

describe("parseNitku", () => {
  it("splits the NPWP from the place number", () => {
    expect(parseNitku("0123456789012345000000")).toEqual({
      ok: true,
      nitku: "0123456789012345000000",
      npwp: "0123456789012345",
      place: "000000",
    });
    expect(parseNitku("0123 4567 8901 2345 000001")).toMatchObject({ ok: true, place: "000001" });
  });

  it("builds the head office's number", () => {
    expect(headOfficeNitku("0123456789012345")).toBe("0123456789012345000000");
    expect(parseNitku(headOfficeNitku("0123456789012345"))).toMatchObject({ ok: true, place: "000000" });
  });

  it.each(["", "0123456789012345", "012345678901234500000", "01234567890123450000001"])(
    "says %j has the wrong length",
    (input) => {
      expect(parseNitku(input)).toEqual({ ok: false, error: "nitku_length" });
    },
  );

  it("says when there are characters that are not digits", () => {
    expect(parseNitku("0123456789012345-00000A")).toEqual({ ok: false, error: "nitku_digits" });
  });
});
