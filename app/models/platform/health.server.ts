// The health report, for an operator or a load balancer: 503 with the reasons whenever the
// site cannot do its work, not only when the database is unreachable. It checks that the
// database answers a read and can take a write (another connection may hold the write lock;
// a stuck one would keep every change out), that the search outbox drains (the age of its
// oldest waiting row, not only how many wait), and that this process's worker is not failing
// tick after tick.
import type { Db } from "~/db.server.ts";
import type { EngineHealth, SearchEngine } from "../../../search/index.ts";
import { outboxLag, workerStatus, type WorkerStatus } from "../indexing/search-indexer.server.ts";

/** A write that cannot start within this long means writes are failing or about to. */
export const WRITE_PROBE_MS = 2_000;
/** The oldest waiting outbox row may be this old before search counts as not catching up. */
export const OUTBOX_STALE_SECONDS = 5 * 60;
/** Ticks that may fail in a row (a tick a second) before the worker counts as failing. */
export const WORKER_FAILURES = 30;

export interface HealthReport {
  /** "degraded": the search engine does not answer, pages answer from the database (200). */
  status: "ok" | "degraded" | "down";
  /** What keeps the site from its work, in words: any makes the status "down" (503). */
  problems: string[];
  database: { ok: boolean; latencyMs: number; writable: boolean; writeWaitMs?: number; error?: string };
  search: EngineHealth & { outbox: { pending: number; failing: number; oldestSeconds: number } };
  worker: Omit<WorkerStatus, "lastSuccessAt" | "cursor"> & { lastSuccessAt: string | null };
  uptimeSeconds: number;
  time: string;
}

export type WriteProbe = () => Promise<{ ok: true; waitedMs: number } | { ok: false; error: string }>;

export async function checkHealth(db: Db, engine: SearchEngine, probeWrite: WriteProbe): Promise<HealthReport> {
  const [database, engineHealth] = await Promise.all([checkDatabase(db, probeWrite), engine.health()]);
  const worker = workerStatus();
  const outbox = database.ok ? await outboxLag(db, new Date(), worker.cursor) : { pending: -1, failing: -1, oldestSeconds: -1 };
  const problems: string[] = [];
  if (!database.ok) problems.push(`database: ${database.error ?? "no answer"}`);
  else if (!database.writable) problems.push(`database cannot take a write: ${database.error ?? "no answer"}`);
  if (outbox.oldestSeconds > OUTBOX_STALE_SECONDS) problems.push(`search index is ${outbox.oldestSeconds} s behind (${outbox.pending} changes waiting)`);
  if (worker.running && worker.consecutiveFailures >= WORKER_FAILURES) problems.push(`worker failed ${worker.consecutiveFailures} times in a row: ${worker.lastError}`);
  return {
    status: problems.length > 0 ? "down" : engineHealth.ok ? "ok" : "degraded",
    problems,
    database,
    search: { ...engineHealth, outbox },
    worker: { running: worker.running, consecutiveFailures: worker.consecutiveFailures, lastError: worker.lastError, lastSuccessAt: worker.lastSuccessAt?.toISOString() ?? null },
    uptimeSeconds: Math.round(process.uptime()),
    time: new Date().toISOString(),
  };
}

async function checkDatabase(db: Db, probeWrite: WriteProbe): Promise<HealthReport["database"]> {
  const started = performance.now();
  try {
    await db.$queryRawUnsafe("SELECT 1");
  } catch (error) {
    return { ok: false, writable: false, latencyMs: round(performance.now() - started), error: error instanceof Error ? error.message : String(error) };
  }
  const latencyMs = round(performance.now() - started);
  const write = await probeWrite();
  return write.ok ? { ok: true, latencyMs, writable: true, writeWaitMs: write.waitedMs } : { ok: true, latencyMs, writable: false, error: write.error };
}

const round = (ms: number) => Math.round(ms * 10) / 10;
