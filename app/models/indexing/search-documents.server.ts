// What the search engine holds for a product: the product with its producer's name, region
// and the certificates that cover it, flattened into one document. Built from the database,
// which stays the source of truth; the matcher re-checks certificates against it.
import { inChunks } from "~/lib/chunks.ts";
import type { Db } from "~/db.server.ts";
import type { Prisma } from "~/generated/prisma/client.ts";
import { encodeCertificate, type MatchDocument } from "~/matching/candidates.ts";
import type { CertificateFact } from "~/matching/score.ts";
import { validOn } from "~/matching/validity.ts";
import { fixedT } from "~/i18n/translations.server.ts";

export interface ProductDocument extends MatchDocument {
  name: string;
  description: string;
  category: string;
  categoryLabel: string;
  unit: string;
  producerId: string;
  producerName: string;
  producerSlug: string;
  sentraName: string;
  sector: string;
  provinceCode: string;
  regencyCode: string;
  /** Types held today (not rejected, not expired), verified or pending. */
  certifications: string[];
  verifiedCertifications: string[];
  verified: boolean;
  priceMax: number | null;
  updatedAt: string;
}

const SELECT = {
  id: true,
  name: true,
  description: true,
  category: true,
  unit: true,
  monthlyCapacity: true,
  priceMin: true,
  priceMax: true,
  tkdnPercent: true,
  leadTimeDays: true,
  updatedAt: true,
  producer: {
    select: {
      id: true,
      legalName: true,
      sentraName: true,
      sector: true,
      provinceCode: true,
      regencyCode: true,
      organisation: { select: { slug: true } },
      certifications: {
        where: { status: { not: "rejected" } },
        select: { type: true, status: true, validFrom: true, validUntil: true, tkdnPercent: true, products: { select: { productId: true } } },
      },
      _count: { select: { matches: { where: { state: "completed" } } } },
    },
  },
} as const;

/** Where a product is listed: active, of an active organisation. */
const LISTED = { status: "active", producer: { organisation: { status: "active" } } } as const;

/** The documents of these products that are listed; ids not returned are to be removed. */
export async function productDocuments(db: Db, productIds: readonly string[], now = new Date()): Promise<ProductDocument[]> {
  const rows = await inChunks(productIds, (chunk) => db.product.findMany({ where: { id: { in: chunk }, ...LISTED }, select: SELECT }));
  return toDocuments(rows, now);
}

/** Listed products in pages, for a rebuild. */
export async function* allProductDocuments(db: Db, pageSize = 2000, now = new Date()): AsyncGenerator<ProductDocument[]> {
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.product.findMany({
      where: LISTED,
      select: SELECT,
      orderBy: { id: "asc" },
      take: pageSize,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    if (rows.length === 0) return;
    yield await toDocuments(rows, now);
    cursor = rows.at(-1)!.id;
  }
}

type Row = Prisma.ProductGetPayload<{ select: typeof SELECT }>;

async function toDocuments(rows: Row[], now: Date): Promise<ProductDocument[]> {
  // Category names in Indonesian make "camilan" find snacks; the synonyms add the rest.
  const t = await fixedT("id", "common");
  return rows.map((p) => {
    const covering = certificatesCovering(p.producer.certifications, p.id);
    const held = covering.filter((c) => validOn(c, now));
    const verified = [...new Set(held.filter((c) => c.status === "verified").map((c) => c.type))].sort();
    return {
      id: p.id,
      name: p.name,
      description: p.description,
      category: p.category,
      categoryLabel: t(`categories.${p.category}`),
      unit: p.unit,
      producerId: p.producer.id,
      producerName: p.producer.legalName,
      producerSlug: p.producer.organisation.slug,
      sentraName: p.producer.sentraName ?? "",
      sector: p.producer.sector,
      provinceCode: p.producer.provinceCode,
      regencyCode: p.producer.regencyCode,
      certifications: [...new Set(held.map((c) => c.type))].sort(),
      verifiedCertifications: verified,
      verified: verified.length > 0,
      tkdnPercent: p.tkdnPercent,
      monthlyCapacity: p.monthlyCapacity,
      leadTimeDays: p.leadTimeDays,
      priceMin: p.priceMin,
      priceMax: p.priceMax,
      certificateFacts: covering.map(encodeCertificate),
      completedMatches: p.producer._count.matches,
      updatedAt: p.updatedAt.toISOString(),
    };
  });
}

/**
 * A producer's certificates (not rejected) that cover a product, as the matcher reads them:
 * business-wide ones cover every product, product ones only theirs.
 */
export function certificatesCovering(
  certifications: readonly { type: string; status: string; validFrom?: Date | null; validUntil: Date | null; tkdnPercent?: number | null; products: readonly { productId: string }[] }[],
  productId: string,
): CertificateFact[] {
  return certifications
    .filter((c) => c.products.length === 0 || c.products.some((x) => x.productId === productId))
    .map((c) => ({ type: c.type, status: c.status === "verified" ? "verified" : "pending", validUntil: c.validUntil, ...(c.validFrom ? { validFrom: c.validFrom } : {}), ...(c.type === "tkdn" && c.tkdnPercent != null ? { tkdnPercent: c.tkdnPercent } : {}) }));
}

/** The products an outbox row touches: the product itself, or every product of a producer or certificate's owner. */
export async function productsTouchedBy(db: Db, rows: readonly { entity: string; entityId: string }[]): Promise<string[]> {
  const ids = new Set<string>();
  const producerIds = new Set<string>();
  const certificationIds: string[] = [];
  for (const row of rows) {
    if (row.entity === "product") ids.add(row.entityId);
    else if (row.entity === "producer") producerIds.add(row.entityId);
    else if (row.entity === "certification") certificationIds.push(row.entityId);
  }
  if (certificationIds.length > 0) {
    const owners = await inChunks(certificationIds, (chunk) => db.certification.findMany({ where: { id: { in: chunk } }, select: { producerId: true } }));
    for (const o of owners) producerIds.add(o.producerId);
  }
  if (producerIds.size > 0) {
    const products = await inChunks([...producerIds], (chunk) => db.product.findMany({ where: { producerId: { in: chunk } }, select: { id: true } }));
    for (const p of products) ids.add(p.id);
  }
  return [...ids];
}
