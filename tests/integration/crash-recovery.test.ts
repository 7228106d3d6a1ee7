// Faults on the real processes: an import killed in the middle of its transaction leaves
// nothing half-written and the same file run again brings everything in once; a server killed
// with writes in flight keeps every write it acknowledged, and after a restart its search index
// catches up with them; SIGTERM lets a request in flight finish before the server exits; a
// server killed while Stripe's webhooks arrive has applied each event whole or not at all, and
// Stripe's retries after the restart apply the rest exactly once.
import { execFile, spawn } from "node:child_process";
import { statSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { promisify } from "node:util";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "~/db.server.ts";
import { createToken } from "~/models/accounts/api-token.server.ts";
import { DEMO_ACCOUNTS } from "../../prisma/seed.ts";
import { batch, rng } from "../bench/grow-catalog.ts";
import { startServer, type TestServer } from "../helpers/server.ts";
import { ARTIFACTS, SEEDED_TEMPLATE, copyTemplate } from "../helpers/templates.ts";

const run = promisify(execFile);
const TSX = path.resolve("node_modules/.bin/tsx");
const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;

describe("an import killed half-way", () => {
  let file: string;
  let db: Db;
  const importFile = path.join(ARTIFACTS, "crash-import.json");
  const imported = () => db.organisation.count({ where: { ref: { startsWith: "B:P" } } });
  beforeAll(() => {
    file = copyTemplate(SEEDED_TEMPLATE, "crash-import");
    db = createDb(`file:${file}`);
    writeFileSync(importFile, batch(0, 3000, 4, rng(7)));
  });
  afterAll(async () => {
    await db?.$disconnect();
  });

  it("leaves nothing of its rows, and the same file again brings them all in once", async () => {
    const env = { ...process.env, DATABASE_URL: `file:${file}` };
    const child = spawn(TSX, ["app/cli/index.ts", "import", importFile, "--as", demo("admin").email], { env, stdio: "ignore" });
    // Killed while it writes: the write-ahead log grows with its uncommitted transaction.
    const wal = `${file}-wal`;
    const startedAt = Date.now();
    const baseline = statSync(wal, { throwIfNoEntry: false })?.size ?? 0;
    while ((statSync(wal, { throwIfNoEntry: false })?.size ?? 0) < baseline + 2_000_000 && child.exitCode === null && Date.now() - startedAt < 60_000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(child.exitCode, "the import ended before it could be killed").toBeNull();
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
    expect(await imported()).toBe(0);
    expect(await db.$queryRawUnsafe("PRAGMA integrity_check")).toEqual([{ integrity_check: "ok" }]);
    // The operator runs it again: everything in, once; a third run changes nothing.
    const again = await run(TSX, ["app/cli/index.ts", "import", importFile, "--as", demo("admin").email], { env });
    expect(again.stdout).toMatch(/Imported \d+ rows/);
    expect(await imported()).toBe(3000);
    expect(await db.product.count({ where: { ref: { startsWith: "B:P" } } })).toBe(12_000);
    await run(TSX, ["app/cli/index.ts", "import", importFile, "--as", demo("admin").email], { env });
    expect(await imported()).toBe(3000);
  }, 120_000);
});

describe("a server killed with writes in flight", () => {
  let server: TestServer;
  let file: string;
  beforeAll(async () => {
    file = copyTemplate(SEEDED_TEMPLATE, "crash-server");
    server = await startServer("crash-server", { databaseUrl: `file:${file}` });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("keeps every acknowledged write, and indexes them for search after a restart", async () => {
    const producer = await server.db.membership.findFirstOrThrow({ where: { user: { email: demo("producer").email } }, select: { organisationId: true, userId: true } });
    const { token } = await createToken(server.db, producer.organisationId, "crash test", producer.userId);
    const create = (i: number) =>
      fetch(new URL("/api/v1/products", server.url), {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify({ name: `Kerupuk rambak uji-tabrak ${i}`, description: "Kerupuk kulit sapi untuk uji ketahanan server yang dimatikan paksa.", category: "snacks", unit: "pak", minOrder: 10, priceMin: 9000 }),
      }).then(
        // A 201 whose body the crash cut off names no id: counted as unanswered.
        async (r) => (r.status === 201 ? (((await r.json().catch(() => null)) as { id: string } | null)?.id ?? null) : null),
        () => null, // cut off by the crash
      );
    // Writes a few milliseconds apart; the server is killed as soon as one is acknowledged.
    const inFlight = Array.from({ length: 40 }, (_, i) => new Promise<string | null>((resolve) => setTimeout(() => resolve(create(i)), i * 5)));
    await Promise.race(inFlight.map((write) => write.then((id) => (id ? id : new Promise(() => {})))));
    await server.kill("SIGKILL");
    const acknowledged = (await Promise.all(inFlight)).filter((id): id is string => id !== null);
    const stored = await server.db.product.findMany({ where: { name: { startsWith: "Kerupuk rambak uji-tabrak" } }, select: { id: true } });
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.length, "the crash came after every write").toBeLessThan(40);
    console.log(`server killed: ${acknowledged.length} writes acknowledged, ${stored.length} of 40 stored`);
    // Every write the server answered is there; one it never answered may or may not be.
    expect(stored.map((p) => p.id)).toEqual(expect.arrayContaining(acknowledged));
    expect(await server.db.$queryRawUnsafe("PRAGMA integrity_check")).toEqual([{ integrity_check: "ok" }]);

    const again = await startServer("crash-server-restarted", { databaseUrl: `file:${file}` });
    try {
      await expect.poll(async () => ((await (await fetch(new URL("/api/health", again.url))).json()) as { search: { outbox: { pending: number } } }).search.outbox.pending, { timeout: 20_000 }).toBe(0);
      const found = await (await fetch(new URL("/search?q=rambak+uji-tabrak", again.url))).text();
      for (const id of stored.map((p) => p.id).slice(0, 5)) expect(found).toContain(id);
      // SIGTERM (a deploy, a restart): a request already in flight (its headers read, its body
      // still coming) is answered, then the server exits cleanly.
      const answer = new Promise<number>((resolve, reject) => {
        const body = `email=${encodeURIComponent(demo("buyer").email)}&password=salah-sekali`;
        const request = http.request(new URL("/login", again.url), { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": Buffer.byteLength(body) } }, (response) => {
          response.resume();
          response.on("end", () => resolve(response.statusCode ?? 0));
        });
        request.on("error", reject);
        request.write(body.slice(0, 10));
        setTimeout(() => request.end(body.slice(10)), 1_500);
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      const exit = again.kill("SIGTERM");
      expect(await answer).toBe(400); // the wrong password's answer, not a dropped connection
      expect(await exit).toBe(0);
    } finally {
      await again.stop();
    }
  }, 60_000);
});

describe("a server killed while Stripe's webhooks arrive", () => {
  const SECRET = "whsec_test_crash";
  const PAYMENTS = 100;
  let server: TestServer;
  let file: string;
  let paymentIds: string[];
  const stripe = new Stripe("sk_test_crash");
  const env = { STRIPE_SECRET_KEY: "sk_test_crash", STRIPE_WEBHOOK_SECRET: SECRET, STRIPE_API_URL: "http://127.0.0.1:9" };

  /** Stripe's checkout.session.completed for one down payment of Rp 300.000, signed. */
  const deliver = (url: string, paymentId: string, i: number) => {
    const payload = JSON.stringify({
      id: `evt_crash_${i}`,
      object: "event",
      type: "checkout.session.completed",
      created: Math.floor(Date.now() / 1000),
      api_version: "2025-01-27.acacia",
      livemode: false,
      pending_webhooks: 1,
      request: null,
      data: { object: { object: "checkout.session", id: `cs_crash_${i}`, currency: "idr", amount_total: 300_000 * 100, payment_status: "paid", payment_intent: `pi_crash_${i}`, metadata: { paymentId } } },
    });
    return fetch(new URL("/api/stripe/webhook", url), {
      method: "POST",
      headers: { "Content-Type": "application/json", "Stripe-Signature": stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET }) },
      body: payload,
    }).then(
      (r) => r.status,
      () => 0, // cut off by the crash
    );
  };

  /** Each payment's whole story: its event stored, the payment paid, the order moved, once. */
  const states = async (db: Db) =>
    Promise.all(
      paymentIds.map(async (id, i) => {
        const payment = await db.payment.findUniqueOrThrow({ where: { id }, select: { status: true, stripePaymentIntentId: true, order: { select: { state: true, events: { where: { note: "down_payment_received" }, select: { id: true } } } } } });
        const event = await db.stripeEvent.findUnique({ where: { id: `evt_crash_${i}` } });
        return { event: event !== null, status: payment.status, intent: payment.stripePaymentIntentId, order: payment.order.state, moves: payment.order.events.length };
      }),
    );
  const whole = { event: true, status: "paid", order: "down_payment_paid", moves: 1 };
  const untouched = { event: false, status: "due", intent: null, order: "agreed", moves: 0 };

  beforeAll(async () => {
    file = copyTemplate(SEEDED_TEMPLATE, "crash-webhook");
    server = await startServer("crash-webhook", { databaseUrl: `file:${file}`, env });
    const db = server.db;
    const buyer = await db.organisation.findFirstOrThrow({ where: { memberships: { some: { user: { email: demo("buyer").email } } } } });
    const producer = await db.producerProfile.findFirstOrThrow({ where: { organisation: { memberships: { some: { user: { email: demo("producer").email } } } } } });
    const need = await db.need.findFirstOrThrow({ where: { buyerId: buyer.id, status: "open" } });
    await db.match.deleteMany({ where: { needId: need.id, producerId: producer.id } });
    const match = await db.match.create({ data: { needId: need.id, producerId: producer.id, score: 80, scoreBreakdown: { parts: [], gaps: [] }, state: "ordered" } });
    // Written in one batch (the starting server's worker is writing too).
    const ids = Array.from({ length: PAYMENTS }, (_, i) => `crash-${String(i).padStart(4, "0")}`);
    paymentIds = ids.map((id) => `${id}-dp`);
    await db.$transaction([
      db.order.createMany({
        data: ids.map((id, i) => ({ id, number: `PO-2026-97${String(i).padStart(4, "0")}`, matchId: match.id, buyerId: buyer.id, producerId: producer.id, state: "agreed", paymentMode: "stripe", agreedAt: new Date() })),
      }),
      db.orderVersion.createMany({
        data: ids.map((orderId) => ({ orderId, number: 1, authorSide: "buyer", lines: [{ productId: null, name: "Keripik", quantity: 100, unit: "pak", unitPrice: 10_000 }], total: 1_000_000n, deliveryAddress: "Jl. Uji Tabrak 1, Surabaya", deliveryDate: new Date(Date.now() + 30 * 86_400_000), deliveryTerm: "DAP", downPaymentPercent: 30, downPaymentDueDays: 7, balanceDueDays: 30 })),
      }),
      // Each with the Checkout session the buyer was sent to (the webhook settles no other).
      db.payment.createMany({ data: ids.map((orderId, i) => ({ id: `${orderId}-dp`, orderId, kind: "down_payment", amount: 300_000n, mode: "stripe", stripeSessionId: `cs_crash_${i}`, dueAt: new Date(Date.now() + 7 * 86_400_000) })) }),
    ]);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("applies each event whole or not at all, and Stripe's retries after the restart exactly once", async () => {
    // Deliveries a few milliseconds apart, as Stripe sends them; killed as soon as the first is
    // acknowledged, with others being processed and more on their way.
    const inFlight = paymentIds.map((id, i) => new Promise<number>((resolve) => setTimeout(() => resolve(deliver(server.url, id, i)), i * 3)));
    await Promise.race(inFlight.map((answer) => answer.then((status) => (status === 200 ? status : new Promise(() => {})))));
    await server.kill("SIGKILL");
    const answers = await Promise.all(inFlight);
    const after = await states(server.db);
    for (const [i, state] of after.entries()) {
      // Never half-written: the event's id, the payment and the order moved together or not at all.
      expect(state, `payment ${i}`).toEqual(state.event ? { ...whole, intent: `pi_crash_${i}` } : untouched);
      // A delivery Stripe saw acknowledged was applied.
      if (answers[i] === 200) expect(state.event, `payment ${i} was acknowledged`).toBe(true);
    }
    expect(after.some((s) => !s.event), "the crash came after every event; nothing to retry").toBe(true);
    console.log(`server killed: ${answers.filter((a) => a === 200).length} events acknowledged, ${after.filter((s) => s.event).length} of ${PAYMENTS} applied`);
    expect(await server.db.$queryRawUnsafe("PRAGMA integrity_check")).toEqual([{ integrity_check: "ok" }]);

    // Stripe retries every delivery it did not see acknowledged (here: all of them, to be harsh).
    const again = await startServer("crash-webhook-restarted", { databaseUrl: `file:${file}`, env });
    try {
      const retried = await Promise.all(paymentIds.map((id, i) => deliver(again.url, id, i)));
      expect(retried.every((status) => status === 200)).toBe(true);
      const final = await states(again.db);
      expect(final).toEqual(paymentIds.map((_, i) => ({ ...whole, intent: `pi_crash_${i}` })));
      expect(await again.db.stripeEvent.count({ where: { id: { startsWith: "evt_crash_" } } })).toBe(PAYMENTS);
    } finally {
      await again.stop();
    }
  }, 90_000);
});
