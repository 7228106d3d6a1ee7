// The zod schemas of procurement needs, shared by the pages and the actions.
import { z } from "zod";
import { isAfterToday } from "~/lib/calendar-day.ts";
import { EVEN_WITH_FIELD_ERRORS, isDate, isNumber } from "~/lib/form-fields.ts";
import { CERTIFICATION_TYPES, NEED_VISIBILITIES, PRODUCT_CATEGORY_KEYS, UNITS } from "../domain.ts";

const NeedFieldsSchema = z
  .object({
    title: z.string({ error: "required" }).trim().min(5, "too_short").max(160, "too_long"),
    description: z.string({ error: "required" }).trim().min(20, "description_too_short_20").max(5000, "too_long"),
    category: z.enum(PRODUCT_CATEGORY_KEYS, { error: "choose_one" }),
    quantity: z.number({ error: "number_invalid" }).int("whole_number").min(1, "at_least_one").max(1_000_000_000, "too_large"),
    unit: z.enum(UNITS, { error: "choose_one" }),
    deliveryProvinceCode: z.string({ error: "required" }).regex(/^\d{2}$/, "region_invalid"),
    deliveryRegencyCode: z.string().regex(/^\d{2}\.\d{2}$/, "region_invalid").optional(),
    neededBy: z.date({ error: "date_invalid" }),
    requiredCertifications: z
      .array(z.enum(CERTIFICATION_TYPES, { error: "choose_one" }))
      .max(10)
      .refine((types) => new Set(types).size === types.length, "listed_twice")
      .optional(),
    minTkdnPercent: z.number({ error: "number_invalid" }).min(0, "not_negative").max(100, "percent_max").optional(),
    budgetPerUnit: z
      .number({ error: "number_invalid" })
      .int("whole_number")
      .min(1, "at_least_one")
      .max(2_000_000_000, "too_large")
      .optional()
      .describe("The budget for one unit, in rupiah: give this or budgetTotal, not both."),
    budgetTotal: z
      .number({ error: "number_invalid" })
      .int("whole_number")
      .min(1, "at_least_one")
      .max(1e15, "too_large")
      .optional()
      // Said in the published import schema too, which cannot state a rule across two fields.
      .describe("The budget for the whole quantity, in rupiah: give this or budgetPerUnit, not both."),
    visibility: z.enum(NEED_VISIBILITIES, { error: "choose_one" }),
  })
  .superRefine((v, ctx) => {
    if (typeof v.deliveryRegencyCode === "string" && typeof v.deliveryProvinceCode === "string" && v.deliveryRegencyCode && !v.deliveryRegencyCode.startsWith(`${v.deliveryProvinceCode}.`)) {
      ctx.addIssue({ code: "custom", path: ["deliveryRegencyCode"], message: "regency_not_in_province" });
    }
    if (isNumber(v.budgetPerUnit) && isNumber(v.budgetTotal)) {
      ctx.addIssue({ code: "custom", path: ["budgetTotal"], message: "budget_one_or_other" });
    }
  }, EVEN_WITH_FIELD_ERRORS);
/**
 * A need as a record: its fields and how they go together, whatever its date (the import
 * brings in closed and awarded needs of the past). The forms and the API use NeedFormSchema.
 */
export const NeedRecordSchema = NeedFieldsSchema;

/** A need written now (forms, API): also for a day still to come, checked with the rest in one round. */
export const NeedFormSchema = NeedFieldsSchema.superRefine((v, ctx) => {
  if (isDate(v.neededBy) && !isAfterToday(v.neededBy)) ctx.addIssue({ code: "custom", path: ["neededBy"], message: "date_in_past" });
}, EVEN_WITH_FIELD_ERRORS);
export type NeedInput = z.infer<typeof NeedFormSchema>;

export const NEED_ACTIONS = ["publish", "close", "award", "reopen"] as const;
export type NeedAction = (typeof NEED_ACTIONS)[number];
export const NeedActionSchema = z.object({ intent: z.enum(NEED_ACTIONS, { error: "choose_one" }) });
