// Temu bisnis events: a dinas office creates one (its slots cut from the sessions it gives),
// publishes it, and buyers and producers register; the office approves, rejects or invites.
// Only the office that runs an event (or an admin) manages it.
import type { Db } from "~/db.server.ts";
import { localInstant, zoneOfRegion } from "~/lib/timezone.ts";
import type { EventInput, ParticipantRole } from "./event-forms.ts";
import { buildSlots, eventDays, formatSessions, parseSessions } from "./event-slots.ts";

export const EVENT_STATUSES = ["draft", "published", "cancelled"] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** Who manages events: the office acting (its organisation), or an admin (all events). */
export interface EventManager {
  organisationId: string;
  admin: boolean;
}

export async function createEvent(db: Db, office: { id: string; regionCode: string | null }, input: EventInput) {
  const zone = zoneOfRegion(office.regionCode);
  const parsed = parseSessions(input.sessions);
  if (!parsed.ok) throw new Error("sessions are validated by the form schema");
  const slots = buildSlots(eventDays(input.startDate, input.endDate), parsed.sessions, input.slotMinutes, input.pauseMinutes, zone);
  return db.event.create({
    data: {
      organisationId: office.id,
      title: input.title,
      description: input.description,
      venue: input.venue ?? null,
      onlineUrl: input.onlineUrl ?? null,
      regionCode: office.regionCode ?? "",
      sectors: input.sectors,
      regions: input.regions,
      tables: input.tables,
      capacity: input.capacity,
      slotMinutes: input.slotMinutes,
      pauseMinutes: input.pauseMinutes,
      sessions: { startDate: input.startDate, endDate: input.endDate, daily: formatSessions(parsed.sessions) },
      registrationOpensAt: localInstant(input.registrationOpens, 0, zone),
      // Registration stays open through its last day; unanswered requests expire at the end of the day before the event.
      registrationClosesAt: localInstant(input.registrationCloses, 24 * 60, zone),
      requestsCloseAt: localInstant(input.startDate, 0, zone),
      slots: { create: slots.map((s) => ({ index: s.index, startsAt: s.startsAt, endsAt: s.endsAt })) },
    },
    select: { id: true },
  });
}

/** The event if `manager` may manage it; null otherwise (the page answers 404). */
export function managedEvent(db: Db, eventId: string, manager: EventManager) {
  return db.event.findFirst({
    where: { id: eventId, ...(manager.admin ? {} : { organisationId: manager.organisationId }) },
    include: { slots: { orderBy: { index: "asc" } }, organisation: { select: { name: true } } },
  });
}

export function managedEvents(db: Db, manager: EventManager) {
  return db.event.findMany({
    where: manager.admin ? {} : { organisationId: manager.organisationId },
    orderBy: { requestsCloseAt: "desc" },
    select: {
      id: true,
      title: true,
      status: true,
      requestsCloseAt: true,
      registrationClosesAt: true,
      _count: { select: { participants: true, meetings: true } },
    },
  });
}

export type StatusChange = { ok: true } | { ok: false; error: "invalid_transition" };

/** draft → published → cancelled; conditional on the status read, like every other move. */
export async function setEventStatus(db: Db, eventId: string, manager: EventManager, to: "published" | "cancelled"): Promise<StatusChange | null> {
  const event = await managedEvent(db, eventId, manager);
  if (!event) return null;
  const from = to === "published" ? "draft" : event.status;
  if (event.status === "cancelled" || (to === "published" && event.status !== "draft")) return { ok: false, error: "invalid_transition" };
  const { count } = await db.event.updateMany({ where: { id: eventId, status: from }, data: { status: to } });
  return count === 1 ? { ok: true } : { ok: false, error: "invalid_transition" };
}

/** Published events not yet over, soonest first: the public list. */
export function upcomingEvents(db: Db, now = new Date()) {
  return db.event.findMany({
    where: { status: "published", slots: { some: { endsAt: { gte: now } } } },
    orderBy: { requestsCloseAt: "asc" },
    select: {
      id: true,
      title: true,
      venue: true,
      onlineUrl: true,
      regionCode: true,
      registrationOpensAt: true,
      registrationClosesAt: true,
      capacity: true,
      organisation: { select: { name: true } },
      slots: { orderBy: { index: "asc" }, select: { startsAt: true, endsAt: true } },
      _count: { select: { participants: { where: { status: "approved" } } } },
    },
  });
}

/** A published (or cancelled) event as anyone sees it; drafts only to their office. */
export function publicEvent(db: Db, eventId: string) {
  return db.event.findFirst({
    where: { id: eventId, status: { in: ["published", "cancelled"] } },
    include: {
      slots: { orderBy: { index: "asc" } },
      organisation: { select: { name: true } },
      _count: { select: { participants: { where: { status: "approved" } } } },
    },
  });
}

export type RegisterResult = { ok: true; participantId: string } | { ok: false; error: "registration_closed" | "event_full" | "already_registered" };

/**
 * A buyer or producer registers; the office approves. Refused outside the registration
 * window and once approved and pending registrations fill the capacity.
 */
export async function register(db: Db, eventId: string, org: { id: string; role: ParticipantRole }, now = new Date()): Promise<RegisterResult | null> {
  const event = await db.event.findFirst({ where: { id: eventId, status: "published" }, include: { slots: { select: { index: true } } } });
  if (!event) return null;
  if (now < event.registrationOpensAt || now > event.registrationClosesAt) return { ok: false, error: "registration_closed" };
  return db.$transaction(async (tx) => {
    if (await tx.eventParticipant.findUnique({ where: { eventId_organisationId: { eventId, organisationId: org.id } } })) {
      return { ok: false, error: "already_registered" } as const;
    }
    const taken = await tx.eventParticipant.count({ where: { eventId, status: { in: ["pending", "approved"] } } });
    if (taken >= event.capacity) return { ok: false, error: "event_full" } as const;
    const row = await tx.eventParticipant.create({
      data: { eventId, organisationId: org.id, role: org.role, availableSlots: event.slots.map((s) => s.index) },
      select: { id: true },
    });
    return { ok: true, participantId: row.id } as const;
  });
}

/** The office adds an organisation itself (an invitation): approved at once, whatever the window. */
export async function inviteParticipant(db: Db, eventId: string, manager: EventManager, organisationId: string): Promise<RegisterResult | null> {
  const event = await managedEvent(db, eventId, manager);
  if (!event) return null;
  const org = await db.organisation.findFirst({ where: { id: organisationId, status: "active", kind: { in: ["buyer", "producer"] } }, select: { kind: true } });
  if (!org) return null;
  const existing = await db.eventParticipant.findUnique({ where: { eventId_organisationId: { eventId, organisationId } } });
  if (existing) return { ok: false, error: "already_registered" };
  const row = await db.eventParticipant.create({
    data: { eventId, organisationId, role: org.kind, status: "approved", invitedAt: new Date(), availableSlots: event.slots.map((s) => s.index) },
    select: { id: true },
  });
  return { ok: true, participantId: row.id };
}

/** The office approves or rejects a pending registration (or reverses its decision). */
export async function decideRegistration(db: Db, eventId: string, manager: EventManager, participantId: string, decision: "approved" | "rejected"): Promise<boolean> {
  const event = await managedEvent(db, eventId, manager);
  if (!event) return false;
  const { count } = await db.eventParticipant.updateMany({ where: { id: participantId, eventId, status: { not: decision } }, data: { status: decision } });
  return count === 1;
}

export function participantsOf(db: Db, eventId: string) {
  return db.eventParticipant.findMany({
    where: { eventId },
    orderBy: [{ status: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      role: true,
      status: true,
      invitedAt: true,
      checkedInAt: true,
      availableSlots: true,
      organisation: { select: { id: true, name: true, slug: true, regionCode: true, producer: { select: { regencyCode: true } } } },
    },
  });
}

/** The viewer's organisation's seat at the event, if it registered. */
export function seatOf(db: Db, eventId: string, organisationId: string) {
  return db.eventParticipant.findUnique({ where: { eventId_organisationId: { eventId, organisationId } } });
}

export type AvailabilityResult = { ok: true } | { ok: false; error: "slots_invalid" | "not_registered" };

/** A participant says which slots it can meet in (at least one). */
export async function setAvailability(db: Db, eventId: string, organisationId: string, slotIndexes: readonly number[]): Promise<AvailabilityResult> {
  const seat = await seatOf(db, eventId, organisationId);
  if (!seat || seat.status === "rejected") return { ok: false, error: "not_registered" };
  const slots = new Set((await db.eventSlot.findMany({ where: { eventId }, select: { index: true } })).map((s) => s.index));
  const chosen = [...new Set(slotIndexes)].sort((a, b) => a - b);
  if (chosen.length === 0 || chosen.some((i) => !slots.has(i))) return { ok: false, error: "slots_invalid" };
  await db.eventParticipant.update({ where: { id: seat.id }, data: { availableSlots: chosen } });
  return { ok: true };
}

export function slotIndexes(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((v): v is number => typeof v === "number") : [];
}

/** Active buyers and producers whose name holds the words typed (two letters at least), to invite. */
export function organisationsToInvite(db: Db, query: string, take = 10) {
  if (query.trim().length < 2) return Promise.resolve([]);
  return db.organisation.findMany({ where: { status: "active", kind: { in: ["buyer", "producer"] }, name: { contains: query.trim() } }, take, select: { id: true, name: true, kind: true } });
}
