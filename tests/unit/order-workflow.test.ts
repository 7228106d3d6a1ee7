// The order life cycle and its money, on pure data.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { afterSettlement, cancellationRefund, nextOrderState, ORDER_ACTIONS, orderActionsFor, orderAmounts, ORDER_STATES, type OrderSide, UNTAXED } from "../../app/models/orders/order-workflow.ts";

const proposedByBuyer = { state: "proposed", versionBy: "buyer", hasDownPayment: true } as const;

describe("order workflow", () => {
  it("lets only the side that did not write the terms accept, counter or decline them", () => {
    expect(nextOrderState(proposedByBuyer, "accept", "producer")).toBe("agreed");
    expect(nextOrderState(proposedByBuyer, "accept", "buyer")).toBeNull();
    expect(nextOrderState(proposedByBuyer, "counter", "producer")).toBe("proposed");
    expect(nextOrderState({ ...proposedByBuyer, versionBy: "producer" }, "accept", "buyer")).toBe("agreed");
    expect(nextOrderState(proposedByBuyer, "decline", "producer")).toBe("cancelled");
    expect(nextOrderState(proposedByBuyer, "accept", "admin")).toBeNull();
  });

  it("asks for the down payment before delivery, unless there is none", () => {
    const agreed = { state: "agreed", versionBy: "buyer", hasDownPayment: true } as const;
    expect(nextOrderState(agreed, "deliver", "producer")).toBeNull();
    expect(nextOrderState({ ...agreed, hasDownPayment: false }, "deliver", "producer")).toBe("delivered");
    expect(nextOrderState({ ...agreed, state: "down_payment_paid" }, "deliver", "producer")).toBe("delivered");
    expect(afterSettlement("agreed", "down_payment")).toBe("down_payment_paid");
    expect(afterSettlement("delivered", "balance")).toBe("paid");
    expect(afterSettlement("paid", "balance")).toBeNull();
  });

  it("lets either side walk away before delivery, against the terms' refund, and no one after", () => {
    const paid = { state: "down_payment_paid", versionBy: "buyer", hasDownPayment: true } as const;
    expect(nextOrderState(paid, "cancel", "buyer")).toBe("cancelled");
    expect(nextOrderState(paid, "cancel", "producer")).toBe("cancelled");
    expect(nextOrderState(paid, "cancel", "admin")).toBeNull();
    expect(nextOrderState({ ...paid, state: "delivered" }, "cancel", "buyer")).toBeNull();
    expect(nextOrderState({ ...paid, state: "delivered" }, "cancel", "producer")).toBeNull();
    expect(nextOrderState(paid, "refund", "buyer")).toBeNull();
    expect(nextOrderState(paid, "refund", "admin")).toBe("refunded");
    // The buyer gets the terms' share of its down payment back; the producer not delivering owes all of it.
    expect(cancellationRefund(7_800_000, 50, "buyer")).toBe(3_900_000);
    expect(cancellationRefund(7_800_000, 0, "buyer")).toBe(0);
    expect(cancellationRefund(7_800_000, 0, "producer")).toBe(7_800_000);
    fc.assert(fc.property(fc.integer({ min: 0, max: 9_999_999_999 }), fc.integer({ min: 0, max: 100 }), (paid, percent) => {
      const back = cancellationRefund(paid, percent, "buyer");
      return Number.isInteger(back) && back >= 0 && back <= paid;
    }));
  });

  it("never moves a cancelled, refunded or completed order", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("cancelled", "refunded", "completed" as const),
        fc.constantFrom(...ORDER_ACTIONS),
        fc.constantFrom<OrderSide>("buyer", "producer", "admin"),
        fc.constantFrom("buyer", "producer" as const),
        fc.boolean(),
        (state, action, side, versionBy, hasDownPayment) => {
          const next = nextOrderState({ state, versionBy, hasDownPayment }, action, side);
          // A completed order may still be refunded by an admin; nothing else moves.
          return next === null || (state === "completed" && action === "refund" && side === "admin");
        },
      ),
    );
    // The buyer waits while the producer owes a delivery, and has nothing left to do at the end.
    const idle = ORDER_STATES.filter((state) => orderActionsFor({ state, versionBy: "buyer", hasDownPayment: true }, "buyer").length === 0);
    expect(idle).toEqual(["delivered", "completed", "cancelled", "refunded"]);
  });

  it("splits the total into down payment and balance, to the rupiah, without losing any", () => {
    expect(orderAmounts([{ productId: null, name: "x", quantity: 2000, unit: "pak", unitPrice: 13_000 }], 30)).toMatchObject({ total: 26_000_000, payable: 26_000_000, downPayment: 7_800_000, balance: 18_200_000 });
    const pkp = { ...UNTAXED, sellerPkp: true };
    fc.assert(
      fc.property(
        fc.array(fc.record({ quantity: fc.integer({ min: 1, max: 100_000 }), unitPrice: fc.integer({ min: 1, max: 1_000_000 }) }), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom(UNTAXED, pkp, { ...pkp, buyerCollectsVat: true }),
        (lines, percent, tax) => {
          const a = orderAmounts(lines.map((l) => ({ ...l, productId: null, name: "x", unit: "pak" })), percent, tax);
          return a.downPayment + a.balance === a.payable && a.downPayment >= 0 && a.balance >= 0 && Number.isInteger(a.downPayment);
        },
      ),
    );
  });

  it("adds PPN when the producer is a PKP, and leaves it to a collecting buyer above Rp 10,000,000", () => {
    const lines = (unitPrice: number) => [{ productId: null, name: "x", quantity: 1000, unit: "pak", unitPrice }];
    const pkp = { ...UNTAXED, sellerPkp: true };
    // Rp 26,000,000 → DPP 23,833,333 (11/12, half up), PPN 12% = 2,860,000; with PPN 28,860,000.
    expect(orderAmounts(lines(26_000), 30, pkp)).toMatchObject({ total: 26_000_000, payable: 28_860_000, downPayment: 8_658_000, tax: { taxBase: 23_833_333, vat: 2_860_000, vatCollectedBy: "seller" } });
    // A collecting buyer (a BUMN) pays the price and the PPN to the state itself.
    expect(orderAmounts(lines(26_000), 30, { ...pkp, buyerCollectsVat: true })).toMatchObject({ payable: 26_000_000, tax: { vat: 2_860_000, vatCollectedBy: "buyer", transactionCode: "03" } });
    // Up to Rp 10,000,000 with PPN, the seller collects even from a collector.
    expect(orderAmounts(lines(9_000), 0, { ...pkp, buyerCollectsVat: true })).toMatchObject({ payable: 9_990_000, tax: { vatCollectedBy: "seller", transactionCode: "01" } });
    // The rate and base the order was drafted under decide: 11% of the full price, as before 2025.
    expect(orderAmounts(lines(26_000), 0, { ...pkp, ppnRatePercent: 11, dppNumerator: 1, dppDenominator: 1 }).tax.vat).toBe(2_860_000);
  });
});
