// How a product's price and capacity read, in the user's language.
import type { TFunction } from "i18next";
import { formatIDR, formatNumber } from "./format.ts";
import type { Locale } from "~/models/domain.ts";

interface Priced {
  priceMin: number | null;
  priceMax: number | null;
  unit: string;
}

export function priceLabel(t: TFunction, product: Priced): string {
  const unit = t(`common:units.${product.unit}`);
  if (product.priceMin === null) return t("catalog:priceOnRequest");
  if (product.priceMax === null || product.priceMax === product.priceMin) {
    return t("catalog:priceFrom", { min: formatIDR(product.priceMin), unit });
  }
  return t("catalog:priceRange", { min: formatIDR(product.priceMin), max: formatIDR(product.priceMax), unit });
}

export function capacityLabel(t: TFunction, locale: Locale, product: { monthlyCapacity: number | null; unit: string }) {
  if (product.monthlyCapacity === null) return "–";
  return t("catalog:capacity", { amount: formatNumber(product.monthlyCapacity, locale), unit: t(`common:units.${product.unit}`) });
}
