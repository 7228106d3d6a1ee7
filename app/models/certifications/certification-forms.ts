// The zod schemas of certification forms: the producer's entry and the dinas decision.
import { z } from "zod";
import { CERTIFICATION_TYPES } from "../domain.ts";

/** The certificate itself; the form adds the products it covers, the import their refs. */
export const CertificationFields = z.object({
  type: z.enum(CERTIFICATION_TYPES, { error: "choose_one" }),
  number: z.string({ error: "required" }).trim().min(3, "too_short").max(80, "too_long"),
  issuer: z.string({ error: "required" }).trim().min(3, "too_short").max(160, "too_long"),
  validFrom: z.date({ error: "date_invalid" }).optional(),
  validUntil: z.date({ error: "date_invalid" }).optional(),
  tkdnPercent: z.number({ error: "number_invalid" }).min(0, "not_negative").max(100, "percent_max").optional(),
});

export function refineCertification(v: z.infer<typeof CertificationFields>, ctx: z.RefinementCtx) {
  if (v.validFrom && v.validUntil && v.validUntil <= v.validFrom) {
    ctx.addIssue({ code: "custom", path: ["validUntil"], message: "until_before_from" });
  }
  if (v.type === "tkdn" && v.tkdnPercent === undefined) {
    ctx.addIssue({ code: "custom", path: ["tkdnPercent"], message: "required" });
  }
}

export const CertificationFormSchema = CertificationFields.extend({
  productIds: z.array(z.string().min(1).max(40)).max(200).optional(),
}).superRefine(refineCertification);
export type CertificationInput = z.infer<typeof CertificationFormSchema>;

export const VerificationSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("verify"), certificationId: z.string().min(1).max(40) }),
  z.object({
    intent: z.literal("reject"),
    certificationId: z.string().min(1).max(40),
    reason: z.string({ error: "reason_required" }).trim().min(5, "reason_required").max(500, "too_long"),
  }),
]);
