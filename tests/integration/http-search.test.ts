// The search page through the real server: the index is built at start, follows writes
// through the outbox, answers with highlights and facets, and refuses bad parameters.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed.ts";
import { Client, until } from "../helpers/http.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

let server: TestServer;
const visitor = () => new Client(server.url);

const health = async () => (await (await visitor().get("/api/health")).json()) as { search: { outbox: { pending: number } } };

beforeAll(async () => {
  server = await startServer("http-search");
  await until(health, (h) => h.search.outbox.pending === 0);
});
afterAll(async () => {
  await server?.stop();
});

describe("search page", () => {
  it("finds products by a spelling variant, highlighting the words", async () => {
    const html = await (await visitor().get("/search?q=kripik")).text();
    expect(html).toMatch(/data-total="[1-9]\d*"/);
    expect(html).toMatch(/<mark>Keripik<\/mark>/i);
  });

  it("finds the Indonesian catalogue by English words, and says it translated them", async () => {
    const html = await (await visitor().get("/search?q=banana%20chips")).text();
    expect(html).toMatch(/data-total="[1-9]\d*"/);
    expect(html).toContain("data-translated");
    expect(html).toContain("pisang keripik");
    expect(html).toMatch(/<mark>pisang<\/mark>/i);
    expect(html).toMatch(/<mark>keripik<\/mark>/i);
    // Words found as typed are not translated.
    expect(await (await visitor().get("/search?q=keripik%20pisang")).text()).not.toContain("data-translated");
  });

  it("corrects a slip of the keyboard to the catalogue's own word when the words as typed find nothing, and says so", async () => {
    // Two letters swapped: one slip for the corrector, two edits for the engine's own typo tolerance.
    const html = await (await visitor().get("/search?q=kerpiik")).text();
    expect(html).toMatch(/data-total="[1-9]\d*"/);
    expect(html).toContain("data-corrected");
    expect(html).toContain("“keripik”");
    expect(html).toMatch(/<mark>keripik<\/mark>/i);
    // A slip from a spelling variant the engine knows ("kripik" for "keripik") is corrected to it.
    const variant = await (await visitor().get("/search?q=kripk")).text();
    expect(variant).toContain("data-corrected");
    expect(variant).toContain("“kripik”");
    expect(variant).toMatch(/data-total="[1-9]\d*"/);
    // A word under four letters is not guessed at, though "kpi" is one letter from "kopi": among short words a slip reaches too many others.
    const short = await (await visitor().get("/search?q=kpi")).text();
    expect(short).not.toContain("data-corrected");
    expect(short).not.toContain("data-suggested");
  });

  it("offers the catalogue's word beside results found for a mistyped one", async () => {
    // "kopii" finds coffee through the engine's own typo tolerance; the page still offers the word.
    const html = await (await visitor().get("/search?q=kopii")).text();
    expect(html).toMatch(/data-total="[1-9]\d*"/);
    expect(html).not.toContain("data-corrected");
    expect(html).toMatch(/data-suggested[^>]*>[^<]*(<!-- -->)? <a [^>]*href="\/search\?q=kopi"[^>]*>kopi<\/a>\?/);
    // Words the catalogue holds are never second-guessed.
    expect(await (await visitor().get("/search?q=kopi")).text()).not.toContain("data-suggested");
  });

  it("counts facets and narrows by them", async () => {
    const html = await (await visitor().get("/search?q=&sector=food_beverage")).text();
    expect(html).toContain('data-facet="provinceCode"');
    const total = Number(/data-total="(\d+)"/.exec(html)![1]);
    const all = Number(/data-total="(\d+)"/.exec(await (await visitor().get("/search")).text())![1]);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(all);
  });

  it("refuses bad parameters with a 400, in the page", async () => {
    expect((await visitor().get("/search?page=abc")).status).toBe(400);
    expect((await visitor().get(`/search?q=${"x".repeat(101)}`)).status).toBe(400);
    expect((await visitor().get("/search?sector=senjata")).status).toBe(400);
  });

  it("finds a product a producer just added, once the outbox is drained", async () => {
    const producer = new Client(server.url);
    await producer.login(DEMO_ACCOUNTS.find((a) => a.role === "producer")!.email, DEMO_PASSWORD);
    const created = await producer.post("/workspace/products/new", {
      name: "Rengginang lorjuk khas Sumenep",
      description: "Rengginang ketan dengan lorjuk (kerang bambu) Madura, kemasan 250 g.",
      category: "snacks",
      unit: "pak",
      minOrder: "20",
    });
    expect(created.status).toBe(302);
    const html = await until(
      async () => (await visitor().get("/search?q=rengginang lorjuk")).text(),
      (page) => page.includes("Rengginang"),
    );
    expect(html).toContain("khas Sumenep");
    expect((await health()).search.outbox.pending).toBe(0);
  });
});
