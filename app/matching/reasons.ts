// A suggestion's score breakdown in plain words, in the reader's language: one phrase per
// factor ("Sertifikat Halal terverifikasi, berlaku hingga 13 Agu 2027 · kapasitas 6.000/bulan
// cukup untuk 20.000 pak sebelum 1 Mar 2027"), and what a near miss lacks.
import type { TFunction } from "i18next";
import type { Locale } from "~/lib/locale.ts";
import { formatDate, formatIDR, formatNumber } from "~/lib/format.ts";
import type { IndonesianZone } from "~/lib/timezone.ts";
import { unitLabel } from "~/lib/units.ts";

type Value = string | number | Date;
const DATES = new Set(["until", "neededBy", "validUntil"]);
const MONEY = new Set(["price", "budget"]);
const NUMBERS = new Set(["monthly", "quantity", "producible", "count"]);

/** The values of a part or gap, formatted for the reader (dates arrive as text from JSON). */
function formatted(values: Record<string, Value | null>, t: TFunction, locale: Locale, zone: IndonesianZone): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === null) continue;
    if (DATES.has(key)) out[key] = formatDate(value as string | Date, locale, zone);
    else if (MONEY.has(key)) out[key] = formatIDR(Number(value));
    else if (NUMBERS.has(key)) out[key] = formatNumber(Number(value), locale);
    else if (key === "types" || key === "type") out[key] = String(value).split(", ").filter(Boolean).map((c) => t(`common:certTypes.${c}`)).join(", ");
    else out[key] = String(value);
  }
  return out;
}

export function partText(t: TFunction, locale: Locale, zone: IndonesianZone, part: { reason: string; values: Record<string, Value> }, unit: string, quantity: number): string {
  return t(`matching:reasons.${part.reason}`, { ...formatted(part.values, t, locale, zone), unit: unitLabel(t, unit, quantity), unitOne: unitLabel(t, unit) });
}

export function gapText(t: TFunction, locale: Locale, zone: IndonesianZone, gap: { kind: string } & Record<string, Value | null>): string {
  const { kind, ...values } = gap;
  // A TKDN nobody declared reads differently from a low one.
  const key = kind === "tkdn_below" && values.have === null ? "tkdn_unknown" : kind;
  return t(`matching:gaps.${key}`, formatted(values, t, locale, zone));
}
