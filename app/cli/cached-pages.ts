// The page cache (app/http/page-cache.server.ts) in front of Remix: an anonymous GET of a
// public page is answered from the cache, or rendered once for all who ask it at that moment
// and kept. Everything else goes on to Remix's own handler.
import type { AppLoadContext } from "@remix-run/node";
import type { NextFunction, Request as ExpressRequest, RequestHandler, Response as ExpressResponse } from "express";
import { getLocale } from "~/i18n/i18next.server.ts";
import { fetchHeaders } from "./fetch-headers.ts";
import { bodyFor, gzipBodyFor, isCacheable, languageCookie, notModified, PageCache, publicCacheControl, type Rendered } from "~/http/page-cache.server.ts";

type FetchHandler = (request: Request, loadContext?: AppLoadContext) => Promise<Response>;

/**
 * The request a kept page is rendered from: a GET (a HEAD's empty answer must never be kept)
 * carrying only what every visitor's page may depend on, the language cookie. Nothing that
 * could sign the render in (a session cookie however written, a bearer token) reaches it, so
 * no one's own page can be kept for others.
 */
function anonymousRequest(req: ExpressRequest, url: URL): Request {
  const headers = fetchHeaders(req, ["cookie", "authorization"]);
  const language = languageCookie(req.get("cookie"));
  if (language) headers.set("cookie", language);
  return new Request(url, { method: "GET", headers });
}

export function cachedPages(handle: FetchHandler, ttlSeconds: number): RequestHandler {
  const cache = new PageCache(ttlSeconds * 1000);
  return (req: ExpressRequest, res: ExpressResponse, next: NextFunction) => {
    const url = new URL(req.originalUrl, `http://${req.get("host") ?? "localhost"}`);
    if (!cache.enabled || !isCacheable(req.method, url, req.get("cookie"))) return next();
    void (async () => {
      const request = anonymousRequest(req, url);
      const nonce = res.locals.cspNonce as string;
      const render = async (): Promise<Rendered> => {
        const response = await handle(request, { cspNonce: nonce });
        return { status: response.status, headers: response.headers, body: await response.text(), nonce };
      };
      const key = `${await getLocale(request)} ${url.pathname}${url.search}`;
      const found = await cache.page(key, render);
      if ("rendered" in found) {
        // Not kept (a redirect, a 404, a cookie set): answered as Remix gave it.
        const { rendered } = found;
        res.status(rendered.status);
        for (const [name, value] of rendered.headers) if (name !== "content-length" && name !== "content-encoding") res.append(name, value);
        res.send(rendered.body);
        return;
      }
      const { page, hit } = found;
      // Age: a cache in front counts the page's lifetime from its render, not from this reply.
      const age = String(Math.max(0, Math.floor((Date.now() - page.at) / 1000)));
      res.set({ ETag: page.etag, "Cache-Control": publicCacheControl(ttlSeconds), Age: age, Vary: "Cookie, Accept-Encoding", "X-Page-Cache": hit ? "hit" : "miss" });
      if (notModified(req.get("if-none-match"), page.etag)) {
        // The browser keeps the page it has with the policy it came with: a new nonce here
        // would replace that policy and block the page's own scripts.
        res.removeHeader("Content-Security-Policy");
        res.status(304).end();
        return;
      }
      res.status(page.status);
      for (const [name, value] of page.headers) res.append(name, value);
      // Compressed once per page, not per reply (the compression middleware leaves an encoded
      // body alone). Gzip to every client that takes it, those preferring brotli too: a page
      // compressed once costs nothing per reply, where brotli's smaller size was paid anew each time.
      if (req.acceptsEncodings("gzip") === "gzip") res.set("Content-Encoding", "gzip").send(gzipBodyFor(page, nonce));
      else res.send(bodyFor(page, nonce));
    })().catch(next);
  };
}
