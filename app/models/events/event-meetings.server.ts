// Meetings at a temu bisnis: participants request meetings with each other (first those the
// matcher suggests between them), the other side accepts or declines, the office adds
// meetings for matches it brokers and answers for participants who are not online; then the
// scheduler turns accepted requests into a slot × table schedule, published to everyone.
// Whole at ~340 lines: requests, answers, the scheduler's run and publishing move the same
// two records (MeetingRequest, Meeting) under one rule: a request becomes at most one meeting.
import type { Db } from "~/db.server.ts";
import { agendaAsText } from "~/lib/agenda-text.ts";
import { zoneOfRegion } from "~/lib/timezone.ts";
import type { Locale } from "~/lib/locale.ts";
import { schedule, type Placement } from "./event-scheduler.ts";
import { managedEvent, slotIndexes, type EventManager } from "./event.server.ts";
import { MEMBERS, notify, usersOf } from "../platform/notification.server.ts";
import { fixedT } from "~/i18n/translations.server.ts";

/** The weight of a request with no match behind it: below most real matches. */
const UNMATCHED_WEIGHT = 0.3;

export type RequestResult =
  | { ok: true; requestId: string }
  | { ok: false; error: "not_registered" | "not_approved" | "same_role" | "already_requested" | "requests_closed" };

/**
 * The match score between a buyer and a producer (their best across the buyer's needs),
 * scaled to 0–1: what the scheduler maximises.
 */
async function weightBetween(db: Db, buyerOrgId: string, producerOrgId: string): Promise<number> {
  const where = { need: { buyerId: buyerOrgId }, producer: { organisationId: producerOrgId } };
  const [match, suggestion] = await Promise.all([
    db.match.findFirst({ where: { ...where, state: { notIn: ["declined", "withdrawn"] } }, orderBy: { score: "desc" }, select: { score: true } }),
    db.needSuggestion.findFirst({ where, orderBy: { score: "desc" }, select: { score: true } }),
  ]);
  const best = Math.max(match?.score ?? 0, suggestion?.score ?? 0);
  return best > 0 ? Math.min(1, Math.max(0.05, best / 100)) : UNMATCHED_WEIGHT;
}

function buyerAndProducer(a: { role: string; organisationId: string }, b: { role: string; organisationId: string }) {
  if (a.role === "buyer" && b.role === "producer") return [a.organisationId, b.organisationId] as const;
  if (a.role === "producer" && b.role === "buyer") return [b.organisationId, a.organisationId] as const;
  return null;
}

/**
 * `fromOrgId`'s seat asks participant `toId` for a meeting. With `officer`, the office makes
 * it for a match it brokers: accepted at once. Both seats must be approved; one request per pair.
 */
export async function requestMeeting(
  db: Db,
  eventId: string,
  fromOrgId: string,
  toId: string,
  options: { note?: string | null; officerUserId?: string; now?: Date } = {},
): Promise<RequestResult> {
  const now = options.now ?? new Date();
  const event = await db.event.findFirst({ where: { id: eventId, status: "published" }, select: { requestsCloseAt: true, title: true } });
  if (!event) return { ok: false, error: "not_registered" };
  if (now >= event.requestsCloseAt && !options.officerUserId) return { ok: false, error: "requests_closed" };
  const [from, to] = await Promise.all([
    db.eventParticipant.findUnique({ where: { eventId_organisationId: { eventId, organisationId: fromOrgId } }, include: { organisation: { select: { name: true } } } }),
    db.eventParticipant.findFirst({ where: { id: toId, eventId }, include: { organisation: { select: { memberships: MEMBERS } } } }),
  ]);
  if (!from || !to) return { ok: false, error: "not_registered" };
  if (from.status !== "approved" || to.status !== "approved") return { ok: false, error: "not_approved" };
  // A temu bisnis pairs buyers with producers (which also rules out meeting oneself).
  const pair = buyerAndProducer(from, to);
  if (!pair) return { ok: false, error: "same_role" };
  const existing = await db.meetingRequest.findFirst({ where: { eventId, OR: [{ fromId: from.id, toId: to.id }, { fromId: to.id, toId: from.id }], status: { in: ["pending", "accepted"] } } });
  if (existing) return { ok: false, error: "already_requested" };
  const weight = await weightBetween(db, pair[0], pair[1]);
  return db.$transaction(async (tx) => {
    // A pair's earlier declined or expired request gives way to the new one.
    await tx.meetingRequest.deleteMany({ where: { eventId, fromId: from.id, toId: to.id, status: { notIn: ["pending", "accepted"] } } });
    const row = await tx.meetingRequest.create({
      data: {
        eventId,
        fromId: from.id,
        toId: to.id,
        weight,
        note: options.note ?? null,
        status: options.officerUserId ? "accepted" : "pending",
        officerUserId: options.officerUserId ?? null,
        respondedAt: options.officerUserId ? now : null,
      },
      select: { id: true },
    });
    await notify(tx, usersOf(to.organisation), { kind: "meeting_request", params: { event: event.title, from: from.organisation.name }, link: `/events/${eventId}#requests` }, { email: true });
    return { ok: true, requestId: row.id } as const;
  });
}

export type AnswerResult = { ok: true } | { ok: false; error: "not_found" | "conflict" | "requests_closed" };

/**
 * The requested side (or the office on its behalf) accepts or declines a pending request;
 * the requester withdraws one. Conditional on "pending", so two answers give one winner.
 */
export async function answerRequest(
  db: Db,
  requestId: string,
  actor: { organisationId: string } | { officer: EventManager & { userId: string } },
  answer: "accepted" | "declined" | "withdrawn",
  now = new Date(),
): Promise<AnswerResult> {
  const request = await db.meetingRequest.findUnique({
    where: { id: requestId },
    include: {
      event: { select: { id: true, title: true, organisationId: true, requestsCloseAt: true } },
      from: { select: { organisationId: true, organisation: { select: { name: true, memberships: MEMBERS } } } },
      to: { select: { organisationId: true, organisation: { select: { name: true, memberships: MEMBERS } } } },
    },
  });
  if (!request) return { ok: false, error: "not_found" };
  const officer = "officer" in actor ? actor.officer : null;
  if (officer) {
    if (!officer.admin && officer.organisationId !== request.event.organisationId) return { ok: false, error: "not_found" };
  } else {
    const orgId = (actor as { organisationId: string }).organisationId;
    const side = answer === "withdrawn" ? request.from.organisationId : request.to.organisationId;
    if (orgId !== side) return { ok: false, error: "not_found" };
    if (now >= request.event.requestsCloseAt) return { ok: false, error: "requests_closed" };
  }
  const from = answer === "withdrawn" ? ["pending", "accepted"] : ["pending"];
  return db.$transaction(async (tx) => {
    const { count } = await tx.meetingRequest.updateMany({
      where: { id: requestId, status: { in: from } },
      data: { status: answer, respondedAt: now, ...(officer ? { officerUserId: officer.userId } : {}) },
    });
    if (count === 0) return { ok: false, error: "conflict" } as const;
    // A withdrawn meeting leaves the schedule; the next run fills its place.
    if (answer === "withdrawn") await tx.meeting.deleteMany({ where: { requestId } });
    const [tell, other] = answer === "withdrawn" ? [request.to, request.from] : [request.from, request.to];
    await notify(
      tx,
      usersOf(tell.organisation),
      { kind: "meeting_answer", params: { event: request.event.title, other: other.organisation.name, answer }, link: `/events/${request.event.id}#requests` },
      { email: false },
    );
    return { ok: true } as const;
  });
}

/** The requests a participant sent and received, with the other side's name. */
export function requestsOf(db: Db, participantId: string) {
  const select = {
    id: true,
    status: true,
    weight: true,
    note: true,
    createdAt: true,
    officerUserId: true,
    from: { select: { id: true, organisation: { select: { name: true } } } },
    to: { select: { id: true, organisation: { select: { name: true } } } },
  } as const;
  return Promise.all([
    db.meetingRequest.findMany({ where: { fromId: participantId }, orderBy: { createdAt: "desc" }, select }),
    db.meetingRequest.findMany({ where: { toId: participantId }, orderBy: { createdAt: "desc" }, select }),
  ]);
}

/**
 * The approved participants of the other side that a seat may ask for a meeting, those the
 * matcher links to it first (a buyer's suggested producers, a producer's buyers whose needs
 * it fits), each with whether a request between them already exists.
 */
export async function partnersFor(db: Db, eventId: string, seat: { id: string; organisationId: string; role: string }) {
  const others = await db.eventParticipant.findMany({
    where: { eventId, status: "approved", role: seat.role === "buyer" ? "producer" : "buyer" },
    select: { id: true, role: true, organisationId: true, organisation: { select: { name: true, slug: true } } },
  });
  const linked = new Map<string, number>();
  const suggestions =
    seat.role === "buyer"
      ? await db.needSuggestion.findMany({
          where: { need: { buyerId: seat.organisationId }, producer: { organisationId: { in: others.map((o) => o.organisationId) } } },
          select: { score: true, producer: { select: { organisationId: true } } },
        })
      : await db.needSuggestion.findMany({
          where: { producer: { organisationId: seat.organisationId }, need: { buyerId: { in: others.map((o) => o.organisationId) } } },
          select: { score: true, need: { select: { buyerId: true } } },
        });
  for (const s of suggestions) {
    const org = "producer" in s ? s.producer.organisationId : s.need.buyerId;
    linked.set(org, Math.max(linked.get(org) ?? 0, s.score));
  }
  const open = await db.meetingRequest.findMany({
    where: { eventId, status: { in: ["pending", "accepted"] }, OR: [{ fromId: seat.id }, { toId: seat.id }] },
    select: { fromId: true, toId: true },
  });
  const asked = new Set(open.map((r) => (r.fromId === seat.id ? r.toId : r.fromId)));
  return others
    .map((o) => ({ ...o, matchScore: linked.get(o.organisationId) ?? null, requested: asked.has(o.id) }))
    .sort((a, b) => (b.matchScore ?? -1) - (a.matchScore ?? -1) || a.organisation.name.localeCompare(b.organisation.name));
}

/** What a scheduler run did, and the requests still waiting for an answer (with when they lapse). */
export type ScheduleRun = { meetings: number; unplaced: number; moved: number; waiting: number; requestsCloseAt: Date };

/**
 * Runs the scheduler: accepted requests are placed around the published meetings (kept where
 * they are unless `keepPublished` is false), and the draft schedule replaces the previous
 * draft. Meetings already held or missed never move. Requests not yet answered are left as
 * they are: they lapse only when the event's requests close (expireLapsedRequests, by the
 * worker), and the run says how many wait, so the officer can tell the participants.
 */
export async function runScheduler(db: Db, eventId: string, manager: EventManager, keepPublished = true): Promise<ScheduleRun | null> {
  const event = await managedEvent(db, eventId, manager);
  if (!event || event.status !== "published") return null;
  const [waiting, requests, seats, meetings] = await Promise.all([
    db.meetingRequest.count({ where: { eventId, status: "pending" } }),
    db.meetingRequest.findMany({ where: { eventId, status: "accepted" }, select: { id: true, fromId: true, toId: true, weight: true, from: { select: { role: true } } } }),
    db.eventParticipant.findMany({ where: { eventId, status: "approved" }, select: { id: true, availableSlots: true } }),
    db.meeting.findMany({ where: { eventId }, select: { requestId: true, slotIndex: true, table: true, status: true, publishedAt: true } }),
  ]);
  const approved = new Set(seats.map((s) => s.id));
  const settled = meetings.filter((m) => m.status !== "scheduled");
  const pinned: Placement[] = meetings
    .filter((m) => m.status !== "scheduled" || (keepPublished && m.publishedAt))
    .map((m) => ({ requestId: m.requestId, slot: m.slotIndex, table: m.table }));
  const result = schedule({
    slots: event.slots.length,
    tables: event.tables,
    availability: new Map(seats.map((s) => [s.id, slotIndexes(s.availableSlots)])),
    // The buyer hosts (keeps a table); a seat no longer approved meets no one.
    requests: requests
      .filter((r) => approved.has(r.fromId) && approved.has(r.toId))
      .map((r) => (r.from.role === "buyer" ? { id: r.id, host: r.fromId, guest: r.toId, weight: r.weight } : { id: r.id, host: r.toId, guest: r.fromId, weight: r.weight })),
    pinned,
  });
  const published = new Map(meetings.filter((m) => m.publishedAt).map((m) => [m.requestId, m]));
  const settledIds = new Set(settled.map((m) => m.requestId));
  await db.$transaction(async (tx) => {
    await tx.meeting.deleteMany({ where: { eventId, status: "scheduled" } });
    await tx.meeting.createMany({
      data: result.placed
        .filter((p) => !settledIds.has(p.requestId))
        .map((p) => {
          const before = published.get(p.requestId);
          // Still published only if it stayed exactly where the participants were told.
          const same = before && before.slotIndex === p.slot && before.table === p.table;
          return { eventId, requestId: p.requestId, slotIndex: p.slot, table: p.table, publishedAt: same ? before.publishedAt : null };
        }),
    });
  });
  return { meetings: result.placed.length, unplaced: result.unplaced.length, moved: result.moved.length, waiting, requestsCloseAt: event.requestsCloseAt };
}

/** Publishes the draft schedule: every participant with a new or moved meeting is told. */
export async function publishSchedule(db: Db, eventId: string, manager: EventManager, now = new Date()): Promise<number | null> {
  const event = await managedEvent(db, eventId, manager);
  if (!event || event.status !== "published") return null;
  return db.$transaction(async (tx) => {
    const fresh = await tx.meeting.findMany({
      where: { eventId, publishedAt: null },
      select: { id: true, request: { select: { from: { select: { organisationId: true } }, to: { select: { organisationId: true } } } } },
    });
    await tx.meeting.updateMany({ where: { eventId, publishedAt: null }, data: { publishedAt: now } });
    await tx.event.update({ where: { id: eventId }, data: { schedulePublishedAt: now } });
    const orgs = [...new Set(fresh.flatMap((m) => [m.request.from.organisationId, m.request.to.organisationId]))];
    const zone = zoneOfRegion(event.regionCode);
    for (const seat of await tx.eventParticipant.findMany({ where: { eventId, organisationId: { in: orgs } }, select: { id: true, organisation: { select: { name: true, memberships: MEMBERS } } } })) {
      // The e-mail carries the whole agenda, for participants who will not sign in at the venue.
      const items = await agendaOf(tx, eventId, seat.id);
      const appendix = async (locale: Locale) => agendaAsText(await fixedT(locale, "events"), event.title, seat.organisation.name, items, locale, zone);
      await notify(tx, usersOf(seat.organisation), { kind: "agenda_published", params: { event: event.title }, link: `/events/${eventId}/agenda` }, { email: true, appendix });
    }
    return fresh.length;
  });
}

/** Every meeting of the event with its slot time and both sides: the officer's grid. */
export function meetingsOf(db: Db, eventId: string) {
  return db.meeting.findMany({
    where: { eventId },
    orderBy: [{ slotIndex: "asc" }, { table: "asc" }],
    select: {
      id: true,
      slotIndex: true,
      table: true,
      status: true,
      outcome: true,
      publishedAt: true,
      request: { select: { weight: true, from: { select: { id: true, role: true, organisation: { select: { name: true } } } }, to: { select: { id: true, role: true, organisation: { select: { name: true } } } } } },
    },
  });
}

/** A participant's published meetings in time order: its agenda. */
export async function agendaOf(db: Pick<Db, "meeting" | "eventSlot">, eventId: string, seatId: string) {
  const meetings = await db.meeting.findMany({
    where: { eventId, publishedAt: { not: null }, request: { OR: [{ fromId: seatId }, { toId: seatId }] } },
    orderBy: { slotIndex: "asc" },
    select: {
      id: true,
      slotIndex: true,
      table: true,
      status: true,
      request: {
        select: {
          fromId: true,
          from: { select: { role: true, organisationId: true, organisation: { select: { name: true } } } },
          to: { select: { role: true, organisationId: true, organisation: { select: { name: true } } } },
        },
      },
    },
  });
  const slots = await db.eventSlot.findMany({ where: { eventId, index: { in: meetings.map((m) => m.slotIndex) } } });
  const at = new Map(slots.map((s) => [s.index, s]));
  return meetings.map((m) => {
    const other = m.request.fromId === seatId ? m.request.to : m.request.from;
    return {
      id: m.id,
      table: m.table + 1,
      status: m.status,
      startsAt: at.get(m.slotIndex)!.startsAt,
      endsAt: at.get(m.slotIndex)!.endsAt,
      with: other.organisation.name,
      withOrganisationId: other.organisationId,
      withRole: other.role,
    };
  });
}

/** Requests still unanswered when their event's requests close: run by the background worker. */
export async function expireLapsedRequests(db: Db, now = new Date()): Promise<number> {
  const { count } = await db.meetingRequest.updateMany({ where: { status: "pending", event: { requestsCloseAt: { lte: now } } }, data: { status: "expired" } });
  return count;
}

/** An event's meeting requests for its officer, newest first. */
export function meetingRequestsOf(db: Db, eventId: string, take = 300) {
  return db.meetingRequest.findMany({
    where: { eventId },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, status: true, weight: true, officerUserId: true, from: { select: { organisation: { select: { name: true } } } }, to: { select: { organisation: { select: { name: true } } } } },
  });
}
