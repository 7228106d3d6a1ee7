// Request bodies the JSON API (/api/v1) accepts, for the tests that write through it.

/** The calendar day `days` from now, as the API reads dates (YYYY-MM-DD). */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A product body POST /products accepts; name and description are the caller's, to tell its rows apart. */
export function validProductBody(name: string, description: string) {
  return {
    name,
    description,
    category: "snacks",
    unit: "pak",
    minOrder: 50,
    monthlyCapacity: 4000,
    priceMin: 12000,
    priceMax: 15000,
    tkdnPercent: 88.5,
    leadTimeDays: 5,
  };
}

/** A need body POST /needs accepts (needed in 60 days); the title is the caller's, to tell its rows apart. */
export function validNeedBody(title: string) {
  return {
    title,
    description: "Keripik tempe kemasan 200 g untuk konsumsi rapat kantor pusat selama satu semester.",
    category: "snacks",
    quantity: 500,
    unit: "pak",
    deliveryProvinceCode: "31",
    deliveryRegencyCode: "31.71",
    neededBy: inDays(60),
    requiredCertifications: ["halal", "pirt"],
    budgetPerUnit: 15000,
    visibility: "public",
  };
}
