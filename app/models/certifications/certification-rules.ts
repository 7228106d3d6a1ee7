// How a certification's expiry reads on a date. Pure: used by pages and the dinas queue.
// "Expiring" means within 60 days, when producers and dinas are told. Whether a certificate is
// in force on a day is app/matching/validity.ts (matching's pure modules import no model).
export const EXPIRY_WARNING_DAYS = 60;

export type ExpiryState = "no_expiry" | "valid" | "expiring" | "expired";

export function expiryState(validUntil: Date | string | null, now: Date = new Date()): ExpiryState {
  if (validUntil === null) return "no_expiry";
  const until = new Date(validUntil).getTime();
  if (until < now.getTime()) return "expired";
  if (until - now.getTime() <= EXPIRY_WARNING_DAYS * 86_400_000) return "expiring";
  return "valid";
}
