// A short in-process cache of the public pages a visitor reads (home, catalogue, search, a
// producer's and a product's page), so a crowd of visitors costs one render per page and
// language every few seconds instead of one each. Only anonymous GETs are kept: a request
// bearing a session cookie is always rendered for its reader, and a page that sets a cookie
// or answers anything but 200 is never kept.
//
// Each page carries a fresh CSP nonce (app/cli/serve.ts): the kept body holds a placeholder
// where its render's nonce was, and each reply writes its own in. The replies say they may be
// kept (Cache-Control with stale-while-revalidate, a weak ETag of the body), so a CDN or
// reverse proxy in front can serve them too. A write shows within the cache's lifetime.

import { createHash } from "node:crypto";
import { gzipParts, gzipWithInsert, type GzipParts } from "./gzip-with-insert.server.ts";

/** The paths of public pages, the same for every visitor who is not signed in. */
const PUBLIC_PAGES = [/^\/$/, /^\/catalog\/?$/, /^\/search\/?$/, /^\/producers\/[^/.]+\/?$/, /^\/products\/[^/.]+\/?$/];
/** The cookie that says a request may be signed in (session-cookie.server.ts). */
const SESSION_COOKIE = "mk_session";
/** The one cookie a public page depends on: its language (i18n/i18next.server.ts). */
const LANGUAGE_COOKIE = "mk_lng";
/** Written where the nonce was; never met in a page (angle brackets cannot be in a nonce attribute unescaped). */
const NONCE_PLACEHOLDER = "\u0000nonce\u0000";
/** How long a downstream cache (a CDN) may answer a page stale while it fetches a new one, in lifetimes. */
const DOWNSTREAM_STALE_LIFETIMES = 5;
/** Pages kept at most, oldest dropped first: a crawler's walk through every search must not fill memory. */
const MAX_PAGES = 2_000;

/** A Cookie header's names and values, read as Remix reads them (names trimmed of spaces and tabs). */
function cookiesOf(cookieHeader: string | undefined): [string, string][] {
  if (!cookieHeader) return [];
  return cookieHeader.split(";").flatMap((pair) => {
    const eq = pair.indexOf("=");
    return eq < 0 ? [] : [[pair.slice(0, eq).trim(), pair.slice(eq + 1).trim()] as [string, string]];
  });
}

/** The language cookie alone, as a Cookie header, or null. */
export function languageCookie(cookieHeader: string | undefined): string | null {
  const found = cookiesOf(cookieHeader).find(([name]) => name === LANGUAGE_COOKIE);
  return found ? `${LANGUAGE_COOKIE}=${found[1]}` : null;
}

/** Whether a request may be answered from the cache: an anonymous GET of a public page, not Remix's data request. */
export function isCacheable(method: string, url: URL, cookieHeader: string | undefined): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  if (url.searchParams.has("_data") || url.pathname.endsWith(".data")) return false;
  // Whoever may be signed in is answered for themselves (and the kept page's render never sees their cookie).
  if (cookiesOf(cookieHeader).some(([name]) => name === SESSION_COOKIE)) return false;
  return PUBLIC_PAGES.some((p) => p.test(url.pathname));
}

export interface KeptPage {
  status: number;
  headers: [string, string][];
  /** The body with NONCE_PLACEHOLDER where its render's nonce was. */
  body: string;
  etag: string;
  at: number;
  /** The body gzipped once, made when a reply first asks for it (gzipBodyFor). */
  gzip?: GzipParts;
}

/** What a render gave: the page and the nonce it was rendered with. */
export interface Rendered {
  status: number;
  headers: Headers;
  body: string;
  nonce: string;
}

/** Headers a kept page never carries: each reply has its own policy and no one's cookie. */
const NOT_KEPT = new Set(["content-security-policy", "set-cookie", "content-length", "content-encoding", "transfer-encoding", "cache-control", "etag", "vary"]);

/** A render turned into a page to keep, or null when it must not be kept. */
export function keepable(rendered: Rendered, now: number): KeptPage | null {
  if (rendered.status !== 200 || rendered.headers.has("set-cookie")) return null;
  if (!(rendered.headers.get("content-type") ?? "").startsWith("text/html")) return null;
  const body = rendered.nonce ? rendered.body.replaceAll(rendered.nonce, NONCE_PLACEHOLDER) : rendered.body;
  const headers = [...rendered.headers].filter(([name]) => !NOT_KEPT.has(name.toLowerCase()));
  const etag = `W/"${createHash("sha1").update(body).digest("base64url").slice(0, 27)}"`;
  return { status: rendered.status, headers, body, etag, at: now };
}

/** A kept page's body for one reply, with that reply's nonce. */
export function bodyFor(page: KeptPage, nonce: string): string {
  return page.body.replaceAll(NONCE_PLACEHOLDER, nonce);
}

/** A kept page's gzipped body for one reply, with that reply's nonce: the page is compressed once (gzip-with-insert.server.ts). */
export function gzipBodyFor(page: KeptPage, nonce: string): Buffer {
  page.gzip ??= gzipParts(page.body.split(NONCE_PLACEHOLDER));
  return gzipWithInsert(page.gzip, nonce);
}

/** The Cache-Control of a kept page: fresh for the cache's lifetime, served stale a while longer while a new one is made. */
export function publicCacheControl(ttlSeconds: number): string {
  return `public, max-age=${ttlSeconds}, stale-while-revalidate=${ttlSeconds * DOWNSTREAM_STALE_LIFETIMES}`;
}

/** Whether a conditional request already holds this page (If-None-Match). */
export function notModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => tag.trim() === etag || tag.trim() === "*");
}

/**
 * The pages, by URL and language. Concurrent misses of one key share one render, so a burst
 * of visitors on a page nobody asked for in a while renders it once.
 */
export class PageCache {
  private readonly pages = new Map<string, KeptPage>();
  private readonly rendering = new Map<string, Promise<{ page: KeptPage | null; rendered: Rendered }>>();

  constructor(
    private readonly ttlMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  /**
   * The page for the key: kept and fresh, or rendered now (once for all who wait). `rendered`
   * is set when this call's render could not be kept (a 404, a cookie): the caller sends it.
   */
  async page(key: string, render: () => Promise<Rendered>): Promise<{ page: KeptPage; hit: boolean } | { rendered: Rendered }> {
    const now = this.clock();
    const kept = this.pages.get(key);
    if (kept && now - kept.at < this.ttlMs / 2) return { page: kept, hit: true };
    // In its second half-life: answered as it is while one render makes it fresh behind it,
    // so no visitor waits for a page and none is shown one older than the lifetime.
    if (kept && now - kept.at < this.ttlMs) {
      if (!this.rendering.has(key)) void this.renderOnce(key, render).catch(() => {});
      return { page: kept, hit: true };
    }
    const first = !this.rendering.has(key);
    const { page, rendered } = await this.renderOnce(key, render);
    if (page) return { page, hit: !first };
    // A page that cannot be kept was rendered for the first asker's nonce: the others render their own.
    return { rendered: first ? rendered : await render() };
  }

  /** One render of the key at a time; a keepable result is kept. */
  private renderOnce(key: string, render: () => Promise<Rendered>): Promise<{ page: KeptPage | null; rendered: Rendered }> {
    let pending = this.rendering.get(key);
    if (!pending) {
      pending = render().then((rendered) => {
        const page = keepable(rendered, this.clock());
        if (page) this.keep(key, page);
        return { page, rendered };
      });
      this.rendering.set(key, pending);
      void pending.finally(() => this.rendering.delete(key)).catch(() => {});
    }
    return pending;
  }

  private keep(key: string, page: KeptPage) {
    this.pages.delete(key);
    this.pages.set(key, page);
    if (this.pages.size > MAX_PAGES) this.pages.delete(this.pages.keys().next().value!);
  }
}
