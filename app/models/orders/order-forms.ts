// The zod schema of a purchase order's terms, shared by the drafting and counter-offer forms
// and the actions. Empty line rows are dropped before validation: the form offers a few.
import { z } from "zod";
import { isBeforeToday } from "~/lib/calendar-day.ts";
import { EVEN_WITH_FIELD_ERRORS, isDate, isNumber } from "~/lib/form-fields.ts";
import { UNITS } from "../domain.ts";
import { DELIVERY_TERMS } from "./order-workflow.ts";

export const MAX_ORDER_LINES = 10;
/** The most one order (and so one payment) may be, in rupiah: Stripe takes at most 12 digits of sen in one IDR amount, and no IKM order comes near this. */
export const MAX_ORDER_TOTAL = 9_999_999_999;

const OrderLineSchema = z.object({
  productId: z.string().max(40).optional(),
  name: z.string({ error: "required" }).trim().min(2, "too_short").max(160, "too_long"),
  quantity: z.number({ error: "number_invalid" }).int("whole_number").min(1, "at_least_one").max(100_000_000, "too_large"),
  unit: z.enum(UNITS, { error: "choose_one" }),
  unitPrice: z.number({ error: "number_invalid" }).int("whole_number").min(1, "at_least_one").max(MAX_ORDER_TOTAL, "too_large"),
});

export const OrderTermsSchema = z
  .object({
    lines: z.array(OrderLineSchema, { error: "order_lines_required" }).min(1, "order_lines_required").max(MAX_ORDER_LINES, "too_many"),
    deliveryAddress: z.string({ error: "required" }).trim().min(10, "too_short").max(500, "too_long"),
    deliveryDate: z.date({ error: "date_invalid" }),
    deliveryTerm: z.enum(DELIVERY_TERMS, { error: "choose_one" }),
    downPaymentPercent: z.number({ error: "number_invalid" }).int("whole_number").min(0, "not_negative").max(100, "percent_max"),
    downPaymentDueDays: z.number({ error: "number_invalid" }).int("whole_number").min(0, "not_negative").max(90, "too_large"),
    balanceDueDays: z.number({ error: "number_invalid" }).int("whole_number").min(0, "not_negative").max(180, "too_large"),
    cancellationRefundPercent: z.number({ error: "number_invalid" }).int("whole_number").min(0, "not_negative").max(100, "percent_max"),
    notes: z.string().trim().max(2000, "too_long").optional(),
  })
  .superRefine((v, ctx) => {
    const lines = Array.isArray(v.lines) ? v.lines : [];
    const total = lines.reduce((sum, l) => sum + (isNumber(l?.quantity) && isNumber(l?.unitPrice) ? l.quantity * l.unitPrice : 0), 0);
    if (total > MAX_ORDER_TOTAL) ctx.addIssue({ code: "custom", path: ["lines"], message: "order_total_too_large" });
    // Goods are delivered on a day to come, not one already gone (WIB).
    if (isDate(v.deliveryDate) && isBeforeToday(v.deliveryDate)) ctx.addIssue({ code: "custom", path: ["deliveryDate"], message: "date_in_past" });
  }, EVEN_WITH_FIELD_ERRORS);
export type OrderTerms = z.infer<typeof OrderTermsSchema>;

/** Drops the form's untouched line rows (every field empty), so they are not "required" errors. */
export function withoutEmptyLines(form: FormData): FormData {
  const out = new FormData();
  const rows = new Map<string, [string, FormDataEntryValue][]>();
  for (const [key, value] of form) {
    const row = /^lines\[(\d+)\]\./.exec(key)?.[1];
    if (row === undefined) out.append(key, value);
    else rows.set(row, [...(rows.get(row) ?? []), [key, value]]);
  }
  let index = 0;
  for (const entries of rows.values()) {
    // A row whose only values are the unit's default choice and a product link is empty.
    if (entries.every(([key, value]) => key.endsWith(".unit") || key.endsWith(".productId") || String(value).trim() === "")) continue;
    for (const [key, value] of entries) out.append(key.replace(/^lines\[\d+\]/, `lines[${index}]`), value);
    index++;
  }
  return out;
}
