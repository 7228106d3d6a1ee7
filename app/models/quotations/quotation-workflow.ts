// Who may move a request for quotation from which state to which, and what a quotation
// means for the purchase order: the one place the RFQ life cycle is written down. Pure;
// quotation.server.ts applies it atomically.
//
//   requested → quoted (producer: price, minimum order, lead time, validity, terms)
//             → accepted (buyer, while the price holds) | rejected (buyer: not chosen)
//   exits: declined (producer, with a reason), withdrawn (buyer, before it is accepted)
//
// Accepting a quotation is an agreement: the producer offered, the buyer took the offer. So
// the partnership moves to "accepted" (the buyer's move) and on to "confirmed" (the
// producer's quotation stands for its confirmation), and the purchase order is drafted from
// the quotation's terms.
import { dateToDay } from "~/lib/calendar-day.ts";
import type { MatchState, QuotationState } from "../domain.ts";
import { EXPIRING_STATES } from "../matches/match-workflow.ts";

export const QUOTATION_ACTIONS = ["quote", "decline", "accept", "reject", "withdraw"] as const;
export type QuotationAction = (typeof QUOTATION_ACTIONS)[number];

/** Why a producer does not quote: what the buyer and the dinas learn from it. */
export const QUOTE_DECLINE_REASONS = ["capacity", "deadline", "not_our_product", "minimum_order", "certification", "other"] as const;
export type QuoteDeclineReason = (typeof QUOTE_DECLINE_REASONS)[number];

export type QuotationSide = "buyer" | "producer";

interface Rule {
  from: readonly QuotationState[];
  to: QuotationState;
  by: QuotationSide;
}

export const QUOTATION_TRANSITIONS: Record<QuotationAction, Rule> = {
  quote: { from: ["requested"], to: "quoted", by: "producer" },
  decline: { from: ["requested"], to: "declined", by: "producer" },
  accept: { from: ["quoted"], to: "accepted", by: "buyer" },
  reject: { from: ["quoted"], to: "rejected", by: "buyer" },
  withdraw: { from: ["requested", "quoted"], to: "withdrawn", by: "buyer" },
};

/** States in which a partnership's quotation is still open: no second request meanwhile. */
export const OPEN_QUOTATION_STATES: readonly QuotationState[] = ["requested", "quoted"];

/** The match states a buyer may ask a quotation in: still in progress (the states that expire with the need), not after an exit. */
export const QUOTABLE_MATCH_STATES: readonly MatchState[] = EXPIRING_STATES;
/** The match states a quotation may be answered and accepted in: those, and a partnership confirmed but not yet ordered. */
export const ANSWERABLE_MATCH_STATES: readonly MatchState[] = [...QUOTABLE_MATCH_STATES, "confirmed"];

/** Whether a quoted price no longer holds: its last valid day (WIB) is before today. */
export function isExpired(quotation: { state: QuotationState; validUntil: Date | null }, now: Date): boolean {
  return quotation.state === "quoted" && quotation.validUntil !== null && dateToDay(quotation.validUntil) < dateToDay(now);
}

export type MoveRefusal = "quotation_invalid_transition" | "quotation_expired";

/** The state an action leads to, or why it may not be taken. */
export function nextQuotationState(quotation: { state: QuotationState; validUntil: Date | null }, action: QuotationAction, side: QuotationSide, now: Date): QuotationState | MoveRefusal {
  const rule = QUOTATION_TRANSITIONS[action];
  if (rule.by !== side || !rule.from.includes(quotation.state)) return "quotation_invalid_transition";
  if (action === "accept" && isExpired(quotation, now)) return "quotation_expired";
  return rule.to;
}

/** The actions a side may take on a quotation now, for its buttons. */
export function quotationActionsFor(quotation: { state: QuotationState; validUntil: Date | null }, side: QuotationSide, now: Date): QuotationAction[] {
  return QUOTATION_ACTIONS.filter((a) => QUOTATION_TRANSITIONS[a].by === side && !isQuotationRefusal(nextQuotationState(quotation, a, side, now)));
}

export function isQuotationRefusal(value: QuotationState | MoveRefusal): value is MoveRefusal {
  return value === "quotation_invalid_transition" || value === "quotation_expired";
}

/** What a quoted offer comes to for the quantity asked (or the minimum order, when larger). */
export function quotedTotal(quotation: { quantity: number; unitPrice: number | null; minOrderQuantity: number | null }): number | null {
  if (quotation.unitPrice === null) return null;
  return orderQuantity(quotation) * quotation.unitPrice;
}

/** The quantity an order on this quotation is for: what was asked, raised to the minimum order. */
export function orderQuantity(quotation: { quantity: number; minOrderQuantity: number | null }): number {
  return Math.max(quotation.quantity, quotation.minOrderQuantity ?? 0);
}

/** The earliest day the goods can come: the lead time from the day of acceptance, or the day asked if later. */
export function earliestDelivery(quotation: { deliveryDate: Date; leadTimeDays: number | null }, acceptedAt: Date): Date {
  const ready = new Date(acceptedAt.getTime() + (quotation.leadTimeDays ?? 0) * 86_400_000);
  return ready > quotation.deliveryDate ? ready : quotation.deliveryDate;
}

interface Comparable {
  id: string;
  state: QuotationState;
  unitPrice: number | null;
  leadTimeDays: number | null;
  validUntil: Date | null;
  quantity: number;
  minOrderQuantity: number | null;
}

/**
 * The comparison a buyer reads for one need: of the offers that can still be accepted, the
 * lowest price and the shortest lead time. Ties name every quotation that has the best value.
 */
export function bestOffers(quotations: readonly Comparable[], now: Date): { lowestPrice: string[]; shortestLead: string[] } {
  const live = quotations.filter((q) => q.state === "quoted" && !isExpired(q, now) && q.unitPrice !== null);
  const lowest = Math.min(...live.map((q) => q.unitPrice!));
  const shortest = Math.min(...live.flatMap((q) => (q.leadTimeDays === null ? [] : [q.leadTimeDays])));
  return {
    lowestPrice: live.filter((q) => q.unitPrice === lowest).map((q) => q.id),
    shortestLead: live.filter((q) => q.leadTimeDays === shortest).map((q) => q.id),
  };
}
