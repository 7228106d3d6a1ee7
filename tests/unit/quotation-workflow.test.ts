// The request-for-quotation life cycle and what an offer comes to: who may move it where,
// when a price stops holding (its last valid day in WIB), and the comparison's best offers.
import { describe, expect, it } from "vitest";
import { bestOffers, earliestDelivery, isExpired, nextQuotationState, orderQuantity, quotationActionsFor, quotedTotal } from "../../app/models/quotations/quotation-workflow.ts";

const wib = (day: string, time = "00:00") => new Date(`${day}T${time}:00+07:00`);

describe("quotation moves", () => {
  const requested = { state: "requested" as const, validUntil: null };
  const quoted = { state: "quoted" as const, validUntil: wib("2027-01-31") };

  it("lets the producer quote or decline a request, and the buyer withdraw it", () => {
    expect(nextQuotationState(requested, "quote", "producer", wib("2027-01-10"))).toBe("quoted");
    expect(nextQuotationState(requested, "decline", "producer", wib("2027-01-10"))).toBe("declined");
    expect(nextQuotationState(requested, "withdraw", "buyer", wib("2027-01-10"))).toBe("withdrawn");
    expect(quotationActionsFor(requested, "buyer", wib("2027-01-10"))).toEqual(["withdraw"]);
    expect(quotationActionsFor(requested, "producer", wib("2027-01-10"))).toEqual(["quote", "decline"]);
  });

  it("refuses moves by the wrong side or from the wrong state", () => {
    expect(nextQuotationState(requested, "quote", "buyer", wib("2027-01-10"))).toBe("quotation_invalid_transition");
    expect(nextQuotationState(requested, "accept", "buyer", wib("2027-01-10"))).toBe("quotation_invalid_transition");
    expect(nextQuotationState(quoted, "accept", "producer", wib("2027-01-10"))).toBe("quotation_invalid_transition");
    expect(nextQuotationState({ state: "accepted", validUntil: null }, "withdraw", "buyer", wib("2027-01-10"))).toBe("quotation_invalid_transition");
    expect(nextQuotationState({ state: "declined", validUntil: null }, "quote", "producer", wib("2027-01-10"))).toBe("quotation_invalid_transition");
  });

  it("holds a price through its last valid day in WIB, and not a day after", () => {
    expect(nextQuotationState(quoted, "accept", "buyer", wib("2027-01-31", "23:59"))).toBe("accepted");
    expect(isExpired(quoted, wib("2027-01-31", "23:59"))).toBe(false);
    expect(isExpired(quoted, wib("2027-02-01"))).toBe(true);
    expect(nextQuotationState(quoted, "accept", "buyer", wib("2027-02-01"))).toBe("quotation_expired");
    // An expired offer can still be turned down or withdrawn, not accepted.
    expect(quotationActionsFor(quoted, "buyer", wib("2027-02-01"))).toEqual(["reject", "withdraw"]);
    expect(isExpired({ state: "accepted", validUntil: wib("2027-01-31") }, wib("2027-03-01"))).toBe(false);
  });
});

describe("what an offer comes to", () => {
  it("raises the quantity to the minimum order and prices it in whole rupiah", () => {
    expect(orderQuantity({ quantity: 500, minOrderQuantity: 600 })).toBe(600);
    expect(orderQuantity({ quantity: 500, minOrderQuantity: null })).toBe(500);
    expect(quotedTotal({ quantity: 500, minOrderQuantity: 600, unitPrice: 12_500 })).toBe(7_500_000);
    expect(quotedTotal({ quantity: 500, minOrderQuantity: null, unitPrice: null })).toBeNull();
  });

  it("delivers no earlier than the lead time from acceptance", () => {
    expect(earliestDelivery({ deliveryDate: wib("2027-03-01"), leadTimeDays: 10 }, wib("2027-01-10"))).toEqual(wib("2027-03-01"));
    expect(earliestDelivery({ deliveryDate: wib("2027-01-12"), leadTimeDays: 10 }, wib("2027-01-10"))).toEqual(wib("2027-01-20"));
  });

  it("names the lowest price and shortest lead time among offers that still hold, ties included", () => {
    const base = { quantity: 100, minOrderQuantity: null, validUntil: wib("2027-02-28") };
    const offers = [
      { id: "a", state: "quoted" as const, unitPrice: 10_000, leadTimeDays: 14, ...base },
      { id: "b", state: "quoted" as const, unitPrice: 10_000, leadTimeDays: 7, ...base },
      { id: "c", state: "quoted" as const, unitPrice: 8_000, leadTimeDays: 3, ...base, validUntil: wib("2027-01-01") },
      { id: "d", state: "declined" as const, unitPrice: null, leadTimeDays: null, ...base },
    ];
    expect(bestOffers(offers, wib("2027-01-10"))).toEqual({ lowestPrice: ["a", "b"], shortestLead: ["b"] });
    expect(bestOffers([], wib("2027-01-10"))).toEqual({ lowestPrice: [], shortestLead: [] });
  });
});
