// The public catalog: producers and their products as anyone may see them. Only active
// organisations and active products appear; certifications show their verification state,
// and a certification counts as held only while it is valid. Contact details are not public.
import type { Prisma } from "~/generated/prisma/client.ts";
import type { Db } from "~/db.server.ts";
import { CATALOG_PAGE_SIZE, type CatalogFilter } from "./catalog-forms.ts";

/** A certification the producer holds today: not rejected, and not expired. */
function heldToday(now: Date, extra: Prisma.CertificationWhereInput = {}): Prisma.CertificationWhereInput {
  return { status: { not: "rejected" }, OR: [{ validUntil: null }, { validUntil: { gte: now } }], ...extra };
}

function producerWhere(filter: CatalogFilter, now: Date): Prisma.ProducerProfileWhereInput {
  const certification: Prisma.CertificationWhereInput = {
    ...(filter.certification ? { type: filter.certification } : {}),
    ...(filter.verified ? { status: "verified" } : {}),
  };
  return {
    organisation: { status: "active" },
    ...(filter.sector ? { sector: filter.sector } : {}),
    ...(filter.province ? { provinceCode: filter.province } : {}),
    ...(filter.certification || filter.verified ? { certifications: { some: heldToday(now, certification) } } : {}),
  };
}

export async function browseProducers(db: Db, filter: CatalogFilter, now = new Date()) {
  const where = producerWhere(filter, now);
  const page = filter.page ?? 1;
  const [total, rows] = await Promise.all([
    db.producerProfile.count({ where }),
    db.producerProfile.findMany({
      where,
      orderBy: [{ legalName: "asc" }],
      skip: (page - 1) * CATALOG_PAGE_SIZE,
      take: CATALOG_PAGE_SIZE,
      select: {
        id: true,
        legalName: true,
        sector: true,
        provinceCode: true,
        regencyCode: true,
        sentraName: true,
        organisation: { select: { slug: true } },
        _count: { select: { products: { where: { status: "active" } } } },
        certifications: {
          where: heldToday(now),
          select: { type: true, status: true },
          orderBy: { type: "asc" },
        },
      },
    }),
  ]);
  return {
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / CATALOG_PAGE_SIZE)),
    producers: rows.map((r) => ({
      id: r.id,
      slug: r.organisation.slug,
      name: r.legalName,
      sector: r.sector,
      provinceCode: r.provinceCode,
      regencyCode: r.regencyCode,
      sentraName: r.sentraName,
      productCount: r._count.products,
      certifications: r.certifications,
    })),
  };
}

const CERTIFICATION_VIEW = {
  id: true,
  type: true,
  number: true,
  issuer: true,
  validUntil: true,
  status: true,
  verifiedAt: true,
} as const;

/** A producer's public page, by organisation slug; null when unknown or not active. */
export async function producerBySlug(db: Db, slug: string) {
  return db.producerProfile.findFirst({
    where: { organisation: { slug, status: "active" } },
    select: {
      id: true,
      legalName: true,
      sector: true,
      sentraName: true,
      provinceCode: true,
      regencyCode: true,
      employees: true,
      foundedYear: true,
      monthlyCapacity: true,
      capacityUnit: true,
      description: true,
      logoPath: true,
      updatedAt: true,
      organisation: { select: { name: true, slug: true } },
      kbli: { select: { code: true }, orderBy: { code: "asc" } },
      products: {
        where: { status: "active" },
        orderBy: { name: "asc" },
        select: { id: true, name: true, category: true, unit: true, priceMin: true, priceMax: true, monthlyCapacity: true, tkdnPercent: true },
      },
      certifications: {
        where: { status: { not: "rejected" } },
        orderBy: [{ status: "desc" }, { type: "asc" }],
        select: CERTIFICATION_VIEW,
      },
    },
  });
}

/** An active product of an active producer, with the certifications that cover it. */
export async function productById(db: Db, id: string) {
  const product = await db.product.findFirst({
    where: { id, status: "active", producer: { organisation: { status: "active" } } },
    select: {
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
