// What a dinas office reports about its region (an admin: the whole country): producers by
// sector and regency, certification coverage, open needs and their value, the partnership
// funnel with conversion and median days per step, events, and the officer's work queue.
// Aggregates run in SQL (a handful of grouped queries) so the page stays fast at national
// scale; see tests/bench/dashboard.bench.ts.
import type { Db } from "~/db.server.ts";
import { Prisma } from "~/generated/prisma/client.ts";
import type { VerifierScope } from "./certification.server.ts";
import { CERTIFICATION_TYPES, type MatchState } from "./domain.ts";

export interface DashboardFilters {
  /** Matches and needs created within [from, to); coverage and counts are as of now. */
  from: Date | null;
  to: Date | null;
  sector: string | null;
  regency: string | null;
}

/** The funnel's steps in order; a match counts at every step up to the furthest it reached. */
export const FUNNEL_STEPS = ["suggested", "shortlisted", "introduced", "accepted", "confirmed", "ordered", "completed"] as const satisfies readonly MatchState[];

const EXPIRY_WINDOW_DAYS = 60;
const QUEUE_SIZE = 10;

/** The text SQLite holds for a DateTime, so raw comparisons match what Prisma wrote. */
function sqlTime(d: Date): string {
  return d.toISOString().replace("Z", "+00:00");
}

/** WHERE conditions on the producer table aliased `p`. */
function producerWhere(scope: VerifierScope, f: DashboardFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`1 = 1`];
  if (scope.kind === "region") parts.push(scope.code.includes(".") ? Prisma.sql`p."regencyCode" = ${scope.code}` : Prisma.sql`p."provinceCode" = ${scope.code}`);
  if (f.sector) parts.push(Prisma.sql`p."sector" = ${f.sector}`);
  if (f.regency) parts.push(Prisma.sql`p."regencyCode" = ${f.regency}`);
  return Prisma.join(parts, " AND ");
}

function periodWhere(column: Prisma.Sql, f: DashboardFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`1 = 1`];
  if (f.from) parts.push(Prisma.sql`${column} >= ${sqlTime(f.from)}`);
  if (f.to) parts.push(Prisma.sql`${column} < ${sqlTime(f.to)}`);
  return Prisma.join(parts, " AND ");
}

const num = (v: unknown): number => Number(v ?? 0);

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export async function producerFigures(db: Db, scope: VerifierScope, f: DashboardFilters) {
  const where = producerWhere(scope, f);
  const [bySector, byRegency, totals] = await Promise.all([
    db.$queryRaw<{ sector: string; producers: bigint; employees: bigint | null }[]>`
      SELECT p."sector" AS sector, COUNT(*) AS producers, SUM(p."employees") AS employees
      FROM "ProducerProfile" p WHERE ${where} GROUP BY p."sector" ORDER BY producers DESC`,
    db.$queryRaw<{ regency: string; producers: bigint; employees: bigint | null }[]>`
      SELECT p."regencyCode" AS regency, COUNT(*) AS producers, SUM(p."employees") AS employees
      FROM "ProducerProfile" p WHERE ${where} GROUP BY p."regencyCode" ORDER BY producers DESC`,
    db.$queryRaw<{ producers: bigint; employees: bigint | null; sentra: bigint }[]>`
      SELECT COUNT(*) AS producers, SUM(p."employees") AS employees, COUNT(DISTINCT p."sentraName") AS sentra
      FROM "ProducerProfile" p WHERE ${where}`,
  ]);
  return {
    producers: num(totals[0]?.producers),
    employees: num(totals[0]?.employees),
    sentra: num(totals[0]?.sentra),
    bySector: bySector.map((r) => ({ sector: r.sector, producers: num(r.producers), employees: num(r.employees) })),
    byRegency: byRegency.map((r) => ({ regency: r.regency, producers: num(r.producers), employees: num(r.employees) })),
  };
}

/**
 * Coverage: the share of producers holding a verified certificate of each type that is valid
 * today; pending verifications; verified certificates expiring within 60 days.
 */
export async function certificationFigures(db: Db, scope: VerifierScope, f: DashboardFilters, now = new Date()) {
  const where = producerWhere(scope, f);
  const today = sqlTime(now);
  const soon = sqlTime(new Date(now.getTime() + EXPIRY_WINDOW_DAYS * 86_400_000));
  const [held, total, pending, expiring] = await Promise.all([
    db.$queryRaw<{ type: string; producers: bigint }[]>`
      SELECT c."type" AS type, COUNT(DISTINCT c."producerId") AS producers
      FROM "Certification" c JOIN "ProducerProfile" p ON p."id" = c."producerId"
      WHERE ${where} AND c."status" = 'verified' AND (c."validUntil" IS NULL OR c."validUntil" >= ${today})
      GROUP BY c."type"`,
    db.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS n FROM "ProducerProfile" p WHERE ${where}`,
    db.$queryRaw<{ n: bigint }[]>`
      SELECT COUNT(*) AS n FROM "Certification" c JOIN "ProducerProfile" p ON p."id" = c."producerId"
      WHERE ${where} AND c."status" = 'pending'`,
    db.$queryRaw<{ n: bigint }[]>`
      SELECT COUNT(*) AS n FROM "Certification" c JOIN "ProducerProfile" p ON p."id" = c."producerId"
      WHERE ${where} AND c."status" = 'verified' AND c."validUntil" >= ${today} AND c."validUntil" < ${soon}`,
  ]);
  const producers = num(total[0]?.n);
  return {
    coverage: CERTIFICATION_TYPES.map((type) => {
      const holding = num(held.find((h) => h.type === type)?.producers);
      return { type, producers: holding, share: producers > 0 ? holding / producers : null };
    }),
    pending: num(pending[0]?.n),
    expiringSoon: num(expiring[0]?.n),
  };
}

/**
 * Open needs delivered into the region (published in the period), and their value: the total
 * budget, or the unit budget times the quantity; needs without a budget are counted apart.
 */
export async function needFigures(db: Db, scope: VerifierScope, f: DashboardFilters, now = new Date()) {
  const parts: Prisma.Sql[] = [Prisma.sql`n."status" = 'open'`, Prisma.sql`n."neededBy" >= ${sqlTime(now)}`, periodWhere(Prisma.sql`n."publishedAt"`, f)];
  if (scope.kind === "region") parts.push(scope.code.includes(".") ? Prisma.sql`n."deliveryRegencyCode" = ${scope.code}` : Prisma.sql`n."deliveryProvinceCode" = ${scope.code}`);
  if (f.regency) parts.push(Prisma.sql`n."deliveryRegencyCode" = ${f.regency}`);
  const rows = await db.$queryRaw<{ needs: bigint; value: number | bigint | null; unbudgeted: bigint }[]>`
    SELECT COUNT(*) AS needs,
      SUM(COALESCE(n."budgetTotal", n."budgetPerUnit" * n."quantity")) AS value,
      SUM(CASE WHEN n."budgetTotal" IS NULL AND n."budgetPerUnit" IS NULL THEN 1 ELSE 0 END) AS unbudgeted
    FROM "Need" n WHERE ${Prisma.join(parts, " AND ")}`;
  return { open: num(rows[0]?.needs), value: num(rows[0]?.value), unbudgeted: num(rows[0]?.unbudgeted) };
}

/**
 * The funnel of the region's producers' partnerships created in the period. Each match counts
 * at every step up to the furthest it reached (an introduction is optional, so a match
 * accepted without one still counts as introduced); pairs the matcher suggests that nobody
 * has acted on count as suggested. Median days per step: from reaching the step before to
 * reaching this one.
 */
export async function funnelFigures(db: Db, scope: VerifierScope, f: DashboardFilters) {
  const where = producerWhere(scope, f);
  const period = periodWhere(Prisma.sql`m."createdAt"`, f);
  const rank = Prisma.raw(`CASE e."toState" ${FUNNEL_STEPS.map((s, i) => `WHEN '${s}' THEN ${i}`).join(" ")} ELSE 0 END`);
  const [furthest, untouched, entered] = await Promise.all([
    db.$queryRaw<{ furthest: bigint; matches: bigint }[]>`
      SELECT furthest, COUNT(*) AS matches FROM (
        SELECT m."id", COALESCE(MAX(${rank}), 0) AS furthest
        FROM "Match" m JOIN "ProducerProfile" p ON p."id" = m."producerId"
        LEFT JOIN "MatchEvent" e ON e."matchId" = m."id"
        WHERE ${where} AND ${period}
        GROUP BY m."id")
      GROUP BY furthest`,
    db.$queryRaw<{ n: bigint }[]>`
      SELECT COUNT(*) AS n FROM "NeedSuggestion" s JOIN "ProducerProfile" p ON p."id" = s."producerId"
      WHERE ${where} AND s."verdict" = 'match' AND ${periodWhere(Prisma.sql`s."computedAt"`, f)}
        AND NOT EXISTS (SELECT 1 FROM "Match" m WHERE m."needId" = s."needId" AND m."producerId" = s."producerId")`,
    db.$queryRaw<{ matchId: string; createdAt: string; toState: string; at: string }[]>`
      SELECT m."id" AS matchId, m."createdAt" AS createdAt, e."toState" AS toState, MIN(e."createdAt") AS at
      FROM "MatchEvent" e JOIN "Match" m ON m."id" = e."matchId" JOIN "ProducerProfile" p ON p."id" = m."producerId"
      WHERE ${where} AND ${period} AND e."toState" IN (${Prisma.join(FUNNEL_STEPS.slice(1))})
      GROUP BY m."id", e."toState"`,
  ]);
  const atRank = new Map(furthest.map((r) => [num(r.furthest), num(r.matches)]));
  const reached = FUNNEL_STEPS.map((_, i) => [...atRank].filter(([r]) => r >= i).reduce((sum, [, n]) => sum + n, 0));
  reached[0]! += num(untouched[0]?.n);
  // Days per step, from each match's first entry into each state.
  const times = new Map<string, Map<number, number>>();
  for (const row of entered) {
    const steps = times.get(row.matchId) ?? new Map([[0, Date.parse(row.createdAt)]]);
    steps.set(FUNNEL_STEPS.indexOf(row.toState as (typeof FUNNEL_STEPS)[number]), Date.parse(row.at));
    times.set(row.matchId, steps);
  }
  const days: number[][] = FUNNEL_STEPS.map(() => []);
  for (const steps of times.values()) {
    for (let i = 1; i < FUNNEL_STEPS.length; i++) {
      const at = steps.get(i);
      if (at === undefined) continue;
      let prev = i - 1;
      while (prev > 0 && !steps.has(prev)) prev--;
      days[i]!.push((at - steps.get(prev)!) / 86_400_000);
    }
  }
  return FUNNEL_STEPS.map((step, i) => ({
    step,
    count: reached[i]!,
    conversion: i === 0 ? null : reached[i - 1]! > 0 ? reached[i]! / reached[i - 1]! : null,
    medianDays: i === 0 ? null : median(days[i]!),
  }));
}

/** The office's events (all for an admin): how many, and their meetings held. */
export async function eventTotals(db: Db, scope: VerifierScope, officeId: string | null, f: DashboardFilters) {
  const where = scope.kind === "all" || !officeId ? {} : { organisationId: officeId };
  const period = { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lt: f.to } : {}) };
  const events = await db.event.findMany({
    where: { ...where, status: { not: "cancelled" }, ...(f.from || f.to ? { requestsCloseAt: period } : {}) },
    select: { id: true, title: true, status: true, _count: { select: { participants: { where: { status: "approved" } } } } },
    orderBy: { requestsCloseAt: "desc" },
  });
  const meetings = await db.meeting.groupBy({ by: ["eventId", "status"], where: { eventId: { in: events.map((e) => e.id) } }, _count: { _all: true } });
  return events.map((e) => {
    const of = (status: string) => meetings.find((m) => m.eventId === e.id && m.status === status)?._count._all ?? 0;
    return { id: e.id, title: e.title, status: e.status, participants: e._count.participants, meetings: of("scheduled") + of("held") + of("missed"), held: of("held") };
  });
}

/** The officer's work queue: what is waiting for them, the oldest first. */
export async function workQueue(db: Db, scope: VerifierScope, now = new Date()) {
  const producers = scope.kind === "all" ? {} : scope.code.includes(".") ? { regencyCode: scope.code } : { provinceCode: scope.code };
  const delivery = scope.kind === "all" ? {} : scope.code.includes(".") ? { deliveryRegencyCode: scope.code } : { deliveryProvinceCode: scope.code };
  const soon = new Date(now.getTime() + EXPIRY_WINDOW_DAYS * 86_400_000);
  const [pending, toIntroduce, unmatched, expiring] = await Promise.all([
    db.certification.findMany({
      where: { status: "pending", producer: producers },
      orderBy: { createdAt: "asc" },
      take: QUEUE_SIZE,
      select: { id: true, type: true, number: true, createdAt: true, producer: { select: { legalName: true } } },
    }),
    db.match.findMany({
      where: { state: "shortlisted", producer: producers },
      orderBy: { updatedAt: "asc" },
      take: QUEUE_SIZE,
      select: { id: true, updatedAt: true, need: { select: { title: true, buyer: { select: { name: true } } } }, producer: { select: { legalName: true } } },
    }),
    db.need.findMany({
      where: { status: "open", neededBy: { gte: now }, suggestions: { none: {} }, ...delivery },
      orderBy: { neededBy: "asc" },
      take: QUEUE_SIZE,
      select: { id: true, title: true, category: true, neededBy: true, buyer: { select: { name: true } } },
    }),
    db.certification.findMany({
      where: { status: "verified", validUntil: { gte: now, lt: soon }, producer: producers },
      orderBy: { validUntil: "asc" },
      take: QUEUE_SIZE,
      select: { id: true, type: true, validUntil: true, producer: { select: { legalName: true, organisation: { select: { slug: true } } } } },
    }),
  ]);
  return { pending, toIntroduce, unmatched, expiring };
}
