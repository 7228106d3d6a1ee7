// `npm run bench:event-morning`: the morning of a temu bisnis. On the demo data, the Jawa
// Timur office's event grows to 300 approved participants (the 30 demo buyers, 30 more, and the
// 240 demo producers) with about 1,000 accepted meeting requests, scheduled and published.
// Then, within MORNING_SECONDS (default 60), each participant opens its agenda page and its
// calendar file once, at a random moment, while 50 officers of the office check the 300 in
// at the check-in desk (6 each, as a form post without scripts: the action and the desk's page
// after it). The server runs as `npm start` runs it (one process per core; LOAD_PROCESSES).
// Prints what each request costs alone, then p50/p95/max per kind of request, every non-2xx
// answer, and whether every check-in was recorded.
// Target (issue 24): p95 < 500 ms, no errors. Needs an existing `npm run build`.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "../../app/db.server.ts";
import { commitSessionCookie } from "../../app/http/session-cookie.server.ts";
import { createSession } from "../../app/models/accounts/session.server.ts";
import { publishSchedule, runScheduler } from "../../app/models/events/event-meetings.server.ts";
import { seed, seedDateToday } from "../../prisma/seed.ts";
import { BENCH_PROCESSES, requireProductionBuild, startBenchServer, type BenchServer } from "./bench-server.ts";
import { rng } from "./grow-catalog.ts";
import { percentile } from "./percentile.ts";
import { migrateInto } from "../helpers/templates.ts";

const SECONDS = Number(process.env.MORNING_SECONDS ?? 60);
const EXTRA_BUYERS = 30;
const OFFICERS = 50;
const REQUESTS_PER_PRODUCER = 4;
const P95_MS = 500;

requireProductionBuild();

const dir = mkdtempSync(path.join(os.tmpdir(), "mitraikm-event-morning-"));
const databaseUrl = `file:${path.join(dir, "event.db")}`;
const db = createDb(databaseUrl);
let server: BenchServer | undefined;
const random = rng(11);
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;

/** A session cookie for a user acting for an organisation, as a sign-in would give. */
async function cookieFor(userId: string, organisationId: string): Promise<string> {
  const session = await createSession(db, userId, { userAgent: "event-morning bench", ipAddress: null }, organisationId);
  return (await commitSessionCookie(session.id)).split(";")[0]!;
}

try {
  migrateInto(path.join(dir, "event.db"));
  await seed(db, { now: seedDateToday() });

  // 1. The event: the demo office's, with room for everyone.
  const event = await db.event.findFirstOrThrow({ select: { id: true, organisationId: true, slots: { select: { index: true } } } });
  await db.event.update({ where: { id: event.id }, data: { tables: 40, capacity: 400 } });
  const allSlots = event.slots.map((s) => s.index);
  for (let i = 0; i < EXTRA_BUYERS; i++) {
    const org = await db.organisation.create({ data: { kind: "buyer", name: `PT Pembeli Pagi ${i + 1}`, slug: `pembeli-pagi-${i + 1}`, buyerType: "large_industry", regionCode: "35", verification: "verified" } });
    const user = await db.user.create({ data: { email: `pembeli-pagi-${i + 1}@bench.test`, name: `Pembeli Pagi ${i + 1}`, passwordHash: "x" } });
    await db.membership.create({ data: { userId: user.id, organisationId: org.id, role: "owner" } });
  }
  const orgs = await db.organisation.findMany({
    where: { kind: { in: ["buyer", "producer"] }, status: "active", memberships: { some: {} } },
    select: { id: true, kind: true, memberships: { take: 1, orderBy: { createdAt: "asc" }, select: { userId: true } } },
    orderBy: { id: "asc" },
  });
  for (const org of orgs) {
    await db.eventParticipant.upsert({
      where: { eventId_organisationId: { eventId: event.id, organisationId: org.id } },
      create: { eventId: event.id, organisationId: org.id, role: org.kind, status: "approved", availableSlots: allSlots },
      update: { status: "approved", availableSlots: allSlots },
    });
  }
  const seats = await db.eventParticipant.findMany({ where: { eventId: event.id }, select: { id: true, role: true, organisationId: true } });
  const buyers = seats.filter((s) => s.role === "buyer");
  for (const producer of seats.filter((s) => s.role === "producer")) {
    const asked = new Set<string>();
    while (asked.size < REQUESTS_PER_PRODUCER) asked.add(pick(buyers).id);
    for (const to of asked) {
      const known = await db.meetingRequest.findFirst({ where: { eventId: event.id, OR: [{ fromId: producer.id, toId: to }, { fromId: to, toId: producer.id }] }, select: { id: true } });
      if (known) await db.meetingRequest.update({ where: { id: known.id }, data: { status: "accepted", respondedAt: new Date() } });
      else await db.meetingRequest.create({ data: { eventId: event.id, fromId: producer.id, toId: to, status: "accepted", respondedAt: new Date() } });
    }
  }
  const manager = { organisationId: event.organisationId, admin: false };
  const run = await runScheduler(db, event.id, manager);
  const published = await publishSchedule(db, event.id, manager);
  console.log(`event: ${seats.length} participants, ${await db.meetingRequest.count({ where: { eventId: event.id, status: "accepted" } })} accepted requests, ${published} meetings published (scheduler: ${JSON.stringify(run && { meetings: run.meetings, unplaced: run.unplaced })})`);

  // 2. Who comes: each participant's owner, and 50 officers of the office.
  const participants = await Promise.all(
    orgs.map(async (org) => ({ seat: seats.find((s) => s.organisationId === org.id)!, cookie: await cookieFor(org.memberships[0]!.userId, org.id) })),
  );
  const officers: string[] = [];
  for (let i = 0; i < OFFICERS; i++) {
    const user = await db.user.create({ data: { email: `petugas-${i + 1}@bench.test`, name: `Petugas ${i + 1}`, passwordHash: "x" } });
    await db.membership.create({ data: { userId: user.id, organisationId: event.organisationId, role: "member" } });
    officers.push(await cookieFor(user.id, event.organisationId));
  }

  server = await startBenchServer({ dir, databaseUrl, processes: BENCH_PROCESSES, log: console.log });
  const url = server.url;

  // One of each alone first, for reading the figures below: what a request costs without a queue.
  const alone = async (path: string, cookie: string) => {
    const started = performance.now();
    await (await fetch(`${url}${path}`, { headers: { cookie, "accept-encoding": "gzip" } })).arrayBuffer();
    return (performance.now() - started).toFixed(0);
  };
  console.log(`alone: agenda ${await alone(`/events/${event.id}/agenda`, participants[0]!.cookie)} ms, calendar ${await alone(`/events/${event.id}/agenda.ics`, participants[0]!.cookie)} ms, the event's page ${await alone(`/dinas/events/${event.id}`, officers[0]!)} ms, the check-in desk ${await alone(`/dinas/events/${event.id}/check-in`, officers[0]!)} ms`);

  // 3. The morning: every request at a random moment of the window.
  const times: Record<string, number[]> = { agenda: [], calendar: [], "check-in": [] };
  const failures: string[] = [];
  const timed = async (kind: string, path: string, init: RequestInit) => {
    const started = performance.now();
    try {
      const response = await fetch(`${url}${path}`, { ...init, redirect: "manual", headers: { "accept-encoding": "gzip", ...init.headers } });
      await response.arrayBuffer();
      times[kind]!.push(performance.now() - started);
      if (response.status >= 300) failures.push(`${kind} ${response.status}`);
    } catch (error) {
      failures.push(`${kind} ${(error as Error).message}`);
    }
  };
  const at = (work: () => Promise<void>) => new Promise<void>((resolve) => setTimeout(() => void work().then(resolve), random() * SECONDS * 1000));
  const toCheckIn = participants.map((p) => p.seat.id);
  console.log(`morning: ${participants.length} participants open their agenda and calendar, ${OFFICERS} officers check ${toCheckIn.length} in, within ${SECONDS} s`);
  const started = performance.now();
  await Promise.all([
    ...participants.map(({ cookie }) =>
      at(async () => {
        await timed("agenda", `/events/${event.id}/agenda`, { headers: { cookie } });
        await timed("calendar", `/events/${event.id}/agenda.ics`, { headers: { cookie } });
      }),
    ),
    ...toCheckIn.map((participantId, i) =>
      at(() =>
        timed("check-in", `/dinas/events/${event.id}/check-in`, {
          method: "POST",
          headers: { cookie: officers[i % OFFICERS]!, "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ participantId }),
        }),
      ),
    ),
  ]);
  const wall = (performance.now() - started) / 1000;
  const checkedIn = await db.eventParticipant.count({ where: { eventId: event.id, checkedInAt: { not: null } } });

  // 4. The figures.
  const all = Object.values(times).flat().sort((a, b) => a - b);
  console.log(`\n${BENCH_PROCESSES} server processes, ${all.length} requests in ${wall.toFixed(1)} s`);
  for (const [kind, list] of Object.entries(times)) {
    list.sort((a, b) => a - b);
    console.log(`${kind.padEnd(9)} ${String(list.length).padStart(4)} requests  p50 ${percentile(list, 50).toFixed(0)} ms  p95 ${percentile(list, 95).toFixed(0)} ms  max ${list.at(-1)?.toFixed(0)} ms`);
  }
  const p95 = percentile(all, 95);
  console.log(`all       p95 ${p95.toFixed(0)} ms; non-2xx or failed: ${failures.length}${failures.length ? ` (${[...new Set(failures)].slice(0, 5).join(", ")})` : ""}; checked in: ${checkedIn} of ${toCheckIn.length}`);
  console.log(`resident memory per server process: ${server.residentMb().map((mb) => `${mb} MB`).join(", ")}`);
  const missed = [p95 >= P95_MS ? `p95 ${p95.toFixed(0)} ms ≥ ${P95_MS} ms` : "", failures.length > 0 ? `${failures.length} errors` : "", checkedIn < toCheckIn.length ? `${toCheckIn.length - checkedIn} check-ins lost` : ""].filter(Boolean);
  console.log(missed.length ? `\nMISSED: ${missed.join("; ")}` : "\nTarget met (p95 < 500 ms, no errors, every check-in recorded).");
} finally {
  await server?.stop();
  await db.$disconnect();
  if (process.env.LOAD_KEEP === "1") console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
