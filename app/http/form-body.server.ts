// Reading request bodies within a size limit, and the one way actions read a form post:
// `readForm(request)` instead of `request.formData()`, whose parser throws (a 500) on a body
// of another type, a multipart body without a boundary or with garbage in it. Here those are
// the client's mistakes: 415, 413 or 400, thrown as responses to the route's error boundary.
// Forms with files go through readUploadForm: Remix's multipart parser with a part limit.
import { MaxPartSizeExceededError, unstable_createMemoryUploadHandler, unstable_parseMultipartFormData } from "@remix-run/node";
import { dayToDate, FIRST_YEAR, LAST_YEAR, looksLikeDay } from "~/lib/calendar-day.ts";
import { textFault } from "~/lib/input-limits.ts";

/** A hundred times the largest form (a need's description, 5,000 characters). */
export const MAX_FORM_BYTES = 1024 * 1024;

const FORM_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data"]);

/**
 * Reads at most `limit` bytes of the body; null when there are more. Past the limit a few MB
 * more are read (and dropped) so the client receives a clean refusal; beyond `drainBytes`
 * the body is cut off (the client may then see a reset instead).
 */
export async function readLimited(request: Request, limit: number, drainBytes = 16 * limit): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      while (size <= drainBytes) {
        const next = await reader.read();
        if (next.done) return null;
        size += next.value.byteLength;
      }
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

const refuse = (status: number, message: string) => new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * The form fields of a POST: 415 unless it is urlencoded or multipart, 413 over
 * MAX_FORM_BYTES, 400 when the body cannot be parsed or holds what no page sends
 * (refuseMalformed).
 */
export async function readForm(request: Request): Promise<FormData> {
  const contentType = request.headers.get("Content-Type") ?? "";
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  if (!FORM_TYPES.has(type)) throw refuse(415, "Send the form as application/x-www-form-urlencoded or multipart/form-data.");
  if (Number(request.headers.get("Content-Length") ?? 0) > MAX_FORM_BYTES) throw refuse(413, "The form is too large.");
  const bytes = await readLimited(request, MAX_FORM_BYTES);
  if (!bytes) throw refuse(413, "The form is too large.");
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { "Content-Type": contentType } }).formData();
  } catch {
    throw refuse(400, "The form could not be read.");
  }
  refuseMalformed(form);
  return form;
}

/** The highest list index a field name may carry ("contacts[19].name"): our longest list is far shorter. */
export const MAX_LIST_INDEX = 100;
const LIST_INDEX = /\[(\d+)\]/g;
/** Conform's field for list buttons (add, remove a contact): JSON when a page sends it. */
const INTENT_FIELD = "__intent__";

/**
 * What no page of ours sends, refused before the form is parsed into objects: a NUL character
 * (the database would cut the text at it); a list index past MAX_LIST_INDEX (the form parser
 * builds an array that long: "contacts[999999].name" held a process at full CPU for minutes);
 * a list button that is not one the form library writes (it would throw, a 500); a field
 * named into an object's prototype; a date that is no calendar day.
 */
function refuseMalformed(form: FormData): void {
  for (const [name, value] of form) {
    // One rule with the API and the import (input-limits.ts); a form's body cannot hold a lone surrogate.
    if (typeof value === "string" && textFault(value) !== null) throw refuse(400, "The form could not be read: a field holds a NUL character.");
    for (const [, index] of name.matchAll(LIST_INDEX)) {
      if (index!.length > 4 || Number(index) > MAX_LIST_INDEX) throw refuse(400, `The form could not be read: a list index above ${MAX_LIST_INDEX} in "${name.slice(0, 60)}".`);
    }
    if (name === INTENT_FIELD && !isIntent(value)) throw refuse(400, "The form could not be read: a list button that is not ours.");
    if (PROTOTYPE_KEY.test(name)) throw refuse(400, `The form could not be read: the field name "${name.slice(0, 60)}" is not allowed.`);
    // A browser's date field sends only real days; the form library would read 2027-02-31 as 3 March.
    if (typeof value === "string" && looksLikeDay(value) && !dayToDate(value)) throw refuse(400, `The form could not be read: ${value} is not a calendar day between ${FIRST_YEAR} and ${LAST_YEAR}.`);
  }
}

const INTENT_TYPES = new Set(["validate", "reset", "update", "insert", "remove", "reorder"]);

/** A list button as the form library writes one: {"type": "insert", "payload": {…}}. */
function isIntent(value: FormDataEntryValue): boolean {
  if (typeof value !== "string") return false;
  try {
    const parsed = JSON.parse(value) as { type?: unknown; payload?: unknown } | null;
    return typeof parsed === "object" && parsed !== null && typeof parsed.type === "string" && INTENT_TYPES.has(parsed.type) && typeof parsed.payload === "object" && parsed.payload !== null && !Array.isArray(parsed.payload);
  } catch {
    return false;
  }
}

/** Field names become object paths ("contacts[0].name"): none may reach an object's prototype. */
const PROTOTYPE_KEY = /(^|[.[])(__proto__|constructor|prototype)([.\]]|$)/;

/** Why a form with files could not be read, as the error its file field shows. */
export function uploadRefusal(error: "too_large" | "unreadable"): "file_too_large" | "file_type" {
  return error === "too_large" ? "file_too_large" : "file_type";
}

/**
 * A form with files, each part at most `maxPartSize` bytes (and only the parts `keep` names,
 * when given). A part over the limit or an unreadable body is the caller's to explain next to
 * its file field; a NUL in a text field is a 400, as in readForm.
 */
export async function readUploadForm(
  request: Request,
  options: { maxPartSize: number; keep?: (name: string) => boolean },
): Promise<{ ok: true; form: FormData } | { ok: false; error: "too_large" | "unreadable" }> {
  // A form posted without files (no JavaScript, a script) is read like any other form.
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("multipart/form-data")) return { ok: true, form: await readForm(request) };
  let form: FormData;
  try {
    const handler = unstable_createMemoryUploadHandler({ maxPartSize: options.maxPartSize, ...(options.keep ? { filter: ({ name }) => options.keep!(name) } : {}) });
    // One byte over the limit is enough to refuse: the handler stops reading there.
    form = await unstable_parseMultipartFormData(request, handler);
  } catch (error) {
    return { ok: false, error: error instanceof MaxPartSizeExceededError ? "too_large" : "unreadable" };
  }
  refuseMalformed(form);
  return { ok: true, form };
}
