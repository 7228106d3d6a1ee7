import type { Db } from "~/db.server.ts";
import { keptFor } from "~/lib/kept-for.ts";
import { openNeedsFor } from "../needs/need.server.ts";

export interface PlatformCounts {
  producers: number;
  products: number;
  buyers: number;
  openNeeds: number;
  provinces: number;
}

/**
 * How old the home page's headline numbers may be. Counting them reads every product and
 * producer (11 ms a view at 50,000 products, most of the page's time); a minute-old count
 * of a marketplace's size says the same thing.
 */
export const HEADLINE_MAX_AGE_MS = 60_000;

async function countPlatform(db: Db): Promise<PlatformCounts> {
  const [producers, products, buyers, openNeeds, provinces] = await Promise.all([
    db.producerProfile.count(),
    db.product.count({ where: { status: "active" } }),
    db.organisation.count({ where: { kind: "buyer", status: "active" } }),
    // What the needs list shows a visitor: invitation-only needs and inactive buyers' are not counted.
    db.need.count({ where: openNeedsFor(null) }),
    db.producerProfile.groupBy({ by: ["provinceCode"] }).then((rows) => rows.length),
  ]);
  return { producers, products, buyers, openNeeds, provinces };
}

/** The headline numbers on the home page, counted at most once a minute per database. */
export const platformCounts: (db: Db, now?: number) => Promise<PlatformCounts> = keptFor(HEADLINE_MAX_AGE_MS, countPlatform);
