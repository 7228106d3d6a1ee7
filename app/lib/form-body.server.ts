// Reading request bodies within a size limit, and the one way actions read a form post:
// `readForm(request)` instead of `request.formData()`, whose parser throws (a 500) on a body
// of another type, a multipart body without a boundary or with garbage in it. Here those are
// the client's mistakes: 415, 413 or 400, thrown as responses to the route's error boundary.
// Forms with files go through readUploadForm: Remix's multipart parser with a part limit.
import { MaxPartSizeExceededError, unstable_createMemoryUploadHandler, unstable_parseMultipartFormData } from "@remix-run/node";
import { nulPath } from "./nul-text.ts";

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
 * MAX_FORM_BYTES, 400 when the body cannot be parsed or a field holds a NUL character
 * (which the database would cut the text at).
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
  refuseNul(form);
  return form;
}

/** The database would cut a text at a NUL character: such a form is refused, not stored shortened. */
function refuseNul(form: FormData): void {
  // Files have no own fields, so only the text values are looked at.
  if (nulPath([...form.values()]) !== null) throw refuse(400, "The form could not be read.");
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
  let form: FormData;
  try {
    const handler = unstable_createMemoryUploadHandler({ maxPartSize: options.maxPartSize, ...(options.keep ? { filter: ({ name }) => options.keep!(name) } : {}) });
    // One byte over the limit is enough to refuse: the handler stops reading there.
    form = await unstable_parseMultipartFormData(request, handler);
  } catch (error) {
    return { ok: false, error: error instanceof MaxPartSizeExceededError ? "too_large" : "unreadable" };
  }
  refuseNul(form);
  return { ok: true, form };
}
