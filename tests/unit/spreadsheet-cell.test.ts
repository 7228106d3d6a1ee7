import { describe, expect, it } from "vitest";
import { spreadsheetSafe } from "~/lib/spreadsheet-cell.ts";

describe("spreadsheetSafe", () => {
  it.each(["=1+1", "+1+1", "-1+2", "@SUM(A1)", "\t=1", "\r=1", "＝1+1", "＋cmd", "－1", "＠x", '=HYPERLINK("http://evil.example")'])("neutralises %j", (text) => {
    expect(spreadsheetSafe(text)).toBe(`'${text}`);
  });
  it.each(["Keripik =1", "Batik", "", "2026-12-05", "-12", "-12,5", "+62", "12%", "'already"])("leaves %j as it is", (text) => {
    expect(spreadsheetSafe(text)).toBe(text);
  });
  it("leaves numbers and empty cells alone", () => {
    expect(spreadsheetSafe(-5)).toBe(-5);
    expect(spreadsheetSafe(null)).toBe(null);
  });
});
