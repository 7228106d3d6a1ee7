// Indonesia's three time zones, by province code (the first two digits of any region code).
// Pure: used on the server and in the browser for formatting dates.

export type IndonesianZone = "WIB" | "WITA" | "WIT";

export const ZONE_IANA: Record<IndonesianZone, string> = {
  WIB: "Asia/Jakarta",
  WITA: "Asia/Makassar",
  WIT: "Asia/Jayapura",
};

/**
 * Province codes follow the island groups: 1x/21 Sumatra and Riau Islands, 3x Java (WIB);
 * 51–53 Bali and Nusa Tenggara (WITA); 61–62 West and Central Kalimantan (WIB), 63–65 the
 * rest of Kalimantan (WITA); 7x Sulawesi (WITA); 8x Maluku and 9x Papua (WIT).
 */
export function zoneOfRegion(regionCode: string | null | undefined): IndonesianZone {
  const province = Number((regionCode ?? "").slice(0, 2));
  if (!Number.isFinite(province) || province === 0) return "WIB";
  if (province >= 81) return "WIT";
  if (province >= 71) return "WITA";
  if (province >= 63) return "WITA";
  if (province >= 61) return "WIB";
  if (province >= 51) return "WITA";
  return "WIB";
}

/** Hours ahead of UTC; Indonesia keeps no daylight saving, so these never change. */
export const ZONE_OFFSET_HOURS: Record<IndonesianZone, number> = { WIB: 7, WITA: 8, WIT: 9 };

/** The instant of a local wall-clock time: a date ("2027-03-04") and minutes after midnight. */
export function localInstant(date: string, minutes: number, zone: IndonesianZone): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + (minutes - ZONE_OFFSET_HOURS[zone] * 60) * 60_000);
}
