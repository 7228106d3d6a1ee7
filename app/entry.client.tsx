import { RemixBrowser } from "@remix-run/react";
import i18next from "i18next";
import LanguageDetector from "i18next-browser-languagedetector";
import Backend from "i18next-http-backend";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { getInitialNamespaces } from "remix-i18next/client";
import { i18nConfig } from "./i18n/config.ts";

// A navigation cut short by the next one (a second click before the page has answered, a
// form sent while the last page still loads) ends in an AbortError: a rejection nothing
// awaits, or an error the router reports from a click. Nothing went wrong: the newer
// navigation wins. Everything else still reaches the console.
const isAbort = (error: unknown) => error instanceof DOMException && error.name === "AbortError";
window.addEventListener("unhandledrejection", (event) => {
  if (isAbort(event.reason)) event.preventDefault();
});
window.addEventListener("error", (event) => {
  if (isAbort(event.error)) event.preventDefault();
});
// Remix's single-fetch decoder logs the error of a response body it stops reading before it
// rethrows it (@remix-run/react single-fetch.js, decodeViaTurboStream's catch), so a cut-short
// navigation also reaches console.error. Only that lone AbortError is dropped.
const logError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  if (args.length === 1 && isAbort(args[0])) return;
  logError(...args);
};

async function hydrate() {
  await i18next
    .use(initReactI18next)
    .use(LanguageDetector)
    .use(Backend)
    .init({
      ...i18nConfig,
      ns: getInitialNamespaces(),
      backend: { loadPath: "/locales/{{lng}}/{{ns}}" },
      // The server already chose the language and wrote it on <html lang>.
      detection: { order: ["htmlTag"], caches: [] },
    });

  startTransition(() => {
    hydrateRoot(
      document,
      <I18nextProvider i18n={i18next}>
        <StrictMode>
          <RemixBrowser />
        </StrictMode>
      </I18nextProvider>,
    );
  });
}

void hydrate();
