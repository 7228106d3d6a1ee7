// Fixed-window rate limits counted in the database, so every process shares them and a
// restart does not reset them.
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

/** Counts one attempt against `key` and says whether it is still within the limit. */
export async function hitLimit(db: Db, key: string, limit: Limit, now = new Date()): Promise<LimitResult> {
  const windowStart = new Date(Math.floor(now.getTime() / limit.windowMs) * limit.windowMs);
  const row = await db.rateLimit.upsert({
    where: { key_windowStart: { key, windowStart } },
    create: { key, windowStart, count: 1 },
    update: { count: { increment: 1 } },
    select: { count: true },
  });
  const retryAfterSeconds = Math.ceil((windowStart.getTime() + limit.windowMs - now.getTime()) / 1000);
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
