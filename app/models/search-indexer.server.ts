// Moves the search outbox into the engine. Every write recorded an outbox row in its own
// transaction (search-outbox.server.ts); here a worker drains them in batches. When the
// engine fails, the rows wait with a growing delay (1 s, 2 s, 4 s … up to 5 min) and the
// app keeps serving from the database; nothing is lost. A rebuild reads every listed product.
import type { Db } from "~/db.server.ts";
import type { SearchEngine } from "../../search/engine.ts";
import { allProductDocuments, productDocuments, productsTouchedBy } from "./search-documents.server.ts";
import { expireMatches } from "./match.server.ts";
import { expireLapsedRequests } from "./event-meetings.server.ts";
import { flagOverduePayments } from "./order.server.ts";
import { requestDueRefunds, stripeClient } from "./stripe-payments.server.ts";
import { needsAffectedBy, openNeedIds, refreshNeedSuggestions } from "./suggestion-refresh.server.ts";

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
}

/** Indexes one batch of due outbox rows; call again while it returns rows. */
export async function drainOutbox(db: Db, engine: SearchEngine, options: { batch?: number; now?: Date } = {}): Promise<DrainResult> {
  const now = options.now ?? new Date();
  const rows = await db.searchOutbox.findMany({
    where: { processedAt: null, nextAttemptAt: { lte: now } },
    orderBy: { id: "asc" },
    take: options.batch ?? 500,
    select: { id: true, entity: true, entityId: true, attempts: true },
  });
  if (rows.length === 0) return { rows: 0, upserted: 0, removed: 0, failed: false, changes: [] };
  const ids = rows.map((r) => r.id);
  const productIds = await productsTouchedBy(db, rows);
  const documents = await productDocuments(db, productIds, now);
  const listed = new Set(documents.map((d) => d.id));
  const unlisted = productIds.filter((id) => !listed.has(id));
  try {
    await engine.upsert("products", documents);
    await engine.remove("products", unlisted);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
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
  await db.searchOutbox.updateMany({ where: { id: { in: ids } }, data: { processedAt: now, lastError: null } });
  return { rows: rows.length, upserted: documents.length, removed: unlisted.length, failed: false, changes: rows };
}

/** Rebuilds the products index from the database; outbox rows written before it began are settled. */
export async function reindexProducts(db: Db, engine: SearchEngine): Promise<{ documents: number; ms: number }> {
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
  return { documents, ms: Math.round(performance.now() - started) };
}

/** How far the index is behind: rows waiting, and the age of the oldest. */
export async function outboxLag(db: Db, now = new Date()): Promise<{ pending: number; oldestSeconds: number; failing: number }> {
  const [pending, oldest, failing] = await Promise.all([
    db.searchOutbox.count({ where: { processedAt: null } }),
    db.searchOutbox.findFirst({ where: { processedAt: null }, orderBy: { id: "asc" }, select: { createdAt: true } }),
    db.searchOutbox.count({ where: { processedAt: null, attempts: { gt: 0 } } }),
  ]);
  return { pending, failing, oldestSeconds: oldest ? Math.max(0, Math.round((now.getTime() - oldest.createdAt.getTime()) / 1000)) : 0 };
}

/**
 * The background worker of a server process: rebuilds the index at start (the embedded
 * engine starts empty) and refreshes every open need's suggestions, then drains the outbox
 * every `intervalMs`, refreshes the suggestions the changes affect and expires the matches of
 * needs that closed or passed their date. Returns a stop function.
 */
export function startIndexer(db: Db, engine: SearchEngine, options: { intervalMs?: number; log?: (line: string) => void } = {}): () => Promise<void> {
  const log = options.log ?? (() => {});
  let current: Promise<void> | null = null;
  let stopped = false;
  let ready = false;
  const tick = async () => {
    let affected: string[] = [];
    if (!ready) {
      const { documents, ms } = await reindexProducts(db, engine);
      log(`search: indexed ${documents} products in ${ms} ms`);
      ready = true;
      affected = await openNeedIds(db);
    }
    const changes: DrainResult["changes"] = [];
    for (let i = 0; i < 20 && !stopped; i++) {
      const result = await drainOutbox(db, engine);
      if (result.failed) log(`search: indexing failed, will retry (${result.error})`);
      changes.push(...result.changes);
      if (result.rows === 0 || result.failed) break;
    }
    if (changes.length > 0) affected = [...new Set([...affected, ...(await needsAffectedBy(db, changes))])];
    for (const needId of affected) {
      if (stopped) break;
      await refreshNeedSuggestions(db, engine, needId);
    }
    const expired = await expireMatches(db);
    if (expired > 0) log(`matches: ${expired} expired (need closed or past its date)`);
    const lapsed = await expireLapsedRequests(db);
    if (lapsed > 0) log(`events: ${lapsed} unanswered meeting requests expired`);
    const overdue = await flagOverduePayments(db);
    if (overdue > 0) log(`orders: ${overdue} overdue payments flagged`);
    const refunds = await requestDueRefunds(db, stripeClient());
    if (refunds > 0) log(`orders: ${refunds} cancellation refunds asked of Stripe`);
  };
  // One tick at a time: a slow tick makes the next ones skip rather than pile up.
  const run = () => {
    if (current || stopped) return;
    current = tick()
      .catch((error: unknown) => log(`search: ${error instanceof Error ? error.message : String(error)} (will retry)`))
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
  };
}
