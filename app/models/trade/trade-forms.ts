// The forms of trade settings as zod schemas: an organisation's tax profile, a producer's bank
// account, and the tax invoice number on an order. Messages are translation keys in the
// "errors" namespace; the checks themselves live in npwp.ts, banks.ts and tax.ts.
import { z } from "zod";
import { checkbox } from "~/lib/form-fields.ts";
import { INDONESIAN_BANKS, parseAccountNumber } from "./banks.ts";
import { parseNpwp } from "./npwp.ts";
import { fakturNumberValid } from "./tax.ts";

const BANK_CODES = INDONESIAN_BANKS.map((b) => b.code) as [string, ...string[]];

/** A number people type with dots, dashes or spaces, read by its parser into its digits. */
function digitsField(parse: (input: string) => { ok: true; digits: string } | { ok: false; error: string }) {
  return z
    .string({ error: "required" })
    .trim()
    .max(40, "too_long")
    .transform((value, ctx) => {
      const parsed = parse(value);
      if (parsed.ok) return parsed.digits;
      ctx.addIssue({ code: "custom", message: parsed.error });
      return z.NEVER;
    });
}

/** NPWP as people type it; stored as its digits. */
export const npwpField = digitsField((input) => {
  const parsed = parseNpwp(input);
  return parsed.ok ? { ok: true, digits: parsed.npwp } : parsed;
});

export const TaxProfileSchema = z.object({
  npwp: npwpField.optional(),
  // A PKP charges PPN; the producer says so, as its registration (SPPKP) states.
  pkp: checkbox,
  // Buyers appointed as VAT collectors (pemungut PPN: BUMN among them) pay the PPN themselves.
  vatCollector: checkbox,
});
export type TaxProfileInput = z.infer<typeof TaxProfileSchema>;

export const BankAccountSchema = z.object({
  bankCode: z.enum(BANK_CODES, { error: "choose_one" }),
  number: digitsField((input) => {
    const parsed = parseAccountNumber(input);
    return parsed.ok ? { ok: true, digits: parsed.number } : parsed;
  }),
  // The name the bank holds: the buyer's bank shows it before the transfer goes out.
  holderName: z.string({ error: "required" }).trim().min(3, "too_short").max(100, "too_long"),
});
export type BankAccountInput = z.infer<typeof BankAccountSchema>;

export const FakturSchema = z.object({
  fakturNumber: digitsField((input) => {
    const parsed = fakturNumberValid(input);
    return parsed.ok ? { ok: true, digits: parsed.number } : parsed;
  }),
});
