// Who may open what: error pages in both languages, the admin's approval flow, the account
// page's session controls, the health endpoint and the translation route.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed.ts";
import { Client } from "../helpers/http.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startServer("http-access");
});
afterAll(async () => {
  await server?.stop();
});

async function signedIn(role: string): Promise<Client> {
  const client = new Client(server.url);
  const account = DEMO_ACCOUNTS.find((a) => a.role === role)!;
  expect((await client.login(account.email, DEMO_PASSWORD)).status).toBe(302);
  return client;
}

describe("error pages", () => {
  it("answers unknown paths with a translated 404", async () => {
    const client = new Client(server.url);
    const id = await client.get("/tidak-ada");
    expect(id.status).toBe(404);
    expect(await id.text()).toContain("Halaman tidak ditemukan");
    await client.post("/language", { locale: "en" });
    const en = await client.get("/tidak-ada");
    expect(en.status).toBe(404);
    expect(await en.text()).toContain("Page not found");
  });

  it("answers a forbidden page with a translated 403", async () => {
    const producer = await signedIn("producer");
    const response = await producer.get("/admin/organisations");
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("Akses ditolak");
    await producer.post("/language", { locale: "en" });
    expect(await (await producer.get("/admin/organisations")).text()).toContain("Access denied");
  });

  it("sends anonymous visitors of private pages to the login page", async () => {
    const response = await new Client(server.url).get("/admin/organisations");
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/login?redirectTo=%2Fadmin%2Forganisations");
  });
});

describe("organisation approval", () => {
  it("lets only admins approve, once, and tells the office by e-mail", async () => {
    const office = new Client(server.url);
    await office.post("/signup", {
      accountType: "dinas",
      name: "Andi Pratama",
      email: "andi@disperindag-sulsel.go.id",
      password: "dinas-sulsel-2026",
      organisationName: "Disperindag Provinsi Sulawesi Selatan",
      provinceCode: "73",
      acceptTerms: "on",
    });
    const org = await server.db.organisation.findFirstOrThrow({
      where: { name: "Disperindag Provinsi Sulawesi Selatan" },
      select: { id: true, status: true },
    });
    expect(org.status).toBe("pending");

    for (const role of ["producer", "buyer", "dinas"]) {
      const client = await signedIn(role);
      const refused = await client.post("/admin/organisations", { intent: "approve", organisationId: org.id });
      expect(refused.status, role).toBe(403);
    }
    const admin = await signedIn("admin");
    expect((await admin.post("/admin/organisations", { intent: "nonsense" })).status).toBe(400);
    expect((await admin.post("/admin/organisations", { intent: "approve", organisationId: "tidak-ada" })).status).toBe(404);
    const approved = await admin.post("/admin/organisations", { intent: "approve", organisationId: org.id });
    expect(approved.status).toBe(200);
    expect(await approved.text()).toContain("Disperindag Provinsi Sulawesi Selatan disetujui.");
    expect((await admin.post("/admin/organisations", { intent: "approve", organisationId: org.id })).status).toBe(409);

    const after = await server.db.organisation.findUniqueOrThrow({ where: { id: org.id }, select: { status: true } });
    expect(after.status).toBe("active");
    const mail = await server.db.email.findFirstOrThrow({ where: { to: "andi@disperindag-sulsel.go.id" } });
    expect(mail.kind).toBe("organisation_approved");
    const audit = await server.db.auditLog.findFirstOrThrow({ where: { entityId: org.id } });
    expect(audit.action).toBe("organisation.approved");

    const home = await (await office.get("/")).text();
    expect(home).toContain('data-permission="verify:certification:region"');
  });
});

describe("sessions on the account page", () => {
  it("lists the user's sessions and revokes only their own", async () => {
    const phone = await signedIn("buyer");
    const laptop = await signedIn("buyer");
    const stranger = await signedIn("producer");
    const buyer = DEMO_ACCOUNTS.find((a) => a.role === "buyer")!;
    const sessions = await server.db.session.findMany({ where: { user: { email: buyer.email } }, select: { id: true } });
    expect(sessions.length).toBeGreaterThanOrEqual(2);

    const target = sessions[0]!.id;
    const refused = await stranger.post("/account", { intent: "revoke-session", sessionId: target });
    expect(refused.status).toBe(404);
    expect(await server.db.session.count({ where: { id: target } })).toBe(1);

    expect((await laptop.post("/account", { intent: "revoke-session" })).status).toBe(400);
    const revoked = await laptop.post("/account", { intent: "revoke-other-sessions" });
    expect(revoked.status).toBe(200);
    expect((await phone.get("/account")).status).toBe(302);
    expect((await laptop.get("/account")).status).toBe(200);
  });

  it("switches only to organisations the user belongs to", async () => {
    const producer = await signedIn("producer");
    const other = await server.db.organisation.findFirstOrThrow({ where: { kind: "buyer" }, select: { id: true } });
    expect((await producer.post("/account", { intent: "switch-organisation", organisationId: other.id })).status).toBe(403);
  });
});

describe("machine endpoints", () => {
  it("reports database and search status as JSON", async () => {
    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/application\/json/);
    const body = await response.json();
    expect(body).toMatchObject({
      status: "ok",
      database: { ok: true },
      search: { engine: "embedded", ok: true },
    });
    expect(typeof body.database.latencyMs).toBe("number");
  });

  it("serves translation namespaces and refuses unknown ones", async () => {
    const ok = await fetch(`${server.url}/locales/en/auth`);
    expect(ok.status).toBe(200);
    expect((await ok.json()).loginTitle).toBe("Log in to MitraIKM");
    expect((await fetch(`${server.url}/locales/fr/auth`)).status).toBe(404);
    expect((await fetch(`${server.url}/locales/id/..%2F..%2Fenv`)).status).toBe(404);
  });

  it("shows the development outbox outside production, to the signed-in recipient only", async () => {
    // No link to it in a visitor's navigation; a signed-in person's has one.
    expect(await (await new Client(server.url).get("/")).text()).not.toContain('href="/dev/outbox"');
    const response = await new Client(server.url).get("/dev/outbox");
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/login?redirectTo=%2Fdev%2Foutbox");
    const producer = new Client(server.url);
    await producer.login(DEMO_ACCOUNTS.find((a) => a.role === "producer")!.email, DEMO_PASSWORD);
    expect(await (await producer.get("/")).text()).toContain('href="/dev/outbox"');
    const own = await producer.get("/dev/outbox");
    expect(own.status).toBe(200);
    expect(await own.text()).toMatch(/Kotak keluar e-mail|E-mail outbox/);
  });
});
