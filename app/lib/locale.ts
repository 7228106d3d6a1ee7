// The languages the product speaks, Bahasa Indonesia first and by default. Here, at the
// ground floor, because formats, translations, models and pages all need the type.
export const LOCALES = ["id", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "id";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
