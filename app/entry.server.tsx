import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { env } from "./env.server.ts";
import { getLocale } from "./i18n/i18next.server.ts";
import { instanceFor } from "./i18n/translations.server.ts";
import { reactPaddingFilter } from "./http/react-stream-padding.server.ts";
import { NonceContext } from "./lib/nonce.ts";

const ABORT_DELAY = 5_000;

// Fail at start, not at the first request, when the environment is wrong.
env();

export const streamTimeout = ABORT_DELAY;

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  // Made per response by the HTTP server, which sends it in the Content-Security-Policy.
  const nonce = typeof loadContext.cspNonce === "string" ? loadContext.cspNonce : undefined;
  const instance = await instanceFor(await getLocale(request));

  const waitForAll = isbot(request.headers.get("user-agent") ?? "") || remixContext.isSpaMode;
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce ?? ""}>
        <I18nextProvider i18n={instance}>
          <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
        </I18nextProvider>
      </NonceContext.Provider>,
      {
        nonce,
        [waitForAll ? "onAllReady" : "onShellReady"]() {
          shellRendered = true;
          const body = reactPaddingFilter();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          // A page is its reader's unless it says otherwise (the public pages' cache, app/cli/cached-pages.ts).
          if (!responseHeaders.has("Cache-Control")) responseHeaders.set("Cache-Control", "private, no-cache");
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Logged whether or not the shell was out: an error before it (a render aborted after
          // ABORT_DELAY, say) still turns the page into a 500 and must leave a trace.
          console.error(`render error${shellRendered ? "" : " (before the shell)"}:`, error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}
