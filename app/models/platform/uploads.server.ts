// Uploaded files on disk (the embedded default): the type is decided by the bytes, never by
// the name the browser sent, and stored names are random, so no path comes from a user.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileTypeFromBuffer } from "file-type";

export const DOCUMENT_TYPES = { "application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png" } as const;
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export type StoreError = { ok: false; error: "file_empty" | "file_too_large" | "file_type" };
export type StoreResult = { ok: true; path: string; mimeType: string; sizeBytes: number } | StoreError;

/** The size checks every upload starts with; null when the size is fine. */
export function sizeError(bytes: Uint8Array, maxBytes: number): StoreError | null {
  if (bytes.byteLength === 0) return { ok: false, error: "file_empty" };
  if (bytes.byteLength > maxBytes) return { ok: false, error: "file_too_large" };
  return null;
}

/** A new random name under `folder`, without extension: "folder/<32 hex digits>". */
export function randomStoredName(folder: string): string {
  if (!/^[a-z-]+$/.test(folder)) throw new Error(`not a folder readStored would accept: ${folder}`);
  return path.posix.join(folder, randomBytes(16).toString("hex"));
}

/** Writes a file under the upload directory; "wx" so a name collision fails instead of overwriting. */
export async function writeStored(uploadDir: string, relative: string, bytes: Uint8Array): Promise<void> {
  await mkdir(path.join(uploadDir, path.posix.dirname(relative)), { recursive: true });
  await writeFile(path.join(uploadDir, relative), bytes, { flag: "wx" });
}

/** Stores a scanned document (PDF, JPEG or PNG) under `folder` of the upload directory. */
export async function storeDocument(uploadDir: string, folder: string, bytes: Uint8Array): Promise<StoreResult> {
  const refused = sizeError(bytes, MAX_DOCUMENT_BYTES);
  if (refused) return refused;
  const detected = await fileTypeFromBuffer(bytes);
  const extension = detected ? DOCUMENT_TYPES[detected.mime as keyof typeof DOCUMENT_TYPES] : undefined;
  if (!detected || !extension) return { ok: false, error: "file_type" };
  const relative = `${randomStoredName(folder)}.${extension}`;
  await writeStored(uploadDir, relative, bytes);
  return { ok: true, path: relative, mimeType: detected.mime, sizeBytes: bytes.byteLength };
}

// Documents and images, and the WebP thumbnails images.server.ts writes beside them.
const STORED_NAME = /^[a-z-]+\/[0-9a-f]{32}(\.(pdf|jpg|png|webp)|-thumb\.webp)$/;

/** Reads a file this module stored; anything else (e.g. "../") is refused. */
export async function readStored(uploadDir: string, relative: string): Promise<Buffer | null> {
  if (!STORED_NAME.test(relative)) return null;
  try {
    return await readFile(path.join(uploadDir, relative));
  } catch {
    return null;
  }
}

/** Deletes a file this module stored (after its row is gone); anything else is ignored. */
export async function removeStored(uploadDir: string, relative: string): Promise<void> {
  if (!STORED_NAME.test(relative)) return;
  await rm(path.join(uploadDir, relative), { force: true });
}
