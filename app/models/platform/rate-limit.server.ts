// Fixed-window rate limits counted in the database, so every process shares them and a
// restart does not reset them.
import { Prisma } from "~/generated/prisma/client.ts";
import { chunked } from "~/lib/chunks.ts";
import type { Db } from "~/db.server.ts";

export interface Limit {
  max: number;
  windowMs: number;
}

export const LIMITS = {
  // Per client address and e-mail together, so nobody elsewhere can throttle an account's owner.
  loginPerClientAndEmail: { max: 5, windowMs: 15 * 60_000 },
  loginPerIp: { max: 30, windowMs: 15 * 60_000 },
  signupPerIp: { max: 10, windowMs: 60 * 60_000 },
  resetPerEmail: { max: 3, windowMs: 60 * 60_000 },
} satisfies Record<string, Limit>;

export interface LimitResult {
  allowed: boolean;
  retryAfterSeconds: number;
}

/** The fixed window `now` falls in, and the seconds until the next one opens. */
function windowOf(limit: Limit, now: Date): { windowStart: Date; retryAfterSeconds: number } {
  const start = Math.floor(now.getTime() / limit.windowMs) * limit.windowMs;
  return { windowStart: new Date(start), retryAfterSeconds: Math.ceil((start + limit.windowMs - now.getTime()) / 1000) };
}

/** Counts one attempt against `key` and says whether it is still within the limit. */
export async function hitLimit(db: Db, key: string, limit: Limit, now = new Date()): Promise<LimitResult> {
  const { windowStart, retryAfterSeconds } = windowOf(limit, now);
  const row = await db.rateLimit.upsert({
    where: { key_windowStart: { key, windowStart } },
    create: { key, windowStart, count: 1 },
    update: { count: { increment: 1 } },
    select: { count: true },
  });
  return { allowed: row.count <= limit.max, retryAfterSeconds };
}

/** Forgets the attempts of a key, e.g. after a successful login. */
export async function clearLimit(db: Db, key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

/** Drops finished windows; called from the periodic housekeeping. */
export async function pruneLimits(db: Db, olderThan: Date): Promise<number> {
  const { count } = await db.rateLimit.deleteMany({ where: { windowStart: { lt: olderThan } } });
  return count;
}

/** A window's key in this process's map (and in a flush's answer). */
const windowId = (key: string, windowStart: Date) => `${key}@${windowStart.getTime()}`;

/** Windows written by one statement: three parameters each, well under SQLite's 32,766. */
const FLUSH_BATCH = 500;

/**
 * A limit counted for every request of a busy path (the API: one per call) without a write on
 * that request: this process keeps its own hits and adds them to the shared row about once a
 * second (`flush`), so a database held by another writer (an import, a second server) delays
 * the count, never the answer. A request is judged on the shared count as last read plus this
 * process's hits since, so several processes together may let through at most a second's
 * worth more than the limit.
 */
export class BatchedLimit {
  readonly #limit: Limit;
  /** Per key and window: the shared count as last read, and this process's hits not yet added. */
  readonly #windows = new Map<string, { key: string; windowStart: Date; shared: number; pending: number }>();

  constructor(limit: Limit) {
    this.#limit = limit;
  }

  async hit(db: Db, key: string, now = new Date()): Promise<LimitResult> {
    const { windowStart, retryAfterSeconds } = windowOf(this.#limit, now);
    const id = windowId(key, windowStart);
    let window = this.#windows.get(id);
    if (!window) {
      // A read, which never waits for a writer in WAL mode: other processes' hits so far.
      const row = await db.rateLimit.findUnique({ where: { key_windowStart: { key, windowStart } }, select: { count: true } });
      window = this.#windows.get(id) ?? { key, windowStart, shared: row?.count ?? 0, pending: 0 };
      this.#windows.set(id, window);
    }
    window.pending++;
    return { allowed: window.shared + window.pending <= this.#limit.max, retryAfterSeconds };
  }

  /** The flush running now: one at a time, or a flush waiting behind a writer would be joined by the next and add the same hits twice. */
  #flushing: Promise<void> | null = null;

  /**
   * Adds the pending hits to the shared rows, a statement per 500 windows (one write, one
   * commit: with a token per integration, a row each written apart held the process for tens
   * of ms every second); hits that could not be written wait for the next flush.
   */
  flush(db: Db, now = new Date()): Promise<void> {
    this.#flushing ??= this.#flush(db, now).finally(() => {
      this.#flushing = null;
    });
    return this.#flushing;
  }

  async #flush(db: Db, now: Date): Promise<void> {
    const pending = [...this.#windows.values()].filter((w) => w.pending > 0).map((window) => ({ window, hits: window.pending }));
    for (const batch of chunked(pending, FLUSH_BATCH)) {
      try {
        const rows = await db.$queryRaw<{ key: string; windowStart: Date; count: number | bigint }[]>`
          INSERT INTO "RateLimit" ("key", "windowStart", "count")
          VALUES ${Prisma.join(batch.map(({ window, hits }) => Prisma.sql`(${window.key}, ${window.windowStart}, ${hits})`))}
          ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "count" + excluded."count"
          RETURNING "key", "windowStart", "count"`;
        const counts = new Map(rows.map((r) => [windowId(r.key, new Date(r.windowStart)), Number(r.count)]));
        for (const { window, hits } of batch) {
          window.pending -= hits;
          const count = counts.get(windowId(window.key, window.windowStart));
          if (count !== undefined) window.shared = count - window.pending;
        }
      } catch {
        // kept for the next flush
      }
    }
    for (const [id, window] of this.#windows) {
      const over = window.windowStart.getTime() + this.#limit.windowMs <= now.getTime();
      if (over && window.pending === 0) this.#windows.delete(id);
    }
  }
}
