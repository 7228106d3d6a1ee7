// The public pages' cache through the real server (app/http/page-cache.server.ts): a visitor's
// page is rendered once and answered again with a fresh CSP nonce each time, in the visitor's
// language, with headers a CDN can follow; a signed-in reader, an error page and Remix's data
// requests are never answered from it; a change shows within the cache's lifetime.
import { get, type IncomingHttpHeaders } from "node:http";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed.ts";
import { Client, until } from "../helpers/http.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

const LIFETIME_S = 2;
let server: TestServer;

beforeAll(async () => {
  server = await startServer("http-page-cache", { env: { PAGE_CACHE_SECONDS: String(LIFETIME_S) } });
});
afterAll(async () => {
  await server?.stop();
});

/** The nonce the policy allows, and every nonce the page's scripts carry. */
function nonces(response: Response, html: string) {
  const policy = response.headers.get("content-security-policy") ?? "";
  return { allowed: /'nonce-([^']+)'/.exec(policy)?.[1], used: [...new Set([...html.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]))] };
}

describe("a visitor's public pages", () => {
  it("are rendered once and answered again, each with its own nonce, and say they may be kept", async () => {
    const visitor = new Client(server.url);
    const path = "/catalog?province=35";
    const first = await visitor.get(path);
    const firstHtml = await first.text();
    const second = await visitor.get(path);
    const secondHtml = await second.text();
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.headers.get("x-page-cache")).toBe("hit");
    expect(second.headers.get("cache-control")).toBe(`public, max-age=${LIFETIME_S}, stale-while-revalidate=${LIFETIME_S * 5}`);
    expect(second.headers.get("etag")).toMatch(/^W\/"[\w-]+"$/);
    expect(second.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(second.headers.get("vary")).toMatch(/^Cookie\b/);
    // Each answer's scripts carry the nonce its own policy allows, and the two differ.
    const [a, b] = [nonces(first, firstHtml), nonces(second, secondHtml)];
    expect(a.used).toEqual([a.allowed]);
    expect(b.used).toEqual([b.allowed]);
    expect(a.allowed).not.toBe(b.allowed);
    expect(secondHtml.replaceAll(b.allowed!, "N")).toBe(firstHtml.replaceAll(a.allowed!, "N"));
  });

  it("are compressed once and sent gzipped with each answer's own nonce, or plain to a client that takes no gzip", async () => {
    const path = "/catalog?province=32";
    const raw = (encoding: string) =>
      new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        const request = get(new URL(path, server.url), { headers: { "accept-encoding": encoding } }, (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (c: Buffer) => chunks.push(c)).on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
        });
        request.on("error", reject);
      });
    await raw("gzip"); // rendered and kept
    const [zipped, plain] = [await raw("gzip, deflate, br"), await raw("identity")];
    expect(zipped.headers["x-page-cache"]).toBe("hit");
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers.vary).toContain("Accept-Encoding");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const nonceOf = (headers: IncomingHttpHeaders) => /'nonce-([^']+)'/.exec(String(headers["content-security-policy"]))?.[1];
    const html = gunzipSync(zipped.body).toString("utf8");
    expect(new Set([...html.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]))).toEqual(new Set([nonceOf(zipped.headers)]));
    // The same page either way, but for the nonce.
    expect(html.replaceAll(nonceOf(zipped.headers)!, "N")).toBe(plain.body.toString("utf8").replaceAll(nonceOf(plain.headers)!, "N"));
  });

  it("are never kept empty from a HEAD request", async () => {
    const head = await fetch(new URL("/search?q=madu", server.url), { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    const page = await new Client(server.url).get("/search?q=madu");
    expect(page.headers.get("x-page-cache")).toBe("hit");
    expect(await page.text()).toContain("</html>");
  });

  it("say how old the kept page is, so a cache in front counts its lifetime from the render", async () => {
    const visitor = new Client(server.url);
    await (await visitor.get("/catalog?province=33")).text();
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const again = await visitor.get("/catalog?province=33");
    expect(Number(again.headers.get("age"))).toBeGreaterThanOrEqual(1);
  });

  it("answer a browser that holds the page with 304 and no new policy (it keeps the one its page came with)", async () => {
    const visitor = new Client(server.url);
    const page = await visitor.get("/search?q=kopi");
    await page.text();
    const again = await visitor.get("/search?q=kopi", { "If-None-Match": page.headers.get("etag")! });
    expect(again.status).toBe(304);
    expect(again.headers.get("content-security-policy")).toBeNull();
    expect(await again.text()).toBe("");
  });

  it("are kept per query and per language", async () => {
    const visitor = new Client(server.url);
    const kopi = await (await visitor.get("/search?q=kopi")).text();
    const batik = await (await visitor.get("/search?q=batik")).text();
    expect(kopi).not.toBe(batik);
    expect(kopi).toContain('lang="id"');
    const english = new Client(server.url);
    expect((await english.post("/language", { locale: "en", redirectTo: "/" })).status).toBe(302);
    const page = await english.get("/search?q=kopi");
    expect(await page.text()).toContain('lang="en"');
    expect((await (await visitor.get("/search?q=kopi")).text())).toContain('lang="id"');
  });

  it("show a change within the cache's lifetime", async () => {
    const product = await server.db.product.findFirstOrThrow({ where: { status: "active", producer: { organisation: { status: "active" } } }, select: { id: true, name: true } });
    const visitor = new Client(server.url);
    const path = `/products/${product.id}`;
    expect(await (await visitor.get(path)).text()).toContain(product.name.replace(/&/g, "&amp;"));
    expect((await visitor.get(path)).headers.get("x-page-cache")).toBe("hit");
    const renamed = `${product.name} edisi baru`;
    await server.db.product.update({ where: { id: product.id }, data: { name: renamed } });
    const written = Date.now();
    await until(
      async () => (await visitor.get(path)).text(),
      (html) => html.includes(renamed.replace(/&/g, "&amp;")),
      (LIFETIME_S + 2) * 1000,
    );
    expect(Date.now() - written).toBeLessThanOrEqual(LIFETIME_S * 1000 + 1000);
  });
});

describe("what the cache never answers", () => {
  it("a signed-in reader: their page is rendered for them and marked private", async () => {
    const producer = new Client(server.url);
    await producer.login(DEMO_ACCOUNTS.find((a) => a.role === "producer")!.email, DEMO_PASSWORD);
    const response = await producer.get("/catalog?province=35");
    expect(response.status).toBe(200);
    expect(response.headers.get("x-page-cache")).toBeNull();
    expect(response.headers.get("cache-control")).toBe("private, no-cache");
    expect(await response.text()).toContain('href="/workspace');
  });

  it("a session cookie however it is written, and never keeps a signed-in render for visitors", async () => {
    const producer = new Client(server.url);
    await producer.login(DEMO_ACCOUNTS.find((a) => a.role === "producer")!.email, DEMO_PASSWORD);
    const session = producer.cookies.get("mk_session")!;
    const name = (await server.db.user.findFirstOrThrow({ where: { email: DEMO_ACCOUNTS.find((a) => a.role === "producer")!.email } })).name;
    for (const cookie of [`mk_session =${session}`, `mk_session\t=${session}`, `mk_lng=x; mk_session=${session}`]) {
      const response = await fetch(new URL("/catalog?province=51", server.url), { headers: { Cookie: cookie } });
      expect(response.headers.get("x-page-cache"), cookie).toBeNull();
      await response.arrayBuffer();
    }
    const visitor = await (await new Client(server.url).get("/catalog?province=51")).text();
    expect(visitor).not.toContain(name);
  });

  it("a page that is not found, and Remix's data requests", async () => {
    const visitor = new Client(server.url);
    for (let i = 0; i < 2; i++) {
      const missing = await visitor.get("/products/no-such-product");
      expect(missing.status).toBe(404);
      expect(missing.headers.get("x-page-cache")).toBeNull();
      expect(missing.headers.get("cache-control")).toBe("private, no-cache");
    }
    const data = await visitor.get("/catalog.data");
    expect(data.status).toBe(200);
    expect(data.headers.get("x-page-cache")).toBeNull();
  });

  it("pages that are not public (the sign-in page)", async () => {
    const visitor = new Client(server.url);
    const login = await visitor.get("/login");
    expect(login.status).toBe(200);
    expect(login.headers.get("x-page-cache")).toBeNull();
  });
});
