// Fresh SQLite databases for tests: the committed migrations are applied once per process to
// tests/.artifacts/template.db (again whenever a migration is newer than it), and each call
// copies that file to tests/.artifacts/<name>-<random>.db.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import type { Db } from "../../app/db.server.ts";
import { PrismaClient } from "../../app/generated/prisma/client.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
export const ARTIFACTS_DIR = path.join(ROOT, "tests/.artifacts");
export const TEMPLATE_DB = path.join(ARTIFACTS_DIR, "template.db");
const MIGRATIONS_DIR = path.join(ROOT, "prisma/migrations");

/** app/db.server.ts's createDb, without its "~/" imports (vitest may run without the app's alias). */
export function createDb(url: string): Db {
  return new PrismaClient({ adapter: new PrismaLibSQL({ url }) });
}

/** Applies the committed migrations to a new SQLite file (replacing any file there). */
export function migrateInto(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  rmSync(file, { force: true });
  execFileSync(path.join(ROOT, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: ROOT,
    stdio: "pipe", // its stderr is in the error when it fails
    env: { ...process.env, DATABASE_URL: `file:${file}` },
  });
}

function newestMigration(): number {
  let newest = 0;
  for (const entry of readdirSync(MIGRATIONS_DIR, { withFileTypes: true })) {
    const full = path.join(MIGRATIONS_DIR, entry.name);
    newest = Math.max(newest, statSync(full).mtimeMs);
    if (entry.isDirectory()) for (const file of readdirSync(full)) newest = Math.max(newest, statSync(path.join(full, file)).mtimeMs);
  }
  return newest;
}

let templateReady: string | undefined;

/** The migrated template, built when missing or older than the newest migration. */
export function ensureTemplate(): string {
  if (templateReady) return templateReady;
  if (!existsSync(TEMPLATE_DB) || statSync(TEMPLATE_DB).mtimeMs < newestMigration()) {
    // Build beside it and rename: parallel test workers never see a half-migrated file.
    const building = path.join(ARTIFACTS_DIR, `template-${process.pid}-${randomBytes(3).toString("hex")}.db`);
    migrateInto(building);
    renameSync(building, TEMPLATE_DB);
  }
  templateReady = TEMPLATE_DB;
  return templateReady;
}

/** A path for a fresh migrated database file. */
export function freshDbFile(name: string): string {
  const template = ensureTemplate();
  const file = path.join(ARTIFACTS_DIR, `${name}-${randomBytes(4).toString("hex")}.db`);
  copyFileSync(template, file);
  return file;
}

const files = new WeakMap<Db, string>();

/** A client on a fresh copy of the migrated template. */
export async function freshDb(name: string): Promise<Db> {
  const file = freshDbFile(name);
  const db = createDb(`file:${file}`);
  files.set(db, file);
  return db;
}

/** Disconnects a freshDb() client and deletes its file. */
export async function dropDb(db: Db): Promise<void> {
  await db.$disconnect();
  const file = files.get(db);
  if (file) for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
}
