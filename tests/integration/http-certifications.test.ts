// Certifications through the real server: a producer uploads a scanned certificate (type
// checked by its bytes), a dinas officer of the producer's region verifies or rejects it,
// and the document is shown only to those two sides.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../prisma/seed.ts";
import { Client, TINY_PDF, postMultipart, signedIn, textOf } from "../helpers/http.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

let server: TestServer;
let producer: Client;
let dinas: Client;
let certificationId: string;
const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;
const PDF = TINY_PDF;

function certificateForm(fields: Record<string, string>, file?: { bytes: Uint8Array; name: string; type: string }): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  if (file) form.append("document", new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  return form;
}
const halal = { type: "halal", number: "ID35110001234560825", issuer: "BPJPH", validFrom: "2025-08-01", validUntil: "2029-08-01" };

const signIn = (email: string) => signedIn(server.url, email);

beforeAll(async () => {
  server = await startServer("http-certifications");
  producer = await signIn(demo("producer").email);
  dinas = await signIn(demo("dinas").email);
});
afterAll(async () => {
  await server?.stop();
});

describe("a producer's certificate", () => {
  it("rejects a document that is not really a PDF or image, an empty one and a missing one", async () => {
    const fake = await postMultipart(producer, "/workspace/certifications/new", certificateForm(halal, { bytes: new TextEncoder().encode("<script>alert(1)</script>"), name: "halal.pdf", type: "application/pdf" }));
    expect(fake.status).toBe(400);
    expect(textOf(await fake.text(), "certification-document-error")).toBe("Berkas harus PDF, JPEG atau PNG.");
    const missing = await postMultipart(producer, "/workspace/certifications/new", certificateForm(halal));
    expect(textOf(await missing.text(), "certification-document-error")).toBe("Unggah pindaian sertifikat.");
  });

  it("rejects a document over 5 MB", async () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 10);
    big.set(PDF);
    const response = await postMultipart(producer, "/workspace/certifications/new", certificateForm(halal, { bytes: big, name: "besar.pdf", type: "application/pdf" }));
    expect(response.status).toBe(400);
    expect(textOf(await response.text(), "certification-document-error")).toBe("Berkas terlalu besar (maksimal 5 MB).");
  });

  it("checks the fields: dates in order, a TKDN value for TKDN, own products only", async () => {
    const dates = await postMultipart(producer, "/workspace/certifications/new", certificateForm({ ...halal, validUntil: "2024-01-01" }, { bytes: PDF, name: "h.pdf", type: "application/pdf" }));
    expect(textOf(await dates.text(), "certification-validUntil-error")).toBe("Tanggal berakhir harus setelah tanggal mulai.");
    const tkdn = await postMultipart(producer, "/workspace/certifications/new", certificateForm({ ...halal, type: "tkdn" }, { bytes: PDF, name: "t.pdf", type: "application/pdf" }));
    expect(textOf(await tkdn.text(), "certification-tkdnPercent-error")).toBe("Wajib diisi.");
    const foreign = await server.db.product.findFirstOrThrow({ where: { producer: { organisation: { memberships: { none: { user: { email: demo("producer").email } } } } } }, select: { id: true } });
    const stolen = await postMultipart(producer, "/workspace/certifications/new", certificateForm({ ...halal, productIds: foreign.id }, { bytes: PDF, name: "h.pdf", type: "application/pdf" }));
    expect(stolen.status).toBe(400);
    expect(textOf(await stolen.text(), "certification-productIds-error")).toBe("Pilih produk dari daftar produk Anda.");
  });

  it("stores a real PDF as pending, with an outbox row", async () => {
    const response = await postMultipart(producer, "/workspace/certifications/new", certificateForm(halal, { bytes: PDF, name: "halal.pdf", type: "application/pdf" }));
    expect(response.status).toBe(302);
    const cert = await server.db.certification.findFirstOrThrow({ where: { number: halal.number } });
    expect(cert).toMatchObject({ status: "pending", type: "halal", documentMime: "application/pdf" });
    expect(cert.documentPath).toMatch(/^certifications\/[0-9a-f]{32}\.pdf$/);
    expect(await server.db.searchOutbox.count({ where: { entity: "certification", entityId: cert.id } })).toBe(1);
    certificationId = cert.id;
    const list = await (await producer.get("/workspace/certifications")).text();
    expect(list).toContain(halal.number);
  });

  it("shows the document to its producer and the region's dinas only", async () => {
    const own = await producer.get(`/certifications/${certificationId}/document`);
    expect(own.status).toBe(200);
    expect(own.headers.get("Content-Type")).toBe("application/pdf");
    expect(new Uint8Array(await own.arrayBuffer())).toEqual(PDF);
    expect((await dinas.get(`/certifications/${certificationId}/document`)).status).toBe(200);
    expect((await (await signIn(demo("buyer").email)).get(`/certifications/${certificationId}/document`)).status).toBe(404);
    const otherProducer = await server.db.user.findFirstOrThrow({
      where: { memberships: { some: { organisation: { kind: "producer", producer: { provinceCode: { not: "35" } } } } } },
      select: { email: true },
    });
    expect((await (await signIn(otherProducer.email)).get(`/certifications/${certificationId}/document`)).status).toBe(404);
    expect((await new Client(server.url).get(`/certifications/${certificationId}/document`)).status).toBe(302);
  });
});

describe("dinas verification", () => {
  it("lists the region's pending certificates and refuses other regions' officers", async () => {
    const queue = await dinas.get("/dinas/verifications");
    expect(queue.status).toBe(200);
    expect(await queue.text()).toContain(`data-certification="${certificationId}"`);

    const outsider = await server.db.user.findFirstOrThrow({
      where: { memberships: { some: { organisation: { kind: "dinas", status: "active", NOT: { regionCode: { startsWith: "35" } } } } } },
      select: { email: true },
    });
    const other = await signIn(outsider.email);
    expect(await (await other.get("/dinas/verifications")).text()).not.toContain(`data-certification="${certificationId}"`);
    expect((await other.post("/dinas/verifications", { intent: "verify", certificationId })).status).toBe(404);
    expect((await producer.post("/dinas/verifications", { intent: "verify", certificationId })).status).toBe(403);
    expect((await server.db.certification.findUniqueOrThrow({ where: { id: certificationId } })).status).toBe("pending");
  });

  it("needs a reason to reject, verifies once, and records who did it", async () => {
    const noReason = await dinas.post("/dinas/verifications", { intent: "reject", certificationId, reason: "" });
    expect(noReason.status).toBe(400);
    expect(textOf(await noReason.text(), `decision-${certificationId}-error`)).toBe("Tuliskan alasan penolakan (minimal 5 karakter).");

    const verified = await dinas.post("/dinas/verifications", { intent: "verify", certificationId });
    expect(verified.status).toBe(200);
    const cert = await server.db.certification.findUniqueOrThrow({ where: { id: certificationId }, include: { verifiedBy: true } });
    expect(cert.status).toBe("verified");
    expect(cert.verifiedBy?.email).toBe(demo("dinas").email);
    expect(await server.db.auditLog.count({ where: { entityId: certificationId, action: "certification.verified" } })).toBe(1);
    expect((await dinas.post("/dinas/verifications", { intent: "reject", certificationId, reason: "Nomor tidak terdaftar" })).status).toBe(409);
  });

  it("rejects with the reason shown to the producer", async () => {
    const pending = await server.db.certification.findFirstOrThrow({
      where: { status: "pending", producer: { provinceCode: "35" } },
      select: { id: true, producer: { select: { organisationId: true } } },
    });
    const response = await dinas.post("/dinas/verifications", { intent: "reject", certificationId: pending.id, reason: "Masa berlaku pada dokumen tidak terbaca" });
    expect(response.status).toBe(200);
    expect(await server.db.certification.findUniqueOrThrow({ where: { id: pending.id } })).toMatchObject({
      status: "rejected",
      rejectionReason: "Masa berlaku pada dokumen tidak terbaca",
    });
  });

  it("flags the region's expired and soon-expiring verified certificates to its dinas, and no others", async () => {
    const soon = new Date(Date.now() + 20 * 86_400_000);
    const ours = await server.db.certification.findFirstOrThrow({ where: { status: "verified", producer: { provinceCode: "35" } }, select: { id: true } });
    const theirs = await server.db.certification.findFirstOrThrow({ where: { status: "verified", producer: { provinceCode: { not: "35" } } }, select: { id: true } });
    await server.db.certification.updateMany({ where: { id: { in: [ours.id, theirs.id] } }, data: { validUntil: soon } });
    const html = await (await dinas.get("/dinas/verifications")).text();
    const table = html.slice(html.indexOf("data-expiring"));
    expect(table).toContain(`data-certification="${ours.id}"`);
    expect(table).not.toContain(`data-certification="${theirs.id}"`);
    expect(table).toContain('data-expiry="expiring"');
  });
});
