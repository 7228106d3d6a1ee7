// The dinas dashboard in the real browser: the officer reads a certification's coverage,
// verifies a pending certificate from the work queue, and sees the coverage go up.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import common from "../../app/locales/id/common.json";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed.ts";
import { hydrated, launchBrowser, login, newPage, screenshot, type TrackedPage } from "../helpers/browser.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

let server: TestServer;
let browser: Browser;
let tab: TrackedPage;
const dinas = DEMO_ACCOUNTS.find((a) => a.role === "dinas")!;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer("e2e-dinas-dashboard"), launchBrowser()]);
});
afterAll(async () => {
  await tab?.context.close();
  await browser?.close();
  await server?.stop();
});

/** A pending East Java certificate whose producer holds no valid verified one of its type. */
async function certificateThatAddsCoverage() {
  const now = new Date();
  const pending = await server.db.certification.findMany({
    where: { status: "pending", producer: { provinceCode: "35" }, OR: [{ validUntil: null }, { validUntil: { gt: new Date(now.getTime() + 90 * 86_400_000) } }] },
    include: { producer: { include: { certifications: true } } },
  });
  const found = pending.find((c) => !c.producer.certifications.some((o) => o.type === c.type && o.status === "verified" && (o.validUntil === null || o.validUntil >= now)));
  if (!found) throw new Error("the demo data has no pending certificate that would add coverage");
  return found;
}

describe("coverage on the dashboard", () => {
  it("goes up when the officer verifies a certificate from the work queue", async () => {
    const certificate = await certificateThatAddsCoverage();
    const label = (common.certTypes as Record<string, string>)[certificate.type]!;
    tab = await newPage(browser, server.url);
    const { page } = tab;
    await login(page, dinas.email, DEMO_PASSWORD);
    const coverage = async () => {
      const row = page.locator('[data-table="coverage"] tbody tr', { has: page.getByRole("cell", { name: label, exact: true }) });
      return Number((await row.locator("td").nth(1).textContent())!.replace(/\./g, ""));
    };
    await page.getByRole("link", { name: "Dasbor" }).click();
    await hydrated(page);
    const before = await coverage();
    await screenshot(page, "dashboard-before-id");
    await page.locator("#queue").getByRole("link", { name: "Sertifikat menunggu verifikasi" }).click();
    await hydrated(page);
    const item = page.locator("li[data-certification]", { hasText: certificate.number });
    await item.getByRole("button", { name: "Verifikasi" }).click();
    await page.getByText("Sertifikat diverifikasi.").waitFor();
    await page.getByRole("link", { name: "Dasbor" }).click();
    await hydrated(page);
    await page.locator('[data-table="coverage"]').waitFor();
    expect(await coverage()).toBe(before + 1);
    await screenshot(page, "dashboard-after-id");
    expect(tab.errors).toEqual([]);
  });
});
