// The HTTP defences through the real server: every page's scripts carry the response's CSP
// nonce (a fresh one each time), the headers forbid framing and sniffing, a form posted from
// another site is refused before it changes anything, and a locked account answers as a wrong password does.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed.ts";
import { Client, textOf } from "../helpers/http.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

let server: TestServer;
let buyer: Client;
const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;
const unread = async () => server.db.notification.count({ where: { readAt: null, user: { email: demo("buyer").email } } });

beforeAll(async () => {
  server = await startServer("http-security");
  buyer = new Client(server.url);
  expect((await buyer.login(demo("buyer").email, DEMO_PASSWORD)).status).toBe(302);
});
afterAll(async () => {
  await server?.stop();
});

describe("security headers", () => {
  it("let only the scripts carrying this response's nonce run", async () => {
    const [first, second] = [await buyer.get("/catalog"), await buyer.get("/catalog")];
    const nonceOf = (r: Response) => /script-src 'self' 'nonce-([^']+)'/.exec(r.headers.get("content-security-policy") ?? "")?.[1];
    const nonce = nonceOf(first)!;
    expect(nonce).toMatch(/^[A-Za-z0-9+/=]{20,}$/);
    expect(nonceOf(second)).not.toBe(nonce);
    const html = await first.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    expect(first.headers.get("x-frame-options")).toBe("DENY");
    expect(first.headers.get("x-content-type-options")).toBe("nosniff");
    expect(first.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    // Not production here: no HSTS on plain HTTP.
    expect(first.headers.get("strict-transport-security")).toBeNull();
  });
});

describe("cross-site forms", () => {
  it("are refused with a 403 and change nothing; the same form from this site goes through", async () => {
    const user = await server.db.user.findUniqueOrThrow({ where: { email: demo("buyer").email } });
    await server.db.notification.create({ data: { userId: user.id, kind: "match_state", params: { need: "x", producer: "y", state: "shortlisted" }, link: "/notifications" } });
    const before = await unread();
    expect(before).toBeGreaterThan(0);
    const fromEvil = await buyer.post("/notifications", { intent: "read-all" }, { Origin: "https://evil.example" });
    expect(fromEvil.status).toBe(403);
    const crossSite = await buyer.post("/notifications", { intent: "read-all" }, { "Sec-Fetch-Site": "cross-site" });
    expect(crossSite.status).toBe(403);
    expect(await unread()).toBe(before);
    const ours = await buyer.post("/notifications", { intent: "read-all" }, { Origin: server.url, "Sec-Fetch-Site": "same-origin" });
    expect(ours.status).toBe(200);
    expect(await unread()).toBe(0);
  });
});

describe("a locked account", () => {
  it("is refused even with the right password, in the words a wrong password gets, so a lock tells no one the account exists", async () => {
    const until = new Date(Date.now() + 20 * 60_000);
    await server.db.user.update({ where: { email: demo("producer").email }, data: { lockedUntil: until } });
    const client = new Client(server.url);
    const locked = await client.login(demo("producer").email, DEMO_PASSWORD);
    const unknown = await new Client(server.url).login("tidak-ada@contoh.id", DEMO_PASSWORD);
    expect([locked.status, unknown.status]).toEqual([400, 400]);
    const [lockedText, unknownText] = [textOf(await locked.text(), "login-error"), textOf(await unknown.text(), "login-error")];
    expect(lockedText).toBe(unknownText);
    expect(lockedText).toContain("akun dikunci 30 menit");
    expect(client.cookies.has("mk_session")).toBe(false);
    await server.db.user.update({ where: { email: demo("producer").email }, data: { lockedUntil: null } });
    expect((await client.login(demo("producer").email, DEMO_PASSWORD)).status).toBe(302);
  });
});
