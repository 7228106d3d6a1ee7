// The dinas dashboard's numbers on a small fixture, against values worked out by hand (in
// the comments), on a real SQLite file: an officer sees its province only, an admin all.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "~/db.server.ts";
import { certificationFigures, eventTotals, funnelFigures, needFigures, producerFigures, workQueue, type DashboardFilters } from "~/models/dinas/dinas-dashboard.server.ts";
import type { MatchState } from "~/models/domain.ts";
import { stepReached } from "~/models/matches/match-workflow.ts";
import { dropDb, freshDb } from "../helpers/db.ts";

let db: Db;
const NOW = new Date("2027-01-15T03:00:00Z");
const day = (n: number) => new Date(NOW.getTime() + n * 86_400_000);
const NONE: DashboardFilters = { from: null, to: null, sector: null, regency: null };
const EAST_JAVA = { kind: "region", code: "35" } as const;

async function producer(id: string, sector: string, regencyCode: string, employees: number, sentraName: string | null) {
  await db.organisation.create({ data: { id: `org-${id}`, kind: "producer", name: id, slug: `p-${id}` } });
  await db.producerProfile.create({ data: { id, organisationId: `org-${id}`, legalName: `UD ${id}`, sector, provinceCode: regencyCode.slice(0, 2), regencyCode, employees, sentraName } });
}

/** A match with its history, written as the workflow writes it: events and step minutes. */
async function match(id: string, needId: string, producerId: string, created: number, steps: [MatchState, number][]) {
  const times = Object.assign({}, ...steps.map(([to, at]) => stepReached(to, day(at), day(created))));
  await db.match.create({ data: { id, needId, producerId, score: 50, scoreBreakdown: {}, state: steps.at(-1)?.[0] ?? "suggested", createdAt: day(created), ...times } });
  let from = "suggested";
  for (const [to, at] of steps) {
    await db.matchEvent.create({ data: { matchId: id, fromState: from, toState: to, createdAt: day(at) } });
    from = to;
  }
}

beforeAll(async () => {
  db = await freshDb("dinas-dashboard");
  // East Java: A (food, 35.07, 10 people, sentra S1), B (food, 35.73, 5), C (textile, 35.07, 20, S1). Central Java: D.
  await producer("A", "food_beverage", "35.07", 10, "S1");
  await producer("B", "food_beverage", "35.73", 5, null);
  await producer("C", "textile_apparel", "35.07", 20, "S1");
  await producer("D", "food_beverage", "33.01", 7, null);
  const cert = (producerId: string, type: string, status: string, validUntil: Date) =>
    db.certification.create({ data: { producerId, type, status, validUntil, number: `${producerId}-${type}`, issuer: "x" } });
  await cert("A", "halal", "verified", day(365));
  await cert("A", "pirt", "verified", day(30)); // valid, expiring within 60 days
  await cert("B", "halal", "pending", day(365));
  await cert("C", "halal", "verified", day(-10)); // expired: not coverage
  await cert("D", "halal", "verified", day(365));
  await cert("D", "halal", "verified", day(200)); // a second one: D still counts once
  await db.organisation.create({ data: { id: "buyer", kind: "buyer", name: "PT Pembeli", slug: "pt-pembeli" } });
  const need = (id: string, status: string, province: string, regency: string | null, budget: { budgetTotal?: bigint; budgetPerUnit?: number }) =>
    db.need.create({
      data: { id, buyerId: "buyer", title: id, description: "x", category: "snacks", quantity: 500, unit: "pak", deliveryProvinceCode: province, deliveryRegencyCode: regency, neededBy: day(60), status, publishedAt: day(-5), ...budget },
    });
  await need("N1", "open", "35", null, { budgetTotal: 10_000_000n });
  await need("N2", "open", "35", "35.07", { budgetPerUnit: 1_000 }); // 500 × 1,000
  await need("N3", "open", "33", null, {});
  await need("N4", "closed", "35", null, { budgetTotal: 99_000_000n });
  // M1: shortlisted after 1 day, accepted 2 days later (no introduction), confirmed 1 day later.
  await match("M1", "N1", "A", 0, [["shortlisted", 1], ["accepted", 3], ["confirmed", 4]]);
  await match("M2", "N1", "B", 0, [["shortlisted", 2], ["declined", 3]]);
  await match("M3", "N2", "C", 0, []);
  await match("M4", "N3", "D", 0, [["shortlisted", 1]]);
  // A suggestion nobody acted on (counts as suggested), and one already a match (not twice).
  const suggestion = (needId: string, producerId: string) =>
    db.product.create({ data: { producerId, name: "x", description: "x", category: "snacks", unit: "pak" } }).then((p) =>
      db.needSuggestion.create({ data: { needId, producerId, productId: p.id, verdict: "match", rank: 0, score: 50, breakdown: {}, computedAt: day(0) } }),
    );
  await suggestion("N2", "A");
  await suggestion("N1", "A");
  // Temu bisnis: the East Java office's E1 (the buyer and A approved, one meeting held with an
  // outcome noted, M1 moved on from its agenda), and E2 by the Central Java office.
  const event = (id: string, office: string) =>
    db.organisation.create({ data: { id: office, kind: "dinas", name: `Dinas ${office}`, slug: office } }).then(() =>
      db.event.create({ data: { id, organisationId: office, title: id, description: "x", regionCode: "35", sectors: [], tables: 5, capacity: 20, slotMinutes: 20, regions: [], sessions: {}, registrationOpensAt: day(-20), registrationClosesAt: day(-10), requestsCloseAt: day(-5), status: "published" } }),
    );
  await event("E1", "dinas-35");
  await event("E2", "dinas-33");
  const seat = (eventId: string, organisationId: string, role: string, status = "approved") => db.eventParticipant.create({ data: { eventId, organisationId, role, status, availableSlots: [] } });
  const buyerSeat = await seat("E1", "buyer", "buyer");
  const producerSeat = await seat("E1", "org-A", "producer");
  await seat("E1", "org-B", "producer", "pending");
  const request = await db.meetingRequest.create({ data: { eventId: "E1", fromId: buyerSeat.id, toId: producerSeat.id, status: "accepted" } });
  await db.meeting.create({ data: { eventId: "E1", requestId: request.id, slotIndex: 0, table: 1, status: "held", outcome: "Sampel dikirim minggu depan" } });
  await db.matchEvent.create({ data: { matchId: "M1", fromState: "accepted", toState: "confirmed", note: "event:E1", createdAt: day(4) } });
});
afterAll(async () => {
  await dropDb(db);
});

describe("the dinas dashboard", () => {
  it("counts the province's producers, people and sentra, by sector and regency", async () => {
    const figures = await producerFigures(db, EAST_JAVA, NONE);
    expect(figures).toMatchObject({ producers: 3, employees: 35, sentra: 1 });
    expect(figures.bySector).toEqual([
      { sector: "food_beverage", producers: 2, employees: 15 },
      { sector: "textile_apparel", producers: 1, employees: 20 },
    ]);
    expect(figures.byRegency).toEqual([
      { regency: "35.07", producers: 2, employees: 30 },
      { regency: "35.73", producers: 1, employees: 5 },
    ]);
    // An admin sees the country; a sector or regency filter narrows.
    expect((await producerFigures(db, { kind: "all" }, NONE)).producers).toBe(4);
    expect((await producerFigures(db, EAST_JAVA, { ...NONE, sector: "food_beverage" })).producers).toBe(2);
    expect((await producerFigures(db, EAST_JAVA, { ...NONE, regency: "35.07" })).employees).toBe(30);
  });

  it("gives certification coverage as valid verified certificates, with pending and expiring ones", async () => {
    const figures = await certificationFigures(db, EAST_JAVA, NONE, NOW);
    // Halal: A only (B pending, C expired) → 1 of 3. PIRT: A → 1 of 3.
    expect(figures.coverage.find((c) => c.type === "halal")).toEqual({ type: "halal", producers: 1, share: 1 / 3 });
    expect(figures.coverage.find((c) => c.type === "pirt")).toEqual({ type: "pirt", producers: 1, share: 1 / 3 });
    expect(figures.coverage.find((c) => c.type === "sni")).toEqual({ type: "sni", producers: 0, share: 0 });
    expect(figures.pending).toBe(1);
    expect(figures.expiringSoon).toBe(1);
    // Nationally (counted type by type, another query): halal A and D (twice) → 2 of 4.
    const national = await certificationFigures(db, { kind: "all" }, NONE, NOW);
    expect(national.coverage.find((c) => c.type === "halal")).toEqual({ type: "halal", producers: 2, share: 2 / 4 });
    expect(national.coverage.find((c) => c.type === "pirt")).toEqual({ type: "pirt", producers: 1, share: 1 / 4 });
    expect(national.pending).toBe(1);
    expect(national.expiringSoon).toBe(1);
  });

  it("values the open needs delivered into the province", async () => {
    // N1 10,000,000 + N2 500 × 1,000; N3 is elsewhere, N4 closed.
    expect(await needFigures(db, EAST_JAVA, NONE, NOW)).toEqual({ open: 2, value: 10_500_000, unbudgeted: 0 });
    expect(await needFigures(db, { kind: "all" }, NONE, NOW)).toEqual({ open: 3, value: 10_500_000, unbudgeted: 1 });
  });

  it("draws the funnel with conversions and median days per step", async () => {
    const funnel = Object.fromEntries((await funnelFigures(db, EAST_JAVA, NONE)).map((s) => [s.step, s]));
    // Suggested: M1, M2, M3 and the untouched (N2, A) = 4. Shortlisted: M1, M2. M1 reached
    // confirmed, so it counts as accepted too; it skipped the optional introduction, which
    // counts nobody, and acceptance converts from the shortlist: 1 of 2.
    expect(funnel.suggested).toMatchObject({ count: 4, conversion: null, optional: false });
    expect(funnel.shortlisted).toMatchObject({ count: 2, conversion: 0.5, medianDays: 1.5 }); // 1 and 2 days
    expect(funnel.introduced).toMatchObject({ count: 0, conversion: 0, medianDays: null, optional: true });
    expect(funnel.accepted).toMatchObject({ count: 1, conversion: 0.5, medianDays: 2 }); // from shortlisted
    expect(funnel.confirmed).toMatchObject({ count: 1, conversion: 1, medianDays: 1 });
    expect(funnel.ordered).toMatchObject({ count: 0, conversion: 0, optional: true });
    expect(funnel.completed).toMatchObject({ count: 0, conversion: 0 }); // from confirmed
    // The country: M4 (Central Java, shortlisted after 1 day) joins; the median of 1, 2, 1 is 1.
    const national = await funnelFigures(db, { kind: "all" }, NONE);
    expect(national.slice(0, 2)).toMatchObject([{ count: 5 }, { count: 3, conversion: 3 / 5, medianDays: 1 }]);
    // A period that ends before the matches were made holds none.
    const before = await funnelFigures(db, EAST_JAVA, { ...NONE, to: day(-1) });
    expect(before.map((s) => s.count)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it("queues what waits for the officer, in its province only", async () => {
    const queue = await workQueue(db, EAST_JAVA, NOW);
    expect(queue.pending.map((c) => c.producer.legalName)).toEqual(["UD B"]);
    expect(queue.toIntroduce).toEqual([]); // M4 is shortlisted but in Central Java
    expect(queue.unmatched.map((n) => n.id)).toEqual([]); // N1 and N2 both have suggestions
    expect(queue.expiring.map((c) => [c.producer.legalName, c.type])).toEqual([["UD A", "pirt"]]);
    const national = await workQueue(db, { kind: "all" }, NOW);
    expect(national.toIntroduce.map((m) => m.producer.legalName)).toEqual(["UD D"]);
    expect(national.unmatched.map((n) => n.id)).toEqual(["N3"]);
  });

  it("lists the office's events with their outcomes, and every office's for an admin", async () => {
    // E1: 2 approved seats (B still pending), 1 meeting held with its outcome, M1 moved on.
    expect(await eventTotals(db, EAST_JAVA, "dinas-35", NONE)).toEqual([
      { id: "E1", title: "E1", office: "Dinas dinas-35", status: "published", participants: 2, meetings: 1, held: 1, outcomes: 1, partnershipsMoved: 1 },
    ]);
    const national = await eventTotals(db, { kind: "all" }, null, NONE);
    expect(national.map((e) => [e.office, e.partnershipsMoved]).sort()).toEqual([["Dinas dinas-33", 0], ["Dinas dinas-35", 1]]);
    expect(await eventTotals(db, EAST_JAVA, "dinas-35", { ...NONE, from: day(0) })).toEqual([]); // requests closed before the period
  });
});
