// A purchase order in the real browser, in manual-transfer mode: the buyer drafts it from a
// confirmed partnership and sends it, the producer accepts, the buyer uploads the transfer
// proof, the producer confirms receipt and delivers, confirms the balance, and the buyer
// completes the order.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed.ts";
import { hydrated, launchBrowser, login, logout, newPage, screenshot, type TrackedPage } from "../helpers/browser.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

let server: TestServer;
let browser: Browser;
let tab: TrackedPage;
const buyer = DEMO_ACCOUNTS.find((a) => a.role === "buyer")!;
const producer = DEMO_ACCOUNTS.find((a) => a.role === "producer")!;
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer("e2e-orders"), launchBrowser()]);
  // A partnership the producer has confirmed (the way there is the partnership-flow test).
  const buyerOrg = await server.db.organisation.findFirstOrThrow({ where: { memberships: { some: { user: { email: buyer.email } } } } });
  const producerOrg = await server.db.organisation.findFirstOrThrow({ where: { memberships: { some: { user: { email: producer.email } } } }, include: { producer: true } });
  const need = await server.db.need.findFirstOrThrow({ where: { buyerId: buyerOrg.id, status: "open" } });
  await server.db.match.create({ data: { needId: need.id, producerId: producerOrg.producer!.id, score: 80, scoreBreakdown: { parts: [], gaps: [] }, state: "confirmed" } });
});
afterAll(async () => {
  await tab?.context.close();
  await browser?.close();
  await server?.stop();
});

async function state(page: Page) {
  return page.locator("[data-order-state]").getAttribute("data-order-state");
}

describe("a purchase order paid by bank transfer", () => {
  it("goes from the buyer's draft to completed", async () => {
    tab = await newPage(browser, server.url);
    const { page } = tab;
    await login(page, buyer.email, DEMO_PASSWORD);
    await page.getByRole("link", { name: "Pesanan", exact: true }).click();
    await hydrated(page);
    await page.locator("[data-ready]").getByRole("link", { name: "Susun pesanan" }).click();
    await hydrated(page);
    // Choosing a catalogue product fills its line's description and price.
    const productSelect = page.locator('[data-line="0"]').getByLabel("Produk (opsional)");
    const lastOption = productSelect.locator("option").last();
    const [productId, productName] = [await lastOption.getAttribute("value"), (await lastOption.textContent())!.trim()];
    await productSelect.selectOption(productId!);
    await expect.poll(() => page.locator('[data-line="0"]').getByLabel("Uraian").inputValue()).toBe(productName);
    expect(Number(await page.locator('[data-line="0"]').getByLabel("Harga satuan (Rp)").inputValue())).toBeGreaterThan(0);
    // A price of zero is refused next to its field.
    await page.locator('[data-line="0"]').getByLabel("Harga satuan (Rp)").fill("0");
    await page.getByLabel("Alamat pengiriman").fill("Gudang PT Pembeli, Jl. Rungkut Industri 5, Surabaya");
    await page.getByRole("button", { name: "Kirim ke IKM" }).click();
    await expect.poll(() => page.locator('[data-line="0"] .field-errors').count()).toBeGreaterThan(0);
    await page.locator('[data-line="0"]').getByLabel("Harga satuan (Rp)").fill("12500");
    await page.locator('[data-line="0"]').getByLabel("Jumlah").fill("2000");
    await screenshot(page, "order-draft-id");
    await page.getByRole("button", { name: "Kirim ke IKM" }).click();
    await page.waitForURL(/\/orders\/[^/]+$/);
    await hydrated(page);
    expect(await state(page)).toBe("proposed");
    const orderUrl = new URL(page.url()).pathname;
    await logout(page);

    await login(page, producer.email, DEMO_PASSWORD);
    await page.goto(orderUrl);
    await hydrated(page);
    await page.getByRole("button", { name: "Terima syarat ini" }).click();
    await expect.poll(() => state(page)).toBe("agreed");
    await logout(page);

    await login(page, buyer.email, DEMO_PASSWORD);
    await page.goto(orderUrl);
    await hydrated(page);
    await page.locator('[data-payment="down_payment"]').getByLabel(/Bukti transfer/).setInputFiles({ name: "bukti.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByRole("button", { name: "Unggah bukti transfer" }).click();
    await expect.poll(() => page.locator('[data-payment="down_payment"]').getAttribute("data-payment-status")).toBe("proof_submitted");
    await screenshot(page, "order-proof-id");
    await logout(page);

    await login(page, producer.email, DEMO_PASSWORD);
    await page.goto(orderUrl);
    await hydrated(page);
    await page.locator('[data-payment="down_payment"]').getByRole("button", { name: /Konfirmasi penerimaan Rp 7\.500\.000/ }).click();
    await expect.poll(() => state(page)).toBe("down_payment_paid");
    await page.getByRole("button", { name: "Tandai sudah dikirim" }).click();
    await expect.poll(() => state(page)).toBe("delivered");
    await page.locator('[data-payment="balance"]').getByRole("button", { name: /Konfirmasi penerimaan Rp 17\.500\.000/ }).click();
    await expect.poll(() => state(page)).toBe("paid");
    await logout(page);

    await login(page, buyer.email, DEMO_PASSWORD);
    await page.goto(orderUrl);
    await hydrated(page);
    await page.getByRole("button", { name: "Tandai selesai" }).click();
    await expect.poll(() => state(page)).toBe("completed");
    await screenshot(page, "order-completed-id");
    expect(tab.errors).toEqual([]);
  });
});
