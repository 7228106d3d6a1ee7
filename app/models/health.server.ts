// The health report: can we reach the database and the search engine, and how fast.
import type { Db } from "~/db.server.ts";
import type { EngineHealth, SearchEngine } from "../../search/index.ts";
import { outboxLag } from "./search-indexer.server.ts";

export interface HealthReport {
  status: "ok" | "degraded" | "down";
  database: { ok: boolean; latencyMs: number; error?: string };
  search: EngineHealth & { outbox: { pending: number; failing: number; oldestSeconds: number } };
  uptimeSeconds: number;
  time: string;
}

export async function checkHealth(db: Db, engine: SearchEngine): Promise<HealthReport> {
  const [database, engineHealth] = await Promise.all([checkDatabase(db), engine.health()]);
  // How far the index lags behind the database (0 pending: it has caught up).
  const outbox = database.ok ? await outboxLag(db) : { pending: -1, failing: -1, oldestSeconds: -1 };
  const search = { ...engineHealth, outbox };
  // Without the database nothing works; without search the app still serves from the database.
  const status = !database.ok ? "down" : search.ok ? "ok" : "degraded";
  return { status, database, search, uptimeSeconds: Math.round(process.uptime()), time: new Date().toISOString() };
}

async function checkDatabase(db: Db): Promise<HealthReport["database"]> {
  const started = performance.now();
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return { ok: true, latencyMs: round(performance.now() - started) };
  } catch (error) {
    return { ok: false, latencyMs: round(performance.now() - started), error: error instanceof Error ? error.message : String(error) };
  }
}

const round = (ms: number) => Math.round(ms * 10) / 10;
