// Faults on the real processes: an import killed in the middle of its transaction leaves
// nothing half-written and the same file run again brings everything in once; a server killed
// with writes in flight keeps every write it acknowledged, and after a restart its search index
// catches up with them; SIGTERM lets a request in flight finish before the server exits.
import { execFile, spawn } from "node:child_process";
import { statSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "~/db.server.ts";
import { createDb } from "~/db.server.ts";
import { createToken } from "~/models/api-token.server.ts";
import { DEMO_ACCOUNTS } from "../../prisma/seed.ts";
import { batch, rng } from "../bench/grow-catalog.ts";
import { startServer, type TestServer } from "../helpers/server.ts";
import { ARTIFACTS, SEEDED_TEMPLATE, copyTemplate } from "../helpers/templates.ts";

const run = promisify(execFile);
const TSX = path.resolve("node_modules/.bin/tsx");
const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;

describe("an import killed half-way", () => {
  let file: string;
  let db: Db;
  const importFile = path.join(ARTIFACTS, "crash-import.json");
  const imported = () => db.organisation.count({ where: { ref: { startsWith: "B:P" } } });
  beforeAll(() => {
    file = copyTemplate(SEEDED_TEMPLATE, "crash-import");
    db = createDb(`file:${file}`);
    writeFileSync(importFile, batch(0, 3000, 4, rng(7)));
  });
  afterAll(async () => {
    await db?.$disconnect();
  });

  it("leaves nothing of its rows, and the same file again brings them all in once", async () => {
    const env = { ...process.env, DATABASE_URL: `file:${file}` };
    const child = spawn(TSX, ["app/cli/index.ts", "import", importFile, "--as", demo("admin").email], { env, stdio: "ignore" });
    // Killed while it writes: the write-ahead log grows with its uncommitted transaction.
    const wal = `${file}-wal`;
    const startedAt = Date.now();
    const baseline = statSync(wal, { throwIfNoEntry: false })?.size ?? 0;
    while ((statSync(wal, { throwIfNoEntry: false })?.size ?? 0) < baseline + 2_000_000 && child.exitCode === null && Date.now() - startedAt < 60_000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(child.exitCode, "the import ended before it could be killed").toBeNull();
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
    expect(await imported()).toBe(0);
    expect(await db.$queryRawUnsafe("PRAGMA integrity_check")).toEqual([{ integrity_check: "ok" }]);
    // The operator runs it again: everything in, once; a third run changes nothing.
    const again = await run(TSX, ["app/cli/index.ts", "import", importFile, "--as", demo("admin").email], { env });
    expect(again.stdout).toMatch(/Imported \d+ rows/);
    expect(await imported()).toBe(3000);
    expect(await db.product.count({ where: { ref: { startsWith: "B:P" } } })).toBe(12_000);
    await run(TSX, ["app/cli/index.ts", "import", importFile, "--as", demo("admin").email], { env });
    expect(await imported()).toBe(3000);
  }, 120_000);
});

describe("a server killed with writes in flight", () => {
  let server: TestServer;
  let file: string;
  beforeAll(async () => {
    file = copyTemplate(SEEDED_TEMPLATE, "crash-server");
    server = await startServer("crash-server", { databaseUrl: `file:${file}` });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("keeps every acknowledged write, and indexes them for search after a restart", async () => {
    const producer = await server.db.membership.findFirstOrThrow({ where: { user: { email: demo("producer").email } }, select: { organisationId: true, userId: true } });
    const { token } = await createToken(server.db, producer.organisationId, "crash test", producer.userId);
    const create = (i: number) =>
      fetch(new URL("/api/v1/products", server.url), {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify({ name: `Kerupuk rambak uji-tabrak ${i}`, description: "Kerupuk kulit sapi untuk uji ketahanan server yang dimatikan paksa.", category: "snacks", unit: "pak", minOrder: 10, priceMin: 9000 }),
      }).then(
        async (r) => (r.status === 201 ? ((await r.json()) as { id: string }).id : null),
        () => null, // cut off by the crash
      );
    const inFlight = Array.from({ length: 40 }, (_, i) => create(i));
    await new Promise((resolve) => setTimeout(resolve, 150));
    await server.kill("SIGKILL");
    const acknowledged = (await Promise.all(inFlight)).filter((id): id is string => id !== null);
    const stored = await server.db.product.findMany({ where: { name: { startsWith: "Kerupuk rambak uji-tabrak" } }, select: { id: true } });
    expect(stored.length).toBeGreaterThan(0);
    // Every write the server answered is there; one it never answered may or may not be.
    expect(stored.map((p) => p.id)).toEqual(expect.arrayContaining(acknowledged));
    expect(await server.db.$queryRawUnsafe("PRAGMA integrity_check")).toEqual([{ integrity_check: "ok" }]);

    const again = await startServer("crash-server-restarted", { databaseUrl: `file:${file}` });
    try {
      await expect.poll(async () => ((await (await fetch(new URL("/api/health", again.url))).json()) as { search: { outbox: { pending: number } } }).search.outbox.pending, { timeout: 20_000 }).toBe(0);
      const found = await (await fetch(new URL("/search?q=rambak+uji-tabrak", again.url))).text();
      for (const id of stored.map((p) => p.id).slice(0, 5)) expect(found).toContain(id);
      // SIGTERM (a deploy, a restart): a request already in flight (its headers read, its body
      // still coming) is answered, then the server exits cleanly.
      const answer = new Promise<number>((resolve, reject) => {
        const body = `email=${encodeURIComponent(demo("buyer").email)}&password=salah-sekali`;
        const request = http.request(new URL("/login", again.url), { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": Buffer.byteLength(body) } }, (response) => {
          response.resume();
          response.on("end", () => resolve(response.statusCode ?? 0));
        });
        request.on("error", reject);
        request.write(body.slice(0, 10));
        setTimeout(() => request.end(body.slice(10)), 1_500);
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      const exit = again.kill("SIGTERM");
      expect(await answer).toBe(400); // the wrong password's answer, not a dropped connection
      expect(await exit).toBe(0);
    } finally {
      await again.stop();
    }
  }, 60_000);
});
