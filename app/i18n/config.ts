// i18next settings shared by the server and the browser. Bahasa Indonesia is the default.
import { DEFAULT_LOCALE, LOCALES } from "~/lib/locale.ts";

export const NAMESPACES = ["common", "errors", "home", "auth", "account", "admin", "outbox", "catalog", "needs", "certifications", "profile", "imports", "search", "matching", "api", "notifications", "events", "dashboard", "orders", "trade", "quotations"] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const i18nConfig = {
  supportedLngs: [...LOCALES],
  fallbackLng: DEFAULT_LOCALE,
  defaultNS: "common",
  ns: ["common", "errors"],
  interpolation: { escapeValue: false }, // React escapes already
  react: { useSuspense: false },
};
