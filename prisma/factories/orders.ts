// Demo purchase orders behind the seeded partnerships that reached an order: the buyer's
// terms (one version), agreement, the down payment, delivery and the balance, each paid after
// a spell that varies by buyer, and some still unpaid past their due date, so the dashboard's
// partnership value and payment speed have something to show. Rows only (no IO).
import { orderAmounts, UNTAXED, type OrderLine, type OrderTax } from "../../app/models/orders/order-workflow.ts";
import { paymentReference } from "../../app/models/trade/banks.ts";
import type { FactoryContext } from "./context.ts";
import type { NeedRow, OrganisationRow, ProductRow } from "./rows.ts";

export interface OrderRows {
  orders: ({ id: string; number: string; matchId: string; buyerId: string; producerId: string; state: string; paymentMode: string; versionNumber: number; agreedAt: Date; deliveredAt: Date | null; completedAt: Date | null; createdAt: Date; updatedAt: Date; sellerNpwp: string | null; buyerNpwp: string | null } & OrderTax)[];
  orderVersions: { id: string; orderId: string; number: number; authorSide: string; lines: OrderLine[]; total: bigint; deliveryAddress: string; deliveryDate: Date; deliveryTerm: string; downPaymentPercent: number; downPaymentDueDays: number; balanceDueDays: number; notes: string | null; createdAt: Date }[];
  orderEvents: { id: string; orderId: string; fromState: string | null; toState: string; actorRole: string; note: string | null; createdAt: Date }[];
  payments: { id: string; orderId: string; kind: string; reference: string; amount: bigint; mode: string; status: string; dueAt: Date; paidAt: Date | null; createdAt: Date; updatedAt: Date }[];
}

export function emptyOrderRows(): OrderRows {
  return { orders: [], orderVersions: [], orderEvents: [], payments: [] };
}

const DAY = 86_400_000;

/**
 * One order agreed at `agreedAt`; with `complete`, delivered and paid in full. Returns when
 * it completed, or null while it is still under way.
 */
export function planDemoOrder(
  ctx: FactoryContext,
  rows: OrderRows,
  o: { matchId: string; need: NeedRow; product: ProductRow; agreedAt: Date; complete: boolean; seller?: OrganisationRow; buyer?: OrganisationRow },
): Date | null {
  const rng = ctx.rng;
  const now = ctx.now.getTime();
  const id = ctx.nextId("ord");
  const number = `PO-${o.agreedAt.getUTCFullYear()}-${id.replace(/\D/g, "").padStart(6, "0")}`;
  // The parties' tax status as the order was drafted (see Order.sellerPkp).
  const tax: OrderTax = { ...UNTAXED, sellerPkp: o.seller?.pkp ?? false, buyerCollectsVat: o.buyer?.vatCollector ?? false };
  const lines: OrderLine[] = [{ productId: o.product.id, name: o.product.name, quantity: o.need.quantity, unit: o.need.unit, unitPrice: o.product.priceMin ?? o.need.budgetPerUnit ?? rng.int(5, 200) * 1_000 }];
  const downPaymentPercent = rng.pick([0, 20, 30, 50]);
  const amounts = orderAmounts(lines, downPaymentPercent, tax);
  const terms = { downPaymentDueDays: 7, balanceDueDays: rng.pick([14, 30, 45]) };
  const proposedAt = new Date(o.agreedAt.getTime() - rng.int(1, 5) * DAY);
  const event = (fromState: string | null, toState: string, actorRole: string, at: Date, note: string | null = null) =>
    rows.orderEvents.push({ id: ctx.nextId("oev"), orderId: id, fromState, toState, actorRole, note, createdAt: at });
  event(null, "draft", "buyer", proposedAt);
  event("draft", "proposed", "buyer", proposedAt);
  event("proposed", "agreed", "producer", o.agreedAt);
  // How long this buyer takes to pay: some promptly, some (the complaint) for weeks.
  const slowness = rng.pick([2, 5, 10, 25, 45]);
  const pay = (kind: string, amount: number, askedAt: Date, dueDays: number, fromState: string, toState: string): Date | null => {
    const paidAt = askedAt.getTime() + rng.int(1, slowness * 2) * DAY;
    const paid = paidAt < now;
    rows.payments.push({ id: ctx.nextId("pay"), orderId: id, kind, reference: paymentReference(number, kind === "down_payment" ? 1 : 2), amount: BigInt(amount), mode: "manual", status: paid ? "paid" : "due", dueAt: new Date(askedAt.getTime() + dueDays * DAY), paidAt: paid ? new Date(paidAt) : null, createdAt: askedAt, updatedAt: paid ? new Date(paidAt) : askedAt });
    if (paid) event(fromState, toState, "producer", new Date(paidAt), `${kind}_received`);
    return paid ? new Date(paidAt) : null;
  };
  let state = "agreed";
  let deliveredAt: Date | null = null;
  let completedAt: Date | null = null;
  let at: Date | null = o.agreedAt;
  if (amounts.downPayment > 0) {
    at = pay("down_payment", amounts.downPayment, o.agreedAt, terms.downPaymentDueDays, "agreed", "down_payment_paid");
    if (at) state = "down_payment_paid";
  }
  if (at && o.complete) {
    const delivery = at.getTime() + rng.int(3, 20) * DAY;
    if (delivery < now) {
      deliveredAt = new Date(delivery);
      event(state, "delivered", "producer", deliveredAt);
      state = "delivered";
      const paidAt = pay("balance", amounts.balance, deliveredAt, terms.balanceDueDays, "delivered", "paid");
      if (paidAt) {
        state = "paid";
        const done = paidAt.getTime() + rng.int(1, 3) * DAY;
        if (done < now) {
          completedAt = new Date(done);
          event("paid", "completed", "buyer", completedAt);
          state = "completed";
        }
      }
    }
  }
  rows.orders.push({ id, number, ...tax, sellerNpwp: o.seller?.npwp ?? null, buyerNpwp: o.buyer?.npwp ?? null, matchId: o.matchId, buyerId: o.need.buyerId, producerId: o.product.producerId, state, paymentMode: "manual", versionNumber: 1, agreedAt: o.agreedAt, deliveredAt, completedAt, createdAt: proposedAt, updatedAt: completedAt ?? deliveredAt ?? o.agreedAt });
  rows.orderVersions.push({ id: ctx.nextId("over"), orderId: id, number: 1, authorSide: "buyer", lines, total: BigInt(amounts.total), deliveryAddress: "Gudang penerima sesuai surat pesanan", deliveryDate: new Date(Math.max(o.need.neededBy.getTime(), o.agreedAt.getTime() + 14 * DAY)), deliveryTerm: "DAP", downPaymentPercent, ...terms, notes: null, createdAt: proposedAt });
  return completedAt;
}
