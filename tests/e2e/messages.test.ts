// A partnership's thread in the real browser: the producer opens it from its partnerships,
// writes, and sees its message in the thread, on a phone, without a console error.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../prisma/seed.ts";
import { hydrated, launchBrowser, login, newPage, screenshot, type TrackedPage } from "../helpers/browser.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

let server: TestServer;
let browser: Browser;
let tab: TrackedPage;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer("e2e-messages"), launchBrowser()]);
});
afterAll(async () => {
  await tab?.context.close();
  await browser?.close();
  await server?.stop();
});

describe("a partnership's messages", () => {
  it("are written and read in the thread", async () => {
    // A seeded thread with a first exchange, opened by the producer who answered in it.
    const answer = await server.db.message.findFirstOrThrow({ where: { authorSide: "producer" } });
    const producer = await server.db.user.findUniqueOrThrow({ where: { id: answer.authorUserId! } });
    tab = await newPage(browser, server.url);
    const { page } = tab;
    await page.setViewportSize({ width: 390, height: 844 });
    await login(page, producer.email, DEMO_PASSWORD);
    await page.goto("/workspace/matches");
    await hydrated(page);
    await page.locator(`[data-match="${answer.matchId}"]`).getByRole("link", { name: "Pesan" }).click();
    await page.waitForURL(/\/messages$/);
    await hydrated(page);
    await page.getByLabel("Pesan Anda").fill("Contoh sudah kami kirim lewat JNE hari ini.");
    await page.getByRole("button", { name: "Kirim" }).click();
    await page.getByText("Contoh sudah kami kirim lewat JNE hari ini.").waitFor();
    // The form is empty again for the next message.
    await expect.poll(() => page.getByLabel("Pesan Anda").inputValue()).toBe("");
    await screenshot(page, "messages-phone-id");
    expect(await server.db.message.count({ where: { matchId: answer.matchId } })).toBe(3);
    expect(tab.errors).toEqual([]);
  });
});
