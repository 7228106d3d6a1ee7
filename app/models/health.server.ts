// The health report: can we reach the database and the search engine, and how fast.
import type { Db } from "~/db.server.ts";
import type { EngineHealth, SearchEngine } from "../../search/index.ts";

export interface HealthReport {
  status: "ok" | "degraded" | "down";
  database: { ok: boolean; latencyMs: number; error?: string };
  search: EngineHealth;
  uptimeSeconds: number;
  time: string;
}

export async function checkHealth(db: Db, engine: SearchEngine): Promise<HealthReport> {
  const [database, search] = await Promise.all([checkDatabase(db), engine.health()]);
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
