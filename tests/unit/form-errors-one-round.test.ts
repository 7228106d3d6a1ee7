// Cross-field checks run beside the fields' own checks, so a form shows every error in one
// round (issue: they used to appear only after a second submit, once the fields were fixed).
import { describe, expect, it } from "vitest";
import { ProductFormSchema } from "../../app/models/catalog/catalog-forms.ts";
import { EventFormSchema } from "../../app/models/events/event-forms.ts";
import { NeedRow } from "../../app/models/import/rows.ts";
import { NeedFormSchema } from "../../app/models/needs/need-forms.ts";
import { OrderTermsSchema } from "../../app/models/orders/order-forms.ts";

function paths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return [...new Set((result.error?.issues ?? []).map((i) => i.path.join(".")))].sort();
}

describe("every error in one round", () => {
  it("an event: a short title, the end before the start and registration closing before it opens", () => {
    const result = EventFormSchema.safeParse({ title: "x", description: "y".repeat(30), venue: "Gedung Grahadi", startDate: "2027-03-10", endDate: "2027-03-01", sessions: "09:00-12:00", slotMinutes: 20, tables: 5, capacity: 40, registrationOpens: "2027-02-01", registrationCloses: "2027-01-01" });
    expect(paths(result)).toEqual(["endDate", "registrationCloses", "title"]);
  });

  it("a product: no name, and a maximum price below the minimum", () => {
    const result = ProductFormSchema.safeParse({ name: "", description: "Keripik tempe renyah tanpa pengawet.", category: "snacks", unit: "pak", minOrder: 10, priceMin: 20_000, priceMax: 15_000 });
    expect(paths(result)).toEqual(expect.arrayContaining(["name", "priceMax"]));
  });

  it("a need: no title, and a date already gone", () => {
    const result = NeedFormSchema.safeParse({ title: "", description: "Untuk rapat dan pelatihan karyawan.", category: "snacks", quantity: 10, unit: "pak", deliveryProvinceCode: "35", neededBy: new Date(Date.now() - 86_400_000), visibility: "public" });
    expect(paths(result)).toEqual(["neededBy", "title"]);
  });

  it("an order: a line without a price, and a delivery day already gone", () => {
    const result = OrderTermsSchema.safeParse({ lines: [{ name: "Keripik", quantity: 10, unit: "pak" }], deliveryAddress: "Gudang PT Contoh, Surabaya", deliveryDate: new Date(Date.now() - 3 * 86_400_000), deliveryTerm: "DAP", downPaymentPercent: 30, downPaymentDueDays: 7, balanceDueDays: 30, cancellationRefundPercent: 100 });
    expect(paths(result)).toEqual(["deliveryDate", "lines.0.unitPrice"]);
  });
});

describe("a need's date", () => {
  const need = { title: "Snack box rapat", description: "Untuk rapat dan pelatihan karyawan.", category: "snacks", quantity: 10, unit: "pak", deliveryProvinceCode: "35", visibility: "public" };
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000);

  it("must come after today in the forms and the API", () => {
    expect(NeedFormSchema.safeParse({ ...need, neededBy: day(0) }).success).toBe(false);
    expect(NeedFormSchema.safeParse({ ...need, neededBy: day(2) }).success).toBe(true);
  });

  it("may lie in the past in an import of closed and awarded needs (history)", () => {
    expect(NeedRow.safeParse({ ...need, ref: "N-1", buyerRef: "B-1", status: "awarded", neededBy: day(-200) }).success).toBe(true);
  });
});
