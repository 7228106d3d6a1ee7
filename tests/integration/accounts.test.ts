// The account services on a real SQLite database of their own (no web layer).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "~/db.server.ts";
import { authenticate, LOCKOUT, requestPasswordReset, resetPassword, signUp } from "~/models/accounts/account.server.ts";
import type { SignupInput } from "~/models/accounts/account-forms.ts";
import { approveOrganisation, grantPlatformAdmin, membershipsOf } from "~/models/accounts/organisation.server.ts";
import { hitLimit } from "~/models/platform/rate-limit.server.ts";
import { createSession, findLiveSession, revokeAllSessions, revokeSession } from "~/models/accounts/session.server.ts";
import { dropDb, freshDb } from "../helpers/db.ts";

let db: Db;
beforeAll(async () => {
  db = await freshDb("accounts");
});
afterAll(async () => {
  await dropDb(db);
});

const input = (overrides: Partial<SignupInput> = {}): SignupInput => ({
  accountType: "buyer",
  name: "Dewi Lestari",
  email: `dewi-${Math.random().toString(36).slice(2)}@semen-nusa.co.id`,
  password: "pengadaan-aman",
  organisationName: "PT Semen Nusa (Persero)",
  buyerType: "bumn",
  provinceCode: "35",
  acceptTerms: "on",
  ...overrides,
});
const client = { userAgent: "vitest", ipAddress: "127.0.0.1" };
const lockoutText = async () => ({ subject: "Dikunci", body: (until: Date, link: string) => `Dikunci sampai ${until.toISOString()}: ${link}` });
const auth = (email: string, password: string, now?: Date, knownDeviceOf?: string) =>
  authenticate(db, email, password, { lockoutText, baseUrl: "https://mitraikm.test", isKnownDevice: async (userId) => userId === knownDeviceOf }, now);
const text = async () => ({ subject: "Reset", body: (link: string) => `Buka ${link}`, text: "ok" });

describe("signUp and authenticate", () => {
  it("creates user, organisation and owner membership atomically, with unique slugs", async () => {
    const a = await signUp(db, input(), "id");
    const b = await signUp(db, input(), "en");
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    const orgs = await db.organisation.findMany({ where: { id: { in: [a.organisationId, b.organisationId] } }, select: { slug: true } });
    expect(new Set(orgs.map((o) => o.slug)).size).toBe(2);
    const memberships = await membershipsOf(db, a.userId);
    expect(memberships).toMatchObject([{ kind: "buyer", role: "owner", status: "active", regionCode: "35" }]);
  });

  it("keeps the legal form a buyer or producer gives, and none for a dinas office", async () => {
    const buyer = await signUp(db, input({ legalForm: "persero" }), "id");
    const office = await signUp(db, input({ accountType: "dinas", organisationName: "Disperindag Kota Batu", legalForm: "pt" }), "id");
    const silent = await signUp(db, input(), "id");
    if (!buyer.ok || !office.ok || !silent.ok) throw new Error("sign-up failed");
    const formOf = async (id: string) => (await db.organisation.findUniqueOrThrow({ where: { id } })).legalForm;
    expect([await formOf(buyer.organisationId), await formOf(office.organisationId), await formOf(silent.organisationId)]).toEqual(["persero", null, null]);
  });

  it("refuses a taken e-mail and an unknown region without writing anything", async () => {
    const first = input();
    await signUp(db, first, "id");
    const users = await db.user.count();
    expect(await signUp(db, input({ email: first.email }), "id")).toEqual({ ok: false, field: "email", error: "email_taken" });
    expect(await signUp(db, input({ provinceCode: "99" }), "id")).toMatchObject({ ok: false, field: "provinceCode" });
    expect(await db.user.count()).toBe(users);
  });

  it("authenticates with the right password only", async () => {
    const account = input();
    await signUp(db, account, "en");
    expect(await auth(account.email, account.password)).toMatchObject({ ok: true, locale: "en" });
    expect(await auth(account.email.toUpperCase(), account.password)).toMatchObject({ ok: true });
    expect(await auth(account.email, "salah")).toEqual({ ok: false, lockedUntil: null });
    expect(await auth("tidak-ada@contoh.id", account.password)).toEqual({ ok: false, lockedUntil: null });
  });

  it("locks an account after 10 wrong passwords in a row, tells its owner once, and lets the right one in after", async () => {
    const account = input();
    await signUp(db, account, "id");
    const now = new Date("2027-03-01T02:00:00Z");
    for (let i = 0; i < LOCKOUT.after - 1; i++) expect(await auth(account.email, `salah-${i}`, now)).toEqual({ ok: false, lockedUntil: null });
    const until = new Date(now.getTime() + LOCKOUT.minutes * 60_000);
    expect(await auth(account.email, "salah-terakhir", now)).toEqual({ ok: false, lockedUntil: until });
    // Locked: even the right password is refused, and no second notice is written.
    expect(await auth(account.email, account.password, new Date(now.getTime() + 60_000))).toEqual({ ok: false, lockedUntil: until });
    // …except from a browser the owner signed in from before, and there only with the right one.
    const { id } = await db.user.findUniqueOrThrow({ where: { email: account.email }, select: { id: true } });
    expect(await auth(account.email, "salah-lagi", new Date(now.getTime() + 60_000), id)).toEqual({ ok: false, lockedUntil: until });
    expect(await auth(account.email, account.password, new Date(now.getTime() + 60_000), "someone-else")).toEqual({ ok: false, lockedUntil: until });
    expect(await auth(account.email, account.password, new Date(now.getTime() + 60_000), id)).toMatchObject({ ok: true });
    expect(await auth(account.email, account.password, new Date(now.getTime() + 60_000))).toEqual({ ok: false, lockedUntil: until });
    const notices = await db.email.findMany({ where: { to: account.email, kind: "account_locked" } });
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toContain("https://mitraikm.test/forgot-password");
    // After the lock, the right password works and the count starts again.
    expect(await auth(account.email, account.password, new Date(until.getTime() + 1000))).toMatchObject({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { email: account.email }, select: { failedLogins: true, lockedUntil: true } })).toEqual({ failedLogins: 0, lockedUntil: null });
  });
});

describe("sessions", () => {
  it("expire, and are revoked one by one or all at once", async () => {
    const result = await signUp(db, input(), "id");
    if (!result.ok) throw new Error("sign-up failed");
    const s1 = await createSession(db, result.userId, client);
    const s2 = await createSession(db, result.userId, client);
    const s3 = await createSession(db, result.userId, client);
    expect(await findLiveSession(db, s1.id)).not.toBeNull();
    expect(await findLiveSession(db, s1.id, new Date(Date.now() + 31 * 24 * 3600_000))).toBeNull();
    expect(await revokeSession(db, "someone-else", s1.id)).toBe(false);
    expect(await revokeSession(db, result.userId, s1.id)).toBe(true);
    expect(await findLiveSession(db, s1.id)).toBeNull();
    expect(await revokeAllSessions(db, result.userId, s3.id)).toBe(1);
    expect(await findLiveSession(db, s2.id)).toBeNull();
    expect(await findLiveSession(db, s3.id)).not.toBeNull();
  });
});

describe("password reset", () => {
  it("works once per token, and never for concurrent double use", async () => {
    const account = input();
    const result = await signUp(db, account, "id");
    if (!result.ok) throw new Error("sign-up failed");
    await requestPasswordReset(db, account.email, "http://x", text);
    const mail = await db.email.findFirstOrThrow({ where: { to: account.email } });
    const token = /token=([\w-]+)/.exec(mail.text)![1]!;
    const outcomes = await Promise.all([resetPassword(db, token, "sandi-baru-1"), resetPassword(db, token, "sandi-baru-2")]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    const tokenRow = await db.passwordReset.findFirstOrThrow({ where: { userId: result.userId } });
    expect(tokenRow.tokenHash).not.toContain(token); // only the hash is stored
  });

  it("refuses expired tokens", async () => {
    const account = input();
    await signUp(db, account, "id");
    await requestPasswordReset(db, account.email, "http://x", text);
    const mail = await db.email.findFirstOrThrow({ where: { to: account.email } });
    const token = /token=([\w-]+)/.exec(mail.text)![1]!;
    await db.passwordReset.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) }, where: { user: { email: account.email } } });
    expect(await resetPassword(db, token, "sandi-baru-3")).toEqual({ ok: false, error: "reset_link_invalid" });
  });
});

describe("rate limits", () => {
  it("count per key and window", async () => {
    const limit = { max: 2, windowMs: 60_000 };
    const t0 = new Date("2026-11-22T10:00:05Z");
    const hits = [];
    for (let i = 0; i < 3; i++) hits.push((await hitLimit(db, "k1", limit, t0)).allowed);
    expect(hits).toEqual([true, true, false]);
    expect((await hitLimit(db, "k2", limit, t0)).allowed).toBe(true);
    expect((await hitLimit(db, "k1", limit, new Date("2026-11-22T10:01:05Z"))).allowed).toBe(true);
  });
});

describe("organisation approval", () => {
  it("activates a pending dinas once and queues one e-mail per owner", async () => {
    const result = await signUp(db, input({ accountType: "dinas", buyerType: undefined, organisationName: "Disperindag Kota Surabaya", regencyCode: "35.78" }), "id");
    if (!result.ok) throw new Error("sign-up failed");
    expect(result.organisationStatus).toBe("pending");
    const admin = await signUp(db, input(), "id");
    if (!admin.ok) throw new Error("sign-up failed");
    const emailText = async (_: string, org: string) => ({ subject: `${org} aktif`, text: "ok" });
    expect(await approveOrganisation(db, result.organisationId, admin.userId, emailText)).toEqual({ ok: true });
    expect(await approveOrganisation(db, result.organisationId, admin.userId, emailText)).toEqual({ ok: false, error: "not_pending" });
    expect(await approveOrganisation(db, "nope", admin.userId, emailText)).toEqual({ ok: false, error: "not_found" });
    expect(await db.email.count({ where: { subject: "Disperindag Kota Surabaya aktif" } })).toBe(1);
  });
});

describe("grantPlatformAdmin (the create-admin command)", () => {
  it("creates an admin with an unusable password, and promotes an existing user once", async () => {
    const created = await grantPlatformAdmin(db, { email: "budi@kemenperin.go.id", name: "Budi Santoso" }, "unusable");
    const again = await grantPlatformAdmin(db, { email: "budi@kemenperin.go.id", name: "Budi Santoso" }, "unusable");
    expect(again).toEqual(created);
    expect(await membershipsOf(db, created.userId)).toMatchObject([{ kind: "platform", status: "active" }]);
    expect(await auth("budi@kemenperin.go.id", "unusable")).toMatchObject({ ok: false });

    const existing = input();
    const signed = await signUp(db, existing, "id");
    if (!signed.ok) throw new Error("sign-up failed");
    await grantPlatformAdmin(db, { email: existing.email, name: existing.name }, "unusable");
    const kinds = (await membershipsOf(db, signed.userId)).map((m) => m.kind).sort();
    expect(kinds).toEqual(["buyer", "platform"]);
    expect(await db.organisation.count({ where: { kind: "platform" } })).toBe(1);
  });
});
