// What the home page shows a visitor of the marketplace's life: the latest open needs and the
// producers whose certificates a dinas office has verified. Read at most once a minute per
// database, like the headline numbers (platformCounts).
import type { Db } from "~/db.server.ts";
import { keptFor } from "~/lib/kept-for.ts";
import { HEADLINE_MAX_AGE_MS } from "../dinas/stats.server.ts";
import { heldToday } from "./catalog.server.ts";
import { openNeedsFor } from "../needs/need.server.ts";

export const SHOWCASE_NEEDS = 5;
export const SHOWCASE_PRODUCERS = 6;

export interface Showcase {
  needs: { id: string; title: string; category: string; buyerName: string; deliveryProvinceCode: string; neededBy: Date }[];
  producers: { slug: string; name: string; sector: string; regencyCode: string; verifiedTypes: string[] }[];
}

async function readShowcase(db: Db): Promise<Showcase> {
  const now = new Date();
  const valid = heldToday(now, { status: "verified" });
  const [needs, producers] = await Promise.all([
    // The needs a visitor's count counts (openNeedsFor(null)), newest first.
    db.need.findMany({
      where: openNeedsFor(null, now),
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      take: SHOWCASE_NEEDS,
      select: { id: true, title: true, category: true, deliveryProvinceCode: true, neededBy: true, buyer: { select: { name: true } } },
    }),
    // Producers of active organisations holding a verified certificate still valid, the most
    // recently verified first: one row per producer, however many certificates it has.
    db.certification.groupBy({
      by: ["producerId"],
      where: { ...valid, producer: { organisation: { status: "active" } } },
      _max: { verifiedAt: true },
      orderBy: [{ _max: { verifiedAt: "desc" } }, { producerId: "asc" }],
      take: SHOWCASE_PRODUCERS,
    }),
  ]);
  const ids = producers.map((p) => p.producerId);
  const profiles = await db.producerProfile.findMany({
    where: { id: { in: ids } },
    select: { id: true, legalName: true, sector: true, regencyCode: true, organisation: { select: { slug: true } }, certifications: { where: valid, select: { type: true } } },
  });
  const byId = new Map(profiles.map((p) => [p.id, p]));
  return {
    needs: needs.map(({ buyer, ...need }) => ({ ...need, buyerName: buyer.name })),
    producers: ids.flatMap((id) => {
      const p = byId.get(id);
      return p ? [{ slug: p.organisation.slug, name: p.legalName, sector: p.sector, regencyCode: p.regencyCode, verifiedTypes: [...new Set(p.certifications.map((c) => c.type))].sort() }] : [];
    }),
  };
}

/** The home page's latest open needs and verified producers, read at most once a minute per database. */
export const homeShowcase: (db: Db, now?: number) => Promise<Showcase> = keptFor(HEADLINE_MAX_AGE_MS, readShowcase);
