// The home page's headline numbers: counted from the database, then kept for a minute.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../app/db.server.ts";
import { HEADLINE_MAX_AGE_MS, platformCounts } from "../../app/models/dinas/stats.server.ts";
import { browseOpenNeeds } from "../../app/models/needs/need.server.ts";
import { createBuyerOrg, createProducerOrg } from "../../prisma/factories/index.ts";
import { dropDb, freshDb } from "../helpers/db.ts";

let db: Db;
beforeAll(async () => {
  db = await freshDb("platform-counts");
});
afterAll(async () => dropDb(db));

describe("platform counts", () => {
  it("counts producers, their provinces and active products, and counts again once a minute has passed", async () => {
    const start = Date.now();
    await createProducerOrg(db, { provinceCode: "35", regencyCode: "35.07", products: 2 });
    const first = await platformCounts(db, start);
    expect(first).toMatchObject({ producers: 1, products: 2, provinces: 1 });

    await createProducerOrg(db, { provinceCode: "33", regencyCode: "33.20", products: 3 });
    expect(await platformCounts(db, start + HEADLINE_MAX_AGE_MS - 1)).toEqual(first);
    expect(await platformCounts(db, start + HEADLINE_MAX_AGE_MS)).toMatchObject({ producers: 2, products: 5, provinces: 2 });
  });

  it("counts the open needs a visitor finds in the needs list, no more", async () => {
    const shown = await createBuyerOrg(db, { needs: 3 });
    const inactive = await createBuyerOrg(db, { needs: 2 });
    await db.organisation.update({ where: { id: inactive.organisationId }, data: { status: "suspended" } });
    await db.need.update({ where: { id: shown.needIds[0]! }, data: { visibility: "invited" } });
    await db.need.update({ where: { id: shown.needIds[1]! }, data: { visibility: "public" } });
    await db.need.update({ where: { id: shown.needIds[2]! }, data: { visibility: "public" } });
    const later = Date.now() + 10 * HEADLINE_MAX_AGE_MS;
    const listed = (await browseOpenNeeds(db, null)).total;
    expect(listed).toBe(2);
    expect((await platformCounts(db, later)).openNeeds).toBe(listed);
  });
});
