// What a dinas office reports about its region (an admin: the whole country): producers by
// sector and regency, certification coverage, open needs and their value, the partnership
// funnel with conversion and median days per step, events, and the officer's work queue.
// Aggregates run in SQL (a handful of grouped queries) so the page stays fast at national
// scale; see tests/bench/dashboard.bench.ts.
import type { Db } from "~/db.server.ts";
import { Prisma } from "~/generated/prisma/client.ts";
import { inForceSql, producersIn } from "../certifications/certification.server.ts";
import { inScope, inScopeSql, type RegionScope } from "../region-scope.ts";
import { paymentSpeedOf } from "../orders/payment.server.ts";
import { median } from "~/lib/median.ts";
import { EXPIRY_WARNING_DAYS } from "../certifications/certification-rules.ts";
import { CERTIFICATION_TYPES } from "../domain.ts";
import { FUNNEL_STEP_COLUMNS, FUNNEL_STEPS, OPTIONAL_FUNNEL_STEPS } from "../matches/match-workflow.ts";

export interface DashboardFilters {
  /** Matches and needs created within [from, to); coverage and counts are as of now. */
  from: Date | null;
  to: Date | null;
  sector: string | null;
  regency: string | null;
}


const QUEUE_SIZE = 10;

/** The text SQLite holds for a DateTime, so raw comparisons match what Prisma wrote. */
function sqlTime(d: Date): string {
  return d.toISOString().replace("Z", "+00:00");
}

/** WHERE conditions on the producer table aliased `p`. */
function producerWhere(scope: RegionScope, f: DashboardFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`1 = 1`];
  const region = inScopeSql(scope, Prisma.sql`p."provinceCode"`, Prisma.sql`p."regencyCode"`);
  if (region) parts.push(region);
  if (f.sector) parts.push(Prisma.sql`p."sector" = ${f.sector}`);
  if (f.regency) parts.push(Prisma.sql`p."regencyCode" = ${f.regency}`);
  return Prisma.join(parts, " AND ");
}

/**
 * A condition on a table's producer column: the producer is in the scope and filters. Written
 * as IN (subquery) so SQLite starts from the region's producers (through the covering index)
 * and reaches their rows by the producer column's index; unfiltered, it is no condition at all.
 */
function ofProducers(column: Prisma.Sql, scope: RegionScope, f: DashboardFilters): Prisma.Sql {
  if (scope.kind === "all" && f.sector === null && f.regency === null) return Prisma.sql`1 = 1`;
  return Prisma.sql`${column} IN (SELECT p."id" FROM "ProducerProfile" p WHERE ${producerWhere(scope, f)})`;
}

function periodWhere(column: Prisma.Sql, f: DashboardFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`1 = 1`];
  if (f.from) parts.push(Prisma.sql`${column} >= ${sqlTime(f.from)}`);
  if (f.to) parts.push(Prisma.sql`${column} < ${sqlTime(f.to)}`);
  return Prisma.join(parts, " AND ");
}

const num = (v: unknown): number => Number(v ?? 0);

/** Producers and their workforce by sector and by regency, and the sentra they form. */
export async function producerFigures(db: Db, scope: RegionScope, f: DashboardFilters) {
  const where = producerWhere(scope, f);
  // One grouped pass (read from a covering index) gives both breakdowns and the totals.
  const [groups, sentra] = await Promise.all([
    db.$queryRaw<{ sector: string; regency: string; producers: bigint; employees: bigint | null }[]>`
      SELECT p."sector" AS sector, p."regencyCode" AS regency, COUNT(*) AS producers, SUM(p."employees") AS employees
      FROM "ProducerProfile" p WHERE ${where} GROUP BY p."sector", p."regencyCode"`,
    db.$queryRaw<{ n: bigint }[]>`SELECT COUNT(DISTINCT p."sentraName") AS n FROM "ProducerProfile" p WHERE ${where}`,
  ]);
  const sum = (key: "sector" | "regency") => {
    const totals = new Map<string, { producers: number; employees: number }>();
    for (const g of groups) {
      const t = totals.get(g[key]) ?? { producers: 0, employees: 0 };
      t.producers += num(g.producers);
      t.employees += num(g.employees);
      totals.set(g[key], t);
    }
    return [...totals].map(([name, t]) => ({ name, ...t })).sort((a, b) => b.producers - a.producers || a.name.localeCompare(b.name));
  };
  return {
    producers: groups.reduce((n, g) => n + num(g.producers), 0),
    employees: groups.reduce((n, g) => n + num(g.employees), 0),
    sentra: num(sentra[0]?.n),
    bySector: sum("sector").map(({ name, ...t }) => ({ sector: name, ...t })),
    byRegency: sum("regency").map(({ name, ...t }) => ({ regency: name, ...t })),
  };
}

/**
 * Coverage: the share of producers holding a verified certificate of each type that is valid
 * today; pending verifications; verified certificates expiring within 60 days, read from
 * covering indexes.
 */
export async function certificationFigures(db: Db, scope: RegionScope, f: DashboardFilters, now = new Date()) {
  const where = producerWhere(scope, f);
  const today = sqlTime(now);
  const soon = sqlTime(new Date(now.getTime() + EXPIRY_WARNING_DAYS * 86_400_000));
  const valid = Prisma.sql`c."status" = 'verified' AND ${inForceSql(today)}`;
  const everywhere = scope.kind === "all" && f.sector === null && f.regency === null;
  type Row = { type: string; holders: bigint; pending: bigint; expiring: bigint };
  // A region's certificates are few and reached through its producers: one grouped pass.
  // All of them (75,000 in the benchmark) are counted type by type instead: holders and
  // pending ones as ranges of the (type, status, producer, expiry) index, the few expiring
  // soon as a range of (status, expiry). A third of the time of the grouped pass.
  const byTypeQuery = everywhere
    ? db.$queryRaw<Row[]>`
      SELECT t.type AS type,
        (SELECT COUNT(DISTINCT c."producerId") FROM "Certification" c WHERE c."type" = t.type AND ${valid}) AS holders,
        (SELECT COUNT(*) FROM "Certification" c WHERE c."type" = t.type AND c."status" = 'pending') AS pending,
        COALESCE(e.n, 0) AS expiring
      FROM (${Prisma.join(
        CERTIFICATION_TYPES.map((type) => Prisma.sql`SELECT ${type} AS type`),
        " UNION ALL ",
      )}) t
      LEFT JOIN (SELECT c."type" AS type, COUNT(*) AS n FROM "Certification" c
        WHERE c."status" = 'verified' AND c."validUntil" >= ${today} AND c."validUntil" < ${soon} GROUP BY c."type") e ON e.type = t.type`
    : db.$queryRaw<Row[]>`
      SELECT c."type" AS type,
        COUNT(DISTINCT CASE WHEN ${valid} THEN c."producerId" END) AS holders,
        SUM(c."status" = 'pending') AS pending,
        SUM(c."status" = 'verified' AND c."validUntil" >= ${today} AND c."validUntil" < ${soon}) AS expiring
      FROM "Certification" c WHERE ${ofProducers(Prisma.sql`c."producerId"`, scope, f)}
      GROUP BY c."type"`;
  const [byType, total] = await Promise.all([byTypeQuery, db.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS n FROM "ProducerProfile" p WHERE ${where}`]);
  const producers = num(total[0]?.n);
  return {
    coverage: CERTIFICATION_TYPES.map((type) => {
      const holding = num(byType.find((h) => h.type === type)?.holders);
      return { type, producers: holding, share: producers > 0 ? holding / producers : null };
    }),
    pending: byType.reduce((n, t) => n + num(t.pending), 0),
    expiringSoon: byType.reduce((n, t) => n + num(t.expiring), 0),
  };
}

/**
 * Open needs delivered into the region (published in the period), and their value: the total
 * budget, or the unit budget times the quantity; needs without a budget are counted apart.
 */
export async function needFigures(db: Db, scope: RegionScope, f: DashboardFilters, now = new Date()) {
  const parts: Prisma.Sql[] = [Prisma.sql`n."status" = 'open'`, Prisma.sql`n."neededBy" >= ${sqlTime(now)}`, periodWhere(Prisma.sql`n."publishedAt"`, f)];
  const region = inScopeSql(scope, Prisma.sql`n."deliveryProvinceCode"`, Prisma.sql`n."deliveryRegencyCode"`);
  if (region) parts.push(region);
  if (f.regency) parts.push(Prisma.sql`n."deliveryRegencyCode" = ${f.regency}`);
  const rows = await db.$queryRaw<{ needs: bigint; value: number | bigint | null; unbudgeted: bigint }[]>`
    SELECT COUNT(*) AS needs,
      SUM(COALESCE(n."budgetTotal", n."budgetPerUnit" * n."quantity")) AS value,
      SUM(CASE WHEN n."budgetTotal" IS NULL AND n."budgetPerUnit" IS NULL THEN 1 ELSE 0 END) AS unbudgeted
    FROM "Need" n WHERE ${Prisma.join(parts, " AND ")}`;
  return { open: num(rows[0]?.needs), value: num(rows[0]?.value), unbudgeted: num(rows[0]?.unbudgeted) };
}

/** Match columns holding the minutes from creation to each funnel step ("suggested": 0). */
const STEP_MINUTES = FUNNEL_STEPS.map((step) => (step === "suggested" ? "0" : `m."${FUNNEL_STEP_COLUMNS[step]}"`));

const isOptional = (i: number) => OPTIONAL_FUNNEL_STEPS.includes(FUNNEL_STEPS[i]!);

/** The first of these expressions that is set (SQLite's COALESCE wants two arguments or more). */
const firstOf = (sql: string[]) => (sql.length === 1 ? sql[0]! : `COALESCE(${sql.join(", ")})`);

/**
 * The funnel of the region's producers' partnerships created in the period. A match counts
 * at every step it went through; reaching a step implies the required ones before it, so a
 * confirmed match counts as shortlisted and accepted too. The optional steps (an introduction,
 * an order) count only the matches that took them, and each step's conversion is from the
 * nearest required step before it. Pairs the matcher suggests that nobody has acted on count
 * as suggested. Median days per step: from reaching the step before (the nearest one the
 * match went through) to reaching this one. All of it comes from the step minutes kept on
 * each Match row (covered by an index), in one pass over the region's matches.
 */
export async function funnelFigures(db: Db, scope: RegionScope, f: DashboardFilters) {
  // An optional step counts the matches that took it; a required one, those that reached it
  // or any later step.
  const counts = STEP_MINUTES.map((at, i) => `COUNT(${isOptional(i) ? at : firstOf(STEP_MINUTES.slice(i))}) AS n${i}`);
  // Each step's durations as one comma-separated list: a string per step crosses the driver
  // far faster than a row per match, and the medians are taken in JavaScript.
  const durations = STEP_MINUTES.slice(1).map((at, k) => `GROUP_CONCAT(${at} - ${firstOf(STEP_MINUTES.slice(0, k + 1).reverse())}) AS d${k + 1}`);
  const [rows, untouched] = await Promise.all([
    db.$queryRaw<Record<string, bigint | string | null>[]>`
      SELECT ${Prisma.raw([...counts, ...durations].join(", "))}
      FROM "Match" m WHERE ${ofProducers(Prisma.sql`m."producerId"`, scope, f)}
        AND ${periodWhere(Prisma.sql`m."createdAt"`, f)}`,
    db.$queryRaw<{ n: bigint }[]>`
      SELECT COUNT(*) AS n FROM "NeedSuggestion" s
      WHERE ${ofProducers(Prisma.sql`s."producerId"`, scope, f)} AND s."verdict" = 'match' AND ${periodWhere(Prisma.sql`s."computedAt"`, f)}
        AND NOT EXISTS (SELECT 1 FROM "Match" m WHERE m."needId" = s."needId" AND m."producerId" = s."producerId")`,
  ]);
  const row = rows[0] ?? {};
  const reached = FUNNEL_STEPS.map((_, i) => num(row[`n${i}`]) + (i === 0 ? num(untouched[0]?.n) : 0));
  return FUNNEL_STEPS.map((step, i) => {
    let before = i - 1;
    while (before > 0 && isOptional(before)) before--;
    return {
      step,
      optional: isOptional(i),
      count: reached[i]!,
      conversion: i === 0 ? null : reached[before]! > 0 ? reached[i]! / reached[before]! : null,
      medianDays: i === 0 ? null : medianDays(row[`d${i}`]),
    };
  });
}

/** The median, in days, of a comma-separated list of minutes; null for an empty list. */
function medianDays(minutes: unknown): number | null {
  if (typeof minutes !== "string" || minutes === "") return null;
  // JSON.parse reads a long list of numbers several times faster than split(",").map(Number).
  return median(JSON.parse(`[${minutes}]`) as number[])! / 1440;
}

/**
 * The office's events (all for an admin) and their outcomes: approved participants, meetings
 * scheduled and held, meetings with an outcome noted, and partnerships moved on from the
 * event's agenda (match moves noted "event:<id>").
 */
export async function eventTotals(db: Db, scope: RegionScope, officeId: string | null, f: DashboardFilters) {
  const where = scope.kind === "all" || !officeId ? {} : { organisationId: officeId };
  const period = { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lt: f.to } : {}) };
  const events = await db.event.findMany({
    where: { ...where, status: { not: "cancelled" }, ...(f.from || f.to ? { requestsCloseAt: period } : {}) },
    select: { id: true, title: true, status: true, organisation: { select: { name: true } }, _count: { select: { participants: { where: { status: "approved" } } } } },
    orderBy: { requestsCloseAt: "desc" },
  });
  const ids = events.map((e) => e.id);
  const [meetings, outcomes, moved] = await Promise.all([
    db.meeting.groupBy({ by: ["eventId", "status"], where: { eventId: { in: ids } }, _count: { _all: true } }),
    db.meeting.groupBy({ by: ["eventId"], where: { eventId: { in: ids }, outcome: { not: null } }, _count: { _all: true } }),
    db.matchEvent.groupBy({ by: ["note"], where: { note: { in: ids.map((id) => `event:${id}`) } }, _count: { _all: true } }),
  ]);
  return events.map((e) => {
    const of = (status: string) => meetings.find((m) => m.eventId === e.id && m.status === status)?._count._all ?? 0;
    return {
      id: e.id,
      title: e.title,
      office: e.organisation.name,
      status: e.status,
      participants: e._count.participants,
      meetings: of("scheduled") + of("held") + of("missed"),
      held: of("held"),
      outcomes: outcomes.find((o) => o.eventId === e.id)?._count._all ?? 0,
      partnershipsMoved: moved.find((m) => m.note === `event:${e.id}`)?._count._all ?? 0,
    };
  });
}

/** The officer's work queue: what is waiting for them, the oldest first. */
export async function workQueue(db: Db, scope: RegionScope, now = new Date()) {
  const producers = inScope(scope, "provinceCode", "regencyCode");
  const delivery = inScope(scope, "deliveryProvinceCode", "deliveryRegencyCode");
  const soon = new Date(now.getTime() + EXPIRY_WARNING_DAYS * 86_400_000);
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

/** Orders past agreement: the partnerships that turned into business. */
const AGREED_STATES = ["agreed", "down_payment_paid", "delivered", "paid", "completed"];

/**
 * The partnership value in rupiah: orders with the region's producers agreed in the period
 * (their agreed totals), and how fast their buyers pay (median days, overdue now).
 */
export async function orderFigures(db: Db, scope: RegionScope, f: DashboardFilters) {
  const producer = { ...producersIn(scope), ...(f.sector ? { sector: f.sector } : {}), ...(f.regency ? { regencyCode: f.regency } : {}) };
  const agreed = { producer, state: { in: AGREED_STATES }, agreedAt: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lt: f.to } : {}) } };
  const [orders, speed] = await Promise.all([
    // The version on the table of an agreed order is the agreed one.
    db.order.findMany({ where: agreed, select: { versionNumber: true, versions: { orderBy: { number: "desc" }, take: 1, select: { total: true } } } }),
    paymentSpeedOf(db, { producer }),
  ]);
  return { agreedOrders: orders.length, value: orders.reduce((sum, o) => sum + Number(o.versions[0]?.total ?? 0), 0), paymentSpeed: speed };
}
