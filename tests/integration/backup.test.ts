// `npm run cli -- backup` and `restore` on a running server's database: the backup is taken
// while another connection keeps writing, is one consistent instant (its row counts lie
// between before and after, and it passes SQLite's integrity check), carries the uploads, and
// a restore into a new place brings back a database a server starts on and serves.
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "~/db.server.ts";
import type { BackupManifest } from "~/models/platform/backup.server.ts";
import { storeDocument } from "~/models/platform/uploads.server.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed.ts";
import { Client, TINY_PDF } from "../helpers/http.ts";
import { startServer, type TestServer } from "../helpers/server.ts";
import { ARTIFACTS, SEEDED_TEMPLATE, copyTemplate } from "../helpers/templates.ts";

const run = promisify(execFile);
const cli = (args: string[], env: Record<string, string>) => run(path.resolve("node_modules/.bin/tsx"), ["app/cli/index.ts", ...args], { env: { ...process.env, ...env } });
const PDF = TINY_PDF;

let server: TestServer;
let file: string;
let uploads: string;
const work = path.join(ARTIFACTS, "backup-test");

beforeAll(async () => {
  file = copyTemplate(SEEDED_TEMPLATE, "backup");
  uploads = file.replace(/\.db$/, "-uploads");
  server = await startServer("backup", { databaseUrl: `file:${file}`, env: { UPLOAD_DIR: uploads } });
  mkdirSync(work, { recursive: true });
});
afterAll(async () => {
  await server?.stop();
});

describe("backup and restore", () => {
  it("copies one instant of the database while writes go on, with the uploads, and brings it back", async () => {
    const stored = await storeDocument(uploads, "payments", PDF);
    expect(stored.ok).toBe(true);
    const user = await server.db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS[0]!.email } });
    // Only this test's notices: the server's worker writes notices of its own meanwhile.
    const MARK = "/notifications?backup-test";
    const notices = () => server.db.notification.count({ where: { link: MARK } });
    const before = await notices();
    // Another connection writes all the while the backup runs.
    let writing = true;
    const writer = (async () => {
      let n = 0;
      while (writing) {
        await server.db.notification.create({ data: { userId: user.id, kind: "match_state", params: { need: `n${n++}`, producer: "p", state: "shortlisted" }, link: MARK } });
        // Yield to the event loop, so the backup command's exit is heard.
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return n;
    })();
    const env = { DATABASE_URL: `file:${file}`, UPLOAD_DIR: uploads };
    const taken = await cli(["backup", work], env);
    writing = false;
    const written = await writer;
    expect(written).toBeGreaterThan(0);
    expect(taken.stdout).toMatch(/Backed up \d+ bytes of database .* and the uploads into /);
    const dir = path.join(work, readdirSync(work).filter((d) => d.startsWith("mitraikm-")).sort().at(-1)!);
    const manifest = JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8")) as BackupManifest;
    expect(manifest.rows.User).toBe(await server.db.user.count());

    const copy = createDb(`file:${path.join(dir, "app.db")}`);
    const inBackup = await copy.notification.count({ where: { link: MARK } });
    expect(await copy.$queryRawUnsafe("PRAGMA integrity_check")).toEqual([{ integrity_check: "ok" }]);
    await copy.$disconnect();
    expect(inBackup).toBeGreaterThanOrEqual(before);
    expect(inBackup).toBeLessThanOrEqual(before + written);
    expect(readFileSync(path.join(dir, "uploads", (stored as { path: string }).path))).toEqual(Buffer.from(PDF));

    // Restored somewhere new (as on a replacement machine): a server starts on it and serves.
    const target = path.join(work, "restored", "app.db");
    const targetUploads = path.join(work, "restored", "uploads");
    const restored = await cli(["restore", dir], { DATABASE_URL: `file:${target}`, UPLOAD_DIR: targetUploads });
    expect(restored.stdout).toContain("row counts checked");
    expect(readFileSync(path.join(targetUploads, (stored as { path: string }).path))).toEqual(Buffer.from(PDF));
    const again = await startServer("backup-restored", { databaseUrl: `file:${target}`, env: { UPLOAD_DIR: targetUploads } });
    try {
      expect(await again.db.notification.count({ where: { link: MARK } })).toBe(inBackup);
      const client = new Client(again.url);
      expect((await client.login(DEMO_ACCOUNTS[0]!.email, DEMO_PASSWORD)).status).toBe(302);
      expect((await client.get("/catalog")).status).toBe(200);
    } finally {
      await again.stop();
    }
  });

  it("refuses a damaged backup and leaves the database as it was", async () => {
    const dir = path.join(work, readdirSync(work).filter((d) => d.startsWith("mitraikm-")).sort().at(-1)!);
    const manifestFile = path.join(dir, "manifest.json");
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as BackupManifest;
    const { writeFileSync } = await import("node:fs");
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, database: { ...manifest.database, sha256: "0".repeat(64) } }));
    const target = path.join(work, "damaged", "app.db");
    await expect(cli(["restore", dir], { DATABASE_URL: `file:${target}`, UPLOAD_DIR: path.join(work, "damaged", "uploads") })).rejects.toThrow(/damaged/);
    expect(readdirSync(work)).not.toContain("damaged");
  });
});
