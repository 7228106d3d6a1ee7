// Many rows in one multi-row INSERT per chunk, for bulk imports. Prisma's createMany runs
// each row through its JavaScript query engine (about 0.4 ms a row here), while one
// statement of a few hundred rows costs about 0.03 ms a row: see tests/bench/import.bench.ts.
// Values are written in the encodings Prisma itself uses on SQLite, so Prisma reads them
// back unchanged: dates as ISO text with "+00:00", booleans as 0/1, BigInt as integers.
// Table and column names come from our code, never from input.
import type { Tx } from "~/db.server.ts";

type Value = string | number | bigint | boolean | Date | null;

function encode(value: Value): string | number | bigint | null {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

/** Inserts rows that all have the same keys; `createdAt`/`updatedAt` default to `now`. */
export async function bulkInsert(tx: Tx, table: string, rows: readonly Record<string, Value>[], now = new Date()): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const stamped = ["createdAt", "updatedAt"].filter((c) => !columns.includes(c) && TIMESTAMPED.has(table) && (c === "createdAt" || UPDATED.has(table)));
  const all = [...columns, ...stamped];
  // SQLite accepts up to 32,766 parameters in one statement; stay well below.
  const perChunk = Math.max(1, Math.floor(8000 / all.length));
  const placeholders = `(${all.map(() => "?").join(", ")})`;
  for (let i = 0; i < rows.length; i += perChunk) {
    const chunk = rows.slice(i, i + perChunk);
    const values = chunk.flatMap((row) => [...columns.map((c) => encode(row[c] ?? null)), ...stamped.map(() => encode(now))]);
    await tx.$executeRawUnsafe(
      `INSERT INTO "${table}" (${all.map((c) => `"${c}"`).join(", ")}) VALUES ${chunk.map(() => placeholders).join(", ")}`,
      ...values,
    );
  }
}

/** Tables with a createdAt column, and those of them with an updatedAt column. */
const TIMESTAMPED = new Set(["Organisation", "ProducerProfile", "Product", "Certification", "Need", "SearchOutbox"]);
const UPDATED = new Set(["Organisation", "ProducerProfile", "Product", "Certification", "Need"]);
