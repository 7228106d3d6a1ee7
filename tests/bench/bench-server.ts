// The production server as the load benches start it: `app/cli/cluster.ts` on a number of
// processes (as `npm start` runs it), its output in a log file, and ready only when every
// process has rebuilt its search index and the background work after it has settled.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { SERVER_NODE_FLAGS } from "../../app/cli/node-flags.ts";
import { freePort } from "../helpers/server.ts";

/** How many server processes a bench starts: LOAD_PROCESSES, else one per core, as `npm start` does. */
export const BENCH_PROCESSES = Number(process.env.LOAD_PROCESSES ?? os.availableParallelism());

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Stops the bench unless the production build is there: the benches serve it, they do not make it. */
export function requireProductionBuild(): void {
  if (!existsSync(path.join(ROOT, "build/index.js"))) {
    console.error("build/index.js is missing: run `npm run build` first (the bench serves the production build).");
    process.exit(1);
  }
}

export interface BenchServer {
  url: string;
  /** The worker processes' pids (Linux /proc: the children of the process started). */
  processes(): number[];
  /** Each worker's resident memory, MB. */
  residentMb(): number[];
  stop(): Promise<void>;
}

/** Resolves when the server has printed `text` `times` times; rejects if it exits first or `ms` pass. */
function waitForOutput(child: ChildProcess, text: string, ms: number, times = 1): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    const done = (error?: Error) => {
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      child.off("exit", onExit);
      if (error) reject(error);
      else resolve();
    };
    // Chunks may split the text, so it is looked for in everything seen so far.
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.split(text).length > times) done();
    };
    const onExit = (code: number | null) => done(new Error(`server exited with ${code} before "${text}" (see server.log)`));
    const timer = setTimeout(() => done(new Error(`server did not print "${text}" within ${ms / 1000} s`)), ms);
    child.stdout?.on("data", onData);
    child.once("exit", onExit);
  });
}

export async function startBenchServer({ dir, databaseUrl, processes, log }: { dir: string; databaseUrl: string; processes: number; log: (line: string) => void }): Promise<BenchServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  // Node with tsx's loader, so the measured server is the process that gets signals.
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, "--import", "tsx", "app/cli/cluster.ts"], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "production", APP_ENV: "test", PORT: String(port), DATABASE_URL: databaseUrl, UPLOAD_DIR: path.join(dir, "uploads"), SERVER_PROCESSES: String(processes) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Everything it prints (a line per request) goes to a file, so the pipe never fills up.
  const file = createWriteStream(path.join(dir, "server.log"));
  child.stdout?.pipe(file);
  child.stderr?.pipe(file);
  const workers = () => readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  const server: BenchServer = {
    url,
    processes: workers,
    residentMb: () =>
      workers().map((pid) => {
        const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith("VmRSS:"));
        return Math.round(Number(line?.split(/\s+/)[1] ?? 0) / 1024);
      }),
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
  try {
    const indexed = waitForOutput(child, "search: indexed", 10 * 60_000, processes);
    indexed.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled
    await waitForOutput(child, `(${processes} processes)`, 60_000);
    log(`server: listening on ${url} after ${elapsed()}`);
    // The embedded index starts empty and is rebuilt from the database after the server listens.
    // /api/health counts the search outbox rows not yet indexed; the rebuild settles them all.
    await indexed;
    for (;;) {
      const health = (await (await fetch(`${url}/api/health`)).json()) as { status: string; search: { outbox: { pending: number } } };
      if (health.status === "ok" && health.search.outbox.pending === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    log(`server: search index ready after ${elapsed()}`);
    // After indexing, the worker refreshes the suggestions of the needs the new products touch;
    // measuring while it works would charge its CPU to the routes. Wait until the processes use
    // under a tenth of a core for three seconds in a row (Linux /proc; at most two minutes).
    const cpuSeconds = () =>
      workers().reduce((sum, pid) => {
        const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
        return sum + (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks
      }, 0);
    if (existsSync(`/proc/${child.pid}/stat`)) {
      let quiet = 0;
      let last = cpuSeconds();
      for (const deadline = Date.now() + 120_000; quiet < 3 && Date.now() < deadline; ) {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        const now = cpuSeconds();
        quiet = now - last < 0.1 ? quiet + 1 : 0;
        last = now;
      }
      log(`server: settled (background work done) after ${elapsed()}`);
    }
    return server;
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/**
 * The ceiling: a bare Remix app (tests/bench/bare-remix: one page, no data, Remix's default
 * entries) built and served as remix-serve would, on as many processes as the app, so the
 * app's floor page can be read against what Remix itself costs on this machine.
 */
export async function startBareRemix({ dir, processes }: { dir: string; processes: number }): Promise<{ url: string; stop(): Promise<void> }> {
  const bare = path.join(ROOT, "tests/bench/bare-remix");
  execFileSync(path.join(ROOT, "node_modules/.bin/remix"), ["build"], { cwd: bare, stdio: "pipe", env: { ...process.env, NODE_ENV: "production" } });
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "serve.ts"], {
    cwd: bare,
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), PROCESSES: String(processes) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const file = createWriteStream(path.join(dir, "bare-remix.log"));
  child.stdout?.pipe(file);
  child.stderr?.pipe(file);
  await waitForOutput(child, "bare remix listening", 60_000, processes);
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
