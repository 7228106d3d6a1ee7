// The order form as a buyer fills it in, for the tests that draft orders through the real server.
import { dateToDay } from "~/lib/calendar-day.ts";

/** A delivery day two months ahead (a past one is refused). */
export const DELIVERY_DAY = dateToDay(new Date(Date.now() + 60 * 86_400_000));

/** The order form's fields for terms the server accepts (2,000 packs at Rp 12,500, 30% down), with `overrides` on top. */
export function orderTerms(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    "lines[0].name": "Keripik tempe 250 g",
    "lines[0].quantity": "2000",
    "lines[0].unit": "pak",
    "lines[0].unitPrice": "12500",
    deliveryAddress: "Gudang PT Pembeli, Jl. Rungkut Industri 5, Surabaya",
    deliveryDate: DELIVERY_DAY,
    deliveryTerm: "DAP",
    downPaymentPercent: "30",
    downPaymentDueDays: "7",
    balanceDueDays: "30",
    cancellationRefundPercent: "100",
    ...overrides,
  };
}
