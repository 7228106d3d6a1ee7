// The public catalog: producers and their products as anyone may see them. Only active
// organisations and active products appear; certifications show their verification state,
// and a certification counts as held only while it is valid. Contact details are not public.
import { Prisma } from "~/generated/prisma/client.ts";
import type { Db } from "~/db.server.ts";
import { CATALOG_PAGE_SIZE, type CatalogFilter } from "./catalog-forms.ts";
import { PRODUCT_FACTS } from "./product.server.ts";
import { PROFILE_FACTS } from "../producers/producer-profile.server.ts";
import { certificatesCovering } from "../indexing/search-documents.server.ts";
import { tkdnOf } from "~/matching/tkdn.ts";
import { inForceSql } from "../certifications/certification.server.ts";

/** A certification the producer holds today: not rejected, begun and not expired (app/matching/validity.ts's rule, as a query). */
export function heldToday(now: Date, extra: Prisma.CertificationWhereInput = {}): Prisma.CertificationWhereInput {
  return { status: { not: "rejected" }, AND: [{ OR: [{ validFrom: null }, { validFrom: { lte: now } }] }, { OR: [{ validUntil: null }, { validUntil: { gte: now } }] }], ...extra };
}

/**
 * The filter as SQL, for the count and the page of ids. Written by hand because Prisma's
 * relation filter on the organisation becomes a join SQLite orders with a sort of every row;
 * joined this way it walks the legal-name index and stops at the page (0.2 ms instead of 6 at
 * 5,000 producers). "Held today" is heldToday() above, in SQL.
 */
function producerFilterSql(filter: CatalogFilter, now: Date): Prisma.Sql {
  const conditions = [Prisma.sql`o."status" = 'active'`];
  if (filter.sector) conditions.push(Prisma.sql`p."sector" = ${filter.sector}`);
  if (filter.province) conditions.push(Prisma.sql`p."provinceCode" = ${filter.province}`);
  if (filter.certification || filter.verified) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "Certification" c WHERE c."producerId" = p."id"
      AND c."status" <> 'rejected' AND ${inForceSql(now)}
      ${filter.certification ? Prisma.sql`AND c."type" = ${filter.certification}` : Prisma.empty}
      ${filter.verified ? Prisma.sql`AND c."status" = 'verified'` : Prisma.empty})`);
  }
  return Prisma.sql`FROM "ProducerProfile" p CROSS JOIN "Organisation" o ON o."id" = p."organisationId" WHERE ${Prisma.join(conditions, " AND ")}`;
}

export async function browseProducers(db: Db, filter: CatalogFilter, now = new Date()) {
  const page = filter.page ?? 1;
  const from = producerFilterSql(filter, now);
  const [[counted], pageIds] = await Promise.all([
    db.$queryRaw<{ total: number | bigint }[]>`SELECT COUNT(*) AS total ${from}`,
    db.$queryRaw<{ id: string }[]>`SELECT p."id" ${from} ORDER BY p."legalName" ASC LIMIT ${CATALOG_PAGE_SIZE} OFFSET ${(page - 1) * CATALOG_PAGE_SIZE}`,
  ]);
  const ids = pageIds.map((r) => r.id);
  const [rows, counts] = await Promise.all([
    db.producerProfile.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        legalName: true,
        sector: true,
        provinceCode: true,
        regencyCode: true,
        sentraName: true,
        organisation: { select: { slug: true } },
        certifications: {
          where: heldToday(now),
          select: { type: true, status: true },
          orderBy: { type: "asc" },
        },
      },
    }),
    // Counted for this page's producers only: Prisma's `_count` would group every product.
    db.product.groupBy({ by: ["producerId"], where: { producerId: { in: ids }, status: "active" }, _count: { _all: true } }),
  ]);
  const productCount = new Map(counts.map((c) => [c.producerId, c._count._all]));
  // The page's order is the ids' order; a producer gone since (deleted between the queries) is skipped.
  const byId = new Map(rows.map((r) => [r.id, r]));
  const total = Number(counted?.total ?? 0);
  return {
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / CATALOG_PAGE_SIZE)),
    producers: ids.flatMap((id) => {
      const r = byId.get(id);
      if (!r) return [];
      return [
        {
          id: r.id,
          slug: r.organisation.slug,
          name: r.legalName,
          sector: r.sector,
          provinceCode: r.provinceCode,
          regencyCode: r.regencyCode,
          sentraName: r.sentraName,
          productCount: productCount.get(r.id) ?? 0,
          certifications: r.certifications,
        },
      ];
    }),
  };
}

const CERTIFICATION_VIEW = {
  id: true,
  type: true,
  number: true,
  issuer: true,
  validFrom: true,
  validUntil: true,
  status: true,
  verifiedAt: true,
  tkdnPercent: true,
} as const;

/**
 * A producer's public page, by organisation slug; null when unknown or not active. Each
 * product carries its TKDN as a tender reads it today (tkdnOf), as its own page shows it.
 */
export async function producerBySlug(db: Db, slug: string) {
  const producer = await db.producerProfile.findFirst({
    where: { organisation: { slug, status: "active" } },
    select: {
      ...PROFILE_FACTS,
      organisation: { select: { id: true, name: true, slug: true, legalForm: true } },
      kbli: { select: { code: true }, orderBy: { code: "asc" } },
      products: {
        where: { status: "active" },
        orderBy: { name: "asc" },
        select: { id: true, name: true, category: true, unit: true, priceMin: true, priceMax: true, monthlyCapacity: true, tkdnPercent: true },
      },
      certifications: {
        where: { status: { not: "rejected" } },
        orderBy: [{ status: "desc" }, { type: "asc" }],
        select: { ...CERTIFICATION_VIEW, products: { select: { productId: true } } },
      },
    },
  });
  if (!producer) return null;
  const today = { neededBy: new Date() };
  const products = producer.products.map((p) => ({ ...p, tkdn: tkdnOf(today, { tkdnPercent: p.tkdnPercent, certificates: certificatesCovering(producer.certifications, p.id) }) }));
  return { ...producer, products };
}

/** An active product of an active producer, with the certifications that cover it. */
export async function productById(db: Db, id: string) {
  const product = await db.product.findFirst({
    where: { id, status: "active", producer: { organisation: { status: "active" } } },
    select: {
      ...PRODUCT_FACTS,
      producer: {
        select: {
          id: true,
          legalName: true,
          provinceCode: true,
          regencyCode: true,
          organisation: { select: { slug: true } },
        },
      },
    },
  });
  if (!product) return null;
  // Business-wide certifications (linked to no product) and those linked to this product.
  const certifications = await db.certification.findMany({
    where: {
      producerId: product.producer.id,
      status: { not: "rejected" },
      OR: [{ products: { none: {} } }, { products: { some: { productId: id } } }],
    },
    orderBy: [{ status: "desc" }, { type: "asc" }],
    select: CERTIFICATION_VIEW,
  });
  return { ...product, certifications };
}
