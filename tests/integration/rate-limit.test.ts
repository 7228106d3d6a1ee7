// Rate limits on a real SQLite file: the API's batched limit counts every hit of every
// process, adds them to the shared row without a write on the request, and keeps hits that
// could not be written for the next flush.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../app/db.server.ts";
import { BatchedLimit } from "../../app/models/platform/rate-limit.server.ts";
import { dropDb, freshDb } from "../helpers/db.ts";

let db: Db;
beforeAll(async () => {
  db = await freshDb("rate-limit");
});
afterAll(async () => {
  await dropDb(db);
});

describe("BatchedLimit", () => {
  const limit = { max: 5, windowMs: 60_000 };
  const now = new Date("2027-01-04T03:00:10Z");

  it("shares the count between processes through the database, a flush apart", async () => {
    const [a, b] = [new BatchedLimit(limit), new BatchedLimit(limit)];
    for (let i = 0; i < 3; i++) expect((await a.hit(db, "api:t1", now)).allowed).toBe(true);
    expect(await db.rateLimit.count()).toBe(0); // nothing written on the request
    await a.flush(db, now);
    expect((await db.rateLimit.findFirstOrThrow({ where: { key: "api:t1" } })).count).toBe(3);
    // A second process sees the first one's hits when it first meets the window.
    expect((await b.hit(db, "api:t1", now)).allowed).toBe(true);
    expect((await b.hit(db, "api:t1", now)).allowed).toBe(true);
    const over = await b.hit(db, "api:t1", now);
    expect(over.allowed).toBe(false);
    expect(over.retryAfterSeconds).toBe(50);
    await b.flush(db, now);
    expect((await db.rateLimit.findFirstOrThrow({ where: { key: "api:t1" } })).count).toBe(6);
    // The next window starts afresh.
    expect((await a.hit(db, "api:t1", new Date(now.getTime() + 60_000))).allowed).toBe(true);
  });

  it("keeps hits it could not write, and writes them at the next flush", async () => {
    const a = new BatchedLimit(limit);
    await a.hit(db, "api:t2", now);
    await a.hit(db, "api:t2", now);
    await db.$executeRawUnsafe("ALTER TABLE RateLimit RENAME TO RateLimitAway");
    await a.flush(db, now); // fails quietly
    await db.$executeRawUnsafe("ALTER TABLE RateLimitAway RENAME TO RateLimit");
    await a.flush(db, now);
    expect((await db.rateLimit.findFirstOrThrow({ where: { key: "api:t2" } })).count).toBe(2);
  });

  it("adds each hit once when flushes overlap (one waiting behind a writer is joined by the next)", async () => {
    const a = new BatchedLimit(limit);
    for (let i = 0; i < 3; i++) await a.hit(db, "api:t3", now);
    await Promise.all([a.flush(db, now), a.flush(db, now)]);
    expect((await db.rateLimit.findFirstOrThrow({ where: { key: "api:t3" } })).count).toBe(3);
  });

  it("writes many tokens' windows at once, beyond one statement's parameters", async () => {
    const a = new BatchedLimit(limit);
    for (let i = 0; i < 1_200; i++) await a.hit(db, `api:many-${i}`, now);
    await a.flush(db, now);
    expect(await db.rateLimit.count({ where: { key: { startsWith: "api:many-" } } })).toBe(1_200);
  });
});
