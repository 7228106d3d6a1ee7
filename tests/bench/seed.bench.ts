// `tsx tests/bench/seed.bench.ts`: times the demo seed on three fresh, migrated SQLite files
// and prints the wall times and row counts.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, type Db } from "../../app/db.server.ts";
import { seed } from "../../prisma/seed.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const RUNS = 3;
const dir = mkdtempSync(path.join(os.tmpdir(), "mitraikm-seed-bench-"));

async function counts(db: Db) {
  const [users, organisations, memberships, producers, kbli, contacts, products, certifications, certificationProducts, needs, needCertifications] =
    await Promise.all([
      db.user.count(),
      db.organisation.count(),
      db.membership.count(),
      db.producerProfile.count(),
      db.producerKbli.count(),
      db.contactPerson.count(),
      db.product.count(),
      db.certification.count(),
      db.certificationProduct.count(),
      db.need.count(),
      db.needCertification.count(),
    ]);
  return { users, organisations, memberships, producers, kbli, contacts, products, certifications, certificationProducts, needs, needCertifications };
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
