// Action replies shared by the account forms.
import { data, type HeadersFunction } from "@remix-run/node";
import type { LimitResult } from "~/models/rate-limit.server.ts";

/** 429 with Retry-After, and the minutes to wait for the translated form error. */
export function tooManyAttempts<T extends object>(body: T, limits: LimitResult[]) {
  const seconds = Math.max(...limits.map((l) => l.retryAfterSeconds));
  return data(
    { ...body, retryMinutes: Math.ceil(seconds / 60) },
    { status: 429, headers: { "Retry-After": String(seconds) } },
  );
}

/** A route's `headers` export that keeps the action's Retry-After on the rendered page. */
export const keepRetryAfter: HeadersFunction = ({ actionHeaders }) => {
  const retryAfter = actionHeaders.get("Retry-After");
  return retryAfter ? { "Retry-After": retryAfter } : new Headers();
};
