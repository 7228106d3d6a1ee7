// The server on several processes (app/cli/cluster.ts), as `npm start` runs it on a machine's
// cores: both processes answer on one port, each one's search index follows the writes made
// through the other, the periodic jobs run in one process at a time, a process that dies is
// replaced and its jobs taken over, and a SIGTERM stops them all cleanly.
import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../app/db.server.ts";
import { SERVER_NODE_FLAGS } from "../../app/cli/node-flags.ts";
import { createToken } from "../../app/models/accounts/api-token.server.ts";
import { JOBS_LEASE } from "../../app/models/indexing/search-indexer.server.ts";
import { DEMO_ACCOUNTS } from "../../prisma/seed.ts";
import { until } from "../helpers/http.ts";
import { freePort } from "../helpers/server.ts";
import { SEEDED_TEMPLATE, copyTemplate } from "../helpers/templates.ts";

let primary: ChildProcess;
let db: Db;
let url: string;
let output = "";

beforeAll(async () => {
  const file = copyTemplate(SEEDED_TEMPLATE, "server-processes");
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  primary = spawn(process.execPath, [...SERVER_NODE_FLAGS, "--import", "tsx", "app/cli/cluster.ts"], {
    env: { ...process.env, NODE_ENV: "production", APP_ENV: "test", PORT: String(port), DATABASE_URL: `file:${file}`, UPLOAD_DIR: file.replace(/\.db$/, "-uploads"), SERVER_PROCESSES: "2", PAGE_CACHE_SECONDS: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  primary.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  primary.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await until(
    async () => output,
    (text) => text.includes("(2 processes)"),
    60_000,
  );
  db = createDb(`file:${file}`);
}, 90_000);
afterAll(async () => {
  await db?.$disconnect();
  if (primary.exitCode === null) primary.kill("SIGKILL");
});

/** Which process answered, and how. */
async function ask(path: string, init: RequestInit = {}): Promise<{ process: string; status: number; body: string }> {
  const response = await fetch(new URL(path, url), init);
  return { process: response.headers.get("x-server-process") ?? "?", status: response.status, body: await response.text() };
}

/** The live holders (processes) that have recorded a cursor, and which holds the jobs' lease. */
async function processes() {
  const cursors = await db.indexCursor.findMany({ select: { process: true } });
  const lease = await db.lease.findUnique({ where: { name: JOBS_LEASE } });
  return { holders: cursors.map((c) => c.process).sort(), lease: lease?.holder ?? null };
}

describe("the server on two processes", () => {
  it("answers from both, and each one's search finds a product written through either", async () => {
    const seen = new Set((await Promise.all(Array.from({ length: 8 }, () => ask("/api/health")))).map((a) => a.process));
    expect([...seen].sort()).toEqual(["1", "2"]);
    const producer = await db.membership.findFirstOrThrow({ where: { user: { email: DEMO_ACCOUNTS.find((a) => a.role === "producer")!.email } }, select: { organisationId: true, userId: true } });
    const { token } = await createToken(db, producer.organisationId, "processes test", producer.userId);
    const created = await ask("/api/v1/products", {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ name: "Rengginang lorjuk proses ganda", description: "Rengginang lorjuk khas Madura untuk uji dua proses server.", category: "snacks", unit: "pak", minOrder: 10 }),
    });
    expect(created.status).toBe(201);
    const found = new Set<string>();
    await until(
      async () => {
        // Several at once: one kept-alive connection stays with one process.
        for (const answer of await Promise.all(Array.from({ length: 4 }, () => ask("/search?q=rengginang+lorjuk"))))
          if (answer.status === 200 && answer.body.includes("Rengginang lorjuk proses ganda")) found.add(answer.process);
        return found.size;
      },
      (size) => size === 2,
      20_000,
    );
    expect([...found].sort()).toEqual(["1", "2"]);
  });

  it("runs the periodic jobs in one process, and another takes them when that one dies", async () => {
    const before = await until(processes, (p) => p.holders.length === 2 && p.lease !== null, 20_000);
    expect(before.holders).toContain(before.lease);
    const holderPid = Number(before.lease!.split(":")[1]);
    process.kill(holderPid, "SIGKILL");
    // The other process takes the lease at once (its holder on this machine has ended), and a
    // new process replaces the dead one.
    const after = await until(
      processes,
      (p) => p.lease !== null && p.lease !== before.lease && !p.lease.includes(`:${holderPid}:`),
      20_000,
    );
    expect(after.lease).not.toBe(before.lease);
    await until(
      async () => output,
      (text) => text.includes(`process ${holderPid} ended`),
      10_000,
    );
    const statuses = await Promise.all(Array.from({ length: 8 }, () => ask("/api/health")));
    expect(statuses.map((s) => s.status)).toEqual(Array(8).fill(200));
  }, 60_000);

  it("stops every process on SIGTERM, giving the lease up", async () => {
    await until(processes, (p) => p.lease !== null, 20_000);
    const exited = new Promise<number | null>((resolve) => primary.once("exit", (code) => resolve(code)));
    primary.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(await db.lease.findUnique({ where: { name: JOBS_LEASE } })).toBeNull();
    await expect(fetch(url)).rejects.toThrow();
  }, 30_000);
});
