// A Prisma client on a database file of the test's own: a copy of the migrated template
// that the global setup built (tests/helpers/templates.ts).
import { rmSync } from "node:fs";
import { createDb, type Db } from "~/db.server.ts";
import { MIGRATED_TEMPLATE, copyTemplate } from "./templates.ts";

const files = new WeakMap<Db, string>();

export async function freshDb(name: string): Promise<Db> {
  const file = copyTemplate(MIGRATED_TEMPLATE, name);
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
