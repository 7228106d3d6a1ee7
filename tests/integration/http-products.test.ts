// A producer's own products through the real server: create, edit, archive; bad input
// answered field by field; nobody reaches another organisation's products.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed.ts";
import { Client, textOf } from "../helpers/http.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

let server: TestServer;
let producer: Client;
let producerId: string;
let foreignProductId: string;

const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;

beforeAll(async () => {
  server = await startServer("http-products");
  producer = new Client(server.url);
  expect((await producer.login(demo("producer").email, DEMO_PASSWORD)).status).toBe(302);
  const profile = await server.db.producerProfile.findFirstOrThrow({
    where: { organisation: { memberships: { some: { user: { email: demo("producer").email } } } } },
    select: { id: true },
  });
  producerId = profile.id;
  const foreign = await server.db.product.findFirstOrThrow({ where: { producerId: { not: producerId } }, select: { id: true } });
  foreignProductId = foreign.id;
});
afterAll(async () => {
  await server?.stop();
});

const goodProduct = {
  name: "Gula semut aren organik Dampit (uji)",
  description: "Gula aren kristal dari nira pohon aren Malang selatan, kemasan 500 g.",
  category: "sweeteners",
  unit: "pak",
  minOrder: "100",
  monthlyCapacity: "6000",
  priceMin: "28000",
  priceMax: "32000",
  tkdnPercent: "92.5",
  leadTimeDays: "7",
};

describe("my products", () => {
  it("lists the producer's own products only", async () => {
    const html = await (await producer.get("/workspace/products")).text();
    const own = await server.db.product.findFirstOrThrow({ where: { producerId }, select: { name: true } });
    const foreign = await server.db.product.findUniqueOrThrow({ where: { id: foreignProductId }, select: { id: true } });
    expect(html).toContain(own.name);
    expect(html).not.toContain(`data-product="${foreign.id}"`);
  });

  it("rejects bad input next to each field, in both languages", async () => {
    const bad = { ...goodProduct, name: "G", category: "senjata", minOrder: "abc", priceMin: "30000", priceMax: "20000", tkdnPercent: "150" };
    const response = await producer.post("/workspace/products/new", bad);
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(textOf(html, "product-name-error")).toBe("Terlalu pendek.");
    expect(textOf(html, "product-category-error")).toBe("Pilih salah satu pilihan yang tersedia.");
    expect(textOf(html, "product-minOrder-error")).toBe("Masukkan angka.");
    expect(textOf(html, "product-tkdnPercent-error")).toBe("Maksimal 100%.");

    const english = new Client(server.url);
    await english.login(demo("producer").email, DEMO_PASSWORD);
    await english.post("/language", { locale: "en" });
    const en = await english.post("/workspace/products/new", { ...goodProduct, priceMin: "30000", priceMax: "20000" });
    expect(en.status).toBe(400);
    expect(textOf(await en.text(), "product-priceMax-error")).toBe("The highest price cannot be below the lowest price.");
    await english.post("/language", { locale: "id" });
    expect(await server.db.product.count({ where: { name: "G" } })).toBe(0);
  });

  it("creates a product with an outbox row and an audit entry in the same transaction", async () => {
    const response = await producer.post("/workspace/products/new", goodProduct);
    expect(response.status).toBe(302);
    const product = await server.db.product.findFirstOrThrow({ where: { name: goodProduct.name } });
    // The new product's own page, which asks for a photo (photos are added there only).
    expect(response.headers.get("Location")).toBe(`/workspace/products/${product.id}?added=1`);
    const page = await (await producer.get(response.headers.get("Location")!)).text();
    expect(page).toContain("data-photo-prompt");
    expect(page).toContain('href="#photos-title"');
    expect(product).toMatchObject({ producerId, category: "sweeteners", unit: "pak", minOrder: 100, priceMin: 28000, priceMax: 32000, tkdnPercent: 92.5, status: "active" });
    expect(await server.db.searchOutbox.count({ where: { entity: "product", entityId: product.id, operation: "upsert" } })).toBe(1);
    expect(await server.db.auditLog.count({ where: { entityId: product.id, action: "product.created" } })).toBe(1);
  });

  it("edits its own product and refuses another organisation's", async () => {
    const own = await server.db.product.findFirstOrThrow({ where: { name: goodProduct.name }, select: { id: true } });
    expect((await producer.get(`/workspace/products/${own.id}`)).status).toBe(200);
    const saved = await producer.post(`/workspace/products/${own.id}`, { ...goodProduct, priceMin: "27000" });
    expect(saved.status).toBe(200);
    expect(await saved.text()).toContain("Produk disimpan.");
    expect((await server.db.product.findUniqueOrThrow({ where: { id: own.id } })).priceMin).toBe(27000);

    const before = await server.db.product.findUniqueOrThrow({ where: { id: foreignProductId } });
    expect((await producer.get(`/workspace/products/${foreignProductId}`)).status).toBe(404);
    expect((await producer.post(`/workspace/products/${foreignProductId}`, goodProduct)).status).toBe(404);
    expect((await producer.post("/workspace/products", { intent: "archive", productId: foreignProductId })).status).toBe(404);
    expect(await server.db.product.findUniqueOrThrow({ where: { id: foreignProductId } })).toEqual(before);
  });

  it("archives and restores, taking the product out of the index and back", async () => {
    const own = await server.db.product.findFirstOrThrow({ where: { name: goodProduct.name }, select: { id: true } });
    const archived = await producer.post("/workspace/products", { intent: "archive", productId: own.id });
    expect(archived.status).toBe(200);
    expect((await server.db.product.findUniqueOrThrow({ where: { id: own.id } })).status).toBe("archived");
    expect(await server.db.searchOutbox.count({ where: { entityId: own.id, operation: "delete" } })).toBe(1);
    await producer.post("/workspace/products", { intent: "restore", productId: own.id });
    expect((await server.db.product.findUniqueOrThrow({ where: { id: own.id } })).status).toBe("active");
    expect((await producer.post("/workspace/products", { intent: "burn", productId: own.id })).status).toBe(400);
  });

  it("is closed to buyers, dinas, admins and anonymous visitors", async () => {
    for (const role of ["buyer", "dinas", "admin"]) {
      const client = new Client(server.url);
      await client.login(demo(role).email, DEMO_PASSWORD);
      expect((await client.get("/workspace/products")).status, role).toBe(403);
      expect((await client.post("/workspace/products/new", goodProduct)).status, role).toBe(403);
    }
    const anonymous = await new Client(server.url).get("/workspace/products/new");
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
  });
});
