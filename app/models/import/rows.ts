// What one imported record looks like, per kind. Each row schema is the page form's schema
// (the same rules, the same error keys) plus an external `ref` that makes re-imports
// idempotent and the refs that tie records together (a product's `producerRef`…).
// The JSON Schema in the README is generated from these (see jsonSchema below).
import { z } from "zod";
import { ProductFormSchema } from "../catalog/catalog-forms.ts";
import { CertificationFields, refineCertification } from "../certifications/certification-forms.ts";
import { BUYER_TYPES, CERTIFICATION_STATUSES, NEED_STATUSES, PRODUCT_STATUSES } from "../domain.ts";
import { NeedRecordSchema } from "../needs/need-forms.ts";
import { legalFormField, ProducerProfileSchema } from "../producers/profile-forms.ts";

export const IMPORT_KINDS = ["producers", "buyers", "products", "certifications", "needs"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** A reference in the sender's own system: letters, digits and . _ - : / only. */
const ref = z
  .string({ error: "required" })
  .trim()
  .min(1, "required")
  .max(80, "too_long")
  .regex(/^[A-Za-z0-9._:/-]+$/, "ref_invalid");

export const ProducerRow = ProducerProfileSchema.safeExtend({ ref });

export const BuyerRow = z.object({
  ref,
  name: z.string({ error: "required" }).trim().min(3, "too_short").max(160, "too_long"),
  legalForm: legalFormField,
  buyerType: z.enum(BUYER_TYPES, { error: "choose_one" }),
  // The head office: a province ("31") or a regency ("31.71").
  regionCode: z.string({ error: "required" }).regex(/^\d{2}(\.\d{2})?$/, "region_invalid"),
  address: z.string().trim().max(300, "too_long").optional(),
  // Only web addresses: a javascript: or data: link would run if a page ever linked it.
  website: z.string().trim().max(200, "too_long").pipe(z.url({ protocol: /^https?$/, error: "url_invalid" })).optional(),
});

export const ProductRow = ProductFormSchema.safeExtend({
  ref,
  producerRef: ref,
  status: z.enum(PRODUCT_STATUSES, { error: "choose_one" }).default("active"),
});

export const CertificationRow = CertificationFields.extend({
  ref,
  producerRef: ref,
  // Empty: the certificate covers the whole business.
  productRefs: z.array(ref).max(200, "too_many").default([]),
  // Offices import records they already checked; see importer.server.ts for who may.
  status: z.enum(CERTIFICATION_STATUSES, { error: "choose_one" }).default("pending"),
  verifiedAt: z.date({ error: "date_invalid" }).optional(),
  rejectionReason: z.string().trim().max(500, "too_long").optional(),
}).superRefine((v, ctx) => {
  refineCertification(v, ctx);
  if (v.status === "rejected" && (!v.rejectionReason || v.rejectionReason.length < 5)) {
    ctx.addIssue({ code: "custom", path: ["rejectionReason"], message: "reason_required" });
  }
});

export const NeedRow = NeedRecordSchema.safeExtend({
  ref,
  buyerRef: ref,
  status: z.enum(NEED_STATUSES, { error: "choose_one" }).default("open"),
});

export const ROW_SCHEMAS = {
  producers: ProducerRow,
  buyers: BuyerRow,
  products: ProductRow,
  certifications: CertificationRow,
  needs: NeedRow,
} as const;

export type Rows = { [K in ImportKind]: z.infer<(typeof ROW_SCHEMAS)[K]> };

/** The whole JSON import file: any of the kinds, each a list of rows. */
export const ImportFileSchema = z.object(
  Object.fromEntries(IMPORT_KINDS.map((kind) => [kind, z.array(ROW_SCHEMAS[kind]).optional()])) as {
    [K in ImportKind]: z.ZodOptional<z.ZodArray<(typeof ROW_SCHEMAS)[K]>>;
  },
);

/** Fields that hold lists: in CSV and XLSX cells they are written "a; b; c". */
export const LIST_FIELDS: Record<ImportKind, readonly string[]> = {
  producers: ["kbli"],
  buyers: [],
  products: [],
  certifications: ["productRefs"],
  needs: ["requiredCertifications"],
};

/** Number fields, which arrive as text from CSV. */
export const NUMBER_FIELDS: Record<ImportKind, readonly string[]> = {
  producers: ["employees", "foundedYear", "monthlyCapacity"],
  buyers: [],
  products: ["minOrder", "monthlyCapacity", "priceMin", "priceMax", "tkdnPercent", "leadTimeDays"],
  certifications: ["tkdnPercent"],
  needs: ["quantity", "minTkdnPercent", "budgetPerUnit", "budgetTotal"],
};

/**
 * Fields holding a legal form: files write it as people do ("C.V.", "PT.", "Koperasi"), and the
 * import reads any of those as the code (see legalFormFromText in domain.ts) before zod checks it.
 */
export const LEGAL_FORM_FIELDS: Record<ImportKind, readonly string[]> = {
  producers: ["legalForm"],
  buyers: ["legalForm"],
  products: [],
  certifications: [],
  needs: [],
};

/** Date fields, written YYYY-MM-DD (a calendar day in Indonesia). */
export const DATE_FIELDS: Record<ImportKind, readonly string[]> = {
  producers: [],
  buyers: [],
  products: [],
  certifications: ["validFrom", "validUntil", "verifiedAt"],
  needs: ["neededBy"],
};

/** The import file's JSON Schema (draft 2020-12), generated from the row schemas. */
export function importJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ImportFileSchema, {
    io: "input",
    unrepresentable: "any",
    override: (ctx) => {
      // Dates travel as calendar days.
      if (ctx.zodSchema._zod.def.type === "date") {
        ctx.jsonSchema.type = "string";
        ctx.jsonSchema.format = "date";
      }
    },
  });
  return {
    ...schema,
    $id: "https://mitraikm.id/schemas/import.json",
    title: "MitraIKM bulk import",
    description:
      "Producers, buyers, products, certifications and procurement needs. Every record carries a `ref` from the sender's system; importing the same file again changes nothing.",
  };
}

const CONTACT_COLUMNS = ["contactName", "contactPosition", "contactPhone", "contactEmail"];

/** The columns of a CSV file (or XLSX sheet) of this kind, in the schema's order. */
export function csvColumns(kind: ImportKind): string[] {
  return Object.keys(ROW_SCHEMAS[kind].shape).flatMap((key) => (key === "contacts" ? CONTACT_COLUMNS : [key]));
}
