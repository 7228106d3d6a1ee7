// `npm start`: everything a fresh machine needs, in order — generate the Prisma client,
// migrate, seed demo data when the database is empty, build, and serve — then print the
// demo accounts and the URL.
import "dotenv/config";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { generateClient, migrate } from "./migrate.ts";

process.env.NODE_ENV ??= "production"; // React's production build; APP_ENV keeps dev tools on
const started = Date.now();
const step = (label: string) => console.log(`\n▸ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

// Validate the environment before doing anything slow.
const { env } = await import("~/env.server.ts");
const config = env();

step("Generating the database client");
generateClient();

step("Applying migrations");
migrate(config.DATABASE_URL);

step("Checking demo data");
const { db } = await import("~/db.server.ts");
const { seed, seedDateToday, isDatabaseEmpty, DEMO_ACCOUNTS, DEMO_PASSWORD } = await import("../../prisma/seed.ts");
if (await isDatabaseEmpty(db())) {
  const summary = await seed(db(), { now: seedDateToday() });
  console.log("Seeded demo data:", summary);
} else {
  console.log("The database already has data: not seeding.");
}

step("Building the app");
execFileSync(path.resolve("node_modules/.bin/remix"), ["build"], { stdio: ["ignore", "inherit", "inherit"] });

const { serverProcesses, serveOnProcesses } = await import("./cluster.ts");
const processes = serverProcesses(config.SERVER_PROCESSES);
step(`Starting the server (${processes} ${processes === 1 ? "process" : "processes"})`);
let url: string;
if (processes === 1) {
  const { serve, closeOnSignals } = await import("./serve.ts");
  const server = await serve();
  closeOnSignals(server);
  url = server.url;
} else {
  // The workers open their own connections; this process only watches them.
  await db().$disconnect();
  url = (await serveOnProcesses(processes, config.PORT)).url;
}

console.log(`\nMitraIKM is ready at ${url}  (started in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
console.log(`Demo accounts (password "${DEMO_PASSWORD}"):`);
for (const account of DEMO_ACCOUNTS) console.log(`  ${account.role.padEnd(9)} ${account.email}  ${account.name}`);
if (config.APP_ENV !== "production") console.log(`E-mail outbox: ${url}/dev/outbox`);
