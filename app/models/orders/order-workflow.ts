// Who may move a purchase order from which state to which: the one place the order life
// cycle is written down. Pure; order.server.ts applies it atomically, like the matcher's.
//
//   draft → proposed (buyer) ⇄ countered by either side → agreed (the side that did not write
//   the standing version) → down_payment_paid (its payment settled) → delivered (producer)
//   → paid (the balance settled) → completed (buyer)
//   exits: cancelled (either side, before delivery: after the down payment was paid, with the
//   refund its terms give, see cancellationRefund), refunded (an admin, after money moved)
import { z } from "zod";
import { valueReader } from "../domain.ts";
import { DEFAULT_TAX_RULES, taxFor } from "../trade/tax.ts";
import type { Side } from "../matches/match-workflow.ts";

export const ORDER_STATES = ["draft", "proposed", "agreed", "down_payment_paid", "delivered", "paid", "completed", "cancelled", "refunded"] as const;
export type OrderState = (typeof ORDER_STATES)[number];
export const readOrderState = valueReader(ORDER_STATES, "order state");

/** Moves people make; payments settling move the order too (see afterSettlement). */
export const ORDER_ACTIONS = ["propose", "counter", "accept", "decline", "cancel", "deliver", "complete", "refund"] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

export type OrderSide = Exclude<Side, "broker"> | "admin";

/** Delivery terms, after the Incoterms 2020 rules that fit domestic trade. */
export const DELIVERY_TERMS = ["EXW", "FCA", "DAP", "DDP"] as const;
export type DeliveryTerm = (typeof DELIVERY_TERMS)[number];

export const PAYMENT_KINDS = ["down_payment", "balance"] as const;
export type PaymentKind = (typeof PAYMENT_KINDS)[number];
export const readPaymentKind = valueReader(PAYMENT_KINDS, "payment kind");

interface OrderFacts {
  state: OrderState;
  /** Who wrote the version on the table: only the other side may accept or counter it. */
  versionBy: "buyer" | "producer";
  /** Whether the agreed terms ask for a down payment (or a balance) at all. */
  hasDownPayment: boolean;
}

/** The state an action leads to, or null when this side may not take it now. */
export function nextOrderState(order: OrderFacts, action: OrderAction, side: OrderSide): OrderState | null {
  const other = side !== "admin" && side !== order.versionBy;
  switch (action) {
    case "propose":
      return order.state === "draft" && side === "buyer" ? "proposed" : null;
    case "counter":
      return order.state === "proposed" && other ? "proposed" : null;
    case "accept":
      return order.state === "proposed" && other ? "agreed" : null;
    case "decline":
      return order.state === "proposed" && other ? "cancelled" : null;
    case "cancel":
      // Before delivery either side may walk away (once the down payment is paid, against the
      // refund the terms give); the buyer may drop its own draft.
      if (side === "admin") return null;
      return order.state === "draft" ? (side === "buyer" ? "cancelled" : null) : (["proposed", "agreed", "down_payment_paid"] as OrderState[]).includes(order.state) ? "cancelled" : null;
    case "deliver":
      if (side !== "producer") return null;
      return order.state === "down_payment_paid" || (order.state === "agreed" && !order.hasDownPayment) ? "delivered" : null;
    case "complete":
      return order.state === "paid" && side === "buyer" ? "completed" : null;
    case "refund":
      return side === "admin" && (["down_payment_paid", "delivered", "paid", "completed"] as OrderState[]).includes(order.state) ? "refunded" : null;
  }
}

/** The state a settled payment moves the order to, or null when it does not move it. */
export function afterSettlement(state: OrderState, kind: PaymentKind): OrderState | null {
  if (kind === "down_payment" && state === "agreed") return "down_payment_paid";
  if (kind === "balance" && state === "delivered") return "paid";
  return null;
}

/**
 * Rupiah of a paid down payment owed back when an order is cancelled before delivery: the
 * share the agreed terms give when the buyer walks away, all of it when the producer does
 * (it is the one not delivering).
 */
export function cancellationRefund(paid: number, cancellationRefundPercent: number, side: OrderSide): number {
  return side === "producer" ? paid : Math.round((paid * cancellationRefundPercent) / 100);
}

/** The actions a side may take on an order in this state, for its buttons. */
export function orderActionsFor(order: OrderFacts, side: OrderSide): OrderAction[] {
  return ORDER_ACTIONS.filter((a) => nextOrderState(order, a, side) !== null);
}

export interface OrderLine {
  productId: string | null;
  name: string;
  quantity: number;
  unit: string;
  /** Rupiah per unit, whole. */
  unitPrice: number;
}

const StoredLines = z.array(z.object({ productId: z.string().nullable(), name: z.string(), quantity: z.number().int(), unit: z.string(), unitPrice: z.number().int() }));

/** A version's lines as stored (JSON): checked, so a malformed row fails loudly instead of being cast. */
export function readOrderLines(stored: unknown): OrderLine[] {
  return StoredLines.parse(stored);
}

/** Who wrote a version of the terms: only the two parties do. */
export const readVersionAuthor = valueReader(["buyer", "producer"] as const, "order version author");

/** States in which a PKP producer may record the tax invoice it issued: once the terms are agreed. */
export const FAKTUR_STATES: readonly OrderState[] = ["agreed", "down_payment_paid", "delivered", "paid", "completed"];

/** The parties' tax status and the PPN rules an order was drafted under (see Order.sellerPkp). */
export interface OrderTax {
  sellerPkp: boolean;
  buyerCollectsVat: boolean;
  ppnRatePercent: number;
  dppNumerator: number;
  dppDenominator: number;
}
export const UNTAXED: OrderTax = { sellerPkp: false, buyerCollectsVat: false, ppnRatePercent: DEFAULT_TAX_RULES.ppnRatePercent, dppNumerator: DEFAULT_TAX_RULES.dppNumerator, dppDenominator: DEFAULT_TAX_RULES.dppDenominator };

/**
 * The order's money, in whole rupiah: the lines' total (prices exclude PPN, as quotations
 * between businesses state them), the tax on it (trade/tax.ts: PPN only when the seller is a
 * PKP), what the buyer pays the producer (the total with PPN, or without it when the buyer
 * collects the PPN itself), and of that the down payment (its share, rounded to the rupiah)
 * and the balance due on delivery.
 */
export function orderAmounts(lines: readonly OrderLine[], downPaymentPercent: number, orderTax: OrderTax = UNTAXED) {
  const total = lines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0);
  const { sellerPkp, buyerCollectsVat, ppnRatePercent, dppNumerator, dppDenominator } = orderTax;
  const tax = taxFor({ price: total, sellerPkp, buyerCollectsVat }, { ...DEFAULT_TAX_RULES, ppnRatePercent, dppNumerator, dppDenominator });
  const payable = tax.payableToSeller;
  const downPayment = Math.round((payable * downPaymentPercent) / 100);
  return { total, tax, payable, downPayment, balance: payable - downPayment };
}

/** A version's terms as the order page and the invoice show them: its lines read, and what they come to under the order's tax. */
export function versionTerms(
  version: { lines: unknown; deliveryAddress: string; deliveryDate: Date; deliveryTerm: string; downPaymentPercent: number; downPaymentDueDays: number; balanceDueDays: number; cancellationRefundPercent: number; notes: string | null },
  orderTax: OrderTax,
) {
  const lines = readOrderLines(version.lines);
  return {
    lines,
    deliveryAddress: version.deliveryAddress,
    deliveryDate: version.deliveryDate,
    deliveryTerm: version.deliveryTerm,
    downPaymentPercent: version.downPaymentPercent,
    downPaymentDueDays: version.downPaymentDueDays,
    balanceDueDays: version.balanceDueDays,
    cancellationRefundPercent: version.cancellationRefundPercent,
    notes: version.notes,
    amounts: orderAmounts(lines, version.downPaymentPercent, orderTax),
    ppnRatePercent: orderTax.ppnRatePercent,
  };
}
