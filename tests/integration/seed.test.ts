// The demo seed on a fresh migrated SQLite file: volumes, geography, certifications, the demo
// accounts, determinism; and the factories' insert helpers next to seeded rows.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../app/db.server.ts";
import { SECTORS } from "../../app/models/domain.ts";
import { verifyPassword } from "../../app/models/accounts/password.server.ts";
import { loadRegions } from "../../app/models/regions.server.ts";
import {
  DEFAULT_NOW,
  addDays,
  createAdmin,
  createBuyerOrg,
  createDinasOrg,
  createProducerOrg,
  createUser,
} from "../../prisma/factories/index.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isDatabaseEmpty, seed, type SeedSummary } from "../../prisma/seed.ts";
import { dropDb, freshDb } from "../helpers/db.ts";

const now = DEFAULT_NOW;
const opened: Db[] = [];
async function open(name: string): Promise<Db> {
  const db = await freshDb(name);
  opened.push(db);
  return db;
}

/** A digest of the seeded tables, rows ordered by key. */
async function digest(db: Db): Promise<string> {
  const tables = [
    await db.user.findMany({ orderBy: { id: "asc" } }),
    await db.organisation.findMany({ orderBy: { id: "asc" } }),
    await db.membership.findMany({ orderBy: { id: "asc" } }),
    await db.producerProfile.findMany({ orderBy: { id: "asc" } }),
    await db.producerKbli.findMany({ orderBy: [{ producerId: "asc" }, { code: "asc" }] }),
    await db.contactPerson.findMany({ orderBy: { id: "asc" } }),
    await db.product.findMany({ orderBy: { id: "asc" } }),
    await db.certification.findMany({ orderBy: { id: "asc" } }),
    await db.certificationProduct.findMany({ orderBy: [{ certificationId: "asc" }, { productId: "asc" }] }),
    await db.need.findMany({ orderBy: { id: "asc" } }),
    await db.needCertification.findMany({ orderBy: [{ needId: "asc" }, { type: "asc" }] }),
  ];
  const json = JSON.stringify(tables, (_key, value: unknown) => (typeof value === "bigint" ? `${value}n` : value));
  return createHash("sha256").update(json).digest("hex");
}

describe("demo seed", () => {
  let db: Db;
  let summary: SeedSummary;

  beforeAll(async () => {
    db = await open("seed");
    expect(await isDatabaseEmpty(db)).toBe(true);
    summary = await seed(db);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(opened.map((d) => dropDb(d)));
  });

  it("is no longer empty, and the summary matches the rows", async () => {
    expect(await isDatabaseEmpty(db)).toBe(false);
    expect(summary.producers).toBe(await db.producerProfile.count());
    expect(summary.products).toBe(await db.product.count());
    expect(summary.certifications.total).toBe(await db.certification.count());
    expect(summary.needs.total).toBe(await db.need.count());
  });

  it("has the promised volumes", async () => {
    expect(await db.producerProfile.count()).toBeGreaterThanOrEqual(200);
    expect(await db.product.count()).toBeGreaterThanOrEqual(1_000);
    expect(await db.need.count()).toBeGreaterThanOrEqual(50);
    expect(await db.organisation.count({ where: { kind: "platform" } })).toBe(1);

    const buyers = await db.organisation.findMany({ where: { kind: "buyer" }, select: { buyerType: true, _count: { select: { memberships: true } } } });
    expect(buyers).toHaveLength(30);
    for (const buyer of buyers) {
      expect(buyer._count.memberships).toBeGreaterThanOrEqual(1);
      expect(buyer._count.memberships).toBeLessThanOrEqual(2);
    }
    expect(new Set(buyers.map((b) => b.buyerType))).toEqual(new Set(["bumn", "large_industry", "government", "other"]));

    const sectors = await db.producerProfile.groupBy({ by: ["sector"], _count: true });
    expect(sectors.map((s) => s.sector).sort()).toEqual([...SECTORS].sort());

    const perProducer = await db.certification.groupBy({ by: ["producerId"], _count: true });
    expect(perProducer.length).toBe(await db.producerProfile.count());
    for (const row of perProducer) expect(row._count).toBeLessThanOrEqual(4);
  });

  it("spreads producers over real regencies of at least 15 provinces on every island group", async () => {
    const regions = await loadRegions();
    const producers = await db.producerProfile.findMany({ select: { provinceCode: true, regencyCode: true } });
    for (const p of producers) {
      const regency = regions.regency(p.regencyCode);
      expect(regency, p.regencyCode).toBeDefined();
      expect(regency!.provinceCode).toBe(p.provinceCode);
      expect(regions.province(p.provinceCode)).toBeDefined();
    }
    const provinces = new Set(producers.map((p) => p.provinceCode));
    expect(provinces.size).toBeGreaterThanOrEqual(15);
    const groups = {
      java: ["31", "32", "33", "34", "35", "36"],
      sumatra: ["11", "12", "13", "14", "15", "16", "17", "18", "19", "21"],
      baliNusaTenggara: ["51", "52", "53"],
      kalimantan: ["61", "62", "63", "64", "65"],
      sulawesi: ["71", "72", "73", "74", "75", "76"],
      malukuPapua: ["81", "82", "91", "92", "93", "94", "95", "96"],
    };
    for (const [group, codes] of Object.entries(groups)) {
      expect(codes.some((c) => provinces.has(c)), group).toBe(true);
    }

    // A dinas office for every province with producers; some more at regency level.
    const dinas = await db.organisation.findMany({ where: { kind: "dinas" }, select: { regionCode: true, status: true } });
    const provinceOffices = new Set(dinas.filter((d) => d.status === "active" && !d.regionCode!.includes(".")).map((d) => d.regionCode));
    for (const code of provinces) expect(provinceOffices.has(code), code).toBe(true);
    expect(dinas.filter((d) => d.regionCode!.includes(".")).length).toBeGreaterThan(0);
    expect(dinas.some((d) => d.status === "pending")).toBe(true);
  });

  it("has expired, expiring and valid certifications, verified by a dinas user of the producer's province", async () => {
    const certifications = await db.certification.findMany({
      select: { status: true, validUntil: true, verifiedById: true, verifiedAt: true, createdAt: true, producer: { select: { provinceCode: true } } },
    });
    expect(certifications.some((c) => c.validUntil !== null && c.validUntil < now)).toBe(true);
    expect(certifications.some((c) => c.validUntil !== null && c.validUntil >= now && c.validUntil <= addDays(now, 60))).toBe(true);
    expect(certifications.some((c) => c.validUntil === null)).toBe(true);
    expect(new Set(certifications.map((c) => c.status))).toEqual(new Set(["pending", "verified", "rejected"]));

    const dinasMembers = await db.membership.findMany({
      where: { organisation: { kind: "dinas", status: "active" } },
      select: { userId: true, organisation: { select: { regionCode: true } } },
    });
    const provinceOf = new Map<string, Set<string>>();
    for (const m of dinasMembers) {
      const set = provinceOf.get(m.userId) ?? new Set<string>();
      set.add(m.organisation.regionCode!.slice(0, 2));
      provinceOf.set(m.userId, set);
    }
    for (const c of certifications) {
      if (c.status === "verified") {
        expect(c.verifiedById).not.toBeNull();
        expect(provinceOf.get(c.verifiedById!)?.has(c.producer.provinceCode)).toBe(true);
        expect(c.verifiedAt!.getTime()).toBeGreaterThanOrEqual(c.createdAt.getTime());
        expect(c.verifiedAt!.getTime()).toBeLessThanOrEqual(now.getTime());
      } else {
        expect(c.verifiedById).toBeNull();
      }
    }

    // CertificationProduct links a certificate only to its own producer's products.
    const links = await db.certificationProduct.findMany({
      select: { certification: { select: { producerId: true } }, product: { select: { producerId: true } } },
    });
    expect(links.length).toBeGreaterThan(100);
    for (const link of links) expect(link.product.producerId).toBe(link.certification.producerId);
  });

  it("has needs falling due after the reference date, mostly open", async () => {
    const needs = await db.need.findMany({ include: { requiredCertifications: true } });
    for (const need of needs) {
      expect(need.neededBy.getTime()).toBeGreaterThan(now.getTime());
      expect(need.budgetPerUnit === null || need.budgetTotal === null).toBe(true);
      if (need.status === "draft") expect(need.publishedAt).toBeNull();
      else expect(need.publishedAt).not.toBeNull();
    }
    const open = needs.filter((n) => n.status === "open").length;
    expect(open / needs.length).toBeGreaterThan(0.5);
    expect(needs.some((n) => n.status === "draft")).toBe(true);
    expect(needs.some((n) => n.status === "closed" || n.status === "awarded")).toBe(true);
    expect(needs.some((n) => typeof n.budgetTotal === "bigint")).toBe(true);
    expect(needs.some((n) => n.minTkdnPercent !== null)).toBe(true);
    expect(needs.some((n) => n.requiredCertifications.length > 0)).toBe(true);
  });

  it("creates the four demo accounts in organisations of the right kind", async () => {
    const expected = { admin: "platform", dinas: "dinas", producer: "producer", buyer: "buyer" } as const;
    expect(DEMO_ACCOUNTS.map((a) => a.role).sort()).toEqual(["admin", "buyer", "dinas", "producer"]);
    for (const account of DEMO_ACCOUNTS) {
      const user = await db.user.findUniqueOrThrow({
        where: { email: account.email },
        include: { memberships: { include: { organisation: { include: { producer: true } } } } },
      });
      expect(user.name).toBe(account.name);
      expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);
      expect(user.memberships).toHaveLength(1);
      const organisation = user.memberships[0]!.organisation;
      expect(organisation.kind).toBe(expected[account.role]);
      expect(organisation.name).toBe(account.organisation);
      expect(organisation.status).toBe("active");
      expect(user.memberships[0]!.role).toBe("owner");
    }

    const dinas = await db.organisation.findFirstOrThrow({ where: { memberships: { some: { user: { email: "dinas@mitraikm.id" } } } } });
    expect(dinas.regionCode).toBe("35");

    const producer = await db.producerProfile.findFirstOrThrow({
      where: { organisation: { memberships: { some: { user: { email: "produsen@mitraikm.id" } } } } },
      include: { products: true, certifications: { include: { products: true } } },
    });
    expect(producer.sector).toBe("food_beverage");
    expect(producer.regencyCode).toBe("35.07");
    expect(producer.products.length).toBeGreaterThanOrEqual(5);
    const byType = new Map(producer.certifications.map((c) => [c.type, c]));
    expect(byType.get("halal")?.status).toBe("verified");
    expect(byType.get("pirt")?.status).toBe("verified");
    expect(byType.get("sni")?.status).toBe("pending");
    expect(byType.get("halal")!.validUntil!.getTime()).toBeGreaterThan(now.getTime());
    expect(byType.get("halal")!.products.length).toBe(producer.products.length);
    const dinasUser = await db.user.findUniqueOrThrow({ where: { email: "dinas@mitraikm.id" } });
    expect(byType.get("halal")!.verifiedById).toBe(dinasUser.id);

    const buyer = await db.organisation.findFirstOrThrow({
      where: { memberships: { some: { user: { email: "pembeli@mitraikm.id" } } } },
      include: { needs: true },
    });
    expect(buyer.buyerType).toBe("bumn");
    expect(buyer.needs.filter((n) => n.status === "open").length).toBeGreaterThanOrEqual(3);
  });

  it("gives byte-identical data for the same seed, and other data for another seed", async () => {
    const again = await open("seed-again");
    await seed(again);
    const other = await open("seed-other");
    await seed(other, { seed: 7 });
    const first = await digest(db);
    expect(await digest(again)).toBe(first);
    expect(await digest(other)).not.toBe(first);
  }, 60_000);

  it("lets the factories' insert helpers add fixtures next to seeded rows", async () => {
    const admin = await createAdmin(db);
    const platform = await db.organisation.findFirstOrThrow({ where: { kind: "platform" } });
    expect(admin.organisationId).toBe(platform.id);

    const dinas = await createDinasOrg(db, { regionCode: "33.20", status: "pending" });
    const producer = await createProducerOrg(db, { sector: "furniture_wood", regencyCode: "33.20", products: 3 });
    const buyer = await createBuyerOrg(db, { buyerType: "bumn", needs: 2, owner: { password: "rahasia-sekali-123" } });
    const member = await createUser(db, { name: "Tes Pengguna" });

    const producerOrg = await db.organisation.findUniqueOrThrow({
      where: { id: producer.organisationId },
      include: { producer: { include: { products: true } }, memberships: true },
    });
    expect(producerOrg.kind).toBe("producer");
    expect(producerOrg.producer!.provinceCode).toBe("33");
    expect(producerOrg.producer!.products.map((p) => p.id).sort()).toEqual([...producer.productIds].sort());
    expect(producerOrg.memberships).toEqual([expect.objectContaining({ userId: producer.userId, role: "owner" })]);
    expect((await db.organisation.findUniqueOrThrow({ where: { id: dinas.organisationId } })).status).toBe("pending");
    expect(await db.need.count({ where: { buyerId: buyer.organisationId, status: "open" } })).toBe(2);
    const buyerOwner = await db.user.findUniqueOrThrow({ where: { id: buyer.userId } });
    expect(await verifyPassword(buyerOwner.passwordHash, "rahasia-sekali-123")).toBe(true);
    expect(member.email).toMatch(/@demo\.mitraikm\.id$/);
  });
});
