// A temu bisnis in the real browser: the officer creates and publishes an event, a producer
// and a buyer register and are approved, the producer asks for a meeting and the buyer
// accepts, the officer makes and publishes the schedule, and both read their agenda and
// download its calendar file.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed.ts";
import { browserRun, hydrated, login, screenshot, type TrackedPage } from "../helpers/browser.ts";

const run = browserRun("e2e-temu-bisnis");
let tab: TrackedPage;
let eventPath: string;
const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;
const TITLE = "Temu Bisnis Camilan Malang Raya";
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);

async function as(role: string): Promise<Page> {
  tab = await run.open();
  await login(tab.page, demo(role).email, DEMO_PASSWORD);
  return tab.page;
}

async function openEvent(page: Page): Promise<void> {
  await page.getByRole("link", { name: "Temu bisnis", exact: true }).click();
  await page.getByRole("link", { name: TITLE }).click();
  await hydrated(page);
}

describe("a temu bisnis, end to end", () => {
  it("the officer creates and publishes the event", async () => {
    const page = await as("dinas");
    await page.getByRole("link", { name: "Acara dinas" }).click();
    await page.getByRole("link", { name: "Buat acara" }).click();
    await hydrated(page);
    await page.getByLabel("Judul acara").fill(TITLE);
    await page.getByLabel("Deskripsi").fill("Pertemuan satu lawan satu antara IKM camilan Malang Raya dan pembeli BUMN.");
    await page.getByLabel("Tempat").fill("Gedung Kartini, Malang");
    await page.getByLabel("Tanggal mulai").fill(day(14));
    await page.getByLabel("Tanggal selesai").fill(day(14));
    await page.getByLabel("Sesi tiap hari").fill("09:00-10:30");
    await page.getByLabel("Jumlah meja").fill("3");
    await page.getByLabel("Pendaftaran dibuka").fill(day(-1));
    await page.getByLabel("Pendaftaran ditutup").fill(day(7));
    await page.getByLabel("Makanan dan minuman").check();
    await page.getByRole("button", { name: "Buat acara" }).click();
    await page.getByRole("button", { name: "Terbitkan acara" }).click();
    await page.getByText("Acara diterbitkan.").waitFor();
    eventPath = new URL(page.url()).pathname.replace("/dinas", "");
    expect(eventPath).toMatch(/^\/events\/\w+$/);
  });

  it("a producer and a buyer register", async () => {
    for (const role of ["producer", "buyer"]) {
      const page = await as(role);
      await openEvent(page);
      await page.getByRole("button", { name: "Daftar sebagai peserta" }).click();
      await page.getByText("Pendaftaran terkirim. Dinas akan meninjaunya.").waitFor();
      expect(tab.errors).toEqual([]);
      await tab.context.close();
    }
  });

  it("the officer approves both", async () => {
    const page = await as("dinas");
    await page.goto(`/dinas${eventPath}`);
    await hydrated(page);
    for (let i = 0; i < 2; i++) {
      await page.locator('tr[data-status="pending"]').first().getByRole("button", { name: "Setujui" }).click();
      await page.locator('tr[data-status="approved"]').nth(i).waitFor();
    }
  });

  it("the producer asks the buyer for a meeting, and the buyer accepts", async () => {
    let page = await as("producer");
    await openEvent(page);
    const buyer = page.locator("[data-partner]", { hasText: demo("buyer").organisation });
    await buyer.getByRole("button", { name: "Ajukan pertemuan" }).click();
    await page.getByText("Permintaan pertemuan terkirim.").waitFor();
    expect(tab.errors).toEqual([]);
    await tab.context.close();
    page = await as("buyer");
    await openEvent(page);
    await page.locator('[data-request][data-status="pending"]').getByRole("button", { name: "Terima" }).click();
    await page.locator('[data-request][data-status="accepted"]').waitFor();
    await screenshot(page, "event-participant-id");
  });

  it("the officer makes and publishes the schedule", async () => {
    const page = await as("dinas");
    await page.goto(`/dinas${eventPath}`);
    await hydrated(page);
    await page.getByRole("button", { name: "Susun jadwal" }).click();
    await page.locator("[data-schedule-run]").getByText(/^1 pertemuan terjadwal/).waitFor();
    await page.getByRole("button", { name: /Terbitkan jadwal/ }).click();
    await page.getByText(/Jadwal diterbitkan/).waitFor();
    await expect(page.locator("[data-grid] td[data-cell]", { hasText: demo("buyer").organisation }).count()).resolves.toBe(1);
    await screenshot(page, "event-grid-id");
  });

  it("both read the meeting in their agenda and download the calendar", async () => {
    for (const [role, other] of [
      ["buyer", demo("producer").organisation],
      ["producer", demo("buyer").organisation],
    ] as const) {
      const page = await as(role);
      await openEvent(page);
      await page.getByRole("link", { name: "Agenda saya" }).click();
      await page.locator("[data-meeting]", { hasText: other }).waitFor();
      await screenshot(page, `event-agenda-${role}-id`);
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Unduh kalender (.ics)" }).click()]);
      const ics = readFileSync((await download.path())!, "utf8");
      expect(ics).toContain("BEGIN:VCALENDAR");
      expect(ics).toContain(other.slice(0, 20));
      expect(tab.errors).toEqual([]);
      await tab.context.close();
    }
  });
});
