// A unit's name as a sentence needs it: "per pack", "1 pack", "600 packs" in English;
// Indonesian nouns do not change ("per pak", "600 pak").
import type { TFunction } from "i18next";

/** The unit after an amount, or alone after "per" / "/" when no amount is given. */
export function unitLabel(t: TFunction, unit: string, amount?: number): string {
  return amount === undefined || amount === 1 ? t(`common:unitOne.${unit}`) : t(`common:units.${unit}`);
}
