// Money and dates as Indonesians read them. Pure: shared by server and browser.
import type { Locale } from "~/models/domain.ts";
import { ZONE_IANA, type IndonesianZone } from "./timezone.ts";

const INTL_LOCALE: Record<Locale, string> = { id: "id-ID", en: "en-ID" };

/** "Rp 12.500.000" in both languages: rupiah are always written the Indonesian way. */
export function formatIDR(amount: number | bigint): string {
  const formatted = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 }).format(amount);
  const negative = typeof amount === "bigint" ? amount < 0n : amount < 0;
  return negative ? `-Rp ${formatted.slice(1)}` : `Rp ${formatted}`;
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale]).format(value);
}

export function formatDate(date: Date | string, locale: Locale, zone: IndonesianZone = "WIB"): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: "long",
    timeZone: ZONE_IANA[zone],
  }).format(new Date(date));
}

/** "22 November 2026 14.05 WIB": the zone's name is written out, as Indonesians do. */
export function formatDateTime(date: Date | string, locale: Locale, zone: IndonesianZone = "WIB"): string {
  const text = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: ZONE_IANA[zone],
  }).format(new Date(date));
  return `${text} ${zone}`;
}

/** "14.25": a time of day in the zone, for slots whose date is already shown. */
export function formatTime(date: Date | string, locale: Locale, zone: IndonesianZone = "WIB"): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeStyle: "short", timeZone: ZONE_IANA[zone] }).format(new Date(date));
}
