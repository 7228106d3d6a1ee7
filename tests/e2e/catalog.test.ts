// A producer adds a product in the browser and finds it on their public page; a visitor
// filters the catalog.
import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed.ts";
import { browserRun, hydrated, login, newPage, screenshot, type TrackedPage } from "../helpers/browser.ts";

const run = browserRun("e2e-catalog");
let tab: TrackedPage;

describe("catalog", () => {
  it("a producer adds a product, fixing a wrong price range, and sees it in public", async () => {
    tab = await run.open();
    const { page } = tab;
    const producer = DEMO_ACCOUNTS.find((a) => a.role === "producer")!;
    await login(page, producer.email, DEMO_PASSWORD);
    await page.getByRole("link", { name: "Produk saya" }).click();
    await page.getByRole("link", { name: "Tambah produk" }).click();
    await hydrated(page);
    await page.getByLabel("Nama produk").fill("Keripik pisang cokelat Dampit");
    await page.getByLabel("Deskripsi").fill("Pisang kepok dari kebun Dampit, dibalut cokelat, kemasan 200 g.");
    await page.getByLabel("Kategori", { exact: true }).selectOption("snacks");
    await page.getByLabel("Satuan", { exact: true }).selectOption("pak");
    await page.getByLabel("Pesanan minimum").fill("50");
    await page.getByLabel("Harga terendah per satuan (Rp)").fill("15000");
    await page.getByLabel("Harga tertinggi per satuan (Rp)").fill("12000");
    await page.getByRole("button", { name: "Tambah produk" }).click();
    await expect(page.locator("#product-priceMax-error").textContent()).resolves.toBe(
      "Harga tertinggi tidak boleh di bawah harga terendah.",
    );
    await page.getByLabel("Harga tertinggi per satuan (Rp)").fill("18000");
    await page.getByRole("button", { name: "Tambah produk" }).click();
    // The new product's page asks for a photo, and the list holds the product.
    await page.waitForURL(/\/workspace\/products\/[^/?]+\?added=1$/);
    await page.getByText("Produk ditambahkan. Sekarang beri fotonya").waitFor();
    await screenshot(page, "product-added-photo-prompt-id");
    await page.goto("/workspace/products");
    await page.getByRole("link", { name: "Keripik pisang cokelat Dampit" }).waitFor();
    await screenshot(page, "my-products-id");

    const slug = (await run.server.db.organisation.findFirstOrThrow({
      where: { memberships: { some: { user: { email: producer.email } } } },
      select: { slug: true },
    })).slug;
    await page.goto(`/producers/${slug}`);
    await page.getByRole("link", { name: "Keripik pisang cokelat Dampit" }).click();
    await page.getByRole("heading", { name: "Keripik pisang cokelat Dampit" }).waitFor();
    await page.getByText("Rp 15.000 – Rp 18.000 / pak").waitFor();
    await screenshot(page, "product-page-id");
  });

  it("a producer completes the business profile with a KBLI code and a contact person", async () => {
    tab = await run.open();
    const { page } = tab;
    const producer = DEMO_ACCOUNTS.find((a) => a.role === "producer")!;
    await login(page, producer.email, DEMO_PASSWORD);
    await page.getByRole("link", { name: "Profil usaha" }).click();
    await hydrated(page);
    await page.getByLabel("NIB").fill("123");
    await page.getByLabel(/10710/).check();
    await page.getByLabel("Sentra IKM").fill("Sentra Keripik Dampit");
    const contacts = page.getByRole("group", { name: /Narahubung/ });
    const before = await contacts.count();
    await page.getByRole("button", { name: "Tambah narahubung" }).click();
    await expect.poll(() => contacts.count()).toBe(before + 1);
    const added = contacts.last();
    await added.getByLabel("Nama").fill("Rina Kusuma");
    await added.getByLabel("Telepon/WhatsApp").fill("0813 1111 2222");
    await page.getByRole("button", { name: "Simpan profil" }).click();
    await page.locator("#profile-nib-error").getByText("NIB terdiri dari 13 angka.").waitFor();
    await page.getByLabel("NIB").fill("3507123456789");
    await page.getByRole("button", { name: "Simpan profil" }).click();
    await page.getByRole("status").getByText("Profil disimpan.").waitFor();
    await screenshot(page, "profile-id");
    await page.getByRole("link", { name: /Lihat halaman publik/ }).click();
    await page.getByText("Industri produk roti dan kue").waitFor();
    await page.getByText("Sentra Keripik Dampit").waitFor();
    // The producer sees its own contact people; a visitor is told who may see them.
    await page.locator("[data-contacts='visible']").getByText("0813 1111 2222").waitFor();
    const visitor = await newPage(run.browser, run.server.url);
    try {
      await visitor.page.goto(new URL(page.url()).pathname);
      await visitor.page.locator("[data-contacts='sign_in']").waitFor();
      await expect(visitor.page.getByText("0813 1111 2222").count()).resolves.toBe(0);
      expect(visitor.errors).toEqual([]);
    } finally {
      await visitor.context.close();
    }
  });

  it("a visitor filters the catalog by sector and certificate", async () => {
    tab = await run.open();
    const { page } = tab;
    await page.goto("/catalog");
    await hydrated(page);
    await page.getByLabel("Sektor", { exact: true }).selectOption("food_beverage");
    await page.getByLabel("Memiliki sertifikat").selectOption("halal");
    await page.getByLabel("Hanya sertifikat terverifikasi").check();
    await page.getByRole("button", { name: "Terapkan" }).click();
    await page.waitForURL(/sector=food_beverage&.*certification=halal/);
    // The URL changes before React has swapped the list, so wait for the filtered list itself:
    // every card then shows a verified Halal badge (this times out if one never does).
    await page.waitForFunction(() => {
      const cards = [...document.querySelectorAll("[data-producer]")];
      return cards.length > 0 && cards.every((card) => card.querySelector('.cert-verified[data-cert="halal"]'));
    });
    const sectors = await page.locator("[data-producer]").evaluateAll((cards) => cards.map((c) => c.getAttribute("data-sector")));
    expect(new Set(sectors)).toEqual(new Set(["food_beverage"]));
    await screenshot(page, "catalog-filtered-id");
  });

  it("a visitor searches with a synonym and narrows by a facet", async () => {
    tab = await run.open();
    const { page } = tab;
    await page.goto("/");
    await page.getByRole("link", { name: "Cari", exact: true }).click();
    await hydrated(page);
    await page.getByLabel("Kata kunci").fill("gula merah");
    await page.getByRole("button", { name: "Cari", exact: true }).click();
    await page.waitForURL(/q=gula\+merah/);
    await page.locator("[data-product] mark").first().waitFor();
    await screenshot(page, "search-id");
    await page.locator('[data-facet="provinceCode"] a').first().click();
    await page.waitForURL(/province=\d\d/);
    await page.locator("[data-product]").first().waitFor();
  });
});
