import { describe, expect, it } from "vitest";
import { NEED_STATUSES } from "~/models/domain.ts";
import { availableActions, isEditable, nextStatus } from "~/models/needs/need-workflow.ts";

describe("need life cycle", () => {
  it("publishes drafts only, and closes or awards open needs", () => {
    expect(nextStatus("draft", "publish")).toBe("open");
    expect(nextStatus("open", "publish")).toBeNull();
    expect(nextStatus("open", "close")).toBe("closed");
    expect(nextStatus("draft", "close")).toBeNull();
    expect(nextStatus("closed", "award")).toBe("awarded");
    expect(nextStatus("closed", "reopen")).toBe("open");
    expect(nextStatus("awarded", "reopen")).toBeNull();
  });

  it("offers exactly the actions that would succeed", () => {
    for (const status of NEED_STATUSES) {
      for (const action of availableActions(status)) expect(nextStatus(status, action)).not.toBeNull();
    }
    expect(availableActions("awarded")).toEqual([]);
  });

  it("allows edits to drafts and open needs only", () => {
    expect(NEED_STATUSES.filter(isEditable)).toEqual(["draft", "open"]);
  });
});
