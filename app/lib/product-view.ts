// How a product's price and capacity read, in the user's language.
import type { TFunction } from "i18next";
import { formatIDR, formatNumber } from "./format.ts";
import { unitLabel } from "./units.ts";
import type { Locale } from "./locale.ts";

interface Priced {
  priceMin: number | null;
  priceMax: number | null;
  unit: string;
}

export function priceLabel(t: TFunction, product: Priced): string {
  const unit = unitLabel(t, product.unit);
  if (product.priceMin === null) return t("catalog:priceOnRequest");
  if (product.priceMax === null || product.priceMax === product.priceMin) {
    return t("catalog:priceFrom", { min: formatIDR(product.priceMin), unit });
  }
  return t("catalog:priceRange", { min: formatIDR(product.priceMin), max: formatIDR(product.priceMax), unit });
}

export function capacityLabel(t: TFunction, locale: Locale, product: { monthlyCapacity: number | null; unit: string }) {
  if (product.monthlyCapacity === null) return "–";
  return t("catalog:capacity", { amount: formatNumber(product.monthlyCapacity, locale), unit: unitLabel(t, product.unit, product.monthlyCapacity) });
}
