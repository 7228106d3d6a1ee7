// A suggestion's score breakdown in plain words, in the reader's language: one phrase per
// factor ("Sertifikat Halal terverifikasi, berlaku hingga 13 Agu 2027 · kapasitas 6.000/bulan
// cukup untuk 20.000 pak sebelum 1 Mar 2027"), and what a near miss lacks.
import type { TFunction } from "i18next";
import type { Locale } from "~/lib/locale.ts";
import { formatDate, formatIDR, formatNumber } from "~/lib/format.ts";
import type { IndonesianZone } from "~/lib/timezone.ts";
import { unitLabel } from "~/lib/units.ts";

type Value = string | number | Date;
const DATES = new Set(["until", "neededBy", "validUntil", "validFrom"]);
const MONEY = new Set(["price", "budget", "listedPrice"]);
const NUMBERS = new Set(["monthly", "quantity", "producible", "count", "listedMonthly"]);

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

/** Writes a page's reasons and gaps, each distinct one once: a buyer's page of 30 cards asked i18next for about 600 texts, the same few region, record and unit phrases again and again. */
export interface ReasonWriter {
  part(part: { reason: string; values: Record<string, Value> }, unit: string, quantity: number): string;
  gap(gap: { kind: string } & Record<string, Value | null>): string;
}

/** A reason writer for one page render in the reader's language (its texts kept only while the page renders). */
export function reasonWriter(t: TFunction, locale: Locale, zone: IndonesianZone): ReasonWriter {
  const written = new Map<string, string>();
  const once = (key: string, write: () => string) => {
    let text = written.get(key);
    if (text === undefined) written.set(key, (text = write()));
    return text;
  };
  return {
    part: (part, unit, quantity) =>
      once(`part|${part.reason}|${unit}|${quantity === 1}|${JSON.stringify(part.values)}`, () => {
        const values = formatted(part.values, t, locale, zone);
        const text = t(`matching:reasons.${part.reason}`, {
          ...values,
          unit: once(`unit|${unit}|${quantity === 1}`, () => unitLabel(t, unit, quantity)),
          unitOne: once(`unit|${unit}|true`, () => unitLabel(t, unit)),
        });
        // Converted from the producer's own unit (score.ts): what it listed follows.
        const listedUnit = part.values.listedUnit;
        if (typeof listedUnit !== "string") return text;
        const listed = "listedPrice" in values ? t("matching:reasons.listedPrice", { price: values.listedPrice, unitOne: unitLabel(t, listedUnit) }) : t("matching:reasons.listedMonthly", { monthly: values.listedMonthly, unit: unitLabel(t, listedUnit, Number(part.values.listedMonthly)) });
        return `${text} (${listed})`;
      }),
    gap: (gap) => {
      const { kind, ...values } = gap;
      // A TKDN nobody declared reads differently from a low one.
      const key = kind === "tkdn_below" && values.have === null ? "tkdn_unknown" : kind;
      return once(`gap|${key}|${JSON.stringify(values)}`, () => t(`matching:gaps.${key}`, formatted(values, t, locale, zone)));
    },
  };
}
