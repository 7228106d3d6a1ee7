// The producer's business profile as a zod schema: the profile page, the import and the API
// all read it, so a NIB or a KBLI code is checked by the same rule everywhere. Messages are
// translation keys in the "errors" namespace.
import { z } from "zod";
import { LEGAL_FORMS, SECTORS, UNITS } from "../domain.ts";
import { KBLI_CODE } from "./kbli.ts";

export const MAX_CONTACTS = 3;
export const MAX_KBLI = 5;

const optionalText = (max: number) => z.string().trim().max(max, "too_long").optional();

/** Indonesian phone numbers as people write them: 08…, +62…, 62…, with spaces or dashes. */
const PHONE = /^(\+62|62|0)[0-9][0-9 \-]{6,15}$/;

/**
 * A contact person. Only the name is required: dinas registers often name the owner and no
 * more, and a named person is worth keeping (the phone or e-mail can come later). A row with
 * a position or a phone but no name is refused at its name.
 */
export const ContactSchema = z.object({
  name: z.string({ error: "required" }).trim().min(2, "too_short").max(120, "too_long"),
  position: optionalText(80),
  phone: z.string().trim().regex(PHONE, "phone_invalid").optional(),
  email: z.string().trim().toLowerCase().max(254, "too_long").pipe(z.email("email_invalid")).optional(),
});

/** A KBLI 2020 code: five digits, in one of its divisions. */
export const kbliCode = z
  .string({ error: "kbli_invalid" })
  .trim()
  .regex(/^\d{5}$/, { error: "kbli_invalid", abort: true })
  .regex(KBLI_CODE, "kbli_unknown")
  .meta({ description: "A KBLI 2020 code, five digits (e.g. 10792); any code of a KBLI 2020 division (its first two digits) is accepted." });

/** The business's legal form (see LEGAL_FORMS); absent when not stated (stored as null). */
export const legalFormField = z
  .enum(LEGAL_FORMS, { error: "legal_form_unknown" })
  .optional()
  .meta({
    description:
      'The business\'s legal form (bentuk badan usaha); left out when not stated. Import files may also write it as people do: "CV", "C.V.", "PT.", "Koperasi", "Usaha Dagang" (any case).',
  });

export const ProducerProfileSchema = z
  .object({
    legalName: z.string({ error: "required" }).trim().min(3, "too_short").max(160, "too_long"),
    legalForm: legalFormField,
    // NIB: the 13-digit business identification number issued by OSS.
    nib: z.string().trim().regex(/^\d{13}$/, "nib_invalid").optional(),
    sector: z.enum(SECTORS, { error: "choose_one" }),
    // Any KBLI 2020 code (kbli.ts), not only the curated ones the page offers. The page's box
    // for another code always arrives (undefined when empty), and a code may be both ticked and
    // typed: the limit counts the codes left once those are dropped.
    kbli: z
      .array(kbliCode.optional())
      .default([])
      .transform((codes, ctx) => {
        const kept = [...new Set(codes.filter((c): c is string => c !== undefined))].sort();
        if (kept.length > MAX_KBLI) ctx.addIssue({ code: "custom", message: "kbli_too_many" });
        return kept;
      })
      .meta({ description: `At most ${MAX_KBLI} codes.` }),
    sentraName: optionalText(120),
    provinceCode: z.string({ error: "required" }).regex(/^\d{2}$/, "region_invalid"),
    regencyCode: z.string({ error: "required" }).regex(/^\d{2}\.\d{2}$/, "region_invalid"),
    address: optionalText(300),
    employees: z.number({ error: "number_invalid" }).int("whole_number").min(1, "at_least_one").max(100_000, "too_large").optional(),
    foundedYear: z
      .number({ error: "number_invalid" })
      .int("whole_number")
      .min(1900, "year_invalid")
      .refine((y) => y <= new Date().getFullYear(), "year_in_future")
      .optional(),
    monthlyCapacity: z.number({ error: "number_invalid" }).int("whole_number").min(1, "at_least_one").max(1_000_000_000, "too_large").optional(),
    capacityUnit: z.enum(UNITS, { error: "choose_one" }).optional(),
    description: optionalText(4000),
    // Empty contact rows of the form arrive as undefined and are dropped.
    contacts: z
      .array(ContactSchema.optional())
      .max(MAX_CONTACTS, "too_many")
      .default([])
      .transform((rows) => rows.filter((r): r is z.infer<typeof ContactSchema> => r !== undefined)),
  })
  .superRefine((v, ctx) => {
    if (!v.regencyCode.startsWith(`${v.provinceCode}.`)) {
      ctx.addIssue({ code: "custom", path: ["regencyCode"], message: "regency_not_in_province" });
    }
    if (v.monthlyCapacity !== undefined && v.capacityUnit === undefined) {
      ctx.addIssue({ code: "custom", path: ["capacityUnit"], message: "required" });
    }
  });
export type ProducerProfileInput = z.infer<typeof ProducerProfileSchema>;
