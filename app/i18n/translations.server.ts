// One i18next instance for the server, loaded once with every translation. A page's render
// gets a clone of it in the page's language (sharing its loaded translations), and a message
// written outside a page (an e-mail, a notice, a file) a fixed `t` from it: making and
// initialising a new instance each time cost about a millisecond and a half of every page.
import { createInstance, type i18n, type TFunction } from "i18next";
import { initReactI18next } from "react-i18next";
import { DEFAULT_LOCALE, isLocale } from "~/lib/locale.ts";
import { i18nConfig, NAMESPACES, type Namespace } from "./config.ts";
import { resources } from "./resources.server.ts";

const base = createInstance();
const ready = base.use(initReactI18next).init({ ...i18nConfig, lng: DEFAULT_LOCALE, ns: [...NAMESPACES], resources });

/** An instance for one render, in its language. */
export async function instanceFor(locale: string): Promise<i18n> {
  await ready;
  return base.cloneInstance({ lng: isLocale(locale) ? locale : DEFAULT_LOCALE });
}

/** A translation function fixed to a language (an unknown one reads as the default) and namespaces. */
export async function fixedT(locale: string, namespaces: Namespace | readonly Namespace[]): Promise<TFunction> {
  await ready;
  return base.getFixedT(isLocale(locale) ? locale : DEFAULT_LOCALE, namespaces as Namespace | Namespace[]);
}
