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

/** The catalogue's tables by name, for countRows: organisations, their producer profiles, KBLI codes and contacts, products, certificates and needs. */
export const catalogTables = (db: Db) => ({
  organisations: db.organisation,
  producers: db.producerProfile,
  kbli: db.producerKbli,
  contacts: db.contactPerson,
  products: db.product,
  certifications: db.certification,
  certificationProducts: db.certificationProduct,
  needs: db.need,
  needCertifications: db.needCertification,
});

/** Each table's row count, under the name it is given: countRows({ users: db.user, needs: db.need }). */
export async function countRows<K extends string>(tables: Record<K, { count(): Promise<number> }>): Promise<Record<K, number>> {
  const names = Object.keys(tables) as K[];
  const counts = await Promise.all(names.map((name) => tables[name].count()));
  return Object.fromEntries(names.map((name, i) => [name, counts[i]])) as Record<K, number>;
}
