// Sign-up, login, logout, password reset and language through the real server: every
// form's bad input answered with a 4xx and a translated message next to its field.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed.ts";
import { Client, textOf } from "../helpers/http.ts";
import { startServer, type TestServer } from "../helpers/server.ts";
import { roomInWindow } from "../helpers/rate-limit-window.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startServer("http-auth");
});
afterAll(async () => {
  await server?.stop();
});

const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;

const producerSignup = {
  accountType: "producer",
  name: "Siti Rahmawati",
  email: "siti@kopi-dampit.id",
  password: "kopi-robusta-2026",
  organisationName: "UD Kopi Dampit Sejahtera",
  sector: "food_beverage",
  provinceCode: "35",
  regencyCode: "35.07",
  acceptTerms: "on",
};

describe("sign-up", () => {
  it("rejects bad input with messages next to the fields, in Indonesian", async () => {
    const client = new Client(server.url);
    const response = await client.post("/signup", { ...producerSignup, email: "siti@", password: "123", acceptTerms: "" });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(textOf(html, "signup-email-error")).toBe("Alamat e-mail tidak valid.");
    expect(textOf(html, "signup-password-error")).toBe("Kata sandi minimal 8 karakter.");
    expect(textOf(html, "signup-acceptTerms-error")).toBe("Anda harus menyetujui ketentuan untuk mendaftar.");
    expect(html).not.toContain('value="123"'); // the password is never echoed back
  });

  it("rejects the same input in English when English was chosen", async () => {
    const client = new Client(server.url);
    await client.post("/language", { locale: "en", redirectTo: "/signup" });
    const response = await client.post("/signup", { ...producerSignup, email: "siti@" });
    expect(response.status).toBe(400);
    expect(textOf(await response.text(), "signup-email-error")).toBe("Not a valid e-mail address.");
  });

  it("rejects a region code that does not exist", async () => {
    const client = new Client(server.url);
    const response = await client.post("/signup", { ...producerSignup, provinceCode: "99", regencyCode: "99.01" });
    expect(response.status).toBe(400);
    expect(textOf(await response.text(), "signup-provinceCode-error")).toBe("Wilayah ini tidak dikenal.");
  });

  it("creates the user, the business and an owner membership, and signs in", async () => {
    const client = new Client(server.url);
    const response = await client.post("/signup", producerSignup);
    expect(response.status).toBe(302);
    expect(client.cookies.has("mk_session")).toBe(true);
    const user = await server.db.user.findUniqueOrThrow({
      where: { email: producerSignup.email },
      select: { passwordHash: true, memberships: { select: { role: true, organisation: { select: { kind: true, status: true, producer: { select: { regencyCode: true } } } } } } },
    });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.memberships).toEqual([
      { role: "owner", organisation: { kind: "producer", status: "active", producer: { regencyCode: "35.07" } } },
    ]);
    const home = await (await client.get("/")).text();
    expect(home).toContain("Ruang kerja UD Kopi Dampit Sejahtera");
  });

  it("refuses an e-mail that is already registered", async () => {
    const client = new Client(server.url);
    const response = await client.post("/signup", { ...producerSignup, email: demo("buyer").email });
    expect(response.status).toBe(400);
    expect(textOf(await response.text(), "signup-email-error")).toContain("sudah terdaftar");
  });

  it("starts a dinas office as pending, with no dinas permissions", async () => {
    const client = new Client(server.url);
    const response = await client.post("/signup", {
      accountType: "dinas",
      name: "Made Wirawan",
      email: "made@disperindag-bali.go.id",
      password: "dinas-bali-2026",
      organisationName: "Disperindag Provinsi Bali",
      provinceCode: "51",
      acceptTerms: "on",
    });
    expect(response.status).toBe(302);
    const home = await (await client.get("/")).text();
    expect(home).toContain("menunggu persetujuan admin platform");
    expect(home).not.toContain('data-permission="verify:certification:region"');
  });
});

describe("login and logout", () => {
  it("says the credentials are wrong without telling which", async () => {
    const client = new Client(server.url);
    for (const [email, password] of [
      [demo("producer").email, "salah-sandi"],
      ["tidak-ada@contoh.id", "salah-sandi"],
    ]) {
      const response = await client.login(email!, password!);
      expect(response.status).toBe(400);
      expect(textOf(await response.text(), "login-error")).toMatch(/^E-mail atau kata sandi salah\. Setelah 10 kali salah berturut-turut/);
    }
  });

  it("rejects a malformed login form field by field", async () => {
    const response = await new Client(server.url).post("/login", { email: "", password: "" });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(textOf(html, "login-email-error")).toBe("Wajib diisi.");
    expect(textOf(html, "login-password-error")).toBe("Wajib diisi.");
  });

  it("signs in every demo role, and logging out kills the session row", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const client = new Client(server.url);
      const response = await client.login(account.email, DEMO_PASSWORD);
      expect(response.status, account.email).toBe(302);
      const cookie = client.cookies.get("mk_session")!;
      expect((await client.get("/account")).status).toBe(200);
      expect((await client.post("/logout", {})).status).toBe(302);
      // Replaying the old cookie after logout no longer authenticates.
      const replay = new Client(server.url);
      replay.cookies.set("mk_session", cookie);
      const account2 = await replay.get("/account");
      expect(account2.status).toBe(302);
      expect(account2.headers.get("Location")).toBe("/login?redirectTo=%2Faccount");
    }
  });

  it("limits login attempts per e-mail", async () => {
    const client = new Client(server.url);
    const email = demo("dinas").email;
    const statuses: number[] = [];
    await roomInWindow(15 * 60_000);
    for (let i = 0; i < 6; i++) statuses.push((await client.login(email, `salah-${i}`)).status);
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
    const blocked = await client.login(email, DEMO_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get("Retry-After")).toMatch(/^\d+$/);
    expect(textOf(await blocked.text(), "login-error")).toMatch(/Terlalu banyak percobaan/);
  });

  it("follows only same-site redirects after login", async () => {
    const client = new Client(server.url);
    const response = await client.post("/login", {
      email: demo("buyer").email,
      password: DEMO_PASSWORD,
      redirectTo: "https://evil.example/",
    });
    expect(response.headers.get("Location")).toBe("/");
  });
});

describe("password reset", () => {
  it("e-mails a one-time link that sets a new password and signs out everywhere", async () => {
    const email = demo("buyer").email;
    const other = new Client(server.url);
    await other.login(email, DEMO_PASSWORD);

    const client = new Client(server.url);
    const asked = await client.post("/forgot-password", { email });
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain("tautan untuk mengatur ulang kata sandi sudah dikirim");
    const mail = await server.db.email.findFirstOrThrow({ where: { to: email, kind: "password_reset" } });
    const token = /token=([\w-]+)/.exec(mail.text)![1]!;

    expect((await client.get(`/reset-password?token=${token}`)).status).toBe(200);
    const mismatch = await client.post("/reset-password", { token, password: "sandi-baru-123", confirmPassword: "lain" });
    expect(mismatch.status).toBe(400);
    expect(textOf(await mismatch.text(), "reset-password-confirmPassword-error")).toBe("Kedua kata sandi tidak sama.");

    const done = await client.post("/reset-password", { token, password: "sandi-baru-123", confirmPassword: "sandi-baru-123" });
    expect(done.status).toBe(302);
    expect(done.headers.get("Location")).toBe("/login?reset=done");
    expect((await other.get("/account")).status).toBe(302); // the other session was revoked
    expect((await client.login(email, "sandi-baru-123")).status).toBe(302);

    const reused = await client.post("/reset-password", { token, password: "sandi-lain-456", confirmPassword: "sandi-lain-456" });
    expect(reused.status).toBe(400);
    expect(textOf(await reused.text(), "reset-password-error")).toMatch(/tidak valid, sudah dipakai/);
  });

  it("answers the same for unknown addresses and sends nothing", async () => {
    const before = await server.db.email.count();
    const response = await new Client(server.url).post("/forgot-password", { email: "siapa@tidak-ada.id" });
    expect(response.status).toBe(200);
    expect(await server.db.email.count()).toBe(before);
  });

  it("rejects a bad e-mail and a bad token", async () => {
    const client = new Client(server.url);
    const bad = await client.post("/forgot-password", { email: "bukan" });
    expect(bad.status).toBe(400);
    expect(textOf(await bad.text(), "forgot-password-email-error")).toBe("Alamat e-mail tidak valid.");
    expect((await client.get("/reset-password?token=palsu")).status).toBe(400);
    const forged = await client.post("/reset-password", { token: "x".repeat(43), password: "sandi-baru-123", confirmPassword: "sandi-baru-123" });
    expect(forged.status).toBe(400);
  });
});

describe("language", () => {
  it("switches, is remembered by cookie and on the account", async () => {
    const client = new Client(server.url);
    await client.login(demo("producer").email, DEMO_PASSWORD);
    const switched = await client.post("/language", { locale: "en", redirectTo: "/account" });
    expect(switched.status).toBe(302);
    expect(switched.headers.get("Location")).toBe("/account");
    expect(await (await client.get("/")).text()).toMatch(/<html lang="en"/);
    const user = await server.db.user.findUniqueOrThrow({ where: { email: demo("producer").email }, select: { locale: true } });
    expect(user.locale).toBe("en");

    // A new device picks the saved language up at login.
    const laptop = new Client(server.url);
    await laptop.login(demo("producer").email, DEMO_PASSWORD);
    expect(await (await laptop.get("/")).text()).toMatch(/<html lang="en"/);
  });

  it("rejects an unknown language with a 400", async () => {
    const response = await new Client(server.url).post("/language", { locale: "fr" });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: { locale: ["choose_one"] } });
  });
});
