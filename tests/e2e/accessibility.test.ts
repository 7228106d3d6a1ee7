// axe-core (WCAG 2.1 A and AA rules) on the pages each role opens first, in a real browser on
// the demo data: on a desktop in Bahasa Indonesia and on a phone in English. Any violation
// fails the run, named with its page, rule and the elements it found.
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../prisma/seed.ts";
import { hydrated, launchBrowser, startWalk } from "../helpers/browser.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

let server: TestServer;
let browser: Browser;
type Role = "anonymous" | "producer" | "buyer" | "dinas" | "admin";
const pages = {} as Record<Role, string[]>;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer("e2e-accessibility"), launchBrowser()]);
  const db = server.db;
  const orgOf = (role: string) =>
    db.organisation.findFirstOrThrow({
      where: { memberships: { some: { user: { email: DEMO_ACCOUNTS.find((a) => a.role === role)!.email } } } },
      include: { producer: { include: { products: { take: 1 } } } },
    });
  const [producerOrg, buyerOrg, dinasOrg] = await Promise.all([orgOf("producer"), orgOf("buyer"), orgOf("dinas")]);
  const product = producerOrg.producer!.products[0]!;
  const need = await db.need.findFirstOrThrow({ where: { buyerId: buyerOrg.id, status: "open" } });
  // An order of the demo accounts, if the seed made one (the orders' own browser test walks one from draft to paid).
  const order = await db.order.findFirst({ where: { OR: [{ buyerId: buyerOrg.id }, { producerId: producerOrg.producer!.id }] } });
  const orderPages = order ? [`/orders/${order.id}`, `/orders/${order.id}/invoice`] : [];
  if (!order) console.log("accessibility: the demo accounts have no order; the order and invoice pages are not checked here");
  const event = await db.event.findFirstOrThrow({ where: { organisationId: dinasOrg.id } });
  pages.anonymous = ["/", "/catalog", "/search?q=keripik", "/search?page=abc", "/events", `/producers/${producerOrg.slug}`, `/products/${product.id}`, "/login", "/signup"];
  pages.producer = ["/", "/workspace/profile", "/workspace/products", `/workspace/products/${product.id}`, "/workspace/certifications", "/workspace/matches", "/quotations", ...(order?.buyerId === buyerOrg.id ? [] : orderPages)];
  pages.buyer = ["/workspace/needs", "/workspace/needs/new", `/workspace/needs/${need.id}/suggestions`, "/orders", ...(order?.buyerId === buyerOrg.id ? orderPages : [])];
  pages.dinas = ["/dinas/dashboard", "/dinas/verifications", "/dinas/events", `/dinas/events/${event.id}`, `/dinas/events/${event.id}/check-in`];
  pages.admin = ["/admin/organisations", "/admin/lessons"];
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function violationsOn(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

const SIZES = [
  { name: "desktop", width: 1366, height: 768, locale: "id" },
  { name: "phone", width: 390, height: 844, locale: "en" },
] as const;

describe("every first page passes axe-core's WCAG 2.1 AA rules", () => {
  it("finds a violation that is there (the check itself works)", async () => {
    const context = await browser.newContext({ baseURL: server.url, bypassCSP: true });
    const page = await context.newPage();
    await page.goto("/");
    await hydrated(page);
    await page.evaluate(() => document.querySelector("main")?.insertAdjacentHTML("beforeend", '<img src="/favicon.svg"><button></button>'));
    const found = (await violationsOn(page)).map((v) => v.id);
    await context.close();
    expect(found).toEqual(expect.arrayContaining(["image-alt", "button-name"]));
  }, 60_000);

  for (const role of ["anonymous", "producer", "buyer", "dinas", "admin"] as const) {
    it(`as ${role}, on a desktop in Indonesian and a phone in English`, async () => {
      const problems: string[] = [];
      for (const size of SIZES) {
        // The app's CSP rightly refuses an injected script: axe is the test's, so the test's browser lets it in.
        const context = await browser.newContext({ baseURL: server.url, viewport: { width: size.width, height: size.height }, bypassCSP: true });
        const page = await context.newPage();
        await startWalk(page, { email: role === "anonymous" ? null : DEMO_ACCOUNTS.find((a) => a.role === role)!.email, locale: size.locale });
        for (const path of pages[role]) {
          await page.goto(path);
          await hydrated(page);
          await page.waitForLoadState("networkidle");
          for (const v of await violationsOn(page)) problems.push(`${size.name} ${path}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
        }
        await context.close();
      }
      expect(problems).toEqual([]);
    }, 240_000);
  }
});
