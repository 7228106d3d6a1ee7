// Template databases, built once per test run by the global setup and copied per test file:
// "migrated" (empty schema) and "seeded" (the demo data). Copying a file takes milliseconds,
// so each test file gets a database of its own.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";

// MITRAIKM_TEST_ARTIFACTS moves them, so two test runs on one checkout keep out of each other's way.
export const ARTIFACTS = path.resolve(process.env.MITRAIKM_TEST_ARTIFACTS ?? "tests/.artifacts");
export const MIGRATED_TEMPLATE = path.join(ARTIFACTS, "migrated-template.db");
export const SEEDED_TEMPLATE = path.join(ARTIFACTS, "seeded-template.db");

export function migrateInto(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  rmSync(file, { force: true });
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: `file:${file}` },
  });
}

/** A fresh copy of a template under tests/.artifacts, for one test file. */
export function copyTemplate(template: string, name: string): string {
  if (!existsSync(template)) throw new Error(`${template} is missing: run the tests through vitest's global setup`);
  const file = path.join(ARTIFACTS, "dbs", `${name}-${randomUUID().slice(0, 8)}.db`);
  mkdirSync(path.dirname(file), { recursive: true });
  copyFileSync(template, file);
  return file;
}
