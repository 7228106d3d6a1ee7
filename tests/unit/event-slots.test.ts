// An event's slots from the officer's sessions, and the event form's refusals.
import { describe, expect, it } from "vitest";
import { EventFormSchema } from "~/models/events/event-forms.ts";
import { buildSlots, eventDays, parseSessions } from "~/models/events/event-slots.ts";

const valid = {
  title: "Temu Bisnis Pangan Jawa Timur",
  description: "Pertemuan IKM pangan dengan pembeli BUMN di Surabaya, satu lawan satu.",
  venue: "Surabaya",
  startDate: "2027-03-10",
  endDate: "2027-03-11",
  sessions: "09:00-12:00, 13:00-15:00",
  slotMinutes: 20,
  pauseMinutes: 5,
  tables: 10,
  capacity: 60,
  registrationOpens: "2027-02-01",
  registrationCloses: "2027-03-05",
};

const errorsOf = (input: object) => {
  const result = EventFormSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("sessions and slots", () => {
  it("parses sessions in any order and refuses overlaps and nonsense", () => {
    expect(parseSessions("13:00-15:00, 09:00-12:00")).toEqual({ ok: true, sessions: [{ from: 540, to: 720 }, { from: 780, to: 900 }] });
    expect(parseSessions("09:00-12:00, 11:30-13:00")).toEqual({ ok: false, error: "sessions_overlap" });
    expect(parseSessions("12:00-09:00")).toEqual({ ok: false, error: "sessions_invalid" });
    expect(parseSessions("pagi")).toEqual({ ok: false, error: "sessions_invalid" });
    expect(parseSessions("")).toEqual({ ok: false, error: "sessions_invalid" });
  });

  it("fills each session of each day with meetings and pauses, in the office's time zone", () => {
    const parsed = parseSessions("09:00-10:00, 13:00-13:45");
    if (!parsed.ok) throw new Error("parse");
    const slots = buildSlots(eventDays("2027-03-10", "2027-03-11"), parsed.sessions, 20, 5, "WITA");
    // 09:00, 09:25 (09:50 would end after 10:00) and 13:00 (13:25 would end at 13:45: fits): 4 a day.
    expect(slots).toHaveLength(8);
    expect(slots[0]!.startsAt.toISOString()).toBe("2027-03-10T01:00:00.000Z"); // 09:00 WITA = 01:00 UTC
    expect(slots[1]!.startsAt.toISOString()).toBe("2027-03-10T01:25:00.000Z");
    expect(slots[3]!.endsAt.toISOString()).toBe("2027-03-10T05:45:00.000Z");
    expect(slots[4]!.startsAt.toISOString()).toBe("2027-03-11T01:00:00.000Z");
    expect(slots.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});

describe("the event form", () => {
  it("accepts a sound event", () => {
    expect(errorsOf(valid)).toEqual({});
  });

  it("refuses zero tables, overlapping sessions, registration after the event and the rest, each on its field", () => {
    expect(errorsOf({ ...valid, tables: 0 })).toEqual({ tables: "at_least_one" });
    expect(errorsOf({ ...valid, sessions: "09:00-12:00, 11:00-14:00" })).toEqual({ sessions: "sessions_overlap" });
    expect(errorsOf({ ...valid, registrationCloses: "2027-03-10" })).toEqual({ registrationCloses: "registration_after_event" });
    expect(errorsOf({ ...valid, registrationCloses: "2027-01-10" })).toEqual({ registrationCloses: "closes_before_opens" });
    expect(errorsOf({ ...valid, endDate: "2027-03-09" })).toEqual({ endDate: "end_before_start" });
    expect(errorsOf({ ...valid, endDate: "2027-03-20" })).toEqual({ endDate: "event_too_long" });
    expect(errorsOf({ ...valid, venue: undefined })).toEqual({ venue: "venue_or_link" });
    expect(errorsOf({ ...valid, sessions: "09:00-09:15" })).toEqual({ sessions: "sessions_shorter_than_slot" });
    expect(errorsOf({ ...valid, slotMinutes: 10, pauseMinutes: 0, sessions: "00:00-23:59", endDate: "2027-03-10" })).toEqual({ slotMinutes: "too_many_slots" });
    expect(errorsOf({ ...valid, onlineUrl: "javascript:alert(1)" })).toEqual({ onlineUrl: "url_invalid" });
  });
});
