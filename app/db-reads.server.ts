// The hottest reads (an API token on every API call, the API's product list) written by hand
// and run without Prisma. Prisma 6 builds every query again in WebAssembly, raw ones too: a
// 20-row page of a producer's products took 780 µs through `$queryRaw`, 1,109 µs through
// `findMany`, and 83 µs as a statement prepared once on libSQL (50,005 products, one process).
//
// On a SQLite file each database client gets a second connection of its own for these reads:
// read-only (`query_only`, so this path can never write), its statements prepared once. In WAL
// mode it reads the last committed state, never waits for a writer and never sees another
// request's transaction half done. A statement runs to its end on each call, so it holds no
// read snapshot between calls (checkpoints are not held back). Anywhere else (a libSQL server,
// inside a transaction) the same SQL goes through Prisma.
import { expandConfig, isInMemoryConfig } from "@libsql/core/config";
import { existsSync } from "node:fs";
import Database from "libsql";
import { isBusy } from "./db-connection.server.ts";
import type { Prisma, PrismaClient } from "./generated/prisma/client.ts";

// The client's own type, not db.server.ts's name for it: that module gives each client its read connection.
type Db = PrismaClient;

/** How long a read waits for SQLite's own locks (WAL recovery, a checkpoint resetting the log): short, the process is stopped meanwhile. */
const READ_BUSY_TIMEOUT_MS = 50;
/** Statements kept prepared per connection: the hot reads are a handful; a cap keeps a mistake from growing it. */
const MAX_STATEMENTS = 100;

type Statement = Database.Statement<unknown[]>;

/** The read connection could not be opened on the client's file: its reads go through Prisma. */
class UnopenedError extends Error {
  constructor(path: string) {
    super(`no database file at ${path}`);
  }
}

class ReadConnection {
  readonly #path: string;
  #db: Database.Database | null = null;
  readonly #statements = new Map<string, Statement>();

  constructor(path: string) {
    this.#path = path;
  }

  rows(sql: string, args: readonly unknown[]): Record<string, unknown>[] {
    try {
      return this.#statement(sql).all(...args) as Record<string, unknown>[];
    } catch (error) {
      // A broken connection is dropped; the next read opens a new one.
      this.close();
      throw error;
    }
  }

  #statement(sql: string): Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      if (!this.#db) {
        // A path read wrong would otherwise make a new, empty database.
        if (!existsSync(this.#path)) throw new UnopenedError(this.#path);
        const db = new Database(this.#path);
        db.pragma("query_only = 1");
        db.pragma(`busy_timeout = ${READ_BUSY_TIMEOUT_MS}`);
        this.#db = db;
      }
      if (this.#statements.size >= MAX_STATEMENTS) this.#statements.clear();
      statement = this.#db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  close(): void {
    this.#statements.clear();
    try {
      this.#db?.close();
    } catch {
      // already broken: dropped all the same
    }
    this.#db = null;
  }
}

// One registry for the process: the server (app/cli/serve.ts) and the Remix build each carry a
// copy of this module, and either may make the process's client, so both must find its connection.
const KEY = Symbol.for("mitraikm.read-connections");
const connections = ((globalThis as Record<symbol, unknown>)[KEY] ??= new WeakMap<Db, ReadConnection>()) as WeakMap<Db, ReadConnection>;

/**
 * The file a database URL names, read by libSQL's own rules (`file:/abs`, `file:///abs`,
 * `file://localhost/abs`, `file:relative.db`, %-escapes), so both connections open the same
 * file; null for a libSQL server or an in-memory database (its own per connection).
 */
function filePath(url: string): string | null {
  try {
    const config = expandConfig({ url }, false);
    if (config.scheme !== "file" || isInMemoryConfig(config)) return null;
    return config.path;
  } catch {
    return null;
  }
}

/** Gives a new database client its read connection (db.server.ts `createDb`), when its database is a file. */
export function attachReadConnection(db: Db, url: string): void {
  const path = filePath(url);
  if (path) connections.set(db, new ReadConnection(path));
}

/** Closes `db`'s read connection, with the client itself (db.server.ts): its file handles go, and SQLite's last connection checkpoints. */
export function closeReadConnection(db: Db): void {
  connections.get(db)?.close();
}

/** Whether `db`'s hot reads run on a connection of their own (a file database) rather than through Prisma. */
export function readsOnOwnConnection(db: Db): boolean {
  return connections.has(db);
}

/**
 * The rows of a read-only statement (`?` placeholders), the columns named in `dates` as Date
 * (SQLite keeps Prisma's DateTime as text). `db` may be a transaction's client: then the read
 * goes through it, so it sees the transaction's own writes.
 */
export async function readRows<Row>(db: Db | Prisma.TransactionClient, sql: string, args: readonly unknown[], dates: readonly (keyof Row & string)[] = []): Promise<Row[]> {
  const connection = connections.get(db as Db);
  let rows: Record<string, unknown>[];
  if (connection) {
    try {
      rows = connection.rows(sql, args);
    } catch (error) {
      // A lock held too long is waited out, and a file this connection cannot find is read, on
      // Prisma's path (which pauses between tries); any other fault is the caller's.
      if (!isBusy(error) && !(error instanceof UnopenedError)) throw error;
      rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...args);
    }
  } else {
    rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...args);
  }
  for (const row of rows) for (const column of dates) if (row[column] !== null && row[column] !== undefined) row[column] = new Date(row[column] as string | Date);
  return rows as Row[];
}
