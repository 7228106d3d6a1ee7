// Uploaded pictures (product photos; later producer logos). JPEG, PNG or WebP decided by the
// bytes, like documents in uploads.server.ts, then decoded and written again by sharp: what we
// serve is pixels we encoded ourselves, turned upright, at most MAX_IMAGE_SIDE wide or high,
// and without the EXIF block (phone photos carry the GPS position of the workshop) or
// anything hidden after the image data. A WebP thumbnail is stored beside each image.
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import { MAX_DOCUMENT_BYTES, randomStoredName, removeStored, sizeError, writeStored, type StoreError } from "../platform/uploads.server.ts";

/** Accepted types: MIME type → sharp's output format (the stored image keeps its type). */
export const IMAGE_TYPES = { "image/jpeg": "jpeg", "image/png": "png", "image/webp": "webp" } as const;
const EXTENSIONS = { jpeg: "jpg", png: "png", webp: "webp" } as const;
// The same limit as documents, so the one "file_too_large" message (5 MB) is right for both.
export const MAX_IMAGE_BYTES = MAX_DOCUMENT_BYTES;
export const MAX_IMAGE_SIDE = 4000;
export const THUMB_SIDE = 400;
// A few megabytes of PNG can claim a huge canvas; refuse to decode past 100 megapixels.
const MAX_INPUT_PIXELS = 100_000_000;

export type ImageResult =
  | { ok: true; path: string; thumbPath: string; mimeType: string; sizeBytes: number; width: number; height: number }
  | StoreError;

/** Stores an image and its thumbnail under `folder` of the upload directory. */
export async function storeImage(uploadDir: string, folder: string, bytes: Uint8Array): Promise<ImageResult> {
  const refused = sizeError(bytes, MAX_IMAGE_BYTES);
  if (refused) return refused;
  const detected = await fileTypeFromBuffer(bytes);
  const format = detected ? IMAGE_TYPES[detected.mime as keyof typeof IMAGE_TYPES] : undefined;
  if (!detected || !format) return { ok: false, error: "file_type" };

  const encoded = await encode(bytes, format);
  // The magic bytes looked right but the image does not decode (truncated, corrupt, too big).
  if (!encoded) return { ok: false, error: "file_type" };
  const { full, thumb } = encoded;

  const name = randomStoredName(folder);
  const path = `${name}.${EXTENSIONS[format]}`;
  const thumbPath = `${name}-thumb.webp`;
  await writeStored(uploadDir, path, full.data);
  try {
    await writeStored(uploadDir, thumbPath, thumb);
  } catch (error) {
    await removeStored(uploadDir, path);
    throw error;
  }
  return { ok: true, path, thumbPath, mimeType: detected.mime, sizeBytes: full.info.size, width: full.info.width, height: full.info.height };
}

/** The image at most MAX_IMAGE_SIDE on a side in its own format, and the WebP thumbnail; null when sharp cannot decode it. */
async function encode(bytes: Uint8Array, format: (typeof IMAGE_TYPES)[keyof typeof IMAGE_TYPES]) {
  try {
    // autoOrient applies the EXIF orientation to the pixels; the output carries no metadata
    // because sharp writes none unless asked to (keepMetadata / withMetadata).
    const source = sharp(bytes, { autoOrient: true, limitInputPixels: MAX_INPUT_PIXELS });
    const [full, thumb] = await Promise.all([
      source
        .clone()
        .resize(MAX_IMAGE_SIDE, MAX_IMAGE_SIDE, { fit: "inside", withoutEnlargement: true })
        // PNG stays lossless: sharp's png({ quality }) would switch to a palette.
        .toFormat(format, format === "png" ? {} : { quality: 85 })
        .toBuffer({ resolveWithObject: true }),
      source.clone().resize(THUMB_SIDE, THUMB_SIDE, { fit: "inside", withoutEnlargement: true }).webp({ quality: 80 }).toBuffer(),
    ]);
    return { full, thumb };
  } catch {
    return null;
  }
}

/** Deletes an image and its thumbnail (after their row is gone). */
export async function removeImage(uploadDir: string, image: { path: string; thumbPath: string | null }): Promise<void> {
  await removeStored(uploadDir, image.path);
  if (image.thumbPath) await removeStored(uploadDir, image.thumbPath);
}
