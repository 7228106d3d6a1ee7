// The tax invoice (faktur pajak) of an order: a PKP producer records the number Coretax gave
// it, for the buyer's books (trade/tax.ts says when one is due and which code it carries).
import type { Db } from "~/db.server.ts";
import { sideIn, type OrderActor, type OrderResult } from "./order.server.ts";
import { FAKTUR_STATES, readOrderState } from "./order-workflow.ts";

/**
 * The PKP producer records the tax invoice (faktur pajak) number it issued in Coretax, for the
 * buyer's books; it may correct it later. Each recording is an event on the order.
 */
export async function recordFakturNumber(db: Db, orderId: string, fakturNumber: string, actor: OrderActor): Promise<OrderResult> {
  const order = await db.order.findUnique({ where: { id: orderId }, select: { state: true, sellerPkp: true, fakturNumber: true, buyerId: true, producer: { select: { organisationId: true } } } });
  if (!order || !sideIn(order, actor)) return { ok: false, error: "not_found" };
  const state = readOrderState(order.state);
  if (sideIn(order, actor) !== "producer" || !order.sellerPkp || !FAKTUR_STATES.includes(state)) return { ok: false, error: "order_invalid_transition" };
  return db.$transaction(async (tx) => {
    const { count } = await tx.order.updateMany({ where: { id: orderId, fakturNumber: order.fakturNumber }, data: { fakturNumber } });
    if (count === 0) return { ok: false, error: "conflict" } as const;
    await tx.orderEvent.create({ data: { orderId, fromState: state, toState: state, actorUserId: actor.userId, actorRole: "producer", note: "faktur_recorded" } });
    return { ok: true } as const;
  });
}
