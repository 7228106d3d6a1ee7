// The zod schemas of the catalog forms, shared by the pages and the actions (and later the
// import and the API). Messages are translation keys in the "errors" namespace.
import { z } from "zod";
import { EVEN_WITH_FIELD_ERRORS, isNumber } from "~/lib/form-fields.ts";
import { CERTIFICATION_TYPES, PRODUCT_CATEGORY_KEYS, SECTORS, UNITS } from "../domain.ts";

const wholeNumber = (min: number, max: number) =>
  z
    .number({ error: "number_invalid" })
    .int("whole_number")
    .min(min, min === 0 ? "not_negative" : "at_least_one")
    .max(max, "too_large");

export const ProductFormSchema = z
  .object({
    name: z.string({ error: "required" }).trim().min(3, "too_short").max(120, "too_long"),
    description: z.string({ error: "required" }).trim().min(10, "description_too_short").max(4000, "too_long"),
    category: z.enum(PRODUCT_CATEGORY_KEYS, { error: "choose_one" }),
    unit: z.enum(UNITS, { error: "choose_one" }),
    minOrder: wholeNumber(1, 10_000_000),
    // The rules across two fields (below) are said in the published import schema too, which cannot state them.
    monthlyCapacity: wholeNumber(1, 100_000_000).optional().describe("How much is made a month, in the product's unit: at least minOrder."),
    priceMin: wholeNumber(0, 2_000_000_000).optional(),
    priceMax: wholeNumber(0, 2_000_000_000).optional().describe("At least priceMin."),
    tkdnPercent: z.number({ error: "number_invalid" }).min(0, "not_negative").max(100, "percent_max").optional(),
    leadTimeDays: wholeNumber(0, 365).optional(),
  })
  .superRefine((v, ctx) => {
    if (isNumber(v.priceMin) && isNumber(v.priceMax) && v.priceMax < v.priceMin) {
      ctx.addIssue({ code: "custom", path: ["priceMax"], message: "price_max_below_min" });
    }
    if (isNumber(v.monthlyCapacity) && isNumber(v.minOrder) && v.monthlyCapacity < v.minOrder) {
      ctx.addIssue({ code: "custom", path: ["monthlyCapacity"], message: "capacity_below_min_order" });
    }
  }, EVEN_WITH_FIELD_ERRORS);
export type ProductInput = z.infer<typeof ProductFormSchema>;

export const ProductStatusSchema = z.object({
  intent: z.enum(["archive", "restore"]),
  productId: z.string().min(1).max(40),
});

export const CATALOG_PAGE_SIZE = 20;

/** The public catalog's filters, read from the query string. */
export const CatalogFilterSchema = z.object({
  sector: z.enum(SECTORS, { error: "choose_one" }).optional(),
  province: z.string().regex(/^\d{2}$/, "region_invalid").optional(),
  certification: z.enum(CERTIFICATION_TYPES, { error: "choose_one" }).optional(),
  verified: z.literal("on", { error: "invalid" }).optional(),
  page: z.number({ error: "number_invalid" }).int("whole_number").min(1, "at_least_one").max(10_000, "too_large").optional(),
});
export type CatalogFilter = z.infer<typeof CatalogFilterSchema>;
