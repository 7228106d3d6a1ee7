// Once per test run: build the app (unless the caller just did), and the template databases.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { createDb } from "~/db.server.ts";
import { seed, seedDateToday } from "../../prisma/seed.ts";
import { ARTIFACTS, MIGRATED_TEMPLATE, SEEDED_TEMPLATE, migrateInto } from "./templates.ts";

export default async function setup() {
  rmSync(path.join(ARTIFACTS, "dbs"), { recursive: true, force: true });
  if (process.env.MITRAIKM_SKIP_BUILD !== "1") {
    // Vitest sets NODE_ENV=test; the servers under test run React's production build.
    execFileSync(path.resolve("node_modules/.bin/remix"), ["build"], {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, NODE_ENV: "production" },
    });
  }
  migrateInto(MIGRATED_TEMPLATE);
  migrateInto(SEEDED_TEMPLATE);
  const db = createDb(`file:${SEEDED_TEMPLATE}`);
  // Dated from today like `npm start`, so the servers under test (which use the real clock)
  // see the same current deadlines and valid certificates whatever day the suite runs.
  await seed(db, { now: seedDateToday() });
  // Copies take the .db file alone: everything must be in it, not in the WAL.
  await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
  await db.$disconnect();
}
