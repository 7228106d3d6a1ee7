// Serves the bare Remix app's build (BARE_REMIX_BUILD) on PORT from PROCESSES processes, as
// remix-serve would (Express, compression, Remix's handler), for bench:load's ceiling.
import cluster from "node:cluster";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";

const processes = Number(process.env.PROCESSES ?? 1);
if (cluster.isPrimary) {
  for (let i = 0; i < processes; i++) cluster.fork();
  process.on("SIGTERM", () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill();
    process.exit(0);
  });
} else {
  const build = (await import(pathToFileURL(path.join(process.env.BARE_REMIX_BUILD ?? "build", "index.js")).href)) as ServerBuild;
  const app = express();
  app.disable("x-powered-by");
  app.use(compression());
  app.all("*", createRequestHandler({ build, mode: "production" }));
  app.listen(Number(process.env.PORT), "127.0.0.1", () => console.log("bare remix listening"));
}
