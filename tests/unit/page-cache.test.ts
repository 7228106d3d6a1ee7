// The public pages' cache on its own: which requests it may answer, what it keeps, and that a
// burst of visitors on one page renders it once.
import { describe, expect, it } from "vitest";
import { bodyFor, isCacheable, keepable, notModified, PageCache, type Rendered } from "../../app/http/page-cache.server.ts";

const page = (body: string, nonce: string, init: { status?: number; headers?: Record<string, string> } = {}): Rendered => ({
  status: init.status ?? 200,
  headers: new Headers({ "Content-Type": "text/html; charset=utf-8", ...init.headers }),
  body,
  nonce,
});

describe("which requests the cache may answer", () => {
  const url = (path: string) => new URL(path, "http://localhost");
  it("an anonymous GET or HEAD of a public page", () => {
    for (const path of ["/", "/catalog", "/catalog?province=35", "/search?q=kopi", "/producers/ud-sari", "/products/p1"]) {
      expect(isCacheable("GET", url(path), undefined), path).toBe(true);
    }
    expect(isCacheable("HEAD", url("/"), "mk_lng=abc")).toBe(true);
  });
  it("not a signed-in reader, a write, a data request or another page", () => {
    expect(isCacheable("GET", url("/"), "mk_lng=x; mk_session=abc")).toBe(false);
    expect(isCacheable("POST", url("/search"), undefined)).toBe(false);
    expect(isCacheable("GET", url("/catalog.data"), undefined)).toBe(false);
    expect(isCacheable("GET", url("/catalog?_data=routes/catalog._index"), undefined)).toBe(false);
    for (const path of ["/login", "/workspace/products", "/needs", "/products/p1/edit", "/api/v1/products"]) expect(isCacheable("GET", url(path), undefined), path).toBe(false);
  });
});

describe("what is kept", () => {
  it("a 200 HTML page without a cookie, its nonce replaced; each reply gets its own", () => {
    const kept = keepable(page('<script nonce="N1">x</script><p>N1</p>', "N1", { headers: { "Content-Security-Policy": "script-src 'nonce-N1'", "Cache-Control": "private, no-cache" } }), 0)!;
    expect(bodyFor(kept, "N2")).toBe('<script nonce="N2">x</script><p>N2</p>');
    expect(kept.headers.map(([name]) => name)).toEqual(["content-type"]);
    expect(notModified(kept.etag, kept.etag)).toBe(true);
    expect(notModified(`W/"other", ${kept.etag}`, kept.etag)).toBe(true);
    expect(notModified('W/"other"', kept.etag)).toBe(false);
  });
  it("never an error, a redirect, a page that sets a cookie or anything but HTML", () => {
    expect(keepable(page("gone", "N", { status: 404 }), 0)).toBeNull();
    expect(keepable(page("", "N", { status: 302 }), 0)).toBeNull();
    expect(keepable(page("x", "N", { headers: { "Set-Cookie": "a=b" } }), 0)).toBeNull();
    expect(keepable(page("{}", "N", { headers: { "Content-Type": "application/json" } }), 0)).toBeNull();
  });
});

describe("the cache", () => {
  it("renders a page once for a burst of visitors, and again once its lifetime is over", async () => {
    let now = 0;
    const cache = new PageCache(1000, () => now);
    let renders = 0;
    const render = (nonce: string) => async () => {
      renders++;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return page(`<p nonce="${nonce}">${renders}</p>`, nonce);
    };
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => cache.page("id /", render(`n${i}`))));
    expect(renders).toBe(1);
    expect(answers.filter((a) => "page" in a && !a.hit)).toHaveLength(1);
    now = 400;
    await cache.page("id /", render("x"));
    expect(renders).toBe(1);
    // In its second half-life the kept page answers while one new render runs behind it.
    now = 600;
    const stale = await cache.page("id /", render("y"));
    expect("page" in stale && bodyFor(stale.page, "z")).toBe('<p nonce="z">1</p>');
    expect(renders).toBe(2);
  });
  it("gives each visitor its own render of a page it cannot keep", async () => {
    const cache = new PageCache(1000);
    let renders = 0;
    const render = async () => {
      renders++;
      return page("missing", "n", { status: 404 });
    };
    const [a, b] = await Promise.all([cache.page("id /products/x", render), cache.page("id /products/x", render)]);
    expect("rendered" in a && "rendered" in b).toBe(true);
    expect(renders).toBe(2);
  });
  it("is off at a lifetime of 0", () => {
    expect(new PageCache(0).enabled).toBe(false);
  });
});
