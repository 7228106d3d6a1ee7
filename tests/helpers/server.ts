// A real MitraIKM server for HTTP and browser tests: the production build, served by
// app/cli/serve.ts on a free port, on its own copy of the seeded database.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync } from "node:fs";
import { createServer } from "node:net";
import { createDb, type Db } from "~/db.server.ts";
import { SERVER_NODE_FLAGS } from "~/cli/node-flags.ts";
import { SEEDED_TEMPLATE, copyTemplate } from "./templates.ts";

export interface TestServer {
  url: string;
  db: Db;
  stop(): Promise<void>;
  /** Sends the server process a signal (SIGKILL: a crash) and waits for it to exit; the test's db stays open. */
  kill(signal: NodeJS.Signals): Promise<number | null>;
}

/** A port nobody listens on now, for a server about to start. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** `databaseUrl` replaces the seeded copy, e.g. to start on a database that cannot be reached. */
/** A production build on a copy of the seeded template; `env` adds settings (Stripe keys, say). */
export async function startServer(name: string, options: { databaseUrl?: string; env?: Record<string, string> } = {}): Promise<TestServer> {
  const file = copyTemplate(SEEDED_TEMPLATE, name);
  const databaseUrl = options.databaseUrl ?? `file:${file}`;
  const port = await freePort();
  // Node itself with tsx's loader, not the tsx command: that one runs the server in a child
  // process of its own, so a SIGKILL sent to it would leave the real server running.
  const child: ChildProcess = spawn(process.execPath, [...SERVER_NODE_FLAGS, "--import", "tsx", "app/cli/serve.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      APP_ENV: "test",
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      UPLOAD_DIR: file.replace(/\.db$/, "-uploads"),
      // Tests write and read back at once; the public pages' cache (5 s as shipped) has its
      // own test (http-page-cache.test.ts), which turns it on.
      PAGE_CACHE_SECONDS: "0",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // The server's output goes to a log beside its database, for reading after a failure.
  const log = createWriteStream(file.replace(/\.db$/, ".log"));
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("is listening")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  // The tests read and write the database the server uses: a file given instead of the copy,
  // when it exists (a test of an unreachable database gets the copy, which it does not use).
  const given = options.databaseUrl?.startsWith("file:") && existsSync(options.databaseUrl.slice("file:".length));
  const db = createDb(given ? options.databaseUrl! : `file:${file}`);
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    async kill(signal) {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      child.kill(signal);
      return exited;
    },
    async stop() {
      await db.$disconnect();
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
    },
  };
}
