// Matches as records: a suggestion becomes a Match row when someone acts on it, and every
// move afterwards goes through match-workflow.ts, atomically: the state only changes if it
// is still the one the actor saw, so two people acting at once get one winner and a
// conflict, never a lost update. Every move is a MatchEvent (who, when, from, to, note) and
// a notice to the other side (in the app and by e-mail), in the same transaction.
import type { Db, Tx } from "~/db.server.ts";
import { readRows } from "~/db-reads.server.ts";
import { type MatchState, readMatchState } from "../domain.ts";
import { toStored } from "~/matching/stored.ts";
import { learnFromMove } from "~/matching/lessons.server.ts";
import { MEMBERS, notify, usersOf } from "../platform/notification.server.ts";
import { producersIn } from "../certifications/certification.server.ts";
import { scopeCovers, type RegionScope } from "../region-scope.ts";
import { DECLINE_REASONS, EXPIRING_STATES, nextState, sideOf, stepReached, systemNextState, type MatchAction, type Side } from "./match-workflow.ts";
import type { Role } from "../accounts/permissions.ts";
import type { Suggestion } from "~/matching/suggestions.server.ts";

export interface MatchActor {
  userId: string;
  role: Role;
  organisationId: string | null;
  /** For dinas and admins: the producers they broker for. */
  scope: RegionScope | null;
}

export type ActResult = { ok: true; state: MatchState } | { ok: false; error: "not_found" | "invalid_transition" | "conflict" };

/** The need's matches by producer, for showing each suggestion's state. */
export async function matchStatesOfNeed(db: Db, needId: string): Promise<Record<string, { id: string; state: MatchState; interested: boolean }>> {
  // Read on every view of a buyer's suggestions page, so off Prisma (db-reads.server.ts).
  const rows = await readRows<{ id: string; producerId: string; state: string; interestedAt: unknown }>(db, `SELECT "id", "producerId", "state", "interestedAt" FROM "Match" WHERE "needId" = ?`, [needId]);
  return Object.fromEntries(rows.map((r) => [r.producerId, { id: r.id, state: readMatchState(r.state), interested: r.interestedAt !== null }]));
}

/** The Match row of a suggestion, created in state "suggested" with its score breakdown. */
export async function recordSuggestion(db: Db, needId: string, suggestion: Suggestion): Promise<string> {
  const breakdown = toStored(suggestion);
  const row = await db.match.upsert({
    where: { needId_producerId: { needId, producerId: suggestion.producerId } },
    create: { needId, producerId: suggestion.producerId, productId: suggestion.productId, score: suggestion.score, scoreBreakdown: breakdown },
    update: {},
    select: { id: true },
  });
  return row.id;
}

/**
 * The one writer of a match's state: the move happens only if the state is still the one read
 * (two clicks, one winner), records the funnel step reached and an event, and, for a buyer's
 * move, what it teaches the matcher (lessons.server.ts). False when it lost.
 */
async function writeMove(
  tx: Tx,
  match: { id: string; state: MatchState; createdAt: Date },
  to: MatchState,
  by: { actorUserId: string | null; actorRole: Side | "system"; note: string | null },
  at: Date,
): Promise<boolean> {
  const { count } = await tx.match.updateMany({ where: { id: match.id, state: match.state }, data: { state: to, ...stepReached(to, at, match.createdAt) } });
  if (count === 1) {
    await tx.matchEvent.create({ data: { matchId: match.id, fromState: match.state, toState: to, actorUserId: by.actorUserId, actorRole: by.actorRole, note: by.note, createdAt: at } });
    if (by.actorRole === "buyer") await learnFromMove(tx, match.id, to, by.note, at);
  }
  return count === 1;
}

/**
 * A partnership following its order (SYSTEM_MOVES): ordered when the order is agreed,
 * completed with it. A match not in the state the move starts from stays as it is.
 */
export async function followOrder(tx: Tx, match: { id: string; state: string; createdAt: Date }, move: "order" | "orderCompleted", actorUserId: string, at: Date): Promise<void> {
  const to = systemNextState(readMatchState(match.state), move);
  if (to) await writeMove(tx, { ...match, state: readMatchState(match.state) }, to, { actorUserId, actorRole: "system", note: "order" }, at);
}

/**
 * A partnership following its quotations. Asking shortlists a suggestion (the buyer's own
 * move); accepting is the buyer's acceptance and, the producer having quoted, its
 * confirmation, so the order can be drafted at once. Steps already passed are skipped, each
 * one taken is its own event (note "quotation"), so the funnel counts every step. Returns the
 * state the partnership is in afterwards, for the caller to refuse what did not happen.
 */
export async function followQuotation(tx: Tx, match: { id: string; state: string; createdAt: Date }, event: "asked" | "accepted", actorUserId: string, at: Date): Promise<MatchState> {
  const steps: ("shortlist" | "accept" | "quotationAccepted")[] = event === "asked" ? ["shortlist"] : ["shortlist", "accept", "quotationAccepted"];
  let state = readMatchState(match.state);
  for (const step of steps) {
    const to = step === "quotationAccepted" ? systemNextState(state, step) : nextState(state, step, "buyer");
    if (!to) continue;
    const by = { actorUserId, actorRole: step === "quotationAccepted" ? ("system" as const) : ("buyer" as const), note: "quotation" };
    // Another move won meanwhile: the state is no longer known here.
    if (!(await writeMove(tx, { id: match.id, state, createdAt: match.createdAt }, to, by, at))) return readMatchState((await tx.match.findUniqueOrThrow({ where: { id: match.id }, select: { state: true } })).state);
    state = to;
  }
  return state;
}

export async function actOnMatch(
  db: Db,
  matchId: string,
  action: MatchAction,
  actor: MatchActor,
  note: string | null,
): Promise<ActResult> {
  const match = await db.match.findUnique({
    where: { id: matchId },
    select: {
      state: true,
      createdAt: true,
      need: { select: { id: true, title: true, buyerId: true, buyer: { select: { memberships: MEMBERS } } } },
      producer: { select: { organisationId: true, regencyCode: true, legalName: true, organisation: { select: { memberships: MEMBERS } } } },
    },
  });
  if (!match) return { ok: false, error: "not_found" };
  const side: Side | null = sideOf(actor.role, {
    isBuyer: match.need.buyerId === actor.organisationId,
    isProducer: match.producer.organisationId === actor.organisationId,
    brokers: actor.scope !== null && scopeCovers(actor.scope, match.producer.regencyCode),
  });
  // Someone with no side in this match does not learn that it exists.
  if (!side) return { ok: false, error: "not_found" };
  const from = readMatchState(match.state);
  const to = nextState(from, action, side);
  if (!to) return { ok: false, error: "invalid_transition" };
  return db.$transaction(async (tx) => {
    if (!(await writeMove(tx, { id: matchId, state: from, createdAt: match.createdAt }, to, { actorUserId: actor.userId, actorRole: side, note }, new Date()))) {
      return { ok: false, error: "conflict" } as const;
    }
    // Tell the other side (both, when a broker acts), each on the page where they act.
    const params = { need: match.need.title, producer: match.producer.legalName, state: to, ...(to === "declined" && note ? { reason: note } : {}) };
    if (side !== "buyer") {
      await notify(tx, usersOf(match.need.buyer), { kind: "match_state", params, link: `/workspace/needs/${match.need.id}/suggestions` }, { email: true });
    }
    if (side !== "producer") {
      await notify(tx, usersOf(match.producer.organisation), { kind: "match_state", params, link: "/workspace/matches" }, { email: true });
    }
    return { ok: true, state: to } as const;
  });
}

/** What a list of partnerships shows of each: where it stands, its score, when it last moved, the product. */
const MATCH_HEAD = { id: true, state: true, score: true, updatedAt: true, product: { select: { name: true } } } as const;

/** A producer's matches that a buyer or broker has acted on, newest first. */
export function producerMatches(db: Db, producerId: string) {
  return db.match.findMany({
    where: { producerId, state: { not: "suggested" } },
    orderBy: { updatedAt: "desc" },
    select: {
      ...MATCH_HEAD,
      need: { select: { id: true, title: true, quantity: true, unit: true, neededBy: true, buyerId: true, buyer: { select: { name: true, verification: true } } } },
      events: { orderBy: { createdAt: "desc" }, take: 1, select: { note: true, toState: true } },
    },
  });
}

/** Matches of the producers a broker serves (their region, or all for admins), buyer-acted first. */
export function brokerMatches(db: Db, scope: RegionScope, take = 200) {
  return db.match.findMany({
    where: { state: { in: ["shortlisted", "introduced", "accepted", "confirmed"] }, producer: producersIn(scope) },
    orderBy: { updatedAt: "desc" },
    take,
    select: {
      ...MATCH_HEAD,
      producer: { select: { legalName: true, regencyCode: true, organisation: { select: { slug: true } } } },
      need: { select: { title: true, buyer: { select: { name: true } } } },
    },
  });
}

/**
 * The Match row of a stored suggestion (created in state "suggested" with its breakdown if
 * it is not one yet); null when the matcher does not suggest this producer for the need.
 */
export async function matchFromStoredSuggestion(db: Pick<Db, "match" | "needSuggestion">, needId: string, producerId: string): Promise<{ id: string; state: string } | null> {
  const suggestion = await db.needSuggestion.findUnique({ where: { needId_producerId: { needId, producerId } }, select: { productId: true, score: true, breakdown: true } });
  const existing = await db.match.findUnique({ where: { needId_producerId: { needId, producerId } }, select: { id: true, state: true } });
  if (existing || !suggestion) return existing;
  return db.match.upsert({
    where: { needId_producerId: { needId, producerId } },
    create: { needId, producerId, productId: suggestion.productId, score: suggestion.score, scoreBreakdown: suggestion.breakdown ?? {} },
    update: {},
    select: { id: true, state: true },
  });
}

export type InterestResult = { ok: true } | { ok: false; error: "not_found" | "already_interested" };

/**
 * A producer tells the buyer it is interested in a need it is suggested for. The suggestion
 * becomes a Match row (if it is not one yet) marked interested; the buyer is told. Only a
 * producer the matcher currently suggests may do so, and only once.
 */
export async function expressInterest(
  db: Db,
  producer: { id: string; organisationId: string },
  needId: string,
  actorUserId: string,
): Promise<InterestResult> {
  const suggestion = await db.needSuggestion.findUnique({
    where: { needId_producerId: { needId, producerId: producer.id } },
    select: {
      productId: true,
      score: true,
      breakdown: true,
      producer: { select: { legalName: true } },
      need: { select: { title: true, status: true, buyer: { select: { memberships: MEMBERS } } } },
    },
  });
  if (!suggestion || suggestion.need.status !== "open") return { ok: false, error: "not_found" };
  return db.$transaction(async (tx) => {
    const match = (await matchFromStoredSuggestion(tx, needId, producer.id))!;
    // Conditional, so a double click records one interest.
    const { count } = await tx.match.updateMany({ where: { id: match.id, interestedAt: null }, data: { interestedAt: new Date() } });
    if (count === 0) return { ok: false, error: "already_interested" } as const;
    await tx.matchEvent.create({ data: { matchId: match.id, fromState: match.state, toState: match.state, actorUserId, actorRole: "producer", note: "interested" } });
    const params = { need: suggestion.need.title, producer: suggestion.producer.legalName };
    await notify(tx, usersOf(suggestion.need.buyer), { kind: "match_interest", params, link: `/workspace/needs/${needId}/suggestions` }, { email: true });
    return { ok: true } as const;
  });
}

/** Why buyers declined the matches of a broker's producers: a count per reason, every reason listed. */
export async function declineReasonsIn(db: Db, scope: RegionScope): Promise<{ reason: (typeof DECLINE_REASONS)[number]; count: number }[]> {
  const rows = await db.matchEvent.groupBy({ by: ["note"], where: { toState: "declined", match: { producer: producersIn(scope) } }, _count: { _all: true } });
  return DECLINE_REASONS.map((reason) => ({ reason, count: rows.find((r) => r.note === reason)?._count._all ?? 0 }));
}

/**
 * The system's exit: matches still in progress whose need closed or whose date passed become
 * "expired", each with an event. Conditional on the state read, like every other move, so a
 * buyer acting at the same moment wins or loses cleanly. Returns how many expired.
 */
export async function expireMatches(db: Db, now = new Date()): Promise<number> {
  const stale = await db.match.findMany({
    where: { state: { in: [...EXPIRING_STATES] }, need: { OR: [{ status: { not: "open" } }, { neededBy: { lt: now } }] } },
    select: { id: true, state: true, createdAt: true },
    take: 500,
  });
  let expired = 0;
  for (const match of stale) {
    const to = systemNextState(readMatchState(match.state), "expire");
    if (!to) continue;
    const moved = await db.$transaction((tx) => writeMove(tx, { ...match, state: readMatchState(match.state) }, to, { actorUserId: null, actorRole: "system", note: null }, now));
    if (moved) expired++;
  }
  return expired;
}
