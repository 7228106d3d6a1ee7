import { describe, expect, it } from "vitest";
import { LoginSchema, ResetPasswordSchema, SignupSchema } from "~/models/accounts/account-forms.ts";

const validSignup = {
  accountType: "producer",
  name: "Nur Aini",
  email: "  Nur@Example.ID ",
  password: "rahasia-kuat",
  organisationName: "CV Keripik Sanjai Ibu Nur",
  sector: "food_beverage",
  provinceCode: "13",
  regencyCode: "13.75",
  acceptTerms: "on",
};

function errorsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

describe("SignupSchema", () => {
  it("accepts a producer and normalises the e-mail", () => {
    const result = SignupSchema.safeParse(validSignup);
    expect(result.success).toBe(true);
    expect(result.data?.email).toBe("nur@example.id");
  });

  it("names each bad field with a translation key", () => {
    const result = SignupSchema.safeParse({
      ...validSignup,
      email: "bukan-email",
      password: "pendek",
      accountType: "hacker",
      acceptTerms: undefined,
      provinceCode: "ACEH",
    });
    expect(errorsOf(result)).toMatchObject({
      email: "email_invalid",
      password: "password_too_short",
      accountType: "choose_one",
      acceptTerms: "must_accept",
      provinceCode: "region_invalid",
    });
  });

  it("requires a sector and a regency from producers, a type from buyers", () => {
    expect(errorsOf(SignupSchema.safeParse({ ...validSignup, sector: undefined, regencyCode: undefined }))).toMatchObject({
      sector: "required",
      regencyCode: "required",
    });
    expect(errorsOf(SignupSchema.safeParse({ ...validSignup, accountType: "buyer", sector: undefined }))).toMatchObject({
      buyerType: "required",
    });
  });

  it("refuses a regency outside the chosen province", () => {
    expect(errorsOf(SignupSchema.safeParse({ ...validSignup, regencyCode: "35.07" }))).toMatchObject({
      regencyCode: "regency_not_in_province",
    });
  });

  it("lets a provincial dinas office leave the regency empty", () => {
    const dinas = { ...validSignup, accountType: "dinas", sector: undefined, regencyCode: undefined, provinceCode: "35" };
    expect(SignupSchema.safeParse(dinas).success).toBe(true);
  });
});

describe("other account forms", () => {
  it("login needs an e-mail and a password", () => {
    expect(errorsOf(LoginSchema.safeParse({ email: "", password: "" }))).toMatchObject({ email: "email_invalid", password: "required" });
  });
  it("reset needs matching passwords", () => {
    const result = ResetPasswordSchema.safeParse({ token: "x".repeat(43), password: "rahasia-baru", confirmPassword: "lain-lagi" });
    expect(errorsOf(result)).toMatchObject({ confirmPassword: "passwords_differ" });
  });
});
