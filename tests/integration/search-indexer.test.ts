// The outbox worker and the search page's fallback on a real SQLite file with the real
// embedded engine, and an engine that fails on purpose (the network boundary of Meilisearch).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../app/db.server.ts";
import { createProduct } from "../../app/models/catalog/product.server.ts";
import { searchProducts } from "../../app/models/catalog/product-search.server.ts";
import { backoffMs, drainOutbox, outboxLag, reindexProducts } from "../../app/models/indexing/search-indexer.server.ts";
import { EmbeddedEngine } from "../../search/embedded-engine.ts";
import { SearchEngineError, type SearchDocument, type SearchQuery, type SearchResult } from "../../search/engine.ts";
import type { IndexName } from "../../search/settings.ts";
import { copyTemplate, SEEDED_TEMPLATE } from "../helpers/templates.ts";

let db: Db;
let producerId: string;
let userId: string;

/** The embedded engine, made to fail while `down` is true. */
class FlakyEngine extends EmbeddedEngine {
  down = false;
  override async upsert(...args: Parameters<EmbeddedEngine["upsert"]>) {
    if (this.down) throw new SearchEngineError("connection refused", "meilisearch", true);
    return super.upsert(...args);
  }
  override async search<D extends SearchDocument = SearchDocument>(index: IndexName, query: SearchQuery): Promise<SearchResult<D>> {
    if (this.down) throw new SearchEngineError("connection refused", "meilisearch", true);
    return super.search<D>(index, query);
  }
}

beforeAll(async () => {
  db = createDb(`file:${copyTemplate(SEEDED_TEMPLATE, "search-indexer")}`);
  const producer = await db.producerProfile.findFirstOrThrow({ where: { organisation: { status: "active", memberships: { some: {} } } }, include: { organisation: { include: { memberships: true } } } });
  producerId = producer.id;
  userId = producer.organisation.memberships[0]!.userId;
});
afterAll(async () => {
  await db.$disconnect();
});

const product = (name: string) => ({ name, description: "Deskripsi produk uji pengindeksan pencarian.", category: "snacks" as const, unit: "pak" as const, minOrder: 10 });

describe("search indexing", () => {
  it("rebuilds the index from every listed product", async () => {
    const engine = new EmbeddedEngine();
    const { documents } = await reindexProducts(db, engine);
    const listed = await db.product.count({ where: { status: "active", producer: { organisation: { status: "active" } } } });
    expect(documents).toBe(listed);
    expect(await engine.count("products")).toBe(listed);
    expect((await outboxLag(db)).pending).toBe(0);
  });

  it("keeps writes while the engine is down, backs off, and catches up when it returns", async () => {
    const engine = new FlakyEngine();
    await reindexProducts(db, engine);
    engine.down = true;
    const created = await createProduct(db, producerId, product("Rengginang lorjuk Sumenep"), userId);
    const t0 = new Date();
    const failed = await drainOutbox(db, engine, { now: t0 });
    expect(failed).toMatchObject({ failed: true, rows: 1 });
    const row = await db.searchOutbox.findFirstOrThrow({ where: { entityId: created.id } });
    expect(row).toMatchObject({ attempts: 1, processedAt: null, lastError: expect.stringContaining("connection refused") });
    expect(row.nextAttemptAt.getTime()).toBe(t0.getTime() + backoffMs(1));
    expect(await outboxLag(db, t0)).toMatchObject({ pending: 1, failing: 1 });
    // Not due yet: nothing is tried.
    expect((await drainOutbox(db, engine, { now: t0 })).rows).toBe(0);

    engine.down = false;
    const later = new Date(t0.getTime() + backoffMs(1));
    expect(await drainOutbox(db, engine, { now: later })).toMatchObject({ failed: false, rows: 1, upserted: 1 });
    expect((await engine.search("products", { q: "rengginang" })).hits.map((h) => h.document.id)).toEqual([created.id]);
    expect((await outboxLag(db)).pending).toBe(0);
  });

  it("grows the wait between attempts up to five minutes", () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffMs(30)).toBe(5 * 60_000);
  });

  it("removes archived products and those of a suspended business", async () => {
    const engine = new EmbeddedEngine();
    await reindexProducts(db, engine);
    const target = await db.product.findFirstOrThrow({ where: { producerId, status: "active" } });
    await db.$transaction([db.product.update({ where: { id: target.id }, data: { status: "archived" } }), db.searchOutbox.create({ data: { entity: "product", entityId: target.id, operation: "upsert" } })]);
    expect(await drainOutbox(db, engine)).toMatchObject({ removed: 1 });
    expect((await engine.search("products", { q: "", filter: { producerId: { eq: producerId } }, all: true })).hits.map((h) => h.document.id)).not.toContain(target.id);
  });

  it("answers the search page from the database, flagged, when the engine fails", async () => {
    const engine = new FlakyEngine();
    engine.down = true;
    const result = await searchProducts(db, engine, { q: "Rengginang lorjuk" });
    expect(result.degraded).toBe(true);
    expect(result.hits.map((h) => h.product.name)).toContain("Rengginang lorjuk Sumenep");
    expect(result.facets).toEqual({});
  });
});
