// How a certification's validity reads on a date. Pure: used by pages, the dinas queue
// and (later) the matcher. "Expiring" means within 60 days, when producers and dinas are told.
export const EXPIRY_WARNING_DAYS = 60;

export type ExpiryState = "no_expiry" | "valid" | "expiring" | "expired";

export function expiryState(validUntil: Date | string | null, now: Date = new Date()): ExpiryState {
  if (validUntil === null) return "no_expiry";
  const until = new Date(validUntil).getTime();
  if (until < now.getTime()) return "expired";
  if (until - now.getTime() <= EXPIRY_WARNING_DAYS * 86_400_000) return "expiring";
  return "valid";
}
