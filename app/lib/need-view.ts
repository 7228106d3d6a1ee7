// How a need's quantity and budget read, in the user's language.
import type { TFunction } from "i18next";
import { formatIDR, formatNumber } from "./format.ts";
import { unitLabel } from "./units.ts";
import type { Locale } from "./locale.ts";

export function quantityLabel(t: TFunction, locale: Locale, need: { quantity: number; unit: string }) {
  return t("needs:quantityValue", { quantity: formatNumber(need.quantity, locale), unit: unitLabel(t, need.unit, need.quantity) });
}

export function budgetLabel(t: TFunction, need: { budgetPerUnit: number | null; budgetTotal: string | null; unit: string }) {
  if (need.budgetPerUnit !== null) {
    return t("needs:budgetPerUnitValue", { amount: formatIDR(need.budgetPerUnit), unit: unitLabel(t, need.unit) });
  }
  if (need.budgetTotal !== null) return t("needs:budgetTotalValue", { amount: formatIDR(BigInt(need.budgetTotal)) });
  return "–";
}
