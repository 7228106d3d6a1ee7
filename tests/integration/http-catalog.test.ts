// The public catalog against the seeded database: filters agree with the data, verified and
// pending certifications are told apart, and bad filters are answered with a 400.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, textOf } from "../helpers/http.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

let server: TestServer;
let anonymous: Client;
beforeAll(async () => {
  server = await startServer("http-catalog");
  anonymous = new Client(server.url);
});
afterAll(async () => {
  await server?.stop();
});

const totalOf = (html: string) => Number(/data-total="(\d+)"/.exec(html)?.[1]);

describe("catalog", () => {
  it("lists every active producer to anonymous visitors, 20 to a page", async () => {
    const response = await anonymous.get("/catalog");
    expect(response.status).toBe(200);
    const html = await response.text();
    const active = await server.db.producerProfile.count({ where: { organisation: { status: "active" } } });
    expect(totalOf(html)).toBe(active);
    expect(html.match(/data-producer="/g)?.length).toBe(20);
    expect(html).toContain("Halaman 1 dari");
  });

  it("answers a page past the end with an empty page that leads back to the last one", async () => {
    const response = await new Client(server.url).get("/catalog?page=500");
    expect(response.status).toBe(200);
    const html = await response.text();
    const pages = Math.ceil((await server.db.producerProfile.count({ where: { organisation: { status: "active" } } })) / 20);
    expect(html).toContain(`daftar ini punya ${pages} halaman`);
    expect(html).toContain(`href="/catalog?page=${pages}"`);
  });

  it("filters by sector, province and valid verified certificate, as the database says", async () => {
    const now = new Date();
    const html = await (await anonymous.get("/catalog?sector=food_beverage&province=35&certification=halal&verified=on")).text();
    const expected = await server.db.producerProfile.count({
      where: {
        organisation: { status: "active" },
        sector: "food_beverage",
        provinceCode: "35",
        certifications: { some: { type: "halal", status: "verified", OR: [{ validUntil: null }, { validUntil: { gte: now } }] } },
      },
    });
    expect(expected).toBeGreaterThan(0);
    expect(totalOf(html)).toBe(expected);
  });

  it("does not count a certificate in force only from a later day as held: the filter leaves its producer out, and its page says when it begins", async () => {
    const now = new Date();
    const inForce = { type: "halal", status: "verified", OR: [{ validUntil: null }, { validUntil: { gte: now } }] };
    const producer = await server.db.producerProfile.findFirstOrThrow({
      where: { organisation: { status: "active" }, sector: "food_beverage", provinceCode: "35", certifications: { some: inForce } },
      select: { id: true, organisation: { select: { slug: true } } },
    });
    const url = "/catalog?sector=food_beverage&province=35&certification=halal&verified=on";
    const before = totalOf(await (await anonymous.get(url)).text());
    await server.db.certification.updateMany({ where: { producerId: producer.id, ...inForce }, data: { validFrom: new Date(now.getTime() + 60 * 86_400_000) } });
    expect(totalOf(await (await anonymous.get(url)).text())).toBe(before - 1);
    const page = await (await anonymous.get(`/producers/${producer.organisation.slug}`)).text();
    expect(page).toMatch(/data-status="not-yet-valid"/);
    expect(page).toContain("berlaku mulai");
  });

  it("rejects unknown filter values with a 400 and a message next to the filter", async () => {
    const response = await anonymous.get("/catalog?sector=senjata&page=-1");
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(textOf(html, "catalog-filter-sector-error")).toBe("Pilih salah satu pilihan yang tersedia.");
    expect(textOf(html, "catalog-filter-page-error")).toBe("Minimal 1.");
  });

  it("shows a producer with verified certificates apart from pending ones", async () => {
    const producer = await server.db.producerProfile.findFirstOrThrow({
      where: {
        organisation: { status: "active" },
        AND: [{ certifications: { some: { status: "verified" } } }, { certifications: { some: { status: "pending" } } }],
      },
      select: { organisation: { select: { slug: true } }, legalName: true },
    });
    const response = await anonymous.get(`/producers/${producer.organisation.slug}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(producer.legalName.replace(/&/g, "&amp;"));
    expect(html).toMatch(/class="cert cert-verified"/);
    expect(html).toMatch(/class="cert cert-pending"/);
    expect(html).not.toMatch(/data-status="rejected"/);
  });

  it("shows an active product and hides archived ones and unknown ids", async () => {
    const product = await server.db.product.findFirstOrThrow({ where: { status: "active" }, select: { id: true, name: true } });
    const page = await anonymous.get(`/products/${product.id}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(product.name);
    await server.db.product.update({ where: { id: product.id }, data: { status: "archived" } });
    expect((await anonymous.get(`/products/${product.id}`)).status).toBe(404);
    expect((await anonymous.get("/products/tidak-ada")).status).toBe(404);
    expect((await anonymous.get("/producers/tidak-ada")).status).toBe(404);
  });

  it("shows a product's TKDN as a tender reads it: the value certified by Kemenperin, else the declared one", async () => {
    const [certified, declared] = await server.db.product.findMany({
      where: { status: "active", producer: { organisation: { status: "active" }, certifications: { none: { type: "tkdn" } } } },
      orderBy: { id: "desc" },
      take: 2,
      select: { id: true, producerId: true },
    });
    // Declared as nothing: the certificate alone says 83%.
    await server.db.product.update({ where: { id: certified!.id }, data: { tkdnPercent: null } });
    await server.db.certification.create({
      data: { producerId: certified!.producerId, type: "tkdn", number: "TKDN 2204/SJ-IND.8/TKDN/2025", issuer: "Kementerian Perindustrian", validFrom: new Date("2025-03-01"), validUntil: new Date(Date.now() + 365 * 86_400_000), tkdnPercent: 83, status: "verified", verifiedAt: new Date(), products: { create: [{ productId: certified!.id }] } },
    });
    await server.db.product.update({ where: { id: declared!.id }, data: { tkdnPercent: 45 } });
    const tkdnShown = async (id: string) => /<dd data-tkdn="true">([^<]*)<\/dd>/.exec(await (await anonymous.get(`/products/${id}`)).text())?.[1];
    expect(await tkdnShown(certified!.id)).toBe("83% (bersertifikat Kemenperin)");
    expect(await tkdnShown(declared!.id)).toBe("45%");
    // The producer's page lists it so too, and only it: the certificate covers that product alone.
    const { organisation } = await server.db.producerProfile.findUniqueOrThrow({ where: { id: certified!.producerId }, select: { organisation: { select: { slug: true } } } });
    const producerPage = await (await anonymous.get(`/producers/${organisation.slug}`)).text();
    expect(producerPage.match(/TKDN 83% \(bersertifikat Kemenperin\)/g)).toHaveLength(1);
  });

  it("reads in English too", async () => {
    const client = new Client(server.url);
    await client.post("/language", { locale: "en" });
    const html = await (await client.get("/catalog?certification=sni")).text();
    expect(html).toContain("IKM catalog");
    expect(html).toMatch(/\d+ producers?/);
  });
});
