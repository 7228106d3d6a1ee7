// `npm run bench:match`: how long the matcher takes per need with the embedded engine, on the
// demo database grown to about 10,000 and then 100,000 products (synthetic producers and
// products imported through the bulk import). Reports p50/p95 of `suggestionsFor` over three
// passes of the demo's open needs after a first pass (reported apart), the index build time
// and the process heap.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, type Db } from "../../app/db.server.ts";
import { importActorFor } from "../../app/models/import/actor.server.ts";
import { importFile } from "../../app/models/import/import-file.server.ts";
import { suggestionsFor } from "../../app/matching/suggestions.server.ts";
import { reindexProducts } from "../../app/models/indexing/search-indexer.server.ts";
import { EmbeddedEngine } from "../../search/embedded-engine.ts";
import { seed, seedDateToday } from "../../prisma/seed.ts";
import { batch, rng } from "./grow-catalog.ts";
import { percentile } from "./percentile.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TARGETS = [10_000, 100_000];
const dir = mkdtempSync(path.join(os.tmpdir(), "mitraikm-match-bench-"));

/** One pass over the needs: each one's time, and how many matches they got. */
async function timed(db: Db, engine: EmbeddedEngine, needs: readonly { id: string }[]) {
  const times: number[] = [];
  let suggested = 0;
  for (const need of needs) {
    const started = performance.now();
    const result = await suggestionsFor(db, engine, need.id);
    times.push(performance.now() - started);
    suggested += result?.matches.length ?? 0;
  }
  return { times, suggested };
}

try {
  const file = path.join(dir, "bench.db");
  execFileSync(path.join(ROOT, "node_modules/.bin/prisma"), ["migrate", "deploy"], { cwd: ROOT, stdio: "pipe", env: { ...process.env, DATABASE_URL: `file:${file}` } });
  const db = createDb(`file:${file}`);
  await seed(db, { now: seedDateToday() });
  const actor = await importActorFor(db);
  if (!actor.ok) throw new Error(actor.message);
  const needs = await db.need.findMany({ where: { status: "open", neededBy: { gt: new Date() } }, select: { id: true } });
  const random = rng(7);
  let producers = 0;
  for (const target of TARGETS) {
    while ((await db.product.count()) < target) {
      const result = await importFile(db, { name: "bench.json", bytes: batch(producers, 1000, 10, random) }, actor.actor);
      if (!result.ok || result.report.problems.length > 0) throw new Error(`import failed: ${JSON.stringify(result).slice(0, 300)}`);
      producers += 1000;
    }
    const engine = new EmbeddedEngine();
    const { documents, ms } = await reindexProducts(db, engine);
    // The first pass after the build runs code not yet optimised by the JIT, as the server's
    // own start-up pass does (the worker ranks every open need once the index is built), so
    // it is reported on its own; the passes after it are what buyers meet.
    const first = await timed(db, engine, needs);
    const times: number[] = [];
    let suggested = 0;
    for (let round = 0; round < 3; round++) {
      const pass = await timed(db, engine, needs);
      times.push(...pass.times);
      suggested += pass.suggested;
    }
    times.sort((a, b) => a - b);
    first.times.sort((a, b) => a - b);
    console.log(
      `${documents.toLocaleString("en")} products: index built in ${(ms / 1000).toFixed(1)} s; match p50 ${percentile(times, 50).toFixed(0)} ms, ` +
        `p95 ${percentile(times, 95).toFixed(0)} ms over ${times.length} runs of ${needs.length} open needs (${(suggested / times.length).toFixed(1)} suggestions each); ` +
        `first pass after the build p95 ${percentile(first.times, 95).toFixed(0)} ms, slowest ${first.times.at(-1)!.toFixed(0)} ms; ` +
        `heap ${Math.round(process.memoryUsage().heapUsed / 1024 / 1024)} MB`,
    );
  }
  await db.$disconnect();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
