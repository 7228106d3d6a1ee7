// Action replies: what a refused action answers, one mapping for every page, and the 429s
// of the account forms.
import { data, type HeadersFunction } from "@remix-run/node";
import type { LimitResult } from "~/models/platform/rate-limit.server.ts";

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

/** Codes of input that was refused as given (a 400), besides those named *_invalid, *_required, *_format, *_length or *_digits. */
const BAD_INPUT = new Set(["invalid", "required", "not_registered", "choose_one", "too_short", "too_long", "file_type", "file_too_large", "file_empty"]);

/**
 * The status a model's refusal answers with, one mapping for every page: not_found 404,
 * forbidden and what the actor's standing does not allow yet (*_unverified) 403, bad input
 * 400, and anything else 409 (the record is no longer in the state the user saw, or another
 * request won).
 */
export function statusOf(error: string): 400 | 403 | 404 | 409 {
  if (error === "not_found") return 404;
  if (error === "forbidden" || error.endsWith("_unverified")) return 403;
  if (BAD_INPUT.has(error) || /_(invalid|required|format|length|digits)$/.test(error)) return 400;
  return 409;
}

/**
 * A refused action's reply: `{ ok: false, error, ...extra }` with the error's status, for the
 * page to show where the user acted (ActionError). A record the user may not see is a 404 page.
 */
export function refused<T extends object>(error: string, extra: T) {
  if (error === "not_found") throw new Response("Not found", { status: 404 });
  return data({ ok: false as const, error, ...extra }, { status: statusOf(error) });
}

/**
 * A stored private document (a transfer proof, a certificate, an assignment letter) shown in
 * the browser: its own content type, sandboxed so an uploaded file can run nothing, and never
 * cached by anyone but the reader.
 */
export function privateDocument(bytes: Uint8Array, mimeType: string | null, fileName: string): Response {
  // A name as uploaded may hold quotes or letters a header cannot carry: plain ASCII, and the
  // real name encoded beside it (RFC 6266).
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": mimeType ?? "application/octet-stream",
      "Content-Disposition": `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`,
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
}
