// `npm run bench:load`: how the production server holds up under concurrent requests on a
// large catalog. Builds a fresh database (demo seed, grown through the bulk import to
// LOAD_PRODUCTS products, default 50,000), starts the production build in its own process
// on LOAD_PROCESSES processes (default: the machine's cores, as `npm start` runs it;
// app/cli/cluster.ts), waits until every process's search index has been rebuilt, then drives
// these routes with autocannon from this process, 50 connections each: a 2-second warm-up
// that is thrown away, then LOAD_SECONDS seconds (default 10) measured.
//
//   /login                                 the sign-in page: the app's floor (root loader, layout,
//                                          i18n, a form; no query of its own, never cached)
//   / of a bare Remix app                  the ceiling (tests/bench/bare-remix, served as remix-serve
//                                          would, on as many processes): what Remix itself costs here
//   /, /catalog, /search?q=keripik         a visitor's public pages (the page cache answers)
//   /catalog?sector=…&province=…           a filter no one asked before, each request (uncached)
//   /search?q=…&province=…                 a query no one asked before, each request (uncached)
//   /workspace/needs/<id>/suggestions      the demo buyer's first open need's matches (session cookie)
//   /api/v1/products                       the demo producer's products over the API (50 clients, a token each)
//
// Prints requests/s (and as a share of the floor page's), p50/p95/p99 of the 2xx responses,
// non-2xx and connection errors per route, whether it meets its target (cached pages and API
// p95 < 100 ms, other pages p95 < 200 ms, uncached pages ≥ 40% of the floor's throughput, no
// errors), and each server process's resident memory.
// p95 comes from autocannon's per-response times (its own percentiles jump from p90 to p97.5).
// Every connection's first request starts at once, so a run shorter than about 50 times one
// request's time can see no answer at all on a slow page ("unfinished" counts those cut off).
// Always exits 0 once it has run; misses are printed. Needs an existing `npm run build`.
// LOAD_KEEP=1 keeps the temporary folder (database, server.log). LOAD_ROUTES=api,suggestions
// measures only the routes whose names hold one of those words (the floor is always measured).
// Example of a quick run:
//   LOAD_PRODUCTS=2000 LOAD_SECONDS=3 npm run bench:load
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { createDb } from "../../app/db.server.ts";
import { API_RATE_LIMIT } from "../../app/api/resources.ts";
import { createToken } from "../../app/models/accounts/api-token.server.ts";
import { importActorFor } from "../../app/models/import/actor.server.ts";
import { importFile } from "../../app/models/import/import-file.server.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seed, seedDateToday } from "../../prisma/seed.ts";
import { SECTORS } from "../../app/models/domain.ts";
import { BENCH_PROCESSES, requireProductionBuild, startBareRemix, startBenchServer, type BenchServer } from "./bench-server.ts";
import { batch, rng } from "./grow-catalog.ts";
import { percentile } from "./percentile.ts";
import { migrateInto } from "../helpers/templates.ts";

const PRODUCTS = Number(process.env.LOAD_PRODUCTS ?? 50_000);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 10);
const CONNECTIONS = 50;
const WARMUP_SECONDS = 2;
const PAGE_P95_MS = 200;
const CACHED_P95_MS = 100;
const API_P95_MS = 100;
/** An uncached page's throughput against the floor page's. */
const UNCACHED_SHARE = 0.4;

requireProductionBuild();
if (!(PRODUCTS > 0) || !(SECONDS > 0)) throw new Error("LOAD_PRODUCTS and LOAD_SECONDS must be positive numbers");

const account = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;
const elapsed = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** Logs in through the form, as a browser would, and returns the Cookie header it earned. */
async function login(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password: DEMO_PASSWORD }),
  });
  const cookies = response.headers.getSetCookie().map((header) => header.split(";")[0]!);
  if (response.status !== 302 || cookies.length === 0) throw new Error(`login as ${email} answered ${response.status}`);
  return cookies.join("; ");
}

interface Client {
  headers: Record<string, string>;
  tokens?: string[];
  /** A new path for each request (a page no one asked before). */
  paths?: () => string;
}

/** One autocannon run; also keeps every 2xx response time, for a p95 autocannon does not report. */
function load(url: string, { headers, tokens, paths }: Client, duration: number) {
  const times: number[] = [];
  let next = 0;
  // API clients each hold their own token: requests take them in turn.
  const requests = tokens
    ? [{ setupRequest: (request: autocannon.Request) => ({ ...request, headers: { ...request.headers, authorization: `Bearer ${tokens[next++ % tokens.length]}` } }) }]
    : paths
      ? [{ setupRequest: (request: autocannon.Request) => ({ ...request, path: paths() }) }]
      : undefined;
  return new Promise<{ result: autocannon.Result; times: number[] }>((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration, headers, ...(requests ? { requests } : {}) }, (error: unknown, result) =>
      error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve({ result, times }),
    );
    // The same timing autocannon's latency histogram records, and like it 2xx only.
    instance.on("response", (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) times.push(ms);
    });
  });
}

/**
 * Waits until a health check answers within 100 ms. When a run stops, autocannon drops the
 * requests still in flight but the server finishes them; the next run should not pay for them.
 */
async function settle(url: string) {
  const until = Date.now() + 60_000;
  for (;;) {
    const started = performance.now();
    await (await fetch(`${url}/api/health`)).arrayBuffer();
    if (performance.now() - started < 100 || Date.now() > until) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const dir = mkdtempSync(path.join(os.tmpdir(), "mitraikm-load-bench-"));
const databaseUrl = `file:${path.join(dir, "load.db")}`;
const db = createDb(databaseUrl);
let server: BenchServer | undefined;
let bare: Awaited<ReturnType<typeof startBareRemix>> | undefined;

try {
  // 1. A fresh database: migrations, the demo seed, then synthetic producers (10 products each).
  const started = performance.now();
  migrateInto(path.join(dir, "load.db"));
  await seed(db, { now: seedDateToday() });
  const actor = await importActorFor(db);
  if (!actor.ok) throw new Error(actor.message);
  const random = rng(7);
  let products = await db.product.count();
  for (let producers = 0; products < PRODUCTS; products = await db.product.count()) {
    // At most 1,000 producers per import file; the last file adds only what is missing.
    const size = Math.min(1000, Math.ceil((PRODUCTS - products) / 10));
    const result = await importFile(db, { name: "load.json", bytes: batch(producers, size, 10, random) }, actor.actor);
    if (!result.ok || result.report.problems.length > 0) throw new Error(`import failed: ${JSON.stringify(result).slice(0, 300)}`);
    producers += size;
  }
  console.log(`database: ${products.toLocaleString("en")} products, seeded and imported in ${elapsed(started)}`);

  const buyer = account("buyer");
  const need = await db.need.findFirstOrThrow({
    where: { status: "open", neededBy: { gt: new Date() }, buyer: { memberships: { some: { user: { email: buyer.email } } } } },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  // /api/v1/products lists the token's own producer's products, so the token is the demo producer's.
  const producer = await db.membership.findFirstOrThrow({
    where: { user: { email: account("producer").email }, organisation: { kind: "producer" } },
    select: { organisationId: true, userId: true },
  });

  // 2. The production server, as `npm start` runs it.
  server = await startBenchServer({ dir, databaseUrl, processes: BENCH_PROCESSES, log: console.log });
  bare = await startBareRemix({ dir, processes: BENCH_PROCESSES });
  const url = server.url;

  // 3. Credentials: the demo buyer's session cookie; API tokens are made when a run needs one.
  const cookie = await login(url, buyer.email);
  // A gzip-capable client, like a browser: compressing the answer is part of the server's work.
  const base = { "accept-encoding": "gzip" };
  // Pages no one asked before: a filter or a query of two words, new for each request.
  let n = 0;
  const provinces = ["11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33", "34", "35", "36", "51", "52", "53", "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76", "81", "82", "91", "92"];
  const words = ["keripik", "kopi", "batik", "madu", "sambal", "tenun", "sepatu", "kemasan", "jamu", "rotan", "gula", "teh", "kerupuk", "tas", "mebel", "sabun", "cokelat", "abon", "dodol", "anyaman"];
  const newFilter = () => {
    const i = n++;
    return `/catalog?sector=${SECTORS[i % SECTORS.length]}&province=${provinces[Math.floor(i / SECTORS.length) % provinces.length]}&page=${1 + (Math.floor(i / (SECTORS.length * provinces.length)) % 5)}`;
  };
  // A product word in a province, as a buyer narrows a search: two unrelated words at random
  // ("kopi rotan") would mostly measure the fallback to either word, which few searches meet.
  const newQuery = () => {
    const i = n++;
    return `/search?q=${words[i % words.length]}&province=${provinces[Math.floor(i / words.length) % provinces.length]}&page=${1 + (Math.floor(i / (words.length * provinces.length)) % 3)}`;
  };
  /** `base`: another server's address (the bare Remix app); `ceiling`: measured against the floor, no target of its own. */
  type Route = { name: string; path: string; targetMs: number; floorShare?: number; base?: string; ceiling?: boolean; client: () => Promise<Client> };
  const routes: Route[] = [
    { name: "sign-in page (floor)", path: "/login", targetMs: PAGE_P95_MS, client: async () => ({ headers: base }) },
    { name: "bare Remix page (ceiling)", path: "/", base: bare.url, ceiling: true, targetMs: PAGE_P95_MS, client: async () => ({ headers: base }) },
    { name: "home, visitor", path: "/", targetMs: CACHED_P95_MS, client: async () => ({ headers: base }) },
    { name: "catalog, visitor", path: "/catalog", targetMs: CACHED_P95_MS, client: async () => ({ headers: base }) },
    { name: "catalog, new filter", path: "/catalog?sector=…", targetMs: PAGE_P95_MS, floorShare: UNCACHED_SHARE, client: async () => ({ headers: base, paths: newFilter }) },
    { name: "search, visitor", path: "/search?q=keripik", targetMs: CACHED_P95_MS, client: async () => ({ headers: base }) },
    { name: "search, new query", path: "/search?q=…&province=…", targetMs: PAGE_P95_MS, floorShare: UNCACHED_SHARE, client: async () => ({ headers: base, paths: newQuery }) },
    { name: "need suggestions", path: `/workspace/needs/${need.id}/suggestions`, targetMs: PAGE_P95_MS, floorShare: UNCACHED_SHARE, client: async () => ({ headers: { ...base, cookie } }) },
    {
      name: "API products",
      path: "/api/v1/products",
      targetMs: API_P95_MS,
      // 50 API clients, one token each, new for each run: the rate limit is per token, so one
      // shared token would measure the limit, and the warm-up would spend the run's allowance.
      client: async () => ({
        headers: base,
        tokens: await Promise.all(Array.from({ length: CONNECTIONS }, async () => (await createToken(db, producer.organisationId, "load bench", producer.userId)).token)),
      }),
    },
  ];
  console.log(`note: the API allows ${API_RATE_LIMIT.max} requests per token per ${API_RATE_LIMIT.windowMs / 60_000} min; beyond that it answers 429, which counts as an error here.`);

  // 4. Load each route: warm-up (discarded), then the measured run.
  const rows: string[][] = [];
  const missed: string[] = [];
  let floor = NaN;
  let ceiling = NaN;
  const only = process.env.LOAD_ROUTES?.split(",").map((w) => w.trim().toLowerCase()).filter(Boolean);
  for (const route of routes) {
    if (only && route !== routes[0] && !route.ceiling && !only.some((w) => route.name.toLowerCase().includes(w))) continue;
    const target = `${route.base ?? url}${route.path}`;
    console.log(`load: ${route.name} (${route.path}) – ${WARMUP_SECONDS} s warm-up, ${SECONDS} s measured, ${CONNECTIONS} connections`);
    await settle(url);
    await load(target, await route.client(), WARMUP_SECONDS);
    await settle(url);
    const { result, times } = await load(target, await route.client(), SECONDS);
    times.sort((a, b) => a - b);
    const p95 = percentile(times, 95);
    const other = Object.entries(result.statusCodeStats ?? {})
      .filter(([code]) => !code.startsWith("2"))
      .map(([code, stat]) => `${code}×${stat.count ?? 0}`)
      .join(" ");
    // Requests still in flight when the run stopped: autocannon drops them, so say how many.
    const unfinished = Math.max(0, result.requests.sent - result.requests.total - result.errors);
    const perSecond = result.requests.average;
    if (Number.isNaN(floor)) floor = perSecond;
    const share = perSecond / floor;
    const ms = (p: number) => (times.length ? percentile(times, p).toFixed(1) : "–");
    if (route.ceiling) {
      ceiling = perSecond;
      rows.push([route.name, perSecond.toFixed(0), share.toFixed(2), ms(50), ms(95), ms(99), String(result["2xx"]), other || "0", String(result.errors), String(result.timeouts), String(unfinished), "–", "–"]);
      continue;
    }
    const problems = [
      route.floorShare !== undefined && share < route.floorShare ? `${(share * 100).toFixed(0)}% of the floor's req/s < ${route.floorShare * 100}%` : "",
      times.length === 0 ? `no 2xx response within ${SECONDS} s (${unfinished} unanswered)` : p95 >= route.targetMs ? `p95 ${p95.toFixed(0)} ms ≥ ${route.targetMs} ms` : "",
      result.non2xx > 0 ? `${result.non2xx} non-2xx (${other})` : "",
      result.errors > 0 ? `${result.errors} connection errors (${result.timeouts} of them timeouts)` : "",
    ].filter(Boolean);
    if (problems.length > 0) missed.push(`MISSED ${route.name}: ${problems.join("; ")}`);
    rows.push([route.name, perSecond.toFixed(0), share.toFixed(2), ms(50), ms(95), ms(99), String(result["2xx"]), other || "0", String(result.errors), String(result.timeouts), String(unfinished), `< ${route.targetMs}`, problems.length ? "MISSED" : "ok"]);
  }

  // 5. The table.
  const header = ["route", "req/s", "× floor", "p50 ms", "p95 ms", "p99 ms", "2xx", "non-2xx", "errors", "timeouts", "unfinished", "p95 target", "result"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(`\n${products.toLocaleString("en")} products, ${BENCH_PROCESSES} server processes, ${CONNECTIONS} connections, ${SECONDS} s per route (latency: 2xx responses only; req/s counts every response)`);
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
  if (!Number.isNaN(ceiling)) console.log(`\nthe app's floor is ${((floor / ceiling) * 100).toFixed(0)}% of a bare Remix page's throughput on this machine (${floor.toFixed(0)} against ${ceiling.toFixed(0)} req/s)`);
  console.log(`\nresident memory per server process: ${server.residentMb().map((mb) => `${mb} MB`).join(", ")}`);
  console.log(missed.length ? `\n${missed.join("\n")}` : "\nAll targets met.");
} finally {
  await server?.stop();
  await bare?.stop();
  await db.$disconnect();
  if (process.env.LOAD_KEEP === "1") console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
