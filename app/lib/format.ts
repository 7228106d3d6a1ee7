// Money and dates as Indonesians read them. Pure: shared by server and browser.
import type { Locale } from "./locale.ts";
import { ZONE_IANA, type IndonesianZone } from "./timezone.ts";

const INTL_LOCALE: Record<Locale, string> = { id: "id-ID", en: "en-ID" };

// Making an Intl formatter costs far more than using one (a suggestions page formats
// hundreds of figures), so each locale, zone and style gets one, made once and kept.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let made = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!made) formatters.set(key, (made = new Intl.NumberFormat(locale, options)));
  return made;
}
function dateFormat(locale: Locale, zone: IndonesianZone, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${zone}|${JSON.stringify(options)}`;
  let made = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!made) formatters.set(key, (made = new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...options, timeZone: ZONE_IANA[zone] })));
  return made;
}

/** "Rp 12.500.000" in both languages: rupiah are always written the Indonesian way. */
export function formatIDR(amount: number | bigint): string {
  const formatted = numberFormat("id-ID", { maximumFractionDigits: 0 }).format(amount);
  const negative = typeof amount === "bigint" ? amount < 0n : amount < 0;
  return negative ? `-Rp ${formatted.slice(1)}` : `Rp ${formatted}`;
}

export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(INTL_LOCALE[locale]).format(value);
}

/** "42%" (a share from 0 to 1), as the reader's language writes it. */
export function formatPercent(share: number, locale: Locale): string {
  return numberFormat(INTL_LOCALE[locale], { style: "percent" }).format(share);
}

/** "2,5" or "2.5": a figure to one decimal, as the reader's language writes it. */
export function formatFraction(value: number, locale: Locale): string {
  return numberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 1 }).format(value);
}

export function formatDate(date: Date | string, locale: Locale, zone: IndonesianZone = "WIB"): string {
  return dateFormat(locale, zone, { dateStyle: "long" }).format(new Date(date));
}

/** "22 November 2026 14.05 WIB": the zone's name is written out, as Indonesians do. */
export function formatDateTime(date: Date | string, locale: Locale, zone: IndonesianZone = "WIB"): string {
  const text = dateFormat(locale, zone, { dateStyle: "medium", timeStyle: "short" }).format(new Date(date));
  return `${text} ${zone}`;
}

/** "14.25": a time of day in the zone, for slots whose date is already shown. */
export function formatTime(date: Date | string, locale: Locale, zone: IndonesianZone = "WIB"): string {
  return dateFormat(locale, zone, { timeStyle: "short" }).format(new Date(date));
}
