import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient, type Prisma } from "~/generated/prisma/client.ts";
import { env } from "~/env.server.ts";

export type Db = PrismaClient;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Prisma.TransactionClient;

/** A Prisma client on the libSQL adapter: a SQLite file by default, a libSQL server by URL. */
export function createDb(url: string, authToken?: string): Db {
  const adapter = new PrismaLibSQL({ url, authToken });
  return new PrismaClient({ adapter });
}

/**
 * SQLite settings for a file shared by several connections (the server, its indexing worker,
 * scripts and tests): WAL, so readers never wait for a writer, and a busy timeout, so a
 * writer waits for another instead of failing at once. WAL is kept in the file itself.
 */
export async function configureSqlite(db: Db): Promise<void> {
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
}

// One client per process; kept on globalThis so dev rebuilds reuse the connection.
const holder = globalThis as unknown as { __mitraikmDb?: Db };
export function db(): Db {
  holder.__mitraikmDb ??= createDb(env().DATABASE_URL, env().DATABASE_AUTH_TOKEN);
  return holder.__mitraikmDb;
}
