// Applies the committed migrations with Prisma's offline WebAssembly engine, after making
// sure the database folder exists (a missing folder gives only "External error id#0").
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

export function migrate(databaseUrl: string): void {
  if (databaseUrl.startsWith("file:")) {
    mkdirSync(path.dirname(databaseUrl.slice("file:".length)), { recursive: true });
  }
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
}

export function generateClient(): void {
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["generate"], { stdio: ["ignore", "ignore", "inherit"] });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  migrate(process.env.DATABASE_URL ?? "file:./data/app.db");
}
