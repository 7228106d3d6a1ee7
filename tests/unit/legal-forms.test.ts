// The legal forms (bentuk badan usaha): a closed list, read from files as people write them.
import { describe, expect, it } from "vitest";
import { LEGAL_FORMS, legalFormFromText } from "~/models/domain.ts";
import { ProducerProfileSchema } from "~/models/producers/profile-forms.ts";

describe("legal forms", () => {
  it("reads every code as itself", () => {
    for (const form of LEGAL_FORMS) expect(legalFormFromText(form)).toBe(form);
  });

  it.each([
    ["CV", "cv"],
    ["C.V.", "cv"],
    [" c.v ", "cv"],
    ["Persekutuan Komanditer", "cv"],
    ["PT.", "pt"],
    ["P.T.", "pt"],
    ["PT Tbk", "pt"],
    ["PT Perorangan", "pt_perorangan"],
    ["pt-perorangan", "pt_perorangan"],
    ["Perseroan Perorangan", "pt_perorangan"],
    ["PT (Persero)", "persero"],
    ["Perum", "perum"],
    ["Perumda", "bumd"],
    ["KOPERASI", "koperasi"],
    ["Kop.", "koperasi"],
    ["UD", "ud"],
    ["U.D.", "ud"],
    ["Usaha Dagang", "ud"],
    ["Usaha Perseorangan", "perorangan"],
    ["BUM Desa", "bumdes"],
    ["Fa.", "firma"],
    ["Yayasan", "yayasan"],
  ])("reads %j as %s", (written, code) => {
    expect(legalFormFromText(written)).toBe(code);
  });

  it("knows nothing else", () => {
    for (const text of ["", "Toko", "CVV", "Perkumpulan", "LLC", "pt cv"]) expect(legalFormFromText(text)).toBeUndefined();
  });

  it("is optional in the profile schema and refuses anything off the list at the field", () => {
    const base = { legalName: "UD Sari Rasa", sector: "food_beverage", provinceCode: "35", regencyCode: "35.07" };
    expect(ProducerProfileSchema.parse(base).legalForm).toBeUndefined();
    expect(ProducerProfileSchema.parse({ ...base, legalForm: "cv" }).legalForm).toBe("cv");
    const wrong = ProducerProfileSchema.safeParse({ ...base, legalForm: "C.V." });
    expect(wrong.success ? [] : wrong.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([["legalForm", "legal_form_unknown"]]);
  });

  it("takes a contact person with a name alone, and refuses one without a name at the name", () => {
    const base = { legalName: "UD Sari Rasa", sector: "food_beverage", provinceCode: "35", regencyCode: "35.07" };
    expect(ProducerProfileSchema.parse({ ...base, contacts: [{ name: "Bu Sari" }] }).contacts).toEqual([{ name: "Bu Sari" }]);
    const nameless = ProducerProfileSchema.safeParse({ ...base, contacts: [{ position: "Pemilik", phone: "0812 3456 7890" }] });
    expect(nameless.success ? [] : nameless.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([["contacts.0.name", "required"]]);
  });
});
