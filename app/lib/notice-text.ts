// The words of a notice, in the reader's language: one place for the in-app list and the
// e-mail, so both say the same thing.
import type { TFunction } from "i18next";

/** A notice as stored: its kind (a key of notifications.json) and the values its words need. */
export function noticeText(t: TFunction, notice: { kind: string; params: Record<string, string> }): { title: string; body: string } {
  const params: Record<string, string> = { ...notice.params };
  if (params.state) params.state = t(`matching:states.${params.state}`);
  if (params.reason) params.reason = t(`matching:declineReasons.${params.reason}`);
  if (params.paymentKind) params.paymentKind = t(`orders:paymentKinds.${params.paymentKind}`);
  if (params.orderState) params.orderState = t(`orders:states.${params.orderState}`);
  if (params.quotationState) params.quotationState = t(`quotations:states.${params.quotationState}`);
  if (params.answer) params.answer = t(`notifications:answers.${params.answer}`);
  const body = notice.kind === "match_state" && params.reason ? "bodyWithReason" : "body";
  return { title: t(`notifications:${notice.kind}.title`, params), body: t(`notifications:${notice.kind}.${body}`, params) };
}
