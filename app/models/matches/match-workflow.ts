// Who may move a match from which state to which: the one place the partnership life cycle
// is written down. Pure; match.server.ts applies it atomically.
//
//   suggested → shortlisted (buyer) → introduced (dinas of the producer's region, or admin)
//             → accepted (buyer) → confirmed (producer) → completed (buyer)
//   exits: declined (buyer, with a reason), withdrawn (producer), expired (the system)
import type { MatchState } from "../domain.ts";
import type { Role } from "../accounts/permissions.ts";

export const MATCH_ACTIONS = ["shortlist", "introduce", "accept", "confirm", "complete", "decline", "withdraw"] as const;
export type MatchAction = (typeof MATCH_ACTIONS)[number];

/** "not_the_product" also teaches the matcher that such products are not what such needs ask for (lessons.ts). */
export const DECLINE_REASONS = ["not_the_product", "price", "capacity", "certification", "location", "quality", "other"] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];
/** The decline reason saying the product is not the thing asked for: the one that teaches the matcher (lessons.server.ts). */
export const NOT_THE_PRODUCT: DeclineReason = "not_the_product";

interface Rule {
  from: readonly MatchState[];
  to: MatchState;
  /** The side that acts: the need's buyer, the producer, or a broker (dinas of the region, admin). */
  by: "buyer" | "producer" | "broker";
}

export const MATCH_TRANSITIONS: Record<MatchAction, Rule> = {
  shortlist: { from: ["suggested"], to: "shortlisted", by: "buyer" },
  introduce: { from: ["shortlisted"], to: "introduced", by: "broker" },
  // A buyer may accept straight from the shortlist: an introduction helps but is not required.
  accept: { from: ["shortlisted", "introduced"], to: "accepted", by: "buyer" },
  confirm: { from: ["accepted"], to: "confirmed", by: "producer" },
  complete: { from: ["confirmed", "ordered"], to: "completed", by: "buyer" },
  decline: { from: ["suggested", "shortlisted", "introduced", "accepted"], to: "declined", by: "buyer" },
  withdraw: { from: ["suggested", "shortlisted", "introduced", "accepted"], to: "withdrawn", by: "producer" },
};

export type Side = Rule["by"];

/** The partnership funnel's steps in order, as the dashboard counts them. */
export const FUNNEL_STEPS = ["suggested", "shortlisted", "introduced", "accepted", "confirmed", "ordered", "completed"] as const satisfies readonly MatchState[];
export type FunnelStep = (typeof FUNNEL_STEPS)[number];
/** Steps a partnership may skip: accepted without an introduction, completed without an order. */
export const OPTIONAL_FUNNEL_STEPS: readonly FunnelStep[] = ["introduced", "ordered"];

/** The Match column holding the minutes from a match's creation to each step after "suggested". */
export const FUNNEL_STEP_COLUMNS = {
  shortlisted: "minutesToShortlisted",
  introduced: "minutesToIntroduced",
  accepted: "minutesToAccepted",
  confirmed: "minutesToConfirmed",
  ordered: "minutesToOrdered",
  completed: "minutesToCompleted",
} as const satisfies Record<Exclude<FunnelStep, "suggested">, string>;
type StepColumn = (typeof FUNNEL_STEP_COLUMNS)[keyof typeof FUNNEL_STEP_COLUMNS];

/**
 * The Match fields a move into `to` at `at` writes besides the state: when `to` is a funnel
 * step, the minutes since the match was created. States only move forward, so a step is
 * never entered twice.
 */
export function stepReached(to: MatchState, at: Date, matchCreatedAt: Date): Partial<Record<StepColumn, number>> {
  if (!(to in FUNNEL_STEP_COLUMNS)) return {};
  return { [FUNNEL_STEP_COLUMNS[to as keyof typeof FUNNEL_STEP_COLUMNS]]: Math.round((at.getTime() - matchCreatedAt.getTime()) / 60_000) };
}

/** The side a role acts on for a given match, or null when it has none. */
export function sideOf(role: Role, relation: { isBuyer: boolean; isProducer: boolean; brokers: boolean }): Side | null {
  if (role === "buyer" && relation.isBuyer) return "buyer";
  if (role === "producer" && relation.isProducer) return "producer";
  if ((role === "dinas" || role === "admin") && relation.brokers) return "broker";
  return null;
}

export function nextState(current: MatchState, action: MatchAction, side: Side): MatchState | null {
  const rule = MATCH_TRANSITIONS[action];
  return rule.by === side && rule.from.includes(current) ? rule.to : null;
}

/**
 * States a match leaves for "expired" when its need is no longer open or its date has passed:
 * every state before the producer confirmed (a confirmed partnership stands on its own).
 */
export const EXPIRING_STATES: readonly MatchState[] = ["suggested", "shortlisted", "introduced", "accepted"];

/**
 * Moves no person makes: a partnership follows its order and its accepted quotation (ordered when the order is agreed,
 * completed with it) and expires with its need. Written by the same writer as people's moves
 * (match.server.ts), so every change of state is conditional and leaves an event.
 */
export const SYSTEM_MOVES = {
  order: { from: ["confirmed"], to: "ordered" },
  orderCompleted: { from: ["ordered"], to: "completed" },
  // The producer's quotation, once the buyer accepts it, stands for the producer's confirmation.
  quotationAccepted: { from: ["accepted"], to: "confirmed" },
  expire: { from: EXPIRING_STATES, to: "expired" },
} as const satisfies Record<string, { from: readonly MatchState[]; to: MatchState }>;
export type SystemMove = keyof typeof SYSTEM_MOVES;

export function systemNextState(current: MatchState, move: SystemMove): MatchState | null {
  const rule = SYSTEM_MOVES[move];
  return (rule.from as readonly MatchState[]).includes(current) ? rule.to : null;
}

/** After a temu bisnis meeting the buyer moves a partnership forward only: shortlist or accept. */
export const ACTIONS_AFTER_MEETING = ["shortlist", "accept"] as const satisfies readonly MatchAction[];

/** The actions a side may take on a match in this state, for its buttons. */
export function actionsFor(current: MatchState, side: Side): MatchAction[] {
  return MATCH_ACTIONS.filter((a) => nextState(current, a, side) !== null);
}
