// Moves the search outbox into the engine. Every write recorded an outbox row in its own
// transaction (search-outbox.server.ts); here a worker drains them in batches. When the
// engine fails, the rows wait with a growing delay (1 s, 2 s, 4 s … up to 5 min) and the
// app keeps serving from the database; nothing is lost. A rebuild reads every listed product.
import type { Db } from "~/db.server.ts";
import { chunked } from "~/lib/chunks.ts";
import type { SearchEngine } from "../../../search/engine.ts";
import { allProductDocuments, productDocuments, productsTouchedBy } from "./search-documents.server.ts";
import { expireMatches } from "../matches/match.server.ts";
import { expireLapsedRequests } from "../events/event-meetings.server.ts";
import { flagOverduePayments } from "../orders/payment.server.ts";
import { requestDueRefunds, stripeClient } from "../orders/stripe-payments.server.ts";
import { needsAffectedBy, openNeedIds, refreshNeedSuggestions } from "~/matching/refresh.server.ts";
import { holdLease, releaseLease, THIS_PROCESS } from "../platform/lease.server.ts";
import { LIMITS, pruneLimits } from "../platform/rate-limit.server.ts";

const HOUSEKEEPING_EVERY_MS = 60_000;
/** Rate-limit windows older than the longest are finished. */
const LONGEST_LIMIT_WINDOW_MS = Math.max(...Object.values(LIMITS).map((l) => l.windowMs));

export const MAX_BACKOFF_MS = 5 * 60_000;

export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.max(0, attempts - 1));
}

export interface DrainResult {
  rows: number;
  upserted: number;
  removed: number;
  failed: boolean;
  error?: string;
  /** What the indexed rows were about, for refreshing the suggestions they affect. */
  changes: { entity: string; entityId: string }[];
  /** The last row a process-local index has applied (its cursor), when draining by cursor. */
  lastId?: number;
}

/**
 * Indexes one batch of outbox rows; call again while it returns rows. A shared index
 * (Meilisearch) takes the rows no process has indexed yet and marks them done, with a growing
 * delay after a failure. A process-local index (the embedded engine: every server process has
 * its own) must see every row itself, whoever else marked it done: it reads the rows after its
 * own cursor, `afterId`, and moves the cursor on (`lastId`) only when they are indexed.
 */
export async function drainOutbox(db: Db, engine: SearchEngine, options: { batch?: number; now?: Date; afterId?: number } = {}): Promise<DrainResult> {
  const now = options.now ?? new Date();
  const local = options.afterId !== undefined;
  const rows = await db.searchOutbox.findMany({
    where: local ? { id: { gt: options.afterId } } : { processedAt: null, nextAttemptAt: { lte: now } },
    orderBy: { id: "asc" },
    take: options.batch ?? 500,
    select: { id: true, entity: true, entityId: true, attempts: true },
  });
  if (rows.length === 0) return { rows: 0, upserted: 0, removed: 0, failed: false, changes: [], lastId: options.afterId };
  const ids = rows.map((r) => r.id);
  // A producer's row touches all its products: after a big import, 500 rows may stand for tens
  // of thousands. They are read and indexed a piece at a time, whatever the backlog.
  const productIds = await productsTouchedBy(db, rows);
  let upserted = 0;
  let removed = 0;
  try {
    for (const chunk of chunked(productIds)) {
      const documents = await productDocuments(db, chunk, now);
      const listed = new Set(documents.map((d) => d.id));
      const unlisted = chunk.filter((id) => !listed.has(id));
      await engine.upsert("products", documents);
      await engine.remove("products", unlisted);
      upserted += documents.length;
      removed += unlisted.length;
      // The embedded engine indexes on this thread: give pages and requests their turn between
      // pieces, or a big backlog holds the event loop for seconds (a page render was aborted).
      await new Promise((resolve) => setImmediate(resolve));
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A local index tries the same rows again next tick: its cursor has not moved.
    if (local) return { rows: rows.length, upserted: 0, removed: 0, failed: true, error: message, changes: [], lastId: options.afterId };
    // Each row waits by its own attempt count; one statement per distinct count.
    const byAttempts = new Map<number, number[]>();
    for (const row of rows) byAttempts.set(row.attempts + 1, [...(byAttempts.get(row.attempts + 1) ?? []), row.id]);
    for (const [attempts, group] of byAttempts) {
      await db.searchOutbox.updateMany({
        where: { id: { in: group } },
        data: { attempts, lastError: message.slice(0, 500), nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)) },
      });
    }
    return { rows: rows.length, upserted: 0, removed: 0, failed: true, error: message, changes: [] };
  }
  await db.searchOutbox.updateMany({ where: { id: { in: ids }, processedAt: null }, data: { processedAt: now, lastError: null } });
  return { rows: rows.length, upserted, removed, failed: false, changes: rows, lastId: rows.at(-1)!.id };
}

/** Rebuilds the products index from the database; outbox rows written before it began are settled. */
export async function reindexProducts(db: Db, engine: SearchEngine): Promise<{ documents: number; ms: number; lastOutboxId: number }> {
  const started = performance.now();
  const last = await db.searchOutbox.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  await engine.prepare("products");
  await engine.clear("products");
  let documents = 0;
  for await (const page of allProductDocuments(db)) {
    await engine.upsert("products", page);
    documents += page.length;
  }
  if (last) await db.searchOutbox.updateMany({ where: { id: { lte: last.id }, processedAt: null }, data: { processedAt: new Date(), lastError: null } });
  return { documents, ms: Math.round(performance.now() - started), lastOutboxId: last?.id ?? 0 };
}

/** Applied outbox rows are kept this long (to read what was indexed when), then pruned. */
export const OUTBOX_RETENTION_MS = 60 * 60_000;
/** A process records its cursor at least this often; one not seen for CURSOR_GONE_MS has stopped. */
const CURSOR_EVERY_MS = 30_000;
const CURSOR_GONE_MS = 4 * CURSOR_EVERY_MS;

/** Records how far this process's own index has applied the outbox. */
export async function recordCursor(db: Db, process: string, lastId: number, now = new Date()): Promise<void> {
  await db.indexCursor.upsert({ where: { process }, create: { process, lastId, seenAt: now }, update: { lastId, seenAt: now } });
}

/**
 * Drops the outbox rows every running process has applied, once older than the retention: a
 * shared index's rows once marked done; process-local indexes' rows once past every live
 * process's cursor (a process that has stopped no longer counts; one starting rebuilds its
 * index from the database, not from the outbox).
 */
export async function pruneOutbox(db: Db, now = new Date()): Promise<number> {
  await db.indexCursor.deleteMany({ where: { seenAt: { lt: new Date(now.getTime() - CURSOR_GONE_MS) } } });
  const slowest = await db.indexCursor.aggregate({ _min: { lastId: true } });
  const { count } = await db.searchOutbox.deleteMany({
    where: {
      processedAt: { not: null },
      createdAt: { lt: new Date(now.getTime() - OUTBOX_RETENTION_MS) },
      ...(slowest._min.lastId === null ? {} : { id: { lte: slowest._min.lastId } }),
    },
  });
  return count;
}

/** How far the index is behind: rows waiting, and the age of the oldest. */
export async function outboxLag(db: Db, now = new Date(), afterId?: number | null): Promise<{ pending: number; oldestSeconds: number; failing: number }> {
  // A process-local index is behind by the rows after its own cursor.
  const waiting = afterId === undefined || afterId === null ? { processedAt: null } : { id: { gt: afterId } };
  const [pending, oldest, failing] = await Promise.all([
    db.searchOutbox.count({ where: waiting }),
    db.searchOutbox.findFirst({ where: waiting, orderBy: { id: "asc" }, select: { createdAt: true } }),
    db.searchOutbox.count({ where: { ...waiting, attempts: { gt: 0 } } }),
  ]);
  return { pending, failing, oldestSeconds: oldest ? Math.max(0, Math.round((now.getTime() - oldest.createdAt.getTime()) / 1000)) : 0 };
}

/** How the worker of this process is doing, for the health report. */
export interface WorkerStatus {
  running: boolean;
  lastSuccessAt: Date | null;
  consecutiveFailures: number;
  lastError: string | null;
  /** The last outbox row this process's own index has applied (a process-local engine), else null. */
  cursor: number | null;
}

// Kept on globalThis: the health route runs in the server build, which bundles its own copy
// of this module, while the worker was started from the server's entry.
const statusHolder = globalThis as unknown as { __mitraikmWorker?: WorkerStatus };
export function workerStatus(): WorkerStatus {
  statusHolder.__mitraikmWorker ??= { running: false, lastSuccessAt: null, consecutiveFailures: 0, lastError: null, cursor: null };
  return statusHolder.__mitraikmWorker;
}

/** The lease of the jobs one process runs for all (lease.server.ts), and how long a holder keeps it unrenewed. */
export const JOBS_LEASE = "periodic-jobs";
export const JOBS_LEASE_MS = 30_000;

/**
 * The background worker of a server process. Every process keeps its own embedded index:
 * rebuilt at start (the engine starts empty), then following the outbox as a log, every row
 * in order, once (its cursor). The jobs done for all run in one process at a time, the
 * holder of JOBS_LEASE: refreshing the stored suggestions the changes affect (every open
 * need's when it takes the lease, since it may have missed some while another held it),
 * expiring matches of needs that closed or passed their date, lapsed meeting requests,
 * overdue payments and due refunds, and pruning the outbox and rate limits; with a shared
 * engine (Meilisearch) it also drains the outbox. Returns a stop function.
 */
export function startIndexer(db: Db, engine: SearchEngine, options: { intervalMs?: number; log?: (line: string) => void; holder?: string } = {}): () => Promise<void> {
  const log = options.log ?? (() => {});
  const holder = options.holder ?? THIS_PROCESS;
  let current: Promise<void> | null = null;
  let stopped = false;
  let ready = false;
  /** Until when this process holds the jobs' lease (0: it does not); renewed past half its time. */
  let heldUntil = 0;
  let cursorRecorded = { lastId: -1, at: 0 };
  let prunedAt = 0;
  /** Takes or renews the lease when due; whether this process runs the jobs for all this round. */
  const leads = async (now: number): Promise<{ leads: boolean; took: boolean }> => {
    if (heldUntil - now > JOBS_LEASE_MS / 2) return { leads: true, took: false };
    const held = await holdLease(db, JOBS_LEASE, holder, JOBS_LEASE_MS, new Date(now));
    const took = held && heldUntil <= now;
    heldUntil = held ? now + JOBS_LEASE_MS : 0;
    if (took) log(`jobs: this process runs the periodic jobs (${holder})`);
    return { leads: held, took };
  };
  /** One round of the worker's jobs; returns why indexing failed, if it did (the rest still ran). */
  const tick = async (): Promise<string | undefined> => {
    let affected: string[] = [];
    const status = workerStatus();
    if (!ready) {
      const { documents, ms, lastOutboxId } = await reindexProducts(db, engine);
      log(`search: indexed ${documents} products in ${ms} ms`);
      // A process-local index holds every change up to here; it follows the outbox from here.
      status.cursor = engine.shared ? null : lastOutboxId;
      ready = true;
    }
    const lead = await leads(Date.now());
    // Taking the lease: every open need's suggestions, since changes seen while another held it were its to refresh.
    if (lead.took) affected = await openNeedIds(db);
    const changes: DrainResult["changes"] = [];
    let indexingError: string | undefined;
    // A shared index is drained by the lease's holder; a process-local one by its own process.
    for (let i = 0; i < 20 && !stopped && (lead.leads || !engine.shared); i++) {
      const result = await drainOutbox(db, engine, { afterId: status.cursor ?? undefined });
      if (status.cursor !== null && result.lastId !== undefined) status.cursor = result.lastId;
      if (result.failed) {
        log(`search: indexing failed, will retry (${result.error})`);
        indexingError = result.error;
        break;
      }
      changes.push(...result.changes);
      if (result.rows === 0) break;
    }
    if (status.cursor !== null && (status.cursor !== cursorRecorded.lastId || Date.now() - cursorRecorded.at > CURSOR_EVERY_MS)) {
      await recordCursor(db, holder, status.cursor);
      cursorRecorded = { lastId: status.cursor, at: Date.now() };
    }
    if (!lead.leads) return indexingError;
    if (changes.length > 0) affected = [...new Set([...affected, ...(await needsAffectedBy(db, changes))])];
    for (const needId of affected) {
      // A long round (every open need's refresh) renews the lease as it goes, and stops if
      // it has lapsed meanwhile: another process holds the jobs now.
      if (stopped || !(await leads(Date.now())).leads) return indexingError;
      await refreshNeedSuggestions(db, engine, needId);
      await new Promise((resolve) => setImmediate(resolve)); // a turn for requests between needs
    }
    const expired = await expireMatches(db);
    if (expired > 0) log(`matches: ${expired} expired (need closed or past its date)`);
    const lapsed = await expireLapsedRequests(db);
    if (lapsed > 0) log(`events: ${lapsed} unanswered meeting requests expired`);
    const overdue = await flagOverduePayments(db);
    if (overdue > 0) log(`orders: ${overdue} overdue payments flagged`);
    const refunds = await requestDueRefunds(db, stripeClient());
    if (refunds > 0) log(`orders: ${refunds} cancellation refunds asked of Stripe`);
    // Housekeeping once a minute: a delete takes the write lock even when nothing goes.
    if (Date.now() - prunedAt > HOUSEKEEPING_EVERY_MS) {
      prunedAt = Date.now();
      await pruneOutbox(db);
      await pruneLimits(db, new Date(Date.now() - LONGEST_LIMIT_WINDOW_MS));
    }
    return indexingError;
  };
  // One tick at a time: a slow tick makes the next ones skip rather than pile up.
  const run = () => {
    if (current || stopped) return;
    const status = workerStatus();
    status.running = true;
    // What the health report reads: a tick that threw, or whose indexing failed, counts as failed.
    const failed = (message: string) => {
      status.consecutiveFailures++;
      status.lastError = message.slice(0, 300);
    };
    current = tick()
      .then((indexingError) => {
        if (indexingError !== undefined) return failed(`indexing failed: ${indexingError}`);
        status.lastSuccessAt = new Date();
        status.consecutiveFailures = 0;
        status.lastError = null;
      })
      .catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        log(`search: ${message} (will retry)`);
        failed(message);
      })
      .finally(() => {
        current = null;
      });
  };
  const timer = setInterval(run, options.intervalMs ?? 1000);
  timer.unref();
  run();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await current;
    if (heldUntil > 0) await releaseLease(db, JOBS_LEASE, holder).catch(() => {});
    await db.indexCursor.deleteMany({ where: { process: holder } }).catch(() => {});
    workerStatus().running = false;
  };
}
