// The HTTP server: static assets, then the Remix handler. Graceful shutdown lets
// in-flight requests finish before the database connection closes.
import cluster from "node:cluster";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import { createRequestHandler as createFetchHandler, type ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import morgan from "morgan";
import { db } from "~/db.server.ts";
import { env } from "~/env.server.ts";
import { isCrossSiteWrite, securityHeaders } from "~/http/http-security.server.ts";
import { inRequestScope } from "~/http/request-scope.server.ts";
import { apiRouter } from "./api-routes.ts";
import { cachedPages } from "./cached-pages.ts";
import { startIndexer } from "~/models/indexing/search-indexer.server.ts";
import { searchEngine } from "~/search.server.ts";

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function serve(options: { port?: number; quiet?: boolean } = {}): Promise<RunningServer> {
  const config = env();
  const buildPath = path.resolve("build/index.js");
  const build = (await import(pathToFileURL(buildPath).href)) as ServerBuild;

  // A database that is down at start is reported by /api/health (503), not a crash.
  await db()
    .$queryRawUnsafe("SELECT 1")
    .catch((error: unknown) => console.error(`database: ${String(error)}`));
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", config.TRUST_PROXY);
  app.use(compression());
  const stripe = Boolean(config.STRIPE_SECRET_KEY);
  // Set on shutdown: answers from then on close their connection, so keep-alive clients go.
  let closing = false;
  app.use((req, res, next) => {
    if (closing) res.setHeader("Connection", "close");
    // The client address the rate limits use: only ever the one we saw.
    req.headers["x-client-ip"] = req.ip ?? req.socket.remoteAddress ?? "";
    res.locals.cspNonce = randomBytes(16).toString("base64");
    // Which of the server's processes answered (app/cli/cluster.ts): 1, 2…, for reading a load's spread.
    if (cluster.worker) res.setHeader("X-Server-Process", String(cluster.worker.id));
    res.set(securityHeaders({ nonce: res.locals.cspNonce as string, production: config.APP_ENV === "production", stripe }));
    const crossSite = isCrossSiteWrite({
      method: req.method,
      url: req.originalUrl,
      host: req.get("host"),
      headers: { origin: req.get("origin"), secFetchSite: req.get("sec-fetch-site") },
    });
    if (crossSite) {
      res.status(403).type("text/plain").send("Cross-site request refused");
      return;
    }
    // Only a read shares what it reads between its loaders: a form posted without JavaScript
    // runs its action and then the loaders in one request, and the action may change the
    // viewer (sign out, act for another organisation) that the loaders must see afresh.
    if (req.method === "GET" || req.method === "HEAD") inRequestScope(next);
    else next();
  });
  app.use("/build", express.static("build/public/build", { immutable: true, maxAge: "1y" }));
  if (!options.quiet) app.use(morgan("tiny"));
  const loadContext = (res: express.Response) => ({ cspNonce: res.locals.cspNonce as string });
  app.use(apiRouter(build, loadContext));
  app.get("*", cachedPages(createFetchHandler(build, process.env.NODE_ENV), config.PAGE_CACHE_SECONDS));
  app.all("*", createRequestHandler({ build, mode: process.env.NODE_ENV, getLoadContext: (_req, res) => loadContext(res) }));

  const port = options.port ?? config.PORT;
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve, reject) => {
    const s = app.listen(port, config.HOST, () => resolve(s));
    s.once("error", reject);
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  // The search index follows the database from here on (rebuilt first: see search-indexer).
  const stopIndexer = startIndexer(db(), searchEngine(), { log: options.quiet ? undefined : (line) => console.log(line) });
  return {
    url: `http://localhost:${actualPort}`,
    close: async () => {
      closing = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // A connection that looks idle may hold a request not read yet (the process was busy
        // with another): idle ones are closed only after a moment, and again until none is left.
        const sweep = setInterval(() => server.closeIdleConnections(), 500);
        server.once("close", () => clearInterval(sweep));
      });
      await stopIndexer();
    },
  };
}

/** Stops accepting connections on SIGTERM/SIGINT, finishes in-flight requests, then exits. */
export function closeOnSignals(server: RunningServer): void {
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: finishing in-flight requests…`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    void server
      .close()
      .then(() => db().$disconnect())
      .then(() => process.exit(0));
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

// `tsx app/cli/serve.ts` serves an existing build without migrating or seeding.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const server = await serve();
  closeOnSignals(server);
  console.log(`MitraIKM is listening on ${server.url}`);
}
