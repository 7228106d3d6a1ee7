// Several writers on one SQLite file, as a dinas office's import and an admin's backup meet
// the site: two server processes take API writes and reads (10 at a time), while a CLI import
// of 5,000 rows and a CLI backup run beside them. Nothing may answer 5xx, every write a
// server acknowledged must be stored, the import and the backup must complete, and no one
// may be left holding the write lock. Then a 50,000-row import (the import's own limit), by
// the CLI and by the dinas office's page, must become searchable through the running server.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { probeWriteLock } from "../../app/db-connection.server.ts";
import { createToken } from "../../app/models/accounts/api-token.server.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed.ts";
import { Client, postMultipart } from "../helpers/http.ts";
import { startServer, type TestServer } from "../helpers/server.ts";
import { SEEDED_TEMPLATE, copyTemplate } from "../helpers/templates.ts";

const run = promisify(execFile);
const TSX = path.resolve("node_modules/.bin/tsx");
const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;

let file: string;
const servers: TestServer[] = [];
const dir = mkdtempSync(path.join(os.tmpdir(), "mitraikm-writers-"));

beforeAll(async () => {
  file = copyTemplate(SEEDED_TEMPLATE, "concurrent-writers");
  // One after the other: both rebuild the search index from the database at start.
  servers.push(await startServer("writers-a", { databaseUrl: `file:${file}` }));
  servers.push(await startServer("writers-b", { databaseUrl: `file:${file}` }));
}, 120_000);
afterAll(async () => {
  for (const server of servers) await server.stop();
});

/** An import file of producers (a tenth of the rows) and their products, all in East Java. */
function importFile(name: string, rows: number, tag: string): string {
  const producers = Math.max(1, Math.round(rows / 10));
  const file = {
    producers: Array.from({ length: producers }, (_, i) => ({ ref: `${tag}:IKM-${i}`, legalName: `UD Uji ${tag} ${i}`, sector: "food_beverage", kbli: ["10792"], provinceCode: "35", regencyCode: "35.07", employees: 5 + (i % 30) })),
    products: Array.from({ length: rows - producers }, (_, i) => ({
      ref: `${tag}:PRD-${i}`,
      producerRef: `${tag}:IKM-${i % producers}`,
      name: `Sambal pecel ${tag.toLowerCase()} nomor ${i}`,
      description: "Sambal pecel kacang khas Madiun, kemasan 250 g, tanpa pengawet.",
      category: "condiments",
      unit: "pak",
      minOrder: 20,
      monthlyCapacity: 3000,
    })),
  };
  const out = path.join(dir, name);
  writeFileSync(out, JSON.stringify(file));
  return out;
}

const cli = (...args: string[]) => run(TSX, ["app/cli/index.ts", ...args], { env: { ...process.env, DATABASE_URL: `file:${file}`, APP_ENV: "test", UPLOAD_DIR: file.replace(/\.db$/, "-uploads") }, maxBuffer: 16 * 1024 * 1024 });

describe("several writers on one database", () => {
  it("two servers under API load, a CLI import and a backup: no 5xx, nothing lost, the lock released", async () => {
    const producer = await servers[0]!.db.membership.findFirstOrThrow({ where: { user: { email: demo("producer").email } }, select: { organisationId: true, userId: true } });
    const { token } = await createToken(servers[0]!.db, producer.organisationId, "writers test", producer.userId);
    const statuses = new Map<number, number>();
    const acknowledged: string[] = [];
    let stop = false;
    let n = 0;
    const request = async (server: TestServer) => {
      const i = n++;
      const write = i % 2 === 0;
      const response = await fetch(new URL(write ? "/api/v1/products" : "/api/v1/products?page=1", server.url), {
        method: write ? "POST" : "GET",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: write ? JSON.stringify({ name: `Kerupuk uji penulis ${i}`, description: "Kerupuk udang untuk uji beberapa penulis sekaligus pada satu berkas.", category: "snacks", unit: "pak", minOrder: 10 }) : undefined,
      });
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (write && response.status === 201) acknowledged.push(((await response.json()) as { id: string }).id);
      else await response.arrayBuffer();
    };
    // Ten clients, each alternating between the two servers until the CLI work is done.
    const clients = Array.from({ length: 10 }, async (_, c) => {
      for (let k = 0; !stop; k++) await request(servers[(c + k) % 2]!);
    });

    const started = performance.now();
    const importing = cli("import", importFile("writers-5000.json", 5_000, "W"));
    const backingUp = new Promise((resolve) => setTimeout(resolve, 300)).then(() => cli("backup", path.join(dir, "backups")));
    const [imported, backedUp] = await Promise.allSettled([importing, backingUp]);
    // A few seconds more of load after the CLI work, so any lock left behind would show.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    stop = true;
    await Promise.all(clients);
    const seconds = (performance.now() - started) / 1000;

    const summary = Object.fromEntries([...statuses].sort());
    console.log(`concurrent writers: ${n} API requests in ${seconds.toFixed(1)} s, statuses ${JSON.stringify(summary)}, ${acknowledged.length} writes acknowledged`);
    expect(imported.status, String((imported as PromiseRejectedResult).reason?.stderr ?? "")).toBe("fulfilled");
    expect(backedUp.status, String((backedUp as PromiseRejectedResult).reason?.stderr ?? "")).toBe("fulfilled");
    expect((imported as PromiseFulfilledResult<{ stdout: string }>).value.stdout).toContain("Imported 5000 rows");
    expect([...statuses.keys()].filter((status) => status >= 500)).toEqual([]);
    expect(statuses.get(201) ?? 0).toBeGreaterThan(0);

    const db = servers[0]!.db;
    const stored = new Set((await db.product.findMany({ where: { id: { in: acknowledged } }, select: { id: true } })).map((p) => p.id));
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    expect(await db.product.count({ where: { ref: { startsWith: "W:PRD-" } } })).toBe(4_500);
    const backups = readdirSync(path.join(dir, "backups"));
    expect(backups).toHaveLength(1);
    expect(existsSync(path.join(dir, "backups", backups[0]!, "manifest.json"))).toBe(true);

    // Nobody holds the write lock: a write starts at once, and both servers say they are well.
    const probe = await probeWriteLock(`file:${file}`, 1_000);
    expect(probe).toMatchObject({ ok: true });
    for (const server of servers) {
      const health = await fetch(new URL("/api/health", server.url));
      expect(health.status).toBe(200);
      expect(((await health.json()) as { database: { writable: boolean } }).database.writable).toBe(true);
    }
  }, 180_000);

  it("makes a 50,000-row import searchable through the running server", async () => {
    const started = performance.now();
    const { stdout } = await cli("import", importFile("writers-50000.json", 50_000, "BIG"));
    expect(stdout).toContain("Imported 50000 rows");
    const imported = performance.now();
    const server = servers[0]!;
    // The last product of the file, found by its own words on the search page (a link to it).
    const last = await server.db.product.findFirstOrThrow({ where: { ref: "BIG:PRD-44999" }, select: { id: true } });
    const found = async () => (await (await fetch(new URL("/search?q=sambal+pecel+big+nomor+44999", server.url))).text()).includes(`/products/${last.id}`);
    const deadline = Date.now() + 120_000;
    while (!(await found()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 500));
    const searchable = performance.now();
    expect(await found()).toBe(true);
    // And the whole backlog applied: the server's health shows nothing waiting.
    const pending = async () => ((await (await fetch(new URL("/api/health", server.url))).json()) as { search: { outbox: { pending: number } } }).search.outbox.pending;
    while ((await pending()) > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await pending()).toBe(0);
    console.log(`50,000-row import: ${((imported - started) / 1000).toFixed(1)} s to import (CLI), searchable ${((searchable - imported) / 1000).toFixed(1)} s after, every change indexed ${((performance.now() - imported) / 1000).toFixed(1)} s after`);
  }, 300_000);

  it("makes a 50,000-row import through the dinas page searchable too", async () => {
    const server = servers[1]!;
    const dinas = new Client(server.url);
    expect((await dinas.login(demo("dinas").email, DEMO_PASSWORD)).status).toBe(302);
    const form = new FormData();
    form.append("file", new Blob([readFileSync(importFile("page-50000.json", 50_000, "PAGE"))]), "page-50000.json");
    const started = performance.now();
    const answer = await postMultipart(dinas, "/dinas/import", form);
    const body = await answer.text();
    expect(answer.status).toBe(200);
    expect(body).toContain("Semua baris diterima.");
    const imported = performance.now();
    const last = await server.db.product.findFirstOrThrow({ where: { ref: "PAGE:PRD-44999" }, select: { id: true } });
    const found = async () => (await (await fetch(new URL("/search?q=sambal+pecel+page+nomor+44999", server.url))).text()).includes(`/products/${last.id}`);
    const deadline = Date.now() + 120_000;
    while (!(await found()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 500));
    console.log(`50,000-row import through the page: ${((imported - started) / 1000).toFixed(1)} s to import, searchable ${((performance.now() - imported) / 1000).toFixed(1)} s after`);
    expect(await found()).toBe(true);
  }, 300_000);
});
