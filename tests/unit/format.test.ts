import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatIDR } from "~/lib/format.ts";
import { zoneOfRegion } from "~/lib/timezone.ts";

describe("formatIDR", () => {
  it("writes rupiah the Indonesian way", () => {
    expect(formatIDR(12_500_000)).toBe("Rp 12.500.000");
    expect(formatIDR(0)).toBe("Rp 0");
    expect(formatIDR(5_000_000_000n)).toBe("Rp 5.000.000.000");
    expect(formatIDR(-1500)).toBe("-Rp 1.500");
  });
});

describe("zoneOfRegion", () => {
  it.each([
    ["31", "WIB"], // DKI Jakarta
    ["35.07", "WIB"], // Kabupaten Malang
    ["13.75", "WIB"], // Kota Bukittinggi
    ["61.71", "WIB"], // Kota Pontianak
    ["51.71", "WITA"], // Kota Denpasar
    ["64", "WITA"], // Kalimantan Timur
    ["73.71", "WITA"], // Kota Makassar
    ["81", "WIT"], // Maluku
    ["91.71", "WIT"], // Kota Jayapura
    [null, "WIB"],
  ])("%s is in %s", (code, zone) => {
    expect(zoneOfRegion(code)).toBe(zone);
  });
});

describe("dates", () => {
  const instant = new Date("2026-03-01T17:30:00Z"); // 00:30 on 2 March in Jakarta
  it("shows the date in the region's zone", () => {
    expect(formatDate(instant, "id", "WIB")).toBe("2 Maret 2026");
    expect(formatDate(instant, "en", "WIB")).toMatch(/2 March 2026/);
    expect(formatDate(new Date("2026-03-01T16:30:00Z"), "id", "WIB")).toBe("1 Maret 2026");
    expect(formatDate(new Date("2026-03-01T16:30:00Z"), "id", "WITA")).toBe("2 Maret 2026");
  });
  it("names the zone after the time", () => {
    expect(formatDateTime(instant, "id", "WIB")).toMatch(/00[.:]30 WIB$/);
    expect(formatDateTime(instant, "id", "WIT")).toMatch(/02[.:]30 WIT$/);
  });
});

describe("unit labels", () => {
  it("reads singular after 'per' and for one, plural otherwise, in English; unchanged in Indonesian", async () => {
    const { unitLabel } = await import("../../app/lib/units.ts");
    const { resources } = await import("../../app/i18n/resources.server.ts");
    const i18next = (await import("i18next")).default.createInstance();
    await i18next.init({ lng: "en", resources: resources as never, defaultNS: "common" });
    const en = i18next.getFixedT("en");
    const id = i18next.getFixedT("id");
    expect([unitLabel(en, "pak"), unitLabel(en, "pak", 1), unitLabel(en, "pak", 600)]).toEqual(["pack", "pack", "packs"]);
    expect([unitLabel(id, "pak"), unitLabel(id, "pak", 600)]).toEqual(["pak", "pak"]);
  });
});
