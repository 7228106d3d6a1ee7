// The zod schemas of a request for quotation, the producer's answer, its decline and the
// buyer's decision, shared by the pages and the actions. Every check, the cross-field ones
// included, runs in one round, so all errors show at once. Days are read as WIB calendar
// days ("2027-01-31"); a day before today is refused. Messages are keys of "errors".
import { z } from "zod";
import { dayToDate, isBeforeToday } from "~/lib/calendar-day.ts";
import { checkbox } from "~/lib/form-fields.ts";
import { UNITS } from "../domain.ts";
import { MAX_ORDER_TOTAL } from "../orders/order-forms.ts";
import { QUOTE_DECLINE_REASONS } from "./quotation-workflow.ts";

/** How many producers one request may go to: enough to compare, too few to spam. */
export const MAX_PRODUCERS_PER_REQUEST = 10;

/** A calendar day from a form, not before today (WIB). */
const dayFromToday = z
  .string({ error: "date_invalid" })
  .transform((value, ctx) => {
    const day = dayToDate(value);
    if (!day) {
      ctx.addIssue({ code: "custom", message: "date_invalid" });
      return z.NEVER;
    }
    if (isBeforeToday(day)) {
      ctx.addIssue({ code: "custom", message: "date_in_past" });
      return z.NEVER;
    }
    return day;
  });

const note = z.string().trim().max(2000, "too_long").optional();
const count = z.number({ error: "number_invalid" }).int("whole_number").min(1, "at_least_one").max(100_000_000, "too_large");

export const QuotationRequestSchema = z.object({
  producerIds: z.array(z.string().min(1).max(40), { error: "choose_producer" }).min(1, "choose_producer").max(MAX_PRODUCERS_PER_REQUEST, "too_many"),
  /** The catalogue product the request came from, if any (from a product page). */
  productId: z.string().max(40).optional(),
  quantity: count,
  unit: z.enum(UNITS, { error: "choose_one" }),
  deliveryPlace: z.string({ error: "required" }).trim().min(10, "too_short").max(500, "too_long"),
  deliveryDate: dayFromToday,
  specs: note,
  sampleRequested: checkbox,
});
export type QuotationRequestInput = z.infer<typeof QuotationRequestSchema>;

export const QuotationAnswerSchema = z.object({
  unitPrice: z.number({ error: "number_invalid" }).int("whole_number").min(1, "at_least_one").max(MAX_ORDER_TOTAL, "too_large"),
  minOrderQuantity: count.optional(),
  leadTimeDays: z.number({ error: "number_invalid" }).int("whole_number").min(0, "not_negative").max(365, "too_large"),
  validUntil: dayFromToday,
  terms: note,
  sampleOffered: checkbox,
});
export type QuotationAnswerInput = z.infer<typeof QuotationAnswerSchema>;

export const QuoteDeclineSchema = z
  .object({
    reason: z.enum(QUOTE_DECLINE_REASONS, { error: "choose_one" }),
    note: z.string().trim().max(500, "too_long").optional(),
  })
  // "Other" says nothing by itself: the buyer needs the producer's words.
  .superRefine((v, ctx) => {
    if (v.reason === "other" && !v.note) ctx.addIssue({ code: "custom", path: ["note"], message: "required" });
  });
export type QuoteDeclineInput = z.infer<typeof QuoteDeclineSchema>;

/** The buyer's accept, reject or withdraw, with an optional word to the producer. */
export const QuotationDecisionSchema = z.object({
  intent: z.enum(["accept", "reject", "withdraw"], { error: "choose_one" }),
  note: z.string().trim().max(500, "too_long").optional(),
});

// The JSON API's bodies: the same fields and rules, with a boolean where the form has a checkbox.
export const QuotationRequestApiSchema = QuotationRequestSchema.extend({ sampleRequested: z.boolean().optional().transform((v) => v === true) });
export const QuotationAnswerApiSchema = QuotationAnswerSchema.extend({ sampleOffered: z.boolean().optional().transform((v) => v === true) });
