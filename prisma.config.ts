// Prisma 6.19 runs offline here only with its WebAssembly engines and the libSQL adapter
// (see ../shared/TOOLCHAIN.md). Prisma does not read .env when a config file exists, so the
// database URL is resolved here the same way the app resolves it.
import "dotenv/config";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
// Migrations get the same connection as the app: WAL, and a wait for a writer beside them.
import { SqliteAdapterFactory } from "./app/db-connection.server.ts";

const url = process.env.DATABASE_URL ?? "file:./data/app.db";
process.env.DATABASE_URL = url;
if (url.startsWith("file:")) {
  // A missing folder gives only "External error id#0": create it first.
  mkdirSync(path.dirname(url.slice("file:".length)), { recursive: true });
}

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  adapter: async () => new SqliteAdapterFactory({ url }),
});
