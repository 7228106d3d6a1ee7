// A producer's products: list, create, edit, archive. Every function takes the producer id
// of the acting organisation, so nobody reaches another organisation's products: a product
// that is not theirs is "not found".
import type { Db } from "~/db.server.ts";
import { readRows } from "~/db-reads.server.ts";
import type { ProductInput } from "./catalog-forms.ts";
import { recordIndexChange } from "../indexing/search-outbox.server.ts";

/** What a product says of itself, on every page that shows one. */
export const PRODUCT_FACTS = {
  id: true,
  name: true,
  description: true,
  category: true,
  unit: true,
  minOrder: true,
  monthlyCapacity: true,
  priceMin: true,
  priceMax: true,
  tkdnPercent: true,
  leadTimeDays: true,
} as const;

/** And what its producer manages it by. */
const PRODUCT_FIELDS = { ...PRODUCT_FACTS, status: true, updatedAt: true } as const;

export function listOwnProducts(db: Db, producerId: string) {
  return db.product.findMany({
    where: { producerId },
    orderBy: [{ status: "asc" }, { updatedAt: "desc" }, { id: "asc" }],
    select: PRODUCT_FIELDS,
  });
}

type OwnProduct = Awaited<ReturnType<typeof listOwnProducts>>[number];

/**
 * One page of a producer's products and how many there are, in the order of listOwnProducts:
 * the API's product list, which every integration polls. One statement with its count,
 * written by hand and run off Prisma (db-reads.server.ts).
 */
export async function pageOfOwnProducts(db: Db, producerId: string, page: number, pageSize: number): Promise<{ rows: OwnProduct[]; total: number }> {
  const rows = await readRows<OwnProduct & { total: number | bigint }>(
    db,
    `SELECT "id", "name", "description", "category", "unit", "minOrder", "monthlyCapacity", "priceMin", "priceMax",
      "tkdnPercent", "leadTimeDays", "status", "updatedAt", COUNT(*) OVER () AS "total"
    FROM "Product" WHERE "producerId" = ?
    ORDER BY "status" ASC, "updatedAt" DESC, "id" ASC
    LIMIT ? OFFSET ?`,
    [producerId, pageSize, (page - 1) * pageSize],
    ["updatedAt"],
  );
  if (rows.length === 0) {
    // A page past the end still says how many there are.
    return { rows: [], total: page > 1 ? await db.product.count({ where: { producerId } }) : 0 };
  }
  return { rows: rows.map(({ total: _total, ...row }) => row), total: Number(rows[0]!.total) };
}

export function findOwnProduct(db: Db, producerId: string, productId: string) {
  return db.product.findFirst({ where: { id: productId, producerId }, select: PRODUCT_FIELDS });
}

/** The product table's columns for a validated product (the form, the import and the API). */
export function productColumns(input: ProductInput) {
  return {
    name: input.name,
    description: input.description,
    category: input.category,
    unit: input.unit,
    minOrder: input.minOrder,
    monthlyCapacity: input.monthlyCapacity ?? null,
    priceMin: input.priceMin ?? null,
    priceMax: input.priceMax ?? null,
    tkdnPercent: input.tkdnPercent ?? null,
    leadTimeDays: input.leadTimeDays ?? null,
  };
}

export async function createProduct(db: Db, producerId: string, input: ProductInput, actorUserId: string) {
  return db.$transaction(async (tx) => {
    const product = await tx.product.create({ data: { producerId, ...productColumns(input) }, select: { id: true } });
    await recordIndexChange(tx, "product", product.id);
    await tx.auditLog.create({
      data: { actorUserId, action: "product.created", entity: "product", entityId: product.id },
    });
    return product;
  });
}

/** Updates one of the producer's own products; false when it is not theirs. */
export async function updateProduct(db: Db, producerId: string, productId: string, input: ProductInput, actorUserId: string) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.product.updateMany({ where: { id: productId, producerId }, data: productColumns(input) });
    if (count === 0) return false;
    await recordIndexChange(tx, "product", productId);
    await tx.auditLog.create({ data: { actorUserId, action: "product.updated", entity: "product", entityId: productId } });
    return true;
  });
}

/** Archives or restores one of the producer's own products; false when it is not theirs. */
export async function setProductStatus(
  db: Db,
  producerId: string,
  productId: string,
  status: "active" | "archived",
  actorUserId: string,
) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.product.updateMany({ where: { id: productId, producerId }, data: { status } });
    if (count === 0) return false;
    // Archived products leave the search index; restored ones return.
    await recordIndexChange(tx, "product", productId, status === "archived" ? "delete" : "upsert");
    await tx.auditLog.create({
      data: { actorUserId, action: `product.${status === "archived" ? "archived" : "restored"}`, entity: "product", entityId: productId },
    });
    return true;
  });
}
