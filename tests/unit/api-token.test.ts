// API tokens and the API's JSON adaptations: token format and hashing, calendar days, and
// the merge-patch rule that turns a JSON body into a form schema's input.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { toInput } from "../../app/api/resources.ts";
import { dateToDay, dayToDate } from "~/lib/calendar-day.ts";
import { generateToken, hashToken, tokenPrefix } from "~/models/accounts/api-token.server.ts";

describe("API tokens", () => {
  it("are mk_ and 32 random bytes in base64url, never the same twice", () => {
    const tokens = Array.from({ length: 50 }, generateToken);
    for (const token of tokens) {
      expect(token).toMatch(/^mk_[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token.slice(3), "base64url")).toHaveLength(32);
    }
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it("are stored as their SHA-256 in hex, and shown by their first 8 characters", () => {
    const token = generateToken();
    expect(hashToken(token)).toBe(createHash("sha256").update(token).digest("hex"));
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenPrefix(token)).toBe(token.slice(0, 8));
    expect(tokenPrefix(token)).toMatch(/^mk_/);
  });
});

describe("calendar days in JSON", () => {
  it("reads YYYY-MM-DD as the start of that day in Indonesia (WIB)", () => {
    expect(dayToDate("2026-12-31")).toEqual(new Date("2026-12-30T17:00:00Z"));
    expect(dayToDate("2028-02-29")).toEqual(new Date("2028-02-28T17:00:00Z"));
  });

  it("refuses what is not a real day", () => {
    for (const text of ["2026-02-31", "2027-02-29", "2026-13-01", "31/12/2026", "2026-1-5", "2026-12-31T00:00:00Z", ""]) {
      expect(dayToDate(text), text).toBeNull();
    }
  });

  it("writes an instant as its day in WIB, so a day read back is the day sent", () => {
    expect(dateToDay(new Date("2026-12-30T17:00:00Z"))).toBe("2026-12-31");
    expect(dateToDay(new Date("2026-12-31T00:00:00Z"))).toBe("2026-12-31"); // a form's UTC midnight
    expect(dateToDay(dayToDate("2026-06-15")!)).toBe("2026-06-15");
  });
});

describe("JSON bodies as form input", () => {
  it("turns date fields into Dates and leaves bad ones for the schema to refuse", () => {
    expect(toInput({ neededBy: "2026-12-31", title: "x" }, ["neededBy"])).toEqual({ neededBy: new Date("2026-12-30T17:00:00Z"), title: "x" });
    expect(toInput({ neededBy: "besok" }, ["neededBy"])).toEqual({ neededBy: "besok" });
  });

  it("merges a patch onto the current values: sent fields replace, null removes", () => {
    const current = { name: "Keripik", priceMin: 1000, priceMax: 2000, neededBy: new Date(0) };
    expect(toInput({ priceMin: 1500, priceMax: null }, ["neededBy"], current)).toEqual({ name: "Keripik", priceMin: 1500, neededBy: new Date(0) });
    expect(toInput({}, [], current)).toEqual(current);
  });
});
