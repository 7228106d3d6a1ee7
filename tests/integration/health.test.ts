// The health report tells the truth: a database that answers reads but cannot take a write,
// a search outbox that is not draining, and a worker failing tick after tick each make it
// "down" with the reason in words; the search engine alone being down is "degraded".
import { createClient } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../app/db.server.ts";
import { probeWriteLock } from "../../app/db-connection.server.ts";
import { checkHealth, OUTBOX_STALE_SECONDS, WORKER_FAILURES } from "../../app/models/platform/health.server.ts";
import { workerStatus } from "../../app/models/indexing/search-indexer.server.ts";
import { EmbeddedEngine } from "../../search/embedded-engine.ts";
import { dropDb, freshDb } from "../helpers/db.ts";

let db: Db;
let url: string;
const engine = new EmbeddedEngine();
const writable = async () => ({ ok: true as const, waitedMs: 0 });

beforeAll(async () => {
  db = await freshDb("health");
  const [main] = await db.$queryRawUnsafe<{ file: string }[]>("SELECT file FROM pragma_database_list WHERE name = 'main'");
  url = `file:${main!.file}`;
});
afterAll(async () => {
  await dropDb(db);
});

describe("the health report", () => {
  it("is ok when everything works", async () => {
    const report = await checkHealth(db, engine, () => probeWriteLock(url, 500));
    expect(report).toMatchObject({ status: "ok", problems: [], database: { ok: true, writable: true } });
  });

  it("is down while another connection holds the write lock, and ok once it lets go", async () => {
    const holder = createClient({ url });
    await holder.execute("BEGIN IMMEDIATE");
    try {
      const report = await checkHealth(db, engine, () => probeWriteLock(url, 300));
      expect(report.status).toBe("down");
      expect(report.database).toMatchObject({ ok: true, writable: false });
      expect(report.problems.join()).toMatch(/cannot take a write: another connection has held the write lock for over 300 ms/);
    } finally {
      await holder.execute("ROLLBACK");
      holder.close();
    }
    expect((await checkHealth(db, engine, () => probeWriteLock(url, 300))).status).toBe("ok");
  });

  it("is down when the oldest change waiting for search is too old, however few wait", async () => {
    const row = await db.searchOutbox.create({ data: { entity: "product", entityId: "p1", operation: "upsert", createdAt: new Date(Date.now() - (OUTBOX_STALE_SECONDS + 60) * 1000) } });
    const report = await checkHealth(db, engine, writable);
    expect(report.status).toBe("down");
    expect(report.problems.join()).toMatch(/search index is \d+ s behind \(1 changes waiting\)/);
    await db.searchOutbox.update({ where: { id: row.id }, data: { processedAt: new Date() } });
    expect((await checkHealth(db, engine, writable)).status).toBe("ok");
  });

  it("is down when this process's worker keeps failing", async () => {
    Object.assign(workerStatus(), { running: true, consecutiveFailures: WORKER_FAILURES, lastError: "indexing failed: connection refused" });
    try {
      const report = await checkHealth(db, engine, writable);
      expect(report.status).toBe("down");
      expect(report.problems.join()).toMatch(/worker failed 30 times in a row: indexing failed: connection refused/);
    } finally {
      Object.assign(workerStatus(), { running: false, consecutiveFailures: 0, lastError: null });
    }
  });

  it("is degraded, not down, when only the search engine is away", async () => {
    const away = new EmbeddedEngine();
    away.health = async () => ({ engine: "embedded", ok: false, latencyMs: 0, detail: "down for the test" });
    expect(await checkHealth(db, away, writable)).toMatchObject({ status: "degraded", problems: [] });
  });
});
