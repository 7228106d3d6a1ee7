// The temu bisnis scheduler on generated events (fast-check): never a participant in two
// meetings at once, never outside anyone's availability, never more meetings than tables,
// published meetings kept where they are on a re-run, and never above the upper bound.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { greedySchedule, meetingsUpperBound, schedule, type ScheduleResult, type SchedulerInput } from "~/models/events/event-scheduler.ts";

const eventArb = fc
  .record({
    slots: fc.integer({ min: 1, max: 8 }),
    tables: fc.integer({ min: 1, max: 5 }),
    people: fc.integer({ min: 2, max: 14 }),
  })
  .chain(({ slots, tables, people }) =>
    fc.record({
      slots: fc.constant(slots),
      tables: fc.constant(tables),
      availability: fc.array(fc.subarray(Array.from({ length: slots }, (_, i) => i)), { minLength: people, maxLength: people }),
      pairs: fc.uniqueArray(
        fc.tuple(fc.integer({ min: 0, max: people - 1 }), fc.integer({ min: 0, max: people - 1 }), fc.integer({ min: 1, max: 100 })).filter(([a, b]) => a !== b),
        { maxLength: 30, selector: ([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}` },
      ),
    }),
  )
  .map(
    ({ slots, tables, availability, pairs }): SchedulerInput => ({
      slots,
      tables,
      availability: new Map(availability.map((slotList, i) => [`p${i}`, slotList])),
      requests: pairs.map(([a, b, w], i) => ({ id: `r${i}`, host: `p${a}`, guest: `p${b}`, weight: w / 100 })),
    }),
  );

/** Checks every rule a schedule must keep. */
function assertValid(input: SchedulerInput, result: ScheduleResult): void {
  const byId = new Map(input.requests.map((r) => [r.id, r]));
  const seat = new Set<string>();
  const person = new Set<string>();
  const ids = new Set<string>();
  for (const p of result.placed) {
    const r = byId.get(p.requestId)!;
    expect(r).toBeDefined();
    expect(ids.has(p.requestId), "a request placed twice").toBe(false);
    ids.add(p.requestId);
    expect(p.table).toBeGreaterThanOrEqual(0);
    expect(p.table).toBeLessThan(input.tables);
    expect(seat.has(`${p.slot}:${p.table}`), "two meetings at one table").toBe(false);
    seat.add(`${p.slot}:${p.table}`);
    for (const who of [r.host, r.guest]) {
      expect(input.availability.get(who), `${who} is not available`).toContain(p.slot);
      expect(person.has(`${p.slot}:${who}`), `${who} double-booked`).toBe(false);
      person.add(`${p.slot}:${who}`);
    }
  }
  // Every request is either placed or reported as left out.
  expect(new Set([...ids, ...result.unplaced]).size).toBe(input.requests.length);
}

describe("the event scheduler", () => {
  it("never double-books, respects availability and tables, and stays within the upper bound", () => {
    fc.assert(
      fc.property(eventArb, (input) => {
        const result = schedule(input);
        assertValid(input, result);
        assertValid(input, greedySchedule(input));
        expect(result.placed.length).toBeLessThanOrEqual(meetingsUpperBound(input));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps published meetings in their slot and table on a re-run, and places the new requests around them", () => {
    fc.assert(
      fc.property(eventArb, (input) => {
        const first = schedule(input);
        const people = [...input.availability.keys()];
        const added = people.length >= 2 ? [{ id: "new", host: people[0]!, guest: people[1]!, weight: 2 }] : [];
        const rerun = schedule({ ...input, requests: [...input.requests, ...added], pinned: first.placed });
        assertValid({ ...input, requests: [...input.requests, ...added] }, rerun);
        expect(rerun.moved).toEqual([]);
        for (const p of first.placed) expect(rerun.placed).toContainEqual(p);
        expect(rerun.placed.length).toBeGreaterThanOrEqual(first.placed.length);
      }),
      { numRuns: 200 },
    );
  });

  it("moves a published meeting only when a side is no longer available for its slot", () => {
    const input: SchedulerInput = {
      slots: 2,
      tables: 1,
      availability: new Map([
        ["a", [0, 1]],
        ["b", [1]],
      ]),
      requests: [{ id: "r", host: "a", guest: "b", weight: 1 }],
      pinned: [{ requestId: "r", slot: 0, table: 0 }],
    };
    const result = schedule(input);
    expect(result.moved).toEqual(["r"]);
    expect(result.placed).toEqual([{ requestId: "r", slot: 1, table: 0 }]);
  });

  it("moves meetings out of the way where first-come greedy gets stuck", () => {
    // Greedy puts a–b in slot 0; then c–a and c–b both need a slot 0 or 1 the other holds.
    const input: SchedulerInput = {
      slots: 2,
      tables: 2,
      availability: new Map([
        ["a", [0, 1]],
        ["b", [0, 1]],
        ["c", [0, 1]],
        ["d", [0]],
      ]),
      requests: [
        { id: "ab", host: "a", guest: "b", weight: 1 },
        { id: "ad", host: "a", guest: "d", weight: 1 },
        { id: "cb", host: "c", guest: "b", weight: 1 },
      ],
    };
    expect(greedySchedule(input).placed).toHaveLength(2);
    expect(schedule(input).placed).toHaveLength(3);
    expect(meetingsUpperBound(input)).toBe(3);
  });

  it("prefers the heavier meeting when tables run out, and keeps a host at one table", () => {
    const input: SchedulerInput = {
      slots: 2,
      tables: 1,
      availability: new Map(["h", "x", "y", "z"].map((p) => [p, [0, 1]])),
      requests: [
        { id: "light", host: "h", guest: "x", weight: 0.2 },
        { id: "heavy1", host: "h", guest: "y", weight: 0.9 },
        { id: "heavy2", host: "h", guest: "z", weight: 0.8 },
      ],
    };
    const result = schedule(input);
    expect(result.unplaced).toEqual(["light"]);
    expect(result.placed.map((p) => p.table)).toEqual([0, 0]);
  });
});
