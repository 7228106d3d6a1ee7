// Which status a need moves to on each action, from which statuses. Pure: the one place
// the need life cycle is written down. draft → open → closed | awarded; a closed need can
// be reopened while its date has not passed.
import type { NeedStatus } from "../domain.ts";
import type { NeedAction } from "./need-forms.ts";

export const NEED_TRANSITIONS: Record<NeedAction, { from: readonly NeedStatus[]; to: NeedStatus }> = {
  publish: { from: ["draft"], to: "open" },
  close: { from: ["open"], to: "closed" },
  award: { from: ["open", "closed"], to: "awarded" },
  reopen: { from: ["closed"], to: "open" },
};

export function nextStatus(current: NeedStatus, action: NeedAction): NeedStatus | null {
  const rule = NEED_TRANSITIONS[action];
  return rule.from.includes(current) ? rule.to : null;
}

/** The actions a buyer may take on a need in this status, for the buttons on its page. */
export function availableActions(current: NeedStatus): NeedAction[] {
  return (Object.keys(NEED_TRANSITIONS) as NeedAction[]).filter((a) => nextStatus(current, a) !== null);
}

/** Needs are editable while a draft or open; edits to an open need are kept as revisions. */
export function isEditable(current: NeedStatus): boolean {
  return current === "draft" || current === "open";
}
