// The partnership life cycle: who may move a match, from which state, to which.
import { describe, expect, it } from "vitest";
import { actionsFor, FUNNEL_STEP_COLUMNS, FUNNEL_STEPS, nextState, sideOf, stepReached } from "../../app/models/matches/match-workflow.ts";

describe("match workflow", () => {
  it("lets each side take only its own steps", () => {
    expect(nextState("suggested", "shortlist", "buyer")).toBe("shortlisted");
    expect(nextState("suggested", "shortlist", "producer")).toBeNull();
    expect(nextState("shortlisted", "introduce", "broker")).toBe("introduced");
    expect(nextState("shortlisted", "introduce", "buyer")).toBeNull();
    expect(nextState("introduced", "accept", "buyer")).toBe("accepted");
    expect(nextState("accepted", "confirm", "producer")).toBe("confirmed");
    expect(nextState("accepted", "confirm", "buyer")).toBeNull();
    expect(nextState("confirmed", "complete", "buyer")).toBe("completed");
  });

  it("ends declined or withdrawn matches for good", () => {
    expect(nextState("shortlisted", "decline", "buyer")).toBe("declined");
    expect(nextState("accepted", "withdraw", "producer")).toBe("withdrawn");
    for (const side of ["buyer", "producer", "broker"] as const) {
      expect(actionsFor("declined", side)).toEqual([]);
      expect(actionsFor("withdrawn", side)).toEqual([]);
      expect(actionsFor("completed", side)).toEqual([]);
    }
    expect(nextState("confirmed", "decline", "buyer")).toBeNull();
  });

  it("times a move into a funnel step from the match's creation, and no other move", () => {
    const created = new Date("2027-01-01T00:00:00Z");
    expect(stepReached("accepted", new Date("2027-01-03T06:00:29Z"), created)).toEqual({ minutesToAccepted: 2 * 1440 + 360 });
    expect(stepReached("declined", new Date("2027-01-03T06:00:00Z"), created)).toEqual({});
    expect(FUNNEL_STEPS.slice(1).map((step) => Object.keys(stepReached(step, created, created))[0])).toEqual(Object.values(FUNNEL_STEP_COLUMNS));
  });

  it("offers each side its buttons", () => {
    expect(actionsFor("suggested", "buyer")).toEqual(["shortlist", "decline"]);
    expect(actionsFor("shortlisted", "buyer")).toEqual(["accept", "decline"]);
    expect(actionsFor("accepted", "producer")).toEqual(["confirm", "withdraw"]);
    expect(actionsFor("shortlisted", "broker")).toEqual(["introduce"]);
  });

  it("gives a role a side only in its own match", () => {
    const none = { isBuyer: false, isProducer: false, brokers: false };
    expect(sideOf("buyer", { ...none, isBuyer: true })).toBe("buyer");
    expect(sideOf("buyer", none)).toBeNull();
    expect(sideOf("producer", { ...none, isBuyer: true })).toBeNull();
    expect(sideOf("dinas", { ...none, brokers: true })).toBe("broker");
    expect(sideOf("dinas", none)).toBeNull();
  });
});
