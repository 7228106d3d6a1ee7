// The server on every core: `serveOnProcesses` runs app/cli/serve.ts in as many worker
// processes as asked (SERVER_PROCESSES, the machine's cores by default), all accepting on one
// port (Node's cluster hands connections out in turn). Each process keeps its own embedded
// search index following the outbox, and the periodic jobs run in one of them at a time under
// a lease (app/models/indexing/search-indexer.server.ts). A worker that dies is replaced; a
// SIGTERM or SIGINT lets every worker finish its requests first.
//
// `tsx app/cli/cluster.ts` serves an existing build this way; `npm start` builds first.
import cluster, { type Worker } from "node:cluster";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { SERVER_NODE_FLAGS } from "./node-flags.ts";

/** Replacements of dead workers allowed in a minute before the server gives up (a crash at start would loop). */
const MAX_RESTARTS_A_MINUTE = 5;

/** How many server processes to run: as configured, else one per core. */
export function serverProcesses(configured: number | undefined): number {
  return configured ?? os.availableParallelism();
}

/** Starts `count` workers; resolves with the URL once every one listens. The primary process only. */
export function serveOnProcesses(count: number, port: number): Promise<{ url: string }> {
  cluster.setupPrimary({ exec: path.resolve("app/cli/serve.ts"), execArgv: [...SERVER_NODE_FLAGS, "--import", "tsx"] });
  let closing = false;
  const restarts: number[] = [];
  const fork = () => cluster.fork();
  cluster.on("exit", (worker: Worker, code, signal) => {
    if (closing) return;
    const now = Date.now();
    restarts.push(now);
    while (restarts[0]! < now - 60_000) restarts.shift();
    if (restarts.length > MAX_RESTARTS_A_MINUTE) {
      console.error(`server: workers keep dying (${restarts.length} in a minute); stopping`);
      process.exit(1);
    }
    console.error(`server: process ${worker.process.pid} ended (${signal ?? `exit ${code}`}); starting another`);
    fork();
  });
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: finishing in-flight requests in ${Object.keys(cluster.workers ?? {}).length} processes…`);
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w));
    const exited = workers.map((w) => new Promise((resolve) => (w.isDead() ? resolve(null) : w.once("exit", resolve))));
    for (const w of workers) w.process.kill("SIGTERM");
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    void Promise.all(exited).then(() => process.exit(0));
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
  return new Promise((resolve) => {
    let listening = 0;
    const onListening = () => {
      if (++listening === count) {
        cluster.off("listening", onListening);
        resolve({ url: `http://localhost:${port}` });
      }
    };
    cluster.on("listening", onListening);
    for (let i = 0; i < count; i++) fork();
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { env } = await import("~/env.server.ts");
  const config = env();
  const count = serverProcesses(config.SERVER_PROCESSES);
  const { url } = await serveOnProcesses(count, config.PORT);
  console.log(`MitraIKM is listening on ${url} (${count} processes)`);
}
