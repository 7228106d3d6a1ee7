// A buyer's request to be verified, as a zod schema: the NIB and NPWP an admin checks against
// OSS and the tax register, and the company's website (an owner's e-mail on its domain is the
// quickest proof). The assignment letter comes as a file, checked by content on upload.
// Messages are translation keys in the "errors" namespace.
import { z } from "zod";
import { npwpField } from "../trade/trade-forms.ts";

export const VerificationRequestSchema = z.object({
  nib: z.string({ error: "required" }).trim().regex(/^\d{13}$/, "nib_invalid"),
  npwp: npwpField,
  website: z.url({ error: "url_invalid", protocol: /^https?$/ }).max(200, "too_long").optional(),
});
export type VerificationRequestInput = z.infer<typeof VerificationRequestSchema>;

/** An admin's decision: a rejection or a suspension says why, for the buyer to read. */
export const VerificationDecisionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("verify"), organisationId: z.string().min(1).max(40) }),
  z.object({ intent: z.enum(["reject", "suspend"]), organisationId: z.string().min(1).max(40), note: z.string({ error: "required" }).trim().min(5, "too_short").max(500, "too_long") }),
]);
