// Buyers are verified before they see what is private, through the real server: a buyer that
// asked (seeded) and is partnered with a producer does not see its contacts, on the page or
// through the API; it sends its evidence (bad input refused on its field); an admin finds it
// in the queue and by search, reads the letter, rejects it with a reason the buyer reads
// (none: refused), verifies it after it asks again, and the contacts show; suspending stops it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../prisma/seed.ts";
import { createToken } from "~/models/accounts/api-token.server.ts";
import { type Client, TINY_PDF, postMultipart, signedIn } from "../helpers/http.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

let server: TestServer;
let admin: Client;
let asker: Client;
let producerSlug: string;
let producerId: string;
let askerOrgId: string;
let askerEmail: string;
let draftId: string;
let threadMatchId: string;
const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;
const PDF = TINY_PDF;

const signIn = (email: string) => signedIn(server.url, email);

function evidence(fields: Record<string, string>, letter = true) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  if (letter) form.set("letter", new Blob([PDF], { type: "application/pdf" }), "surat-tugas.pdf");
  return form;
}

const askerOrg = () => server.db.organisation.findUniqueOrThrow({ where: { id: askerOrgId } });

beforeAll(async () => {
  server = await startServer("http-verification");
  const org = await server.db.organisation.findFirstOrThrow({ where: { kind: "buyer", verification: "requested" }, include: { memberships: { where: { role: "owner" }, include: { user: true } } } });
  askerOrgId = org.id;
  askerEmail = org.memberships[0]!.user.email;
  [admin, asker] = await Promise.all([signIn(demo("admin").email), signIn(askerEmail)]);
  // A partnership in a sharing state with the demo producer (its contacts are on its profile).
  const producer = await server.db.organisation.findFirstOrThrow({ where: { memberships: { some: { user: { email: demo("producer").email } } } }, include: { producer: true } });
  producerSlug = producer.slug;
  producerId = producer.producer!.id;
  // A need it published before verification was asked of buyers (organisations that existed
  // then start unverified), still wanted: a need whose date has passed expires its partnerships.
  const need = await server.db.need.findFirstOrThrow({ where: { buyerId: askerOrgId } });
  await server.db.need.update({ where: { id: need.id }, data: { status: "open", publishedAt: new Date(), neededBy: new Date(Date.now() + 90 * 86_400_000) } });
  threadMatchId = (await server.db.match.create({ data: { needId: need.id, producerId: producer.producer!.id, score: 80, scoreBreakdown: { parts: [], gaps: [] }, state: "accepted" } })).id;
});
afterAll(async () => {
  await server?.stop();
});

describe("buyer verification", () => {
  it("hides a partner producer's contacts from a buyer not yet verified, on the page and through the API", async () => {
    const page = await (await asker.get(`/producers/${producerSlug}`)).text();
    expect(page).toContain('data-contacts="buyer_unverified"');
    expect(page).toContain('href="/account/verification"');
    expect(page).not.toContain('href="tel:');
    const owner = await server.db.user.findUniqueOrThrow({ where: { email: askerEmail } });
    const { token } = await createToken(server.db, askerOrgId, "erp", owner.id);
    const api = await fetch(`${server.url}/api/v1/producers/${producerId}`, { headers: { Authorization: `Bearer ${token}` } });
    expect(api.status).toBe(200);
    expect((await api.json()).contacts).toBeNull();
  });

  it("refuses an unverified buyer's claim to collect PPN itself, on its field", async () => {
    const claim = await asker.post("/account/tax", { intent: "tax", npwp: "0123456789012345", vatCollector: "on" });
    expect(claim.status).toBe(403);
    expect(await claim.text()).toMatch(/id="tax-vatCollector-error"[^>]*>.*Hanya pembeli terverifikasi yang dapat menyatakan diri pemungut PPN/s);
    expect((await askerOrg()).vatCollector).toBe(false);
  });

  it("keeps an unverified buyer's needs as drafts", async () => {
    const owner = await server.db.user.findUniqueOrThrow({ where: { email: askerEmail } });
    draftId = (await server.db.need.create({ data: { buyerId: askerOrgId, createdById: owner.id, title: "Kemasan kardus uji", description: "Kardus untuk uji verifikasi pembeli.", category: "packaging", quantity: 100, unit: "pcs", deliveryProvinceCode: "35", neededBy: new Date(Date.now() + 60 * 86_400_000) } })).id;
    const refused = await asker.post(`/workspace/needs/${draftId}`, { intent: "publish" });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("Hanya pembeli terverifikasi yang dapat menerbitkan kebutuhan");
    expect((await server.db.need.findUniqueOrThrow({ where: { id: draftId } })).status).toBe("draft");
  });

  it("shows the admin the queue, and rejects only with a reason, which the buyer reads", async () => {
    expect(await (await admin.get("/admin/organisations")).text()).toContain(`data-candidate="${askerOrgId}"`);
    // Search by an owner's e-mail finds it too.
    expect(await (await admin.get(`/admin/organisations?q=${encodeURIComponent(askerEmail)}`)).text()).toContain(`data-candidate="${askerOrgId}"`);
    // While the request waits, the evidence the admin reads does not change.
    expect((await postMultipart(asker, "/account/verification", evidence({ nib: "1234567890123", npwp: "0123456789012345" }))).status).toBe(409);
    const noReason = await admin.post("/admin/organisations", { intent: "reject", organisationId: askerOrgId, note: "" });
    expect(noReason.status).toBe(400);
    expect((await askerOrg()).verification).toBe("requested");
    expect((await admin.post("/admin/organisations", { intent: "reject", organisationId: askerOrgId, note: "NIB tidak ditemukan di OSS." })).status).toBe(200);
    expect((await askerOrg()).verification).toBe("rejected");
    expect(await server.db.notification.count({ where: { kind: "buyer_rejected", user: { email: askerEmail } } })).toBe(1);
    expect(await (await asker.get("/account/verification")).text()).toContain("NIB tidak ditemukan di OSS.");
  });

  it("refuses bad evidence on its fields and keeps what was on file", async () => {
    const bad = await postMultipart(asker, "/account/verification", evidence({ nib: "123", npwp: "99", website: "not a url" }));
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toMatch(/id="verification-nib-error"[^>]*>.*NIB terdiri dari 13 angka/s);
    expect(html).toMatch(/id="verification-npwp-error"/);
    expect(html).toMatch(/id="verification-website-error"/);
    expect((await askerOrg()).letterPath).toBeNull();
    const notAFile = await postMultipart(asker, "/account/verification", (() => { const f = evidence({ nib: "1234567890123", npwp: "0123456789012345" }, false); f.set("letter", new Blob(["MZ not a pdf"], { type: "application/pdf" }), "x.pdf"); return f; })());
    expect(notAFile.status).toBe(400);
  });

  it("takes new evidence after a rejection, with the letter only the admin reads", async () => {
    const sent = await postMultipart(asker, "/account/verification", evidence({ nib: "1234567890123", npwp: "01.234.567.8-901.000", website: "https://pt-contoh.co.id" }));
    expect(sent.status).toBe(200);
    const org = await askerOrg();
    expect([org.verification, org.nib, org.npwp, org.letterPath !== null]).toEqual(["requested", "1234567890123", "012345678901000", true]);
    expect(await (await admin.get("/admin/organisations")).text()).toContain("01.234.567.8-901.000");
    const letter = await admin.get(`/admin/organisations/${askerOrgId}/letter`);
    expect(letter.status).toBe(200);
    expect(letter.headers.get("content-type")).toBe("application/pdf");
    expect((await asker.get(`/admin/organisations/${askerOrgId}/letter`)).status).toBe(403);
  });

  it("verifies the buyer; then the contacts show and its needs publish", async () => {
    expect((await admin.post("/admin/organisations", { intent: "verify", organisationId: askerOrgId })).status).toBe(200);
    expect((await askerOrg()).verification).toBe("verified");
    expect(await server.db.notification.count({ where: { kind: "buyer_verified", user: { email: askerEmail } } })).toBe(1);
    // Permissions are read at each request: the next page shows the contacts.
    expect(await (await asker.get(`/producers/${producerSlug}`)).text()).toContain('data-contacts="visible"');
    expect(await (await admin.get(`/needs/${(await server.db.need.findFirstOrThrow({ where: { buyerId: askerOrgId, status: "open" } })).id}`)).text()).toContain("data-verified-buyer");
    expect((await asker.post(`/workspace/needs/${draftId}`, { intent: "publish" })).status).toBe(200);
    // A verified buyer has nothing left to ask.
    expect((await postMultipart(asker, "/account/verification", evidence({ nib: "3210987654321", npwp: "0123456789012345" }, false))).status).toBe(409);
  });

  it("suspends a buyer with a reason, and the suspended buyer can do nothing", async () => {
    expect((await admin.post("/admin/organisations", { intent: "suspend", organisationId: askerOrgId, note: "Dokumen palsu." })).status).toBe(200);
    expect((await askerOrg()).status).toBe("suspended");
    expect(await server.db.notification.count({ where: { kind: "buyer_suspended", user: { email: askerEmail } } })).toBe(1);
    // Its partnership's thread is closed to it too.
    expect((await asker.get(`/matches/${threadMatchId}/messages`)).status).toBe(404);
    expect(await server.db.auditLog.count({ where: { organisationId: askerOrgId, action: { in: ["organisation.reject", "organisation.verify", "organisation.suspend"] } } })).toBe(3);
    expect((await asker.get("/workspace/needs")).status).toBe(403);
  });
});
