// A document posted with a form (multipart), stored by content under the upload directory:
// one reading of "the file in this field" for every page that takes one.
import { env } from "~/env.server.ts";
import { removeStored, storeDocument } from "~/models/platform/uploads.server.ts";

export type PostedDocument = { ok: true; document: { path: string; mimeType: string; sizeBytes: number; fileName: string } | null } | { ok: false; error: "file_empty" | "file_too_large" | "file_type" };

/** The file in `field` stored under `folder`; no document when the field was left empty. */
export async function storePostedDocument(form: FormData, field: string, folder: string): Promise<PostedDocument> {
  const file = form.get(field);
  if (!(file instanceof File) || file.size === 0) return { ok: true, document: null };
  const stored = await storeDocument(env().UPLOAD_DIR, folder, new Uint8Array(await file.arrayBuffer()));
  if (!stored.ok) return stored;
  return { ok: true, document: { path: stored.path, mimeType: stored.mimeType, sizeBytes: stored.sizeBytes, fileName: displayName(file.name) } };
}

/** A stored document whose record was refused: removed, so no file is kept that nothing names. */
export async function discardPostedDocument(document: { path: string } | null): Promise<void> {
  if (document) await removeStored(env().UPLOAD_DIR, document.path);
}

/** The name a reader sees: no folders, no control characters, not too long. */
export function displayName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  return base.replace(/[\u0000-\u001f\u007f"]/g, "").trim().slice(-120) || "lampiran";
}
