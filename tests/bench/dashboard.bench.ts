// `npm run bench:dashboard`: the dinas dashboard on a database of 50,000 producers, 200,000
// products, about 75,000 certificates, 5,000 needs with 20 stored suggestions each (open ones),
// and 100,000 matches with their events, for a province office and for the national view.
// Reports p50/p95 of the page's whole loader (loadDashboard: every figure, the work queue,
// and the tables built from them), without the HTTP round trip and the React render.
// Building the database takes a few minutes: `BENCH_DB=/tmp/dash.db npm run bench:dashboard`
// keeps it in that file and reuses it on the next run (migrations are applied again).
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { createDb, type Db } from "../../app/db.server.ts";
import type { DashboardFilters } from "../../app/models/dinas/dinas-dashboard.server.ts";
import { CERTIFICATION_TYPES, SECTORS } from "../../app/models/domain.ts";
import { stepReached, type FunnelStep } from "../../app/models/matches/match-workflow.ts";
import { percentile } from "./percentile.ts";

const PRODUCERS = 50_000;
const PRODUCTS_PER_PRODUCER = 4;
const NEEDS = 5_000;
const SUGGESTIONS_PER_OPEN_NEED = 20;
const MATCHES = 100_000;
const RUNS = 30;
const PROVINCES = ["31", "32", "33", "34", "35", "36", "51", "52", "61", "73"];
const STEPS: FunnelStep[] = ["shortlisted", "introduced", "accepted", "confirmed", "ordered", "completed"];

const root = path.resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(path.join(os.tmpdir(), "mitraikm-dashboard-bench-"));
const kept = process.env.BENCH_DB ? path.resolve(process.env.BENCH_DB) : null;
const file = kept ?? path.join(dir, "bench.db");
const reuse = kept !== null && existsSync(kept);

/** mulberry32: integer arithmetic, so the sequence does not collapse into a short cycle. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

async function insert<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 5_000) await write(rows.slice(i, i + 5_000));
}

/** A score breakdown the size of the matcher's (six parts with their reasons), as rows carry it. */
const BREAKDOWN = {
  parts: ["text", "capacity", "price", "region", "certificates", "track_record"].map((factor, i) => ({
    factor,
    points: 10 + i,
    max: 20,
    reason: `${factor}_reason`,
    values: { certificates: "Halal, PIRT", until: "2027-03-01T00:00:00.000Z", capacity: 6000, quantity: 20000 },
  })),
  gaps: [],
};

async function build(db: Db) {
  const random = rng(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const now = Date.now();
  const day = 86_400_000;
  const orgs = Array.from({ length: PRODUCERS }, (_, i) => ({ id: `o${i}`, kind: "producer", name: `IKM ${i}`, slug: `ikm-${i}` }));
  await insert(orgs, (data) => db.organisation.createMany({ data }));
  const producers = orgs.map((o, i) => {
    const province = pick(PROVINCES);
    return { id: `p${i}`, organisationId: o.id, legalName: o.name, sector: pick(SECTORS), provinceCode: province, regencyCode: `${province}.${String(1 + Math.floor(random() * 20)).padStart(2, "0")}`, employees: 1 + Math.floor(random() * 50), sentraName: random() < 0.3 ? `Sentra ${Math.floor(random() * 500)}` : null };
  });
  await insert(producers, (data) => db.producerProfile.createMany({ data }));
  const products = producers.flatMap((p) => Array.from({ length: PRODUCTS_PER_PRODUCER }, (_, j) => ({ id: `${p.id}-${j}`, producerId: p.id, name: "Produk", description: "x", category: "snacks", unit: "pak" })));
  await insert(products, (data) => db.product.createMany({ data }));
  const certificates = producers.flatMap((p) =>
    CERTIFICATION_TYPES.filter(() => random() < 0.15).map((type) => ({
      producerId: p.id,
      type,
      number: `${p.id}-${type}`,
      issuer: "x",
      status: random() < 0.8 ? "verified" : "pending",
      validUntil: new Date(now + (random() * 900 - 100) * day),
    })),
  );
  await insert(certificates, (data) => db.certification.createMany({ data }));
  await db.organisation.createMany({ data: Array.from({ length: 200 }, (_, i) => ({ id: `b${i}`, kind: "buyer", name: `Buyer ${i}`, slug: `buyer-${i}` })) });
  const needs = Array.from({ length: NEEDS }, (_, i) => ({
    id: `n${i}`,
    buyerId: `b${i % 200}`,
    title: "Kebutuhan",
    description: "x",
    category: "snacks",
    quantity: 1_000,
    unit: "pak",
    deliveryProvinceCode: pick(PROVINCES),
    neededBy: new Date(now + (random() * 300 - 60) * day),
    status: random() < 0.7 ? "open" : "closed",
    publishedAt: new Date(now - random() * 200 * day),
    budgetTotal: random() < 0.5 ? BigInt(Math.floor(random() * 1e9)) : null,
    budgetPerUnit: random() < 0.5 ? Math.floor(random() * 100_000) : null,
  }));
  await insert(needs, (data) => db.need.createMany({ data }));
  const suggestions = needs
    .filter((n) => n.status === "open")
    .flatMap((n, i) =>
      Array.from({ length: SUGGESTIONS_PER_OPEN_NEED }, (_, rank) => {
        const producer = (i * 7_919 + rank * 104_729) % PRODUCERS;
        return { needId: n.id, producerId: `p${producer}`, productId: `p${producer}-0`, verdict: rank < 15 ? "match" : "near", rank, score: 100 - rank, breakdown: BREAKDOWN, computedAt: n.publishedAt };
      }),
    );
  await insert(suggestions, (data) => db.needSuggestion.createMany({ data }));
  const seen = new Set<string>();
  const matches: ({ id: string; needId: string; producerId: string; score: number; scoreBreakdown: typeof BREAKDOWN; state: string; createdAt: Date } & ReturnType<typeof stepReached>)[] = [];
  const events: { matchId: string; fromState: string; toState: string; createdAt: Date }[] = [];
  while (matches.length < MATCHES) {
    const needId = `n${Math.floor(random() * NEEDS)}`;
    const producerId = `p${Math.floor(random() * PRODUCERS)}`;
    if (seen.has(`${needId}/${producerId}`)) continue;
    seen.add(`${needId}/${producerId}`);
    const id = `m${matches.length}`;
    const createdAt = now - random() * 365 * day;
    // Most stop early: a geometric walk down the funnel, some declined along the way.
    let reached = 0;
    while (reached < STEPS.length && random() < 0.5) reached++;
    let at = createdAt;
    let from: string = "suggested";
    let times = {};
    for (const step of STEPS.slice(0, reached)) {
      if (step === "introduced" && random() < 0.5) continue;
      at += random() * 10 * day;
      events.push({ matchId: id, fromState: from, toState: step, createdAt: new Date(at) });
      times = { ...times, ...stepReached(step, new Date(at), new Date(createdAt)) };
      from = step;
    }
    const declined = reached < STEPS.length && random() < 0.3;
    if (declined) events.push({ matchId: id, fromState: from, toState: "declined", createdAt: new Date(at + day) });
    matches.push({ id, needId, producerId, score: random() * 100, scoreBreakdown: BREAKDOWN, state: declined ? "declined" : from, createdAt: new Date(createdAt), ...times });
  }
  await insert(matches, (data) => db.match.createMany({ data }));
  await insert(events, (data) => db.matchEvent.createMany({ data }));
  return { certificates: certificates.length, suggestions: suggestions.length, events: events.length };
}

try {
  execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: root, env: { ...process.env, DATABASE_URL: `file:${file}` }, stdio: "ignore" });
  const db = createDb(`file:${file}`);
  // The loader reads the app's own client, which takes its database from the environment.
  process.env.DATABASE_URL = `file:${file}`;
  const { loadDashboard } = await import("../../app/routes/dashboard.server.ts");
  const started = performance.now();
  if (reuse) console.log(`Reusing ${file}`);
  const built = reuse ? null : await build(db);
  if (built) console.log(`Built ${PRODUCERS.toLocaleString("en")} producers, ${(PRODUCERS * PRODUCTS_PER_PRODUCER).toLocaleString("en")} products, ${built.certificates.toLocaleString("en")} certificates, ${NEEDS.toLocaleString("en")} needs, ${built.suggestions.toLocaleString("en")} suggestions, ${MATCHES.toLocaleString("en")} matches, ${built.events.toLocaleString("en")} match events in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const none: DashboardFilters = { from: null, to: null, sector: null, regency: null };
  const lastQuarter: DashboardFilters = { ...none, from: new Date(Date.now() - 90 * 86_400_000) };
  for (const [name, scope, filters] of [
    ["province office (35), no filter", { kind: "region", code: "35" }, none],
    ["province office (35), last 90 days, one sector", { kind: "region", code: "35" }, { ...lastQuarter, sector: "food_beverage" }],
    ["national (admin), no filter", { kind: "all" }, none],
  ] as const) {
    await loadDashboard(scope, null, filters, "id"); // warm up
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await loadDashboard(scope, null, filters, "id");
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(`${name}: p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms (${RUNS} loads)`);
  }
  await db.$disconnect();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
