// What the JSON API's resources look like: a zod schema per response shape (the OpenAPI
// document is generated from them, and the tests check responses against them) and the
// functions that shape service rows into them. Request bodies are the page forms' own
// schemas; only JSON's date strings and nulls are adapted here, before those schemas run.
// Whole at ~400 lines: one schema and one shaping function per API resource, side by side,
// so that a response shape and the OpenAPI document cannot drift apart.
import { z } from "zod";
import { dateToDay, dayToDate } from "~/lib/calendar-day.ts";
import type { browseProducers, producerBySlug } from "~/models/catalog/catalog.server.ts";
import type { Contacts } from "~/models/producers/contacts.server.ts";
import { CatalogFilterSchema } from "~/models/catalog/catalog-forms.ts";
import type { listOwnCertifications } from "~/models/certifications/certification.server.ts";
import {
  BUYER_TYPES,
  CERTIFICATION_STATUSES,
  CERTIFICATION_TYPES,
  LEGAL_FORMS,
  NEED_STATUSES,
  NEED_VISIBILITIES,
  PRODUCT_CATEGORY_KEYS,
  PRODUCT_STATUSES,
  QUOTATION_STATES,
  SECTORS,
  readNeedStatus,
  UNITS,
} from "~/models/domain.ts";
import type { NeedView } from "~/models/needs/need.server.ts";
import type { ListedQuotation } from "~/models/quotations/quotation.server.ts";
import { QUOTE_DECLINE_REASONS } from "~/models/quotations/quotation-workflow.ts";
import type { findOwnProduct } from "~/models/catalog/product.server.ts";

// ─── Dates (calendar-day.ts reads and writes them) ──────────────────────────

/**
 * A JSON body as the form schemas expect it, optionally merged onto `base` (the current
 * values, for PATCH). As in a JSON Merge Patch (RFC 7396), null removes a field, i.e. leaves
 * an optional one empty. Date fields given as YYYY-MM-DD become Dates; anything else is left
 * for the schema to refuse with its own message.
 */
export function toInput(body: Record<string, unknown>, dateFields: readonly string[] = [], base: Record<string, unknown> = {}) {
  const merged: Record<string, unknown> = { ...base, ...body };
  for (const field of dateFields) {
    const value = body[field];
    if (typeof value === "string") merged[field] = dayToDate(value) ?? value;
  }
  return Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== null && v !== undefined));
}

const day = z.iso.date().meta({ description: "A calendar day in Indonesia (WIB), YYYY-MM-DD.", example: "2026-12-31" });
const instant = z.iso.datetime().meta({ description: "An instant in UTC (ISO 8601)." });
const int = z.number().int();

// ─── Limits, pages and errors ───────────────────────────────────────────────

/** Generous for an ERP syncing a catalog, low enough that a runaway loop cannot crowd others out. */
export const API_RATE_LIMIT = { max: 600, windowMs: 5 * 60_000 };
/** The largest form (a need's description, 5,000 characters) is far below this. */
export const MAX_BODY_BYTES = 256 * 1024;

/** `?page=`, with the catalog's rule (a whole number from 1). */
export const PageQuerySchema = CatalogFilterSchema.pick({ page: true });

/** Own lists are read whole from their services and cut into pages of this size. */
export const OWN_PAGE_SIZE = 20;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), page: int.min(1), pageSize: int, total: int });
}

export const ApiIssueSchema = z.object({
  path: z.string().meta({ description: "The field, dotted for lists (`requiredCertifications.0`); empty for the whole body." }),
  code: z.string().meta({ description: "A stable key, e.g. `price_max_below_min`." }),
  message: z.string().meta({ description: "The same message in English as the web forms show." }),
});
export type ApiIssue = z.infer<typeof ApiIssueSchema>;

export const ApiErrorSchema = z.object({
  error: z.object({
    code: z.string().meta({ example: "invalid" }),
    message: z.string(),
    issues: z.array(ApiIssueSchema).optional().meta({ description: "With `invalid`: what is wrong, field by field." }),
  }),
});

// ─── Products ───────────────────────────────────────────────────────────────

export const ProductSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  category: z.enum(PRODUCT_CATEGORY_KEYS),
  unit: z.enum(UNITS),
  minOrder: int,
  monthlyCapacity: int.nullable(),
  priceMin: int.nullable().meta({ description: "Rupiah per unit." }),
  priceMax: int.nullable(),
  tkdnPercent: z.number().nullable(),
  leadTimeDays: int.nullable(),
  status: z.enum(PRODUCT_STATUSES),
  updatedAt: instant,
});

type ProductRow = NonNullable<Awaited<ReturnType<typeof findOwnProduct>>>;

export function productJson(p: ProductRow): z.infer<typeof ProductSchema> {
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    category: p.category as z.infer<typeof ProductSchema>["category"],
    unit: p.unit as z.infer<typeof ProductSchema>["unit"],
    minOrder: p.minOrder,
    monthlyCapacity: p.monthlyCapacity,
    priceMin: p.priceMin,
    priceMax: p.priceMax,
    tkdnPercent: p.tkdnPercent,
    leadTimeDays: p.leadTimeDays,
    status: p.status as z.infer<typeof ProductSchema>["status"],
    updatedAt: p.updatedAt.toISOString(),
  };
}

/** A stored product as the product form's input, the base a PATCH is merged onto. */
export function productInputOf(p: ProductRow): Record<string, unknown> {
  const { id: _id, status: _status, updatedAt: _updatedAt, ...fields } = p;
  return fields;
}

// ─── Certifications ─────────────────────────────────────────────────────────

export const CertificationSchema = z.object({
  id: z.string(),
  type: z.enum(CERTIFICATION_TYPES),
  number: z.string(),
  issuer: z.string(),
  validFrom: day.nullable(),
  validUntil: day.nullable().meta({ description: "Null: no expiry." }),
  status: z.enum(CERTIFICATION_STATUSES).meta({ description: "Entries made through the API start `pending` until a dinas office checks them." }),
  rejectionReason: z.string().nullable(),
  hasDocument: z.boolean(),
  products: z.array(z.string()).meta({ description: "Names of the products it covers; empty: the whole business." }),
});

type CertificationRow = Awaited<ReturnType<typeof listOwnCertifications>>[number];

export function certificationJson(c: CertificationRow): z.infer<typeof CertificationSchema> {
  return {
    id: c.id,
    type: c.type as z.infer<typeof CertificationSchema>["type"],
    number: c.number,
    issuer: c.issuer,
    validFrom: c.validFrom ? dateToDay(c.validFrom) : null,
    validUntil: c.validUntil ? dateToDay(c.validUntil) : null,
    status: c.status as z.infer<typeof CertificationSchema>["status"],
    rejectionReason: c.rejectionReason,
    hasDocument: c.documentPath !== null,
    products: c.products.map((p) => p.product.name),
  };
}

// ─── Needs ──────────────────────────────────────────────────────────────────

export const NeedSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  category: z.enum(PRODUCT_CATEGORY_KEYS),
  quantity: int,
  unit: z.enum(UNITS),
  deliveryProvinceCode: z.string(),
  deliveryRegencyCode: z.string().nullable(),
  neededBy: day,
  requiredCertifications: z.array(z.enum(CERTIFICATION_TYPES)),
  minTkdnPercent: z.number().nullable(),
  budgetPerUnit: int.nullable(),
  budgetTotal: int.nullable(),
  visibility: z.enum(NEED_VISIBILITIES),
  status: z.enum(NEED_STATUSES),
  publishedAt: instant.nullable(),
  updatedAt: instant,
  buyerName: z.string().optional().meta({ description: "On needs of other organisations." }),
  buyerType: z.enum(BUYER_TYPES).nullable().optional(),
});

type NeedOut = z.infer<typeof NeedSchema>;

export function needJson(n: NeedView & { buyerName?: string; buyerType?: string | null }): NeedOut {
  return {
    id: n.id,
    title: n.title,
    description: n.description,
    category: n.category as NeedOut["category"],
    quantity: n.quantity,
    unit: n.unit as NeedOut["unit"],
    deliveryProvinceCode: n.deliveryProvinceCode,
    deliveryRegencyCode: n.deliveryRegencyCode,
    neededBy: dateToDay(n.neededBy),
    requiredCertifications: n.requiredCertifications as NeedOut["requiredCertifications"],
    minTkdnPercent: n.minTkdnPercent,
    budgetPerUnit: n.budgetPerUnit,
    // Stored as BigInt; the form caps it at 10^15, well within a JSON number's exact range.
    budgetTotal: n.budgetTotal === null ? null : Number(n.budgetTotal),
    visibility: n.visibility as NeedOut["visibility"],
    status: readNeedStatus(n.status),
    publishedAt: n.publishedAt?.toISOString() ?? null,
    updatedAt: n.updatedAt.toISOString(),
    ...(n.buyerName === undefined ? {} : { buyerName: n.buyerName }),
    ...(n.buyerType === undefined ? {} : { buyerType: n.buyerType as NeedOut["buyerType"] }),
  };
}

/** A stored need as the need form's input, the base a PATCH is merged onto. */
export function needInputOf(n: NeedView): Record<string, unknown> {
  const { id: _id, status: _status, publishedAt: _publishedAt, updatedAt: _updatedAt, budgetTotal, ...fields } = n;
  return { ...fields, budgetTotal: budgetTotal === null ? null : Number(budgetTotal) };
}

// ─── Quotations ─────────────────────────────────────────────────────────────

export const QuotationSchema = z
  .object({
    id: z.string(),
    number: z.string().meta({ example: "RFQ-2026-000042" }),
    state: z.enum(QUOTATION_STATES),
    expired: z.boolean().meta({ description: "A quoted price past its last valid day (WIB): it can no longer be accepted." }),
    needId: z.string(),
    needTitle: z.string(),
    buyerName: z.string(),
    producerId: z.string(),
    producerName: z.string(),
    productId: z.string().nullable(),
    quantity: int,
    unit: z.enum(UNITS),
    deliveryPlace: z.string(),
    deliveryDate: day,
    specs: z.string().nullable(),
    sampleRequested: z.boolean(),
    requestedAt: instant,
    answer: z
      .object({
        unitPrice: int.meta({ description: "Whole rupiah per unit, before PPN." }),
        minOrderQuantity: int.nullable(),
        leadTimeDays: int,
        validUntil: day,
        terms: z.string().nullable(),
        sampleOffered: z.boolean(),
        total: int.meta({ description: "The quantity asked (raised to the minimum order) at the unit price, before PPN." }),
      })
      .nullable(),
    declineReason: z.enum(QUOTE_DECLINE_REASONS).nullable(),
    note: z.string().nullable().meta({ description: "The producer's words with a decline, or the buyer's with a decision." }),
    decidedAt: instant.nullable(),
  })
  .meta({ id: "Quotation" });

type QuotationOut = z.infer<typeof QuotationSchema>;

export function quotationJson(q: ListedQuotation): QuotationOut {
  return {
    id: q.id,
    number: q.number,
    state: q.state,
    expired: q.expired,
    needId: q.match.need.id,
    needTitle: q.match.need.title,
    buyerName: q.match.need.buyer.name,
    producerId: q.match.producer.id,
    producerName: q.match.producer.legalName,
    productId: q.match.product?.id ?? null,
    quantity: q.quantity,
    unit: q.unit as QuotationOut["unit"],
    deliveryPlace: q.deliveryPlace,
    deliveryDate: dateToDay(q.deliveryDate),
    specs: q.specs,
    sampleRequested: q.sampleRequested,
    requestedAt: q.requestedAt.toISOString(),
    answer:
      q.unitPrice !== null && q.validUntil !== null && q.leadTimeDays !== null
        ? { unitPrice: q.unitPrice, minOrderQuantity: q.minOrderQuantity, leadTimeDays: q.leadTimeDays, validUntil: dateToDay(q.validUntil), terms: q.terms, sampleOffered: q.sampleOffered, total: q.total ?? 0 }
        : null,
    declineReason: (q.declineReason as QuotationOut["declineReason"]) ?? null,
    note: q.note,
    decidedAt: q.decidedAt?.toISOString() ?? null,
  };
}

// ─── Producers (public catalog) ─────────────────────────────────────────────

const heldCertification = z.object({ type: z.enum(CERTIFICATION_TYPES), status: z.enum(CERTIFICATION_STATUSES) });

export const ProducerSummarySchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  sector: z.enum(SECTORS),
  provinceCode: z.string(),
  regencyCode: z.string(),
  sentraName: z.string().nullable(),
  productCount: int,
  certifications: z.array(heldCertification).meta({ description: "Certificates held today (not rejected, not expired)." }),
});

type ProducerListing = Awaited<ReturnType<typeof browseProducers>>["producers"][number];

export function producerSummaryJson(p: ProducerListing): z.infer<typeof ProducerSummarySchema> {
  return {
    ...p,
    sector: p.sector as z.infer<typeof ProducerSummarySchema>["sector"],
    certifications: p.certifications as z.infer<typeof heldCertification>[],
  };
}

export const ProducerSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  legalForm: z.enum(LEGAL_FORMS).nullable().meta({ description: "The business's legal form (bentuk badan usaha: pt, cv, ud, koperasi…); null when not stated." }),
  sector: z.enum(SECTORS),
  sentraName: z.string().nullable(),
  provinceCode: z.string(),
  regencyCode: z.string(),
  employees: int.nullable(),
  foundedYear: int.nullable(),
  monthlyCapacity: int.nullable(),
  capacityUnit: z.enum(UNITS).nullable(),
  description: z.string().nullable(),
  logoUrl: z.string().nullable().meta({ description: "Path of the logo image on this server." }),
  kbli: z.array(z.string()),
  updatedAt: instant,
  products: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      category: z.enum(PRODUCT_CATEGORY_KEYS),
      unit: z.enum(UNITS),
      priceMin: int.nullable(),
      priceMax: int.nullable(),
      monthlyCapacity: int.nullable(),
      tkdnPercent: z.number().nullable(),
    }),
  ),
  certifications: z.array(
    z.object({
      id: z.string(),
      type: z.enum(CERTIFICATION_TYPES),
      number: z.string(),
      issuer: z.string(),
      validFrom: day.nullable().meta({ description: "Null: in force from its issue." }),
      validUntil: day.nullable(),
      status: z.enum(CERTIFICATION_STATUSES),
      verifiedAt: instant.nullable(),
    }),
  ),
  contacts: z
    .object({
      address: z.string().nullable(),
      people: z.array(z.object({ name: z.string(), position: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable() })),
    })
    .nullable()
    .meta({
      description:
        "The producer's address and contact people: for the producer itself, dinas and admins, and buyers whose partnership with it has been introduced or accepted; null for everyone else.",
    }),
});

type ProducerOut = z.infer<typeof ProducerSchema>;
type ProducerProduct = ProducerOut["products"][number];
type ProducerPage = NonNullable<Awaited<ReturnType<typeof producerBySlug>>>;

export function producerJson(p: ProducerPage, contacts: Contacts | null): ProducerOut {
  return {
    id: p.id,
    slug: p.organisation.slug,
    name: p.legalName,
    legalForm: p.organisation.legalForm as ProducerOut["legalForm"],
    sector: p.sector as ProducerOut["sector"],
    sentraName: p.sentraName,
    provinceCode: p.provinceCode,
    regencyCode: p.regencyCode,
    employees: p.employees,
    foundedYear: p.foundedYear,
    monthlyCapacity: p.monthlyCapacity,
    capacityUnit: p.capacityUnit as ProducerOut["capacityUnit"],
    description: p.description,
    // The same address the public page uses: the ?v= busts the logo route's long cache.
    logoUrl: p.logoPath ? `/media/logos/${p.id}?v=${p.updatedAt.getTime()}` : null,
    kbli: p.kbli.map((k) => k.code),
    updatedAt: p.updatedAt.toISOString(),
    // The declared TKDN, as the product resource gives it (the page's certified reading is not part of the API's shape).
    products: p.products.map((x) => ({
      id: x.id,
      name: x.name,
      category: x.category as ProducerProduct["category"],
      unit: x.unit as ProducerProduct["unit"],
      priceMin: x.priceMin,
      priceMax: x.priceMax,
      monthlyCapacity: x.monthlyCapacity,
      tkdnPercent: x.tkdnPercent,
    })),
    certifications: p.certifications.map((c) => ({
      id: c.id,
      type: c.type as ProducerOut["certifications"][number]["type"],
      number: c.number,
      issuer: c.issuer,
      validFrom: c.validFrom ? dateToDay(c.validFrom) : null,
      validUntil: c.validUntil ? dateToDay(c.validUntil) : null,
      status: c.status as ProducerOut["certifications"][number]["status"],
      verifiedAt: c.verifiedAt?.toISOString() ?? null,
    })),
    contacts,
  };
}
