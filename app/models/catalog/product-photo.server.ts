// A product's photos: at most MAX_PHOTOS, in the producer's order; the first is the one the
// catalog shows. Like product.server.ts, every write takes the acting producer's id, so
// another organisation's product is "not found". Files are written before their row and
// deleted after it, so a row never points at a missing file.
import type { Db, Tx } from "~/db.server.ts";
import { removeImage, storeImage } from "./images.server.ts";
import { recordIndexChange } from "../indexing/search-outbox.server.ts";
import type { StoreError } from "../platform/uploads.server.ts";

export const MAX_PHOTOS = 8;
const FOLDER = "product-photos";
const ORDER = [{ sortOrder: "asc" }, { createdAt: "asc" }, { id: "asc" }] as const;

export type PhotoResult = { ok: true } | { ok: false; error: "not_found" | "too_many_photos" | StoreError["error"] };

const notFound = { ok: false, error: "not_found" } as const;
const tooMany = { ok: false, error: "too_many_photos" } as const;

function ownProduct(db: Db | Tx, producerId: string, productId: string) {
  return db.product.findFirst({ where: { id: productId, producerId }, select: { id: true } });
}

/** The photos of one of the producer's products, in order (for its edit page). */
export function listOwnPhotos(db: Db, producerId: string, productId: string) {
  return db.productPhoto.findMany({ where: { productId, product: { producerId } }, orderBy: [...ORDER], select: { id: true } });
}

/** Photo ids by product, in order, for the products of these ids that the public may see. */
export async function publicPhotoIds(db: Db, productIds: string[]): Promise<Record<string, string[]>> {
  const rows = await db.productPhoto.findMany({
    where: { productId: { in: productIds }, product: { status: "active", producer: { organisation: { status: "active" } } } },
    orderBy: [...ORDER],
    select: { id: true, productId: true },
  });
  const byProduct: Record<string, string[]> = {};
  for (const row of rows) (byProduct[row.productId] ??= []).push(row.id);
  return byProduct;
}

/**
 * For each of these producers, the photo the catalogue's card shows: the first photo of its
 * first product that has one (products in the order they were added), among those the public may see.
 */
export async function coverPhotoIds(db: Db, producerIds: string[]): Promise<Record<string, string>> {
  const rows = await db.productPhoto.findMany({
    where: { product: { producerId: { in: producerIds }, status: "active", producer: { organisation: { status: "active" } } } },
    orderBy: [{ product: { createdAt: "asc" } }, { productId: "asc" }, ...ORDER],
    select: { id: true, product: { select: { producerId: true } } },
  });
  const cover: Record<string, string> = {};
  for (const row of rows) cover[row.product.producerId] ??= row.id;
  return cover;
}

/** The first photo of each of these products that has one, among those the public may see: what a list shows as its thumbnail. */
export async function firstPhotoIds(db: Db, productIds: string[]): Promise<Record<string, string>> {
  const photos = await publicPhotoIds(db, productIds);
  return Object.fromEntries(Object.entries(photos).map(([productId, ids]) => [productId, ids[0]!]));
}

/** A photo anyone may see: of an active product of an active organisation; else null. */
export function publicPhoto(db: Db, photoId: string) {
  return db.productPhoto.findFirst({
    where: { id: photoId, product: { status: "active", producer: { organisation: { status: "active" } } } },
    select: { path: true, thumbPath: true, mimeType: true },
  });
}

/** A photo of any product (archived too) of the producer organisation, for its own pages; else null. */
export function ownPhoto(db: Db, organisationId: string, photoId: string) {
  return db.productPhoto.findFirst({
    where: { id: photoId, product: { producer: { organisationId } } },
    select: { path: true, thumbPath: true, mimeType: true },
  });
}

async function recordChange(tx: Tx, productId: string, actorUserId: string, action: string, photoId: string) {
  // The search index shows the first photo, so every change reindexes the product.
  await recordIndexChange(tx, "product", productId);
  await tx.auditLog.create({ data: { actorUserId, action, entity: "product", entityId: productId, data: { photoId } } });
}

/** Stores an uploaded image as the product's last photo. */
export async function addPhoto(
  db: Db,
  input: { uploadDir: string; producerId: string; productId: string; bytes: Uint8Array; actorUserId: string },
): Promise<PhotoResult> {
  // Checked before the image is decoded, so a refused upload costs no work and leaves no file.
  if (!(await ownProduct(db, input.producerId, input.productId))) return notFound;
  if ((await db.productPhoto.count({ where: { productId: input.productId } })) >= MAX_PHOTOS) return tooMany;
  const stored = await storeImage(input.uploadDir, FOLDER, input.bytes);
  if (!stored.ok) return stored;
  let result: PhotoResult;
  try {
    result = await db.$transaction(async (tx) => {
      // Again inside the transaction: two uploads at once must not make a ninth photo.
      if (!(await ownProduct(tx, input.producerId, input.productId))) return notFound;
      const photos = await tx.productPhoto.findMany({ where: { productId: input.productId }, select: { sortOrder: true } });
      if (photos.length >= MAX_PHOTOS) return tooMany;
      const photo = await tx.productPhoto.create({
        data: {
          productId: input.productId,
          path: stored.path,
          thumbPath: stored.thumbPath,
          mimeType: stored.mimeType,
          sizeBytes: stored.sizeBytes,
          sortOrder: Math.max(-1, ...photos.map((p) => p.sortOrder)) + 1,
        },
        select: { id: true },
      });
      await recordChange(tx, input.productId, input.actorUserId, "product.photo_added", photo.id);
      return { ok: true } as const;
    });
  } catch (error) {
    await removeImage(input.uploadDir, stored);
    throw error;
  }
  if (!result.ok) await removeImage(input.uploadDir, stored);
  return result;
}

/** Deletes one of the product's photos, then its files. */
export async function removePhoto(
  db: Db,
  input: { uploadDir: string; producerId: string; productId: string; photoId: string; actorUserId: string },
): Promise<PhotoResult> {
  const removed = await db.$transaction(async (tx) => {
    const photo = await tx.productPhoto.findFirst({
      where: { id: input.photoId, productId: input.productId, product: { producerId: input.producerId } },
      select: { id: true, path: true, thumbPath: true },
    });
    if (!photo) return null;
    await tx.productPhoto.delete({ where: { id: photo.id } });
    await recordChange(tx, input.productId, input.actorUserId, "product.photo_removed", photo.id);
    return photo;
  });
  if (!removed) return notFound;
  await removeImage(input.uploadDir, removed);
  return { ok: true };
}

/** Moves a photo one place towards the front ("left") or the back ("right") of the product's list. */
export async function movePhoto(
  db: Db,
  input: { producerId: string; productId: string; photoId: string; direction: "left" | "right"; actorUserId: string },
): Promise<PhotoResult> {
  return db.$transaction(async (tx) => {
    if (!(await ownProduct(tx, input.producerId, input.productId))) return notFound;
    const photos = await tx.productPhoto.findMany({ where: { productId: input.productId }, orderBy: [...ORDER], select: { id: true, sortOrder: true } });
    const from = photos.findIndex((p) => p.id === input.photoId);
    if (from < 0) return notFound;
    const to = input.direction === "left" ? from - 1 : from + 1;
    if (to < 0 || to >= photos.length) return { ok: true } as const; // already first or last
    [photos[from], photos[to]] = [photos[to]!, photos[from]!];
    // Numbered afresh, so equal or gapped sort orders (e.g. from an import) cannot stall a move.
    for (const [index, photo] of photos.entries()) {
      if (photo.sortOrder !== index) await tx.productPhoto.update({ where: { id: photo.id }, data: { sortOrder: index } });
    }
    await recordChange(tx, input.productId, input.actorUserId, "product.photo_moved", input.photoId);
    return { ok: true } as const;
  });
}
