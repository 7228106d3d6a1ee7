// The zod schemas of the account forms, shared by the page (conform) and the action.
// Messages are translation keys in the "errors" namespace, so both languages read them.
import { z } from "zod";
import { BUYER_TYPES, SECTORS } from "../domain.ts";
import { LOCALES } from "~/lib/locale.ts";
import { legalFormField } from "../producers/profile-forms.ts";

const email = z
  .string({ error: "required" })
  .trim()
  .toLowerCase()
  .max(254, "too_long")
  .pipe(z.email("email_invalid"));

const newPassword = z
  .string({ error: "required" })
  .min(8, "password_too_short")
  .max(128, "password_too_long");

const name = z.string({ error: "required" }).trim().min(2, "too_short").max(120, "too_long");
const provinceCode = z.string({ error: "required" }).regex(/^\d{2}$/, "region_invalid");
const regencyCode = z.string({ error: "required" }).regex(/^\d{2}\.\d{2}$/, "region_invalid");

export const SIGNUP_ACCOUNT_TYPES = ["producer", "buyer", "dinas"] as const;

export const SignupSchema = z
  .object({
    accountType: z.enum(SIGNUP_ACCOUNT_TYPES, { error: "choose_one" }),
    name,
    email,
    password: newPassword,
    organisationName: name,
    // Producers and buyers may say their legal form (PT, CV, UD…); a dinas office has none.
    legalForm: legalFormField,
    sector: z.enum(SECTORS, { error: "choose_one" }).optional(),
    buyerType: z.enum(BUYER_TYPES, { error: "choose_one" }).optional(),
    provinceCode,
    regencyCode: regencyCode.optional(),
    acceptTerms: z.literal("on", { error: "must_accept" }),
  })
  .superRefine((v, ctx) => {
    if (v.accountType === "producer") {
      if (!v.sector) ctx.addIssue({ code: "custom", path: ["sector"], message: "required" });
      if (!v.regencyCode) ctx.addIssue({ code: "custom", path: ["regencyCode"], message: "required" });
    }
    if (v.accountType === "buyer" && !v.buyerType) {
      ctx.addIssue({ code: "custom", path: ["buyerType"], message: "required" });
    }
    if (v.regencyCode && !v.regencyCode.startsWith(`${v.provinceCode}.`)) {
      ctx.addIssue({ code: "custom", path: ["regencyCode"], message: "regency_not_in_province" });
    }
  });
export type SignupInput = z.infer<typeof SignupSchema>;

export const LoginSchema = z.object({
  email,
  password: z.string({ error: "required" }).min(1, "required").max(128, "password_too_long"),
  redirectTo: z.string().optional(),
});

export const ForgotPasswordSchema = z.object({ email });

export const ResetPasswordSchema = z
  .object({
    token: z.string({ error: "reset_link_invalid" }).min(20, "reset_link_invalid").max(200, "reset_link_invalid"),
    password: newPassword,
    confirmPassword: z.string({ error: "required" }),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "passwords_differ" });

export const LanguageSchema = z.object({
  locale: z.enum(LOCALES, { error: "choose_one" }),
  redirectTo: z.string().optional(),
});

export const AccountActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("switch-organisation"), organisationId: z.string().min(1).max(40) }),
  z.object({ intent: z.literal("revoke-session"), sessionId: z.string().min(1).max(40) }),
  z.object({ intent: z.literal("revoke-other-sessions") }),
]);
