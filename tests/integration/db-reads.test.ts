// The hot reads' own connection (app/db-reads.server.ts): the same rows as Prisma gives, the
// last committed state (never a transaction half done, never a stale snapshot), no writes, and
// inside a transaction the transaction's own view.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "~/db.server.ts";
import { createDb } from "~/db.server.ts";
import { readRows, readsOnOwnConnection } from "~/db-reads.server.ts";
import { dropDb, freshDb } from "../helpers/db.ts";

let db: Db;
beforeAll(async () => {
  db = await freshDb("db-reads");
});
afterAll(async () => {
  await dropDb(db);
});

const keyed = (key: string) => readRows<{ key: string; windowStart: Date; count: number }>(db, `SELECT "key", "windowStart", "count" FROM "RateLimit" WHERE "key" = ?`, [key], ["windowStart"]);

describe("hot reads", () => {
  it("run on a connection of their own for a file database, with Prisma's values (dates as Date)", async () => {
    expect(readsOnOwnConnection(db)).toBe(true);
    const windowStart = new Date("2026-12-05T10:00:00.000Z");
    await db.rateLimit.create({ data: { key: "a", windowStart, count: 3 } });
    expect(await keyed("a")).toEqual([{ key: "a", windowStart, count: 3 }]);
    expect(await keyed("none")).toEqual([]);
  });

  it("see each committed write at once, and nothing of a transaction before it commits", async () => {
    const windowStart = new Date("2026-12-05T11:00:00.000Z");
    await db.rateLimit.create({ data: { key: "b", windowStart, count: 1 } });
    expect((await keyed("b"))[0]!.count).toBe(1);
    let seenInside: number | undefined;
    let seenOutside: number | undefined;
    await db.$transaction(async (tx) => {
      await tx.rateLimit.update({ where: { key_windowStart: { key: "b", windowStart } }, data: { count: 2 } });
      seenInside = (await readRows<{ count: number }>(tx, `SELECT "count" FROM "RateLimit" WHERE "key" = ?`, ["b"]))[0]!.count;
      seenOutside = (await keyed("b"))[0]!.count;
    });
    expect(seenInside).toBe(2);
    expect(seenOutside).toBe(1);
    // The statement prepared before is run again, on the state committed since.
    expect((await keyed("b"))[0]!.count).toBe(2);
  });

  it("never write, whatever SQL they are given", async () => {
    await expect(readRows(db, `DELETE FROM "RateLimit" RETURNING "key"`, [])).rejects.toThrow();
    expect(await db.rateLimit.count()).toBe(2);
  });

  it("open the file Prisma opens, however the URL writes it, and read through Prisma where they cannot", async () => {
    const file = (await db.$queryRawUnsafe<{ file: string }[]>("SELECT file FROM pragma_database_list WHERE name = 'main'"))[0]!.file;
    const other = createDb(`file://localhost${file}`);
    expect(readsOnOwnConnection(other)).toBe(true);
    expect(await readRows<{ n: number }>(other, `SELECT COUNT(*) AS "n" FROM "RateLimit"`, [])).toEqual([{ n: 2 }]);
    await other.$disconnect();
    // A server, or memory, has no file to share: Prisma reads.
    expect(readsOnOwnConnection(createDb("file::memory:"))).toBe(false);
    expect(readsOnOwnConnection(createDb("libsql://db.example.test"))).toBe(false);
  });
});
