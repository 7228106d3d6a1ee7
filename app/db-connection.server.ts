// The libSQL connection under Prisma, for a SQLite file that several processes write: the
// server (perhaps two), a CLI import, a backup, tests and benches.
//
// Why not @libsql/client as it is: its `transaction()` hands its connection to the
// transaction and opens a fresh one for the next query, so settings made on a connection
// (busy_timeout) are gone after the first transaction, and the handed-over connection is
// never closed (hundreds of open file handles per process). Prisma's adapter already runs
// one statement or one transaction at a time per client (its own mutex), so one connection
// is all a process needs: this client keeps it, runs transactions on it with BEGIN/COMMIT,
// and so keeps its settings for good.
//
// Waiting for another process's write lock: libSQL's calls are synchronous, so SQLite's own
// busy handler would sleep with the whole Node process stopped. The busy timeout is short,
// and beyond it a statement that could not start (SQLITE_BUSY: nothing of it was applied)
// is tried again after an asynchronous pause, so the server keeps answering meanwhile.
// Transactions begin IMMEDIATE: they take the write lock at BEGIN (where waiting is safe)
// rather than at their first write, where a reader turning writer in WAL mode fails with
// SQLITE_BUSY_SNAPSHOT and no waiting helps.
import { createClient, type Client, type Config, type InStatement, type ResultSet, type Transaction, type TransactionMode } from "@libsql/client";
import { PrismaLibSQL } from "@prisma/adapter-libsql";

/** How long SQLite itself waits for a lock (the process stops meanwhile): short. */
const SQLITE_BUSY_TIMEOUT_MS = 50;
/** How long in all a statement waits for another process's write to finish. */
export const LOCK_WAIT_MS = 30_000;
const RETRY_PAUSES_MS = [5, 10, 20, 50, 100, 200];

/** Every connection's settings: WAL (readers never wait for the writer) and the busy timeout. */
const CONNECTION_PRAGMAS = ["PRAGMA journal_mode = WAL", `PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`];

export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("SQLITE_BUSY");
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * libSQL runs each statement synchronously, and awaiting its result only lets promises run,
 * never timers or sockets: a long import or a big drain would hold the process for seconds,
 * every other request waiting (a page's render was aborted meanwhile). After this much
 * unbroken work, the next statement first gives the event loop a turn.
 */
const YIELD_AFTER_MS = 50;
let workingSince = performance.now();
async function yieldNowAndThen(): Promise<void> {
  if (performance.now() - workingSince < YIELD_AFTER_MS) return;
  await new Promise((resolve) => setImmediate(resolve));
  workingSince = performance.now();
}

/** Runs `attempt` until it is not refused as busy, pausing between tries, for at most `waitMs`. */
export async function whileBusy<T>(attempt: () => Promise<T>, waitMs = LOCK_WAIT_MS): Promise<T> {
  const deadline = Date.now() + waitMs;
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (!isBusy(error) || Date.now() >= deadline) throw error;
      await pause(RETRY_PAUSES_MS[Math.min(i, RETRY_PAUSES_MS.length - 1)]!);
    }
  }
}

/**
 * One file connection for a process: configured when opened, transactions run on it. After
 * any error the connection is closed and a fresh one opened: libSQL leaves a statement that
 * failed part-way (a read that met a busy WAL, say) un-reset, which keeps a read snapshot
 * open and makes every later COMMIT fail with "SQL statements in progress"; closing the
 * connection ends such statements and gives back any lock.
 */
class OneConnectionClient implements Client {
  readonly protocol = "file";
  readonly #open: () => Client;
  #inner!: Client;
  #ready!: Promise<void>;
  #inTransaction = false;

  constructor(open: () => Client) {
    this.#open = open;
    this.#connect();
  }

  #connect(): void {
    const inner = this.#open();
    this.#inner = inner;
    this.#ready = (async () => {
      for (const pragma of CONNECTION_PRAGMAS) await whileBusy(() => inner.execute(pragma));
    })();
  }

  /** Drops the connection (and whatever a failed statement left open on it) for a new one. */
  #reconnect(): void {
    try {
      this.#inner.close();
    } catch {
      // closing a broken connection may fail; it is dropped all the same
    }
    this.#connect();
  }

  /** One statement on the current connection; on an error, the connection is renewed first. */
  async #run(stmt: InStatement): Promise<ResultSet> {
    await this.#ready;
    await yieldNowAndThen();
    try {
      return await this.#inner.execute(stmt);
    } catch (error) {
      if (!this.#inTransaction) this.#reconnect();
      throw error;
    }
  }

  get closed(): boolean {
    return this.#inner.closed;
  }

  async execute(stmtOrSql: InStatement | string, args?: never): Promise<ResultSet> {
    const stmt = typeof stmtOrSql === "string" ? { sql: stmtOrSql, args: args ?? [] } : stmtOrSql;
    // Inside a transaction the write lock is held already: a busy answer there is not retried.
    return this.#inTransaction ? this.#run(stmt) : whileBusy(() => this.#run(stmt));
  }

  async batch(stmts: InStatement[]): Promise<ResultSet[]> {
    const tx = await this.transaction("write");
    try {
      const results: ResultSet[] = [];
      for (const stmt of stmts) results.push(await tx.execute(stmt));
      await tx.commit();
      return results;
    } finally {
      tx.close();
    }
  }

  async migrate(stmts: InStatement[]): Promise<ResultSet[]> {
    return this.batch(stmts);
  }

  async transaction(mode: TransactionMode = "write"): Promise<Transaction> {
    await whileBusy(() => this.#run({ sql: mode === "read" ? "BEGIN DEFERRED" : "BEGIN IMMEDIATE", args: [] }));
    this.#inTransaction = true;
    return new SameConnectionTransaction((stmt) => this.#run(stmt), (failed) => {
      this.#inTransaction = false;
      if (failed) this.#reconnect();
    });
  }

  async executeMultiple(sql: string): Promise<void> {
    await this.#ready;
    return whileBusy(async () => {
      try {
        await this.#inner.executeMultiple(sql);
      } catch (error) {
        this.#reconnect();
        throw error;
      }
    });
  }

  async sync(): Promise<undefined> {
    return undefined;
  }

  close(): void {
    this.#inner.close();
  }
}

/**
 * A transaction on the client's own connection: BEGIN was run; COMMIT or ROLLBACK ends it.
 * If anything in it failed, the client renews its connection when it ends.
 */
class SameConnectionTransaction implements Transaction {
  readonly #run: (stmt: InStatement) => Promise<ResultSet>;
  readonly #onEnd: (failed: boolean) => void;
  #ended = false;
  #failed = false;

  constructor(run: (stmt: InStatement) => Promise<ResultSet>, onEnd: (failed: boolean) => void) {
    this.#run = run;
    this.#onEnd = onEnd;
  }

  get closed(): boolean {
    return this.#ended;
  }

  async execute(stmt: InStatement): Promise<ResultSet> {
    if (this.#ended) throw new Error("The transaction is closed");
    try {
      return await this.#run(stmt);
    } catch (error) {
      this.#failed = true;
      throw error;
    }
  }

  async batch(stmts: InStatement[]): Promise<ResultSet[]> {
    const results: ResultSet[] = [];
    for (const stmt of stmts) results.push(await this.execute(stmt));
    return results;
  }

  async executeMultiple(): Promise<void> {
    // libSQL's executeMultiple rolls back an open transaction when it ends: never inside one.
    throw new Error("executeMultiple is not available inside a transaction");
  }

  async commit(): Promise<void> {
    try {
      await this.execute({ sql: "COMMIT", args: [] });
    } catch (error) {
      await this.rollback();
      throw error;
    }
    this.#end();
  }

  async rollback(): Promise<void> {
    if (this.#ended) return;
    try {
      await this.#run({ sql: "ROLLBACK", args: [] });
    } catch {
      // Already rolled back by SQLite, or the connection is broken: it is renewed at the end.
      this.#failed = true;
    }
    this.#end();
  }

  close(): void {
    if (!this.#ended) void this.rollback();
  }

  #end(): void {
    this.#ended = true;
    this.#onEnd(this.#failed);
  }
}

/** Prisma's libSQL adapter, with a file database held on one configured connection. */
export class SqliteAdapterFactory extends PrismaLibSQL {
  override createClient(config: Config): Client {
    return config.url.startsWith("file:") ? new OneConnectionClient(() => createClient(config)) : createClient(config);
  }
}

/**
 * Whether a write could start within `waitMs`: takes the write lock on a connection of its
 * own (so it neither waits behind nor blocks this process's queries) and gives it straight
 * back. A file database only; elsewhere the server's own answers tell.
 */
export async function probeWriteLock(url: string, waitMs: number): Promise<{ ok: true; waitedMs: number } | { ok: false; error: string }> {
  if (!url.startsWith("file:")) return { ok: true, waitedMs: 0 };
  const started = performance.now();
  const probe = createClient({ url });
  try {
    await probe.execute("PRAGMA busy_timeout = 0");
    await whileBusy(() => probe.execute("BEGIN IMMEDIATE"), waitMs);
    await probe.execute("ROLLBACK");
    return { ok: true, waitedMs: Math.round(performance.now() - started) };
  } catch (error) {
    const busy = isBusy(error);
    return { ok: false, error: busy ? `another connection has held the write lock for over ${waitMs} ms` : error instanceof Error ? error.message : String(error) };
  } finally {
    probe.close();
  }
}
