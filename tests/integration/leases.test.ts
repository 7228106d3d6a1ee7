// The jobs one process runs for all, on a real SQLite file: a lease held by one holder at a
// time, taken over when it lapses or its holder on this machine has ended; and the outbox
// pruned only of rows every running process has applied.
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../app/db.server.ts";
import { holdLease, PROCESS_SPACE, releaseLease } from "../../app/models/platform/lease.server.ts";
import { OUTBOX_RETENTION_MS, pruneOutbox, recordCursor } from "../../app/models/indexing/search-indexer.server.ts";
import { copyTemplate, MIGRATED_TEMPLATE } from "../helpers/templates.ts";

let db: Db;
beforeAll(() => {
  db = createDb(`file:${copyTemplate(MIGRATED_TEMPLATE, "leases")}`);
});
afterAll(async () => {
  await db.$disconnect();
});

const at = (seconds: number) => new Date(Date.UTC(2026, 11, 5, 8, 0, seconds));

describe("a lease", () => {
  it("is held by one holder until it lapses, renewed by its holder, and given up", async () => {
    expect(await holdLease(db, "jobs", "a", 10_000, at(0))).toBe(true);
    expect(await holdLease(db, "jobs", "b", 10_000, at(5))).toBe(false);
    expect(await holdLease(db, "jobs", "a", 10_000, at(8))).toBe(true); // renewed to 18 s
    expect(await holdLease(db, "jobs", "b", 10_000, at(15))).toBe(false);
    expect(await holdLease(db, "jobs", "b", 10_000, at(19))).toBe(true);
    expect(await holdLease(db, "jobs", "a", 10_000, at(20))).toBe(false);
    await releaseLease(db, "jobs", "a"); // not a's to give
    expect(await holdLease(db, "jobs", "a", 10_000, at(21))).toBe(false);
    await releaseLease(db, "jobs", "b");
    expect(await holdLease(db, "jobs", "a", 10_000, at(22))).toBe(true);
  });

  it("goes to one of many asking at once", async () => {
    const held = await Promise.all(Array.from({ length: 8 }, (_, i) => holdLease(db, "once", `p${i}`, 10_000, at(0))));
    expect(held.filter(Boolean)).toHaveLength(1);
  });

  it("is taken at once from a holder that ran where this process runs and has ended, not from one still running or elsewhere", async () => {
    expect(PROCESS_SPACE).not.toBeNull(); // Linux: the boot and the process namespace are known
    const child = spawn(process.execPath, ["-e", ""]);
    const pid = child.pid!;
    await new Promise((resolve) => child.once("exit", resolve));
    const far = new Date(Date.now() + 3_600_000);
    await db.lease.create({ data: { name: "ended", holder: `${PROCESS_SPACE}:${pid}:abcd`, expiresAt: far } });
    expect(await holdLease(db, "ended", "me", 10_000)).toBe(true);
    await db.lease.create({ data: { name: "running", holder: `${PROCESS_SPACE}:${process.ppid}:abcd`, expiresAt: far } });
    expect(await holdLease(db, "running", "me", 10_000)).toBe(false);
    // Another container of the same host name: another process namespace, whose pids mean other processes.
    await db.lease.create({ data: { name: "elsewhere", holder: `${PROCESS_SPACE!.replace(/\/\d+$/, "/1")}:${pid}:abcd`, expiresAt: far } });
    expect(await holdLease(db, "elsewhere", "me", 10_000)).toBe(false);
  });
});

describe("the outbox's pruning", () => {
  it("drops applied rows past the retention that every live process's index has applied", async () => {
    const now = new Date();
    const old = new Date(now.getTime() - OUTBOX_RETENTION_MS - 60_000);
    const rows = [];
    for (let i = 0; i < 6; i++) rows.push(await db.searchOutbox.create({ data: { entity: "product", entityId: `p${i}`, operation: "upsert", createdAt: i < 5 ? old : now, processedAt: i === 4 ? null : now } }));
    const ids = rows.map((r) => r.id);
    await recordCursor(db, "fast", ids[5]!, now);
    await recordCursor(db, "slow", ids[2]!, now);
    // A process not seen for minutes has stopped: its cursor does not hold rows back.
    await recordCursor(db, "gone", ids[0]! - 1, new Date(now.getTime() - 10 * 60_000));
    expect(await pruneOutbox(db, now)).toBe(3);
    const left = (await db.searchOutbox.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((r) => r.id);
    // Row 3 waits for the slow process, row 4 is not applied, row 5 is recent.
    expect(left).toEqual([ids[3], ids[4], ids[5]]);
    expect((await db.indexCursor.findMany({ orderBy: { process: "asc" } })).map((c) => c.process)).toEqual(["fast", "slow"]);
  });
});
