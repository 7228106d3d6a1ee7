// Headless Debian Chromium driven by playwright-core. Console errors and failed page
// loads fail the test that caused them.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { CHROMIUM, CHROMIUM_ARGS, ensureChromium } from "./chromium.ts";
import { startServer, type TestServer } from "./server.ts";
import { DEMO_PASSWORD } from "../../prisma/seed.ts";

export const SCREENSHOTS = path.resolve("tests/.artifacts/screenshots");

export async function launchBrowser(): Promise<Browser> {
  ensureChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface TrackedPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

export async function newPage(browser: Browser, baseURL: string): Promise<TrackedPage> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    // The browser logs every 4xx document load as an error; those are asserted explicitly.
    if (message.type() === "error" && !/status of (4\d\d)/.test(message.text())) errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return { context, page, errors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Waits until React has hydrated, so clicks go through the client-side router. */
export async function hydrated(page: Page): Promise<void> {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

export async function login(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/login");
  await hydrated(page);
  await page.getByLabel(/E-mail/).fill(email);
  await page.getByLabel(/Kata sandi|Password/).fill(password);
  await page.getByRole("button", { name: /^(Masuk|Log in)$/ }).click();
  await page.waitForURL((url) => url.pathname === "/");
  // The home page's own requests finish before the caller goes elsewhere (see logout).
  await page.waitForLoadState("networkidle");
}

export async function logout(page: Page): Promise<void> {
  // Let the page's own requests finish first (a revalidation, the route manifest of links
  // just shown): leaving mid-request aborts them, which Chromium logs as a console error
  // ("signal is aborted without reason") that is the test's haste, not the app's fault.
  await page.waitForLoadState("networkidle");
  await openMenu(page);
  await page.getByRole("button", { name: /^(Keluar|Log out)$/ }).click();
  await openMenu(page);
  await page.getByRole("link", { name: /^(Masuk|Log in)$/ }).waitFor();
}

/** On a phone the header's menu is folded behind one button: opens it (nothing to do on a desktop). */
export async function openMenu(page: Page): Promise<void> {
  const toggle = page.locator(".menu-toggle");
  if ((await toggle.isVisible()) && (await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
}

/**
 * Readies a walk of pages: signs the page in (no e-mail: stays a visitor) and, for English,
 * switches the language with the header's button, as a person would.
 */
export async function startWalk(page: Page, { email, locale }: { email: string | null; locale: "id" | "en" }): Promise<void> {
  if (email) await login(page, email, DEMO_PASSWORD);
  if (locale === "en") {
    await page.goto("/");
    await hydrated(page);
    await openMenu(page);
    await page.getByRole("button", { name: "EN", exact: true }).first().click();
    await page.waitForLoadState("networkidle");
  }
}

/**
 * A browser test file's server and browser, started once for the file, and its tabs: the tab
 * a test opened is closed after it, and any console error it saw fails that test.
 */
export function browserRun(name: string, options?: Parameters<typeof startServer>[1]) {
  const run = {
    server: undefined as unknown as TestServer,
    browser: undefined as unknown as Browser,
    tab: undefined as TrackedPage | undefined,
    /** A new tab on the server, the one the test's console errors are read from. */
    async open(): Promise<TrackedPage> {
      run.tab = await newPage(run.browser, run.server.url);
      return run.tab;
    },
  };
  beforeAll(async () => {
    [run.server, run.browser] = await Promise.all([startServer(name, options), launchBrowser()]);
  });
  afterAll(async () => {
    await run.browser?.close();
    await run.server?.stop();
  });
  afterEach(async () => {
    const errors = run.tab?.errors ?? [];
    await run.tab?.context.close();
    run.tab = undefined;
    expect(errors, "browser console errors").toEqual([]);
  });
  return run;
}
