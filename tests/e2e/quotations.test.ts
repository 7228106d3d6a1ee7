// From a request for quotation to a paid down payment, in the real browser: the buyer asks two
// producers from their product pages, each producer answers from its quotations list, the
// buyer compares the two and accepts the cheaper one, the purchase order comes filled from
// it, the producer accepts the order, the invoice shows both NPWPs, PPN and the account to pay
// into, and the buyer pays the down payment by transfer with its reference. No console errors.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dateToDay } from "../../app/lib/calendar-day.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed.ts";
import { hydrated, launchBrowser, login, logout, newPage, screenshot, type TrackedPage } from "../helpers/browser.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

let server: TestServer;
let browser: Browser;
let tab: TrackedPage;
const buyer = DEMO_ACCOUNTS.find((a) => a.role === "buyer")!;
const demoProducer = DEMO_ACCOUNTS.find((a) => a.role === "producer")!;
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
let need: { id: string; title: string };
let products: { demo: string; pkp: string };
let pkpProducer: { email: string; name: string; accountNumber: string };

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer("e2e-quotations"), launchBrowser()]);
  const db = server.db;
  const buyerOrg = await db.organisation.findFirstOrThrow({ where: { memberships: { some: { user: { email: buyer.email } } } } });
  const demoOrg = await db.organisation.findFirstOrThrow({ where: { memberships: { some: { user: { email: demoProducer.email } } } }, include: { producer: { include: { products: { where: { status: "active" }, take: 1 } } } } });
  need = await db.need.findFirstOrThrow({ where: { buyerId: buyerOrg.id, status: "open", neededBy: { gt: new Date(Date.now() + 20 * 86_400_000) }, matches: { none: {} } }, select: { id: true, title: true } });
  // A PKP producer with a bank account, so the invoice carries PPN and an account to pay into.
  const pkp = await db.organisation.findFirstOrThrow({
    where: { kind: "producer", status: "active", pkp: true, id: { not: demoOrg.id }, bankAccounts: { some: { retiredAt: null } }, producer: { products: { some: { status: "active" } } } },
    include: { memberships: { where: { role: "owner" }, include: { user: true } }, bankAccounts: { where: { retiredAt: null } }, producer: { include: { products: { where: { status: "active" }, take: 1 } } } },
  });
  pkpProducer = { email: pkp.memberships[0]!.user.email, name: pkp.producer!.legalName, accountNumber: pkp.bankAccounts[0]!.number };
  products = { demo: demoOrg.producer!.products[0]!.id, pkp: pkp.producer!.products[0]!.id };
});
afterAll(async () => {
  await tab?.context.close();
  await browser?.close();
  await server?.stop();
});

async function askFromProductPage(page: Page, productId: string) {
  await page.goto(`/products/${productId}`);
  await hydrated(page);
  const ask = page.locator("[data-ask-quotation]");
  await ask.getByLabel("Untuk kebutuhan").selectOption(need.id);
  await ask.getByRole("button", { name: "Minta penawaran" }).click();
  await page.waitForURL(/\/workspace\/needs\/[^/]+\/quotations/);
  await hydrated(page);
  await page.getByLabel("Tempat pengiriman").fill("Gudang PT Energi Nusantara, Jl. Rungkut Industri 5, Surabaya");
  await page.getByRole("button", { name: "Kirim permintaan penawaran" }).click();
  await page.waitForURL(/\/quotations\/[^/]+$/);
  await hydrated(page);
}

async function answer(page: Page, email: string, price: string, leadDays: string) {
  await login(page, email, DEMO_PASSWORD);
  await page.getByRole("link", { name: "Penawaran", exact: true }).click();
  await hydrated(page);
  await page.getByRole("row", { name: new RegExp(need.title.slice(0, 20)) }).getByRole("link").first().click();
  await hydrated(page);
  await page.getByLabel("Harga satuan (Rp, belum termasuk PPN)").fill(price);
  await page.getByLabel("Waktu produksi (hari)").fill(leadDays);
  await page.getByLabel("Berlaku sampai").fill(dateToDay(new Date(Date.now() + 14 * 86_400_000)));
  await page.getByRole("button", { name: "Kirim penawaran" }).click();
  await expect.poll(() => page.locator("[data-quotation-state]").first().getAttribute("data-quotation-state")).toBe("quoted");
  await logout(page);
}

describe("requests for quotation to a paid down payment", () => {
  it("asks two producers, compares, accepts one, orders from it and pays by transfer", async () => {
    tab = await newPage(browser, server.url);
    const { page } = tab;
    await login(page, buyer.email, DEMO_PASSWORD);
    await askFromProductPage(page, products.demo);
    // An empty price or a past date is refused next to its field, all at once (checked in the integration test); here the happy path.
    await askFromProductPage(page, products.pkp);
    await logout(page);

    await answer(page, demoProducer.email, "15000", "10");
    await answer(page, pkpProducer.email, "12000", "14");

    await login(page, buyer.email, DEMO_PASSWORD);
    await page.goto(`/workspace/needs/${need.id}/quotations`);
    await hydrated(page);
    const compare = page.locator("[data-compare]");
    await expect.poll(() => compare.locator("tbody tr").count()).toBe(2);
    const cheaper = compare.locator("tbody tr", { hasText: pkpProducer.name });
    expect(await cheaper.textContent()).toContain("termurah");
    await screenshot(page, "quotations-compare-id");
    await cheaper.getByRole("link", { name: pkpProducer.name }).click();
    await hydrated(page);
    await page.getByRole("button", { name: "Terima penawaran" }).click();
    await page.locator("[data-draft-order]").click();
    await page.waitForURL(/\/orders\/new/);
    await hydrated(page);
    // The order starts from the quotation: its price, and the delivery place asked.
    await page.locator("[data-from-quotation]").waitFor();
    await screenshot(page, "quotations-order-draft-id");
    expect(await page.locator('[data-line="0"]').getByLabel("Harga satuan (Rp)").inputValue()).toBe("12000");
    expect(await page.getByLabel("Alamat pengiriman").inputValue()).toContain("Rungkut Industri 5");
    await page.getByRole("button", { name: "Kirim ke IKM" }).click();
    await page.waitForURL(/\/orders\/(?!new)[^/?]+$/);
    await hydrated(page);
    const orderUrl = new URL(page.url()).pathname;
    await logout(page);

    await login(page, pkpProducer.email, DEMO_PASSWORD);
    await page.goto(orderUrl);
    await hydrated(page);
    await page.getByRole("button", { name: "Terima syarat ini" }).click();
    await expect.poll(() => page.locator("[data-order-state]").getAttribute("data-order-state")).toBe("agreed");
    await logout(page);

    await login(page, buyer.email, DEMO_PASSWORD);
    await page.goto(`${orderUrl}/invoice`);
    await hydrated(page);
    const invoice = (await page.locator("main").textContent()) ?? "";
    expect(invoice).toContain("NPWP");
    expect(invoice).toMatch(/PPN 12%/);
    expect(invoice.replace(/\D/g, "")).toContain(pkpProducer.accountNumber.replace(/\D/g, ""));
    await screenshot(page, "quotations-invoice-id");
    await page.goto(orderUrl);
    await hydrated(page);
    const downPayment = page.locator('[data-payment="down_payment"]');
    expect(await downPayment.textContent()).toMatch(/MIK-PO\d{10}-1/);
    await downPayment.getByLabel(/Bukti transfer/).setInputFiles({ name: "bukti.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByRole("button", { name: "Unggah bukti transfer" }).click();
    await expect.poll(() => downPayment.getAttribute("data-payment-status")).toBe("proof_submitted");
    expect(tab.errors).toEqual([]);
  });
});
