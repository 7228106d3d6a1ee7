// One mapping from a model's refusal to its HTTP status, for every page.
import { describe, expect, it } from "vitest";
import { refused, statusOf } from "../../app/http/replies.server.ts";

describe("a refused action", () => {
  it("answers 404, 403, 400 or 409 by the kind of refusal", () => {
    expect(statusOf("not_found")).toBe(404);
    for (const standing of ["forbidden", "buyer_unverified", "collector_unverified"]) expect(statusOf(standing)).toBe(403);
    for (const input of ["invalid", "choose_one", "too_long", "refund_amount_invalid", "payout_reference_required", "file_type"]) expect(statusOf(input)).toBe(400);
    for (const state of ["conflict", "match_invalid_transition", "help_already_asked", "not_suggested", "no_dinas_office", "quotation_open", "quotation_expired", "need_not_open"]) expect(statusOf(state)).toBe(409);
  });

  it("is a 404 page for a record the user may not see, and otherwise carries its error to the page", async () => {
    expect(() => refused("not_found", {})).toThrow(Response);
    const reply = refused("conflict", { matchId: "m1" });
    expect(reply.init?.status).toBe(409);
    expect(reply.data).toEqual({ ok: false, error: "conflict", matchId: "m1" });
  });
});
