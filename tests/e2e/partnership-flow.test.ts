// The catalog's whole loop in the real browser: a producer adds a product with a Halal
// certificate, the dinas of the region verifies it, a buyer posts a need, and the public
// product page shows the verified badge. Then the dinas imports the example file.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed.ts";
import { browserRun, hydrated, login, logout, screenshot, type TrackedPage } from "../helpers/browser.ts";

const run = browserRun("e2e-partnership");
let tab: TrackedPage;
const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;
const PRODUCT = "Keripik mangga Dampit 100 g";
const CERT_NUMBER = "ID35110000999990824";

async function as(role: string): Promise<Page> {
  tab = await run.open();
  await login(tab.page, demo(role).email, DEMO_PASSWORD);
  return tab.page;
}

describe("from product to verified badge", () => {
  it("a producer adds a product and a Halal certificate for it", async () => {
    const page = await as("producer");
    await page.goto("/workspace/products/new");
    await hydrated(page);
    await page.getByLabel("Nama produk").fill(PRODUCT);
    await page.getByLabel("Deskripsi").fill("Keripik mangga arumanis vakum, tanpa gula tambahan, kemasan 100 g.");
    await page.getByLabel("Kategori", { exact: true }).selectOption("snacks");
    await page.getByLabel("Satuan", { exact: true }).selectOption("pak");
    await page.getByLabel("Pesanan minimum").fill("50");
    await page.getByRole("button", { name: "Tambah produk" }).click();
    await page.getByText("Produk ditambahkan. Sekarang beri fotonya").waitFor();

    await page.getByRole("link", { name: "Sertifikasi saya" }).click();
    await page.getByRole("link", { name: "Tambah sertifikasi" }).click();
    await hydrated(page);
    await page.getByLabel("Jenis", { exact: true }).selectOption("halal");
    await page.getByLabel("Nomor sertifikat").fill(CERT_NUMBER);
    await page.getByLabel("Penerbit").fill("BPJPH Kementerian Agama");
    await page.getByLabel("Berlaku hingga").fill("2030-08-31");
    await page.getByLabel(PRODUCT).check();
    await page.getByLabel(/Pindaian sertifikat/).setInputFiles({ name: "halal.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n") });
    await page.getByRole("button", { name: "Tambah sertifikasi" }).click();
    await page.getByText("Sertifikasi ditambahkan dan menunggu verifikasi dinas.").waitFor();
    await screenshot(page, "flow-certificate-pending-id");
    await logout(page);
  });

  it("the dinas of the region verifies it from the queue", async () => {
    const page = await as("dinas");
    await page.getByRole("link", { name: "Verifikasi", exact: true }).click();
    await hydrated(page);
    const item = page.locator("li[data-certification]", { hasText: CERT_NUMBER });
    await item.getByRole("button", { name: "Verifikasi" }).click();
    await page.getByText("Sertifikat diverifikasi.").waitFor();
    // It leaves the queue once the page has reloaded its data.
    await page.locator("li[data-certification]", { hasText: CERT_NUMBER }).waitFor({ state: "detached" });
    await logout(page);
  });

  it("a buyer posts a need and publishes it", async () => {
    const page = await as("buyer");
    await page.getByRole("link", { name: "Kebutuhan saya" }).click();
    await page.getByRole("link", { name: "Pasang kebutuhan" }).click();
    await hydrated(page);
    await page.getByLabel("Judul").fill("Camilan buah kering untuk rapat direksi");
    await page.getByLabel("Deskripsi").fill("Keripik buah kemasan kecil, bersertifikat halal, dikirim ke kantor pusat Surabaya.");
    await page.getByLabel("Kategori", { exact: true }).selectOption("snacks");
    await page.getByLabel("Jumlah").fill("600");
    await page.getByLabel("Satuan", { exact: true }).selectOption("pak");
    await page.getByLabel("Provinsi pengiriman").selectOption("35");
    const nextYear = new Date().getFullYear() + 1;
    await page.getByLabel("Dibutuhkan paling lambat").fill(`${nextYear}-03-31`);
    await page.getByLabel("Halal").check();
    await page.getByLabel("Visibilitas").selectOption("public");
    await page.getByRole("button", { name: "Pasang kebutuhan" }).click();
    await page.getByRole("button", { name: "Terbitkan" }).click();
    await page.getByText("Kebutuhan diterbitkan.").waitFor();
    // Invite the producer by name, and attach a specification.
    await page.getByLabel("Cari IKM menurut nama").fill("Sari Rasa");
    await page.getByRole("button", { name: "Cari" }).click();
    const found = page.locator("[data-found] li", { hasText: "UD Sari Rasa Dampit" });
    await found.getByRole("button", { name: "Undang" }).click();
    await page.locator("[data-invitations] li[data-invited]", { hasText: "UD Sari Rasa Dampit" }).waitFor();
    await page.getByLabel("Berkas lampiran").setInputFiles({ name: "spesifikasi.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
    await page.getByRole("button", { name: "Unggah" }).click();
    await page.locator("[data-attachments]").getByRole("link", { name: "spesifikasi.pdf" }).waitFor();
    await screenshot(page, "flow-need-open-id");
    // The producer's verified Halal product is suggested, with the reasons in words.
    await page.getByRole("link", { name: "Lihat usulan IKM" }).click();
    const suggestion = page.locator("[data-suggestion]", { hasText: "UD Sari Rasa Dampit" });
    await suggestion.locator("[data-reasons]").getByText(/sertifikat Halal terverifikasi/).waitFor();
    await screenshot(page, "flow-suggestions-id");
    // Read why, shortlist, then accept.
    await suggestion.getByRole("button", { name: "Masukkan daftar pendek" }).click();
    await suggestion.locator('[data-state="shortlisted"]').waitFor();
    await suggestion.getByRole("button", { name: "Terima" }).click();
    await suggestion.locator('[data-state="accepted"]').waitFor();
    await logout(page);
  });

  it("the producer is told in the app and confirms the partnership", async () => {
    const page = await as("producer");
    // The header counts the unread notices; the newest says the buyer accepted.
    await page.getByRole("link", { name: /pemberitahuan belum dibaca/ }).click();
    const notice = page.locator('li[data-kind="match_state"][data-unread="true"]', { hasText: "Camilan buah kering untuk rapat direksi" }).first();
    await notice.getByText("Diterima pembeli").first().waitFor();
    await screenshot(page, "flow-notifications-id");
    await notice.getByRole("button", { name: "Buka" }).click();
    await page.waitForURL(/\/workspace\/matches/);
    const match = page.locator("[data-match]", { hasText: "Camilan buah kering untuk rapat direksi" });
    await match.getByRole("button", { name: "Konfirmasi" }).click();
    await page.locator('[data-match][data-state="confirmed"]', { hasText: "Camilan buah kering untuk rapat direksi" }).waitFor();
    await screenshot(page, "flow-partnership-confirmed-id");
    await logout(page);
  });

  it("anyone sees the verified Halal badge on the product page", async () => {
    tab = await run.open();
    const { page } = tab;
    const product = await run.server.db.product.findFirstOrThrow({ where: { name: PRODUCT } });
    await page.goto(`/products/${product.id}`);
    await page.getByRole("heading", { name: PRODUCT }).waitFor();
    await page.locator('.cert-verified[data-cert="halal"]').first().waitFor();
    await screenshot(page, "flow-product-verified-id");
  });

  it("the dinas imports the example file and reads the report", async () => {
    const page = await as("dinas");
    await page.getByRole("link", { name: "Impor data" }).click();
    await hydrated(page);
    await page.getByLabel("Berkas").setInputFiles("app/models/import/example.json");
    await page.getByRole("button", { name: "Impor" }).click();
    await page.locator("[data-import-result]").getByText("Semua baris diterima.").waitFor();
    await screenshot(page, "import-report-id");
    await expect(page.locator('tr[data-kind="products"] td').first().textContent()).resolves.toBe("2");
  });
});
