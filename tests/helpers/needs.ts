// Needs the tests add to the seeded demo data.
import type { Db } from "~/db.server.ts";

/**
 * An open need of this buyer that the demo catalog answers (halal banana chips, 2,000 packs, delivered to
 * 35.07 in 90 days), for the tests that read its suggestions.
 */
export function createHalalSnackNeed(db: Db, buyerId: string, title = "Keripik pisang kemasan untuk bingkisan") {
  return db.need.create({
    data: {
      buyerId,
      title,
      description: "Keripik pisang kemasan 200-250 g untuk bingkisan karyawan, bersertifikat halal.",
      category: "snacks",
      quantity: 2000,
      unit: "pak",
      deliveryProvinceCode: "35",
      deliveryRegencyCode: "35.07",
      neededBy: new Date(Date.now() + 90 * 86_400_000),
      budgetPerUnit: 25000,
      status: "open",
      publishedAt: new Date(),
      requiredCertifications: { create: [{ type: "halal" }] },
    },
  });
}
