// `tsx tests/bench/seed.bench.ts`: times the demo seed on three fresh, migrated SQLite files
// and prints the wall times and row counts.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, type Db } from "../../app/db.server.ts";
import { seed } from "../../prisma/seed.ts";
import { catalogTables, countRows } from "../helpers/db.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const RUNS = 3;
const dir = mkdtempSync(path.join(os.tmpdir(), "mitraikm-seed-bench-"));

function counts(db: Db) {
  return countRows({ users: db.user, memberships: db.membership, ...catalogTables(db) });
}

try {
  const times: number[] = [];
  for (let run = 1; run <= RUNS; run++) {
    const file = path.join(dir, `bench-${run}.db`);
    const migrateStarted = performance.now();
    execFileSync(path.join(ROOT, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
      cwd: ROOT,
      stdio: "pipe", // its stderr is in the error when it fails
      env: { ...process.env, DATABASE_URL: `file:${file}` },
    });
    const migrateMs = performance.now() - migrateStarted;
    const db = createDb(`file:${file}`);
    const started = performance.now();
    const summary = await seed(db);
    const ms = performance.now() - started;
    times.push(ms);
    console.log(`run ${run}: seed ${(ms / 1000).toFixed(2)} s (migrate ${(migrateMs / 1000).toFixed(2)} s)`);
    if (run === 1) {
      console.log("summary:", JSON.stringify(summary));
      console.table(await counts(db));
    }
    await db.$disconnect();
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `seed wall time over ${RUNS} fresh databases: min ${(sorted[0]! / 1000).toFixed(2)} s, median ${(sorted[1]! / 1000).toFixed(2)} s, max ${(sorted[RUNS - 1]! / 1000).toFixed(2)} s (first run includes loading regions and hashing the password)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
