// The classes of attack an outside test found, through the real server, each tried in its
// variants: reading other people's mail in the development outbox, links in e-mail built
// from a forged Host header, open redirects after login and the language switch, locking an
// owner out with someone else's guesses, the cross-site check fooled by an encoded path,
// and JSON nested deep enough to overflow a recursive walk.
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed.ts";
import { Client } from "../helpers/http.ts";
import { startServer, type TestServer } from "../helpers/server.ts";
import { roomInWindow } from "../helpers/rate-limit-window.ts";

let server: TestServer;
const APP_URL = "http://mitraikm.test:3000";
const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;

/** A raw request, so headers fetch would not send (Host) go out as written. */
function raw(method: string, path: string, headers: Record<string, string>, body = ""): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, method, path, headers: { ...headers, "Content-Length": Buffer.byteLength(body) } }, (res) => {
      let text = "";
      res.on("data", (chunk: Buffer) => (text += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

beforeAll(async () => {
  // TRUST_PROXY lets the test speak as different clients (X-Forwarded-For), as behind a proxy.
  server = await startServer("security-classes", { env: { APP_URL, TRUST_PROXY: "true" } });
});
afterAll(async () => {
  await server?.stop();
});

describe("the development outbox", () => {
  const variants = ["/dev/outbox", "/dev/outbox/", "/DEV/OUTBOX", "/dev/Outbox", "/dev/outbox.data", "/dev/outbox?_data=routes%2Fdev.outbox", "/dev/%6Futbox", "/x/../dev/outbox", "/dev/outbox?index"];

  it("shows nothing to someone signed out, whatever the path looks like", async () => {
    await new Client(server.url).post("/forgot-password", { email: demo("admin").email });
    const anonymous = new Client(server.url);
    for (const path of variants) {
      const response = await anonymous.get(path);
      const body = await response.text();
      expect(response.status, path).not.toBe(200);
      expect(body, path).not.toContain("reset-password?token=");
      expect(body, path).not.toContain(demo("admin").email);
    }
    const first = await anonymous.get("/dev/outbox");
    expect(first.status).toBe(302);
    expect(first.headers.get("Location")).toBe("/login?redirectTo=%2Fdev%2Foutbox");
  });

  it("shows a signed-in person only the mail sent to them", async () => {
    await new Client(server.url).post("/forgot-password", { email: demo("admin").email });
    await new Client(server.url).post("/forgot-password", { email: demo("producer").email });
    const producer = new Client(server.url);
    expect((await producer.login(demo("producer").email, DEMO_PASSWORD)).status).toBe(302);
    for (const path of variants.filter((p) => !p.includes(".data") && !p.includes("_data"))) {
      const response = await producer.get(path);
      if (response.status !== 200) continue; // other spellings may 404; none may show others' mail
      const body = await response.text();
      expect(body, path).not.toContain(demo("admin").email);
    }
    const page = await (await producer.get("/dev/outbox")).text();
    expect(page).toContain(demo("producer").email);
    expect(page).toContain("reset-password?token=");
    expect(page).not.toContain(demo("admin").email);
    const data = await (await producer.get("/dev/outbox.data")).text();
    expect(data).not.toContain(demo("admin").email);
  });
});

describe("the outbox in production", () => {
  it("is not there, not even for an admin", async () => {
    const production = await startServer("security-production", { env: { APP_ENV: "production", SESSION_SECRET: "s".repeat(40), APP_URL: "https://mitraikm.test" } });
    try {
      const admin = new Client(production.url);
      expect((await admin.login(demo("admin").email, DEMO_PASSWORD)).status).toBe(302);
      for (const path of ["/dev/outbox", "/dev/outbox.data", "/DEV/OUTBOX/"]) {
        const response = await admin.get(path);
        expect(response.status, path).toBe(404);
        expect(await response.text(), path).not.toContain("reset-password?token=");
      }
    } finally {
      await production.stop();
    }
  });
});

describe("links in e-mail", () => {
  it("point at APP_URL whatever Host or forwarding headers the request carries", async () => {
    const email = demo("dinas").email;
    const forged: Record<string, string>[] = [
      { Host: "evil.example" },
      { Host: "evil.example:3000", "X-Forwarded-Host": "evil.example" },
      { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" },
      { Forwarded: "host=evil.example;proto=https" },
    ];
    await roomInWindow(60 * 60_000);
    const started = new Date(Date.now() - 1000);
    for (const headers of forged) {
      const response = await raw("POST", "/forgot-password", { ...headers, "Content-Type": "application/x-www-form-urlencoded" }, `email=${encodeURIComponent(email)}`);
      expect(response.status, JSON.stringify(headers)).toBeLessThan(500);
    }
    // Three reset e-mails an hour per address: the fourth request is answered but sends none.
    const mails = await server.db.email.findMany({ where: { to: email, kind: "password_reset", createdAt: { gte: started } } });
    expect(mails).toHaveLength(3);
    for (const mail of mails) {
      expect(mail.text).not.toContain("evil.example");
      expect(mail.text).toContain(`${APP_URL}/reset-password?token=`);
    }
  });

  it("of the lock-out notice point at APP_URL too", async () => {
    const email = demo("buyer").email;
    // Ten wrong passwords from two clients (the pair limit allows five each) lock the account.
    for (let i = 0; i < 10; i++) {
      await raw("POST", "/login", { Host: "evil.example", "X-Forwarded-For": `203.0.113.${i < 5 ? 1 : 2}`, "Content-Type": "application/x-www-form-urlencoded" }, `email=${encodeURIComponent(email)}&password=salah-${i}`);
    }
    const notice = await server.db.email.findFirstOrThrow({ where: { to: email, kind: "account_locked" } });
    expect(notice.text).toContain(`${APP_URL}/forgot-password`);
    expect(notice.text).not.toContain("evil.example");
    await server.db.user.update({ where: { email }, data: { lockedUntil: null, failedLogins: 0 } });
  });
});

describe("redirects", () => {
  const hostile = [
    "https://evil.example/",
    "//evil.example",
    "/\\evil.example",
    "\\/evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/.//evil.example",
    " //evil.example",
    "/%09/evil.example",
    "/%5C%5Cevil.example",
    "javascript:alert(1)",
  ];
  const staysHere = (location: string | null) => new URL(location ?? "", server.url).origin === new URL(server.url).origin;

  it("after login follow only same-site paths", async () => {
    for (const redirectTo of hostile) {
      const client = new Client(server.url);
      const response = await client.post("/login", { email: demo("producer").email, password: DEMO_PASSWORD, redirectTo }, { "X-Forwarded-For": "198.51.100.7" });
      expect(response.status, JSON.stringify(redirectTo)).toBe(302);
      expect(staysHere(response.headers.get("Location")), JSON.stringify(redirectTo)).toBe(true);
    }
    // A NUL character is refused with the whole form, before any redirect is considered.
    expect((await new Client(server.url).post("/login", { email: demo("producer").email, password: DEMO_PASSWORD, redirectTo: "/\u0000//evil.example" })).status).toBe(400);
    const fine = await new Client(server.url).post("/login", { email: demo("producer").email, password: DEMO_PASSWORD, redirectTo: "/workspace/products?page=2" }, { "X-Forwarded-For": "198.51.100.7" });
    expect(fine.headers.get("Location")).toBe("/workspace/products?page=2");
  });

  it("after a language switch follow only same-site paths", async () => {
    for (const redirectTo of hostile) {
      const response = await new Client(server.url).post("/language", { locale: "en", redirectTo });
      expect(response.status, JSON.stringify(redirectTo)).toBe(302);
      expect(staysHere(response.headers.get("Location")), JSON.stringify(redirectTo)).toBe(true);
    }
  });
});

describe("someone else's wrong passwords", () => {
  it("neither throttle nor lock out the owner at the browser they use", async () => {
    const email = demo("producer").email;
    const owner = new Client(server.url);
    const ownerIp = { "X-Forwarded-For": "192.0.2.10" };
    expect((await owner.post("/login", { email, password: DEMO_PASSWORD }, ownerIp)).status).toBe(302);
    expect(owner.cookies.has("mk_device")).toBe(true);
    await owner.post("/logout", {}, ownerIp);

    // An attacker tries from several addresses: each address is throttled after five.
    const statuses: number[] = [];
    await roomInWindow(15 * 60_000);
    for (let i = 0; i < 12; i++) {
      const attacker = new Client(server.url);
      statuses.push((await attacker.post("/login", { email, password: `tebakan-${i}` }, { "X-Forwarded-For": `198.51.100.${100 + Math.floor(i / 6)}` })).status);
    }
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429, 400, 400, 400, 400, 400, 429]);
    const locked = await server.db.user.findUniqueOrThrow({ where: { email }, select: { lockedUntil: true } });
    expect(locked.lockedUntil!.getTime()).toBeGreaterThan(Date.now());

    // The owner's own browser still gets in; a browser that never signed in does not, and
    // the lock stays on for it afterwards.
    expect((await owner.post("/login", { email, password: DEMO_PASSWORD }, ownerIp)).status).toBe(302);
    const stranger = new Client(server.url);
    expect((await stranger.post("/login", { email, password: DEMO_PASSWORD }, { "X-Forwarded-For": "192.0.2.99" })).status).toBe(400);
    // A forged device cookie is not the owner's: it is signed with the server's secret.
    stranger.cookies.set("mk_device", encodeURIComponent(btoa(JSON.stringify([locked]))));
    expect((await stranger.post("/login", { email, password: DEMO_PASSWORD }, { "X-Forwarded-For": "192.0.2.99" })).status).toBe(400);
    await server.db.user.update({ where: { email }, data: { lockedUntil: null, failedLogins: 0 } });
  });
});

describe("sign-up", () => {
  it("tells that an address is taken, but lets one client ask only ten times an hour", async () => {
    const form = { accountType: "producer", name: "Penguji Alamat", password: "coba-coba-2026", organisationName: "UD Penguji", sector: "food_beverage", provinceCode: "35", regencyCode: "35.07", acceptTerms: "on" };
    const ip = { "X-Forwarded-For": "198.51.100.200" };
    const taken = DEMO_ACCOUNTS.map((a) => a.email);
    const statuses: number[] = [];
    await roomInWindow(60 * 60_000);
    for (let i = 0; i < 11; i++) statuses.push((await new Client(server.url).post("/signup", { ...form, email: taken[i % taken.length]! }, ip)).status);
    expect(statuses).toEqual([...Array(10).fill(400), 429]);
    // Another client is not affected.
    expect((await new Client(server.url).post("/signup", { ...form, email: taken[0]! }, { "X-Forwarded-For": "198.51.100.201" })).status).toBe(400);
  });
});

describe("the cross-site check", () => {
  it("judges the path the router matches, and answers 403, never 500", async () => {
    const buyer = new Client(server.url);
    expect((await buyer.post("/login", { email: demo("buyer").email, password: DEMO_PASSWORD }, { "X-Forwarded-For": "192.0.2.50" })).status).toBe(302);
    const sessions = await server.db.session.count({ where: { user: { email: demo("buyer").email } } });
    for (const path of ["/api/v1/%2e%2e/%2e%2e/logout", "/api/v1/%2E%2E/%2E%2E/logout", "/api/stripe/webhook/%2e%2e/%2e%2e/%2e%2e/logout", "/api/v1/../../logout"]) {
      const response = await raw("POST", path, { Cookie: buyer.cookieHeader(), Origin: "https://evil.example", "Content-Type": "application/x-www-form-urlencoded" }, "");
      expect(response.status, path).toBe(403);
    }
    expect(await server.db.session.count({ where: { user: { email: demo("buyer").email } } })).toBe(sessions);
    // Without an Origin (a script, not a browser), such a path is still not a 500.
    const plain = await raw("POST", "/api/v1/%2e%2e/%2e%2e/logout", { Cookie: buyer.cookieHeader(), "Content-Type": "application/x-www-form-urlencoded" }, "");
    expect(plain.status).toBeLessThan(500);
  });
});

describe("deeply nested JSON", () => {
  it("is a 400 naming where, on the API", async () => {
    const token = await apiToken();
    for (const depth of [33, 1000, 100_000]) {
      const body = `{"name":${"[".repeat(depth)}${"]".repeat(depth)}}`;
      const response = await fetch(new URL("/api/v1/products", server.url), { method: "POST", headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }, body });
      expect(response.status, String(depth)).toBe(400);
      const error = ((await response.json()) as { error: { issues: { path: string; code: string }[] } }).error;
      expect(error.issues[0]!.code).toBe("too_deep");
      expect(error.issues[0]!.path.startsWith("name.0.0")).toBe(true);
    }
    // Nesting within the limit is judged by the schema as usual.
    const shallow = await fetch(new URL("/api/v1/products", server.url), { method: "POST", headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }, body: '{"name":[[1]]}' });
    expect(shallow.status).toBe(400);
  });
});

async function apiToken(): Promise<string> {
  const { createToken } = await import("../../app/models/accounts/api-token.server.ts");
  const user = await server.db.user.findUniqueOrThrow({ where: { email: demo("producer").email }, select: { id: true, memberships: { select: { organisationId: true } } } });
  const made = await createToken(server.db, user.memberships[0]!.organisationId, "security test", user.id);
  return made.token;
}
