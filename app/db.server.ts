import { PrismaClient, type Prisma } from "~/generated/prisma/client.ts";
import { env } from "~/env.server.ts";
import { LOCK_WAIT_MS, SqliteAdapterFactory } from "./db-connection.server.ts";
import { attachReadConnection, closeReadConnection } from "./db-reads.server.ts";

export type Db = PrismaClient;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Prisma.TransactionClient;

/**
 * A Prisma client on the libSQL adapter: a SQLite file by default, a libSQL server by URL.
 * A file is held on one connection with WAL and a lock wait that does not stop the process
 * (db-connection.server.ts), whoever opens it: the server, the CLI, tests and benches.
 */
export function createDb(url: string, authToken?: string): Db {
  const client = new PrismaClient({
    adapter: new SqliteAdapterFactory({ url, authToken }),
    // A transaction's BEGIN may wait for another process's write (an import) up to
    // LOCK_WAIT_MS; Prisma's own default would give up after 2 s and fail the request.
    transactionOptions: { maxWait: LOCK_WAIT_MS + 5_000, timeout: 15_000 },
  });
  // The hottest reads skip Prisma on a connection of their own (db-reads.server.ts), closed
  // with the client wherever the client is disconnected.
  attachReadConnection(client, url);
  const disconnect = client.$disconnect.bind(client);
  client.$disconnect = async () => {
    closeReadConnection(client);
    await disconnect();
  };
  return client;
}

// One client per process; kept on globalThis so dev rebuilds reuse the connection.
const holder = globalThis as unknown as { __mitraikmDb?: Db };
export function db(): Db {
  holder.__mitraikmDb ??= createDb(env().DATABASE_URL, env().DATABASE_AUTH_TOKEN);
  return holder.__mitraikmDb;
}
