import type { Db } from "~/db.server.ts";

/** The headline numbers on the home page, straight from the database. */
export async function platformCounts(db: Db) {
  const [producers, products, buyers, openNeeds, provinces] = await Promise.all([
    db.producerProfile.count(),
    db.product.count({ where: { status: "active" } }),
    db.organisation.count({ where: { kind: "buyer", status: "active" } }),
    db.need.count({ where: { status: "open", neededBy: { gte: new Date() } } }),
    db.producerProfile.groupBy({ by: ["provinceCode"] }).then((rows) => rows.length),
  ]);
  return { producers, products, buyers, openNeeds, provinces };
}
