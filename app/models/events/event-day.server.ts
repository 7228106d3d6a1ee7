// On the day of a temu bisnis: the office checks participants in and marks each meeting held
// or missed with an outcome note; the buyer moves the partnership on from its agenda through
// the matcher's own checked transitions. And the figures officers compare events by.
import type { Db } from "~/db.server.ts";
import { managedEvent, type EventManager } from "./event.server.ts";

export const MEETING_RESULTS = ["held", "missed"] as const;
export type MeetingResult = (typeof MEETING_RESULTS)[number];

export type CheckInResult = { ok: true } | { ok: false; error: "not_found" | "already_checked_in" | "participant_not_approved" };

/**
 * Checks a participant in, once (a second click changes nothing). Null when the manager may
 * not manage the event. Refused, each with its own reason for the officer at the door: a seat
 * of no such participant of this event, one already in (perhaps by another officer), or one
 * not approved (rejected or still waiting, perhaps since the page was opened).
 */
export async function checkIn(db: Db, eventId: string, manager: EventManager, participantId: string, now = new Date()): Promise<CheckInResult | null> {
  if (!(await managedEvent(db, eventId, manager))) return null;
  const { count } = await db.eventParticipant.updateMany({ where: { id: participantId, eventId, status: "approved", checkedInAt: null }, data: { checkedInAt: now } });
  if (count === 1) return { ok: true };
  const seat = await db.eventParticipant.findFirst({ where: { id: participantId, eventId }, select: { status: true, checkedInAt: true } });
  if (!seat) return { ok: false, error: "not_found" };
  return { ok: false, error: seat.checkedInAt ? "already_checked_in" : "participant_not_approved" };
}

/** Participants shown at the check-in desk at most: a name typed finds the rest. */
export const DESK_LIST = 50;

/**
 * The check-in desk: the approved participants whose name holds `q` (all when empty, those not
 * yet in first), and how many are in. A page for the venue's door, light enough to be asked
 * by many officers at once, unlike the event's whole page.
 */
export async function checkInDesk(db: Db, eventId: string, q: string) {
  const approved = { eventId, status: "approved" };
  // Each word typed, in any order; LIKE's wildcards are not words ("_" would match every name).
  const typed = q.split(/[\s%_\\]+/).filter(Boolean);
  const [participants, total, checkedIn] = await Promise.all([
    db.eventParticipant.findMany({
      where: { ...approved, ...(typed.length ? { AND: typed.map((word) => ({ organisation: { name: { contains: word } } })) } : {}) },
      orderBy: [{ checkedInAt: { sort: "asc", nulls: "first" } }, { organisation: { name: "asc" } }],
      take: DESK_LIST,
      select: { id: true, role: true, checkedInAt: true, organisation: { select: { name: true } } },
    }),
    db.eventParticipant.count({ where: approved }),
    db.eventParticipant.count({ where: { ...approved, checkedInAt: { not: null } } }),
  ]);
  return { participants, total, checkedIn };
}

/**
 * Marks a published meeting held or missed, with an optional outcome note. A result can be
 * corrected (held ↔ missed), but an unpublished meeting has no result.
 */
export async function recordMeeting(db: Db, eventId: string, manager: EventManager, meetingId: string, result: MeetingResult, outcome: string | null): Promise<boolean | null> {
  if (!(await managedEvent(db, eventId, manager))) return null;
  const { count } = await db.meeting.updateMany({
    where: { id: meetingId, eventId, publishedAt: { not: null } },
    data: { status: result, ...(outcome !== null ? { outcome } : {}) },
  });
  return count === 1;
}

/**
 * The matches between a buyer and a producer (the buyer's needs the producer is suggested
 * for or already in a match on), for moving a partnership on after a meeting.
 */
export async function matchesBetween(db: Db, buyerOrgId: string, producerOrgId: string) {
  const [matches, suggestions] = await Promise.all([
    db.match.findMany({
      where: { need: { buyerId: buyerOrgId }, producer: { organisationId: producerOrgId } },
      select: { id: true, state: true, needId: true, need: { select: { title: true } } },
    }),
    db.needSuggestion.findMany({
      where: { verdict: "match", need: { buyerId: buyerOrgId, status: "open" }, producer: { organisationId: producerOrgId } },
      select: { needId: true, producerId: true, need: { select: { title: true } } },
    }),
  ]);
  const withMatch = new Set(matches.map((m) => m.needId));
  return [
    ...matches.map((m) => ({ needId: m.needId, title: m.need.title, matchId: m.id as string | null, state: m.state })),
    ...suggestions.filter((s) => !withMatch.has(s.needId)).map((s) => ({ needId: s.needId, title: s.need.title, matchId: null, state: "suggested" })),
  ];
}

export interface EventFigures {
  registrations: { pending: number; approved: number; rejected: number; checkedIn: number; buyers: number; producers: number };
  requests: { total: number; accepted: number; declined: number; expired: number; pending: number; withdrawn: number; acceptedShare: number | null };
  meetings: { scheduled: number; published: number; held: number; missed: number; perAttendee: number | null; heldShare: number | null; withOutcome: number };
  perParticipant: { name: string; role: string; meetings: number; held: number }[];
  partnershipsMoved: number;
}

/**
 * The event's dashboard. The accepted share counts answered and expired requests (a request
 * nobody answered was not accepted); meetings per attendee count every approved participant
 * (checked-in ones once the day has begun); the held share is of meetings with a result.
 */
export async function eventFigures(db: Db, eventId: string): Promise<EventFigures> {
  const [seats, requests, meetings, moved] = await Promise.all([
    db.eventParticipant.findMany({ where: { eventId }, select: { id: true, role: true, status: true, checkedInAt: true, organisation: { select: { name: true } } } }),
    db.meetingRequest.groupBy({ by: ["status"], where: { eventId }, _count: { _all: true } }),
    db.meeting.findMany({ where: { eventId }, select: { status: true, publishedAt: true, outcome: true, request: { select: { fromId: true, toId: true } } } }),
    db.matchEvent.count({ where: { note: { startsWith: `event:${eventId}` } } }),
  ]);
  const count = (status: string) => requests.find((r) => r.status === status)?._count._all ?? 0;
  const approved = seats.filter((s) => s.status === "approved");
  const checkedIn = approved.filter((s) => s.checkedInAt !== null).length;
  const attendees = checkedIn > 0 ? checkedIn : approved.length;
  const answered = count("accepted") + count("declined") + count("expired");
  const held = meetings.filter((m) => m.status === "held").length;
  const missed = meetings.filter((m) => m.status === "missed").length;
  const perSeat = new Map<string, { meetings: number; held: number }>();
  for (const m of meetings) {
    for (const id of [m.request.fromId, m.request.toId]) {
      const row = perSeat.get(id) ?? { meetings: 0, held: 0 };
      row.meetings++;
      if (m.status === "held") row.held++;
      perSeat.set(id, row);
    }
  }
  return {
    registrations: {
      pending: seats.filter((s) => s.status === "pending").length,
      approved: approved.length,
      rejected: seats.filter((s) => s.status === "rejected").length,
      checkedIn,
      buyers: approved.filter((s) => s.role === "buyer").length,
      producers: approved.filter((s) => s.role === "producer").length,
    },
    requests: {
      total: requests.reduce((n, r) => n + r._count._all, 0),
      accepted: count("accepted"),
      declined: count("declined"),
      expired: count("expired"),
      pending: count("pending"),
      withdrawn: count("withdrawn"),
      acceptedShare: answered > 0 ? count("accepted") / answered : null,
    },
    meetings: {
      scheduled: meetings.length,
      published: meetings.filter((m) => m.publishedAt).length,
      held,
      missed,
      perAttendee: attendees > 0 ? (2 * meetings.length) / attendees : null,
      heldShare: held + missed > 0 ? held / (held + missed) : null,
      withOutcome: meetings.filter((m) => m.outcome).length,
    },
    perParticipant: approved
      .map((s) => ({ name: s.organisation.name, role: s.role, ...(perSeat.get(s.id) ?? { meetings: 0, held: 0 }) }))
      .sort((a, b) => b.meetings - a.meetings || a.name.localeCompare(b.name)),
    partnershipsMoved: moved,
  };
}
