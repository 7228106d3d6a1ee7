// A buyer shares a need: invites producers (the only ones who see an "invited" need, each
// told by e-mail) and attaches documents readable by whoever reads the need.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../prisma/seed.ts";
import { Client, postMultipart, signedIn } from "../helpers/http.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

let server: TestServer;
let buyer: Client;
let producer: Client;
let otherProducer: Client;
let needId: string;
let producerId: string;
const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

const signIn = (email: string) => signedIn(server.url, email);

function attachment(bytes: Uint8Array, name: string): FormData {
  const form = new FormData();
  form.append("attachment", new Blob([new Uint8Array(bytes)]), name);
  return form;
}

beforeAll(async () => {
  server = await startServer("http-need-sharing");
  const db = server.db;
  [buyer, producer] = await Promise.all([signIn(demo("buyer").email), signIn(demo("producer").email)]);
  const demoProducerOrg = await db.organisation.findFirstOrThrow({ where: { memberships: { some: { user: { email: demo("producer").email } } } }, include: { producer: true } });
  producerId = demoProducerOrg.producer!.id;
  const outsider = await db.user.findFirstOrThrow({
    where: { memberships: { some: { organisation: { kind: "producer", status: "active", id: { not: demoProducerOrg.id } } }, none: { organisationId: demoProducerOrg.id } } },
  });
  otherProducer = await signIn(outsider.email);
  const buyerOrg = await db.organisation.findFirstOrThrow({ where: { memberships: { some: { user: { email: demo("buyer").email } } } } });
  needId = (await db.need.create({
    data: {
      buyerId: buyerOrg.id,
      title: "Keripik untuk bingkisan Lebaran karyawan",
      description: "Keripik buah dan umbi kemasan 200 g untuk 3.000 bingkisan, bersertifikat halal.",
      category: "snacks",
      quantity: 3000,
      unit: "pak",
      deliveryProvinceCode: "35",
      neededBy: new Date(Date.now() + 60 * 86_400_000),
      visibility: "invited",
      status: "open",
      publishedAt: new Date(),
    },
  })).id;
});
afterAll(async () => {
  await server?.stop();
});

const sharing = () => `/workspace/needs/${needId}/sharing`;

describe("invitations", () => {
  it("keeps an invited-only need from producers nobody invited", async () => {
    expect(await (await producer.get("/needs")).text()).not.toContain(`data-need="${needId}"`);
    expect((await producer.get(`/needs/${needId}`)).status).toBe(404);
  });

  it("finds producers by name and invites one, who is told by e-mail and then sees the need", async () => {
    const page = await (await buyer.get(`/workspace/needs/${needId}?q=Sari Rasa`)).text();
    expect(page).toContain("UD Sari Rasa Dampit");
    const invited = await buyer.post(sharing(), { intent: "invite", producerId });
    expect(invited.status).toBe(200);
    expect(await invited.json()).toEqual({ ok: true, error: null });
    expect((await buyer.post(sharing(), { intent: "invite", producerId })).status).toBe(200); // twice: still one
    expect(await server.db.needInvitation.count({ where: { needId } })).toBe(1);
    const mail = await server.db.email.findFirstOrThrow({ where: { to: demo("producer").email, kind: "need_invitation" } });
    expect(mail.subject).toContain("Keripik untuk bingkisan Lebaran karyawan");

    const list = await (await producer.get("/needs")).text();
    expect(list).toContain(`data-need="${needId}"`);
    expect(list).toContain("Anda diundang");
    expect((await producer.get(`/needs/${needId}`)).status).toBe(200);
    expect((await otherProducer.get(`/needs/${needId}`)).status).toBe(404);
  });

  it("refuses other buyers, producers and nonsense, and changes nothing", async () => {
    const otherBuyerUser = await server.db.user.findFirstOrThrow({
      where: { memberships: { some: { organisation: { kind: "buyer", status: "active" } }, none: { organisation: { needs: { some: { id: needId } } } } } },
    });
    const otherBuyer = await signIn(otherBuyerUser.email);
    const someone = await server.db.producerProfile.findFirstOrThrow({ where: { id: { not: producerId } } });
    expect((await otherBuyer.post(sharing(), { intent: "invite", producerId: someone.id })).status).toBe(404);
    expect((await producer.post(sharing(), { intent: "invite", producerId: someone.id })).status).toBe(403);
    expect((await buyer.post(sharing(), { intent: "invite", producerId: "no-such-producer" })).status).toBe(404);
    expect((await buyer.post(sharing(), { intent: "explode" })).status).toBe(400);
    expect(await server.db.needInvitation.count({ where: { needId } })).toBe(1);
  });

  it("withdraws an invitation, and the need disappears for that producer", async () => {
    expect((await buyer.post(sharing(), { intent: "uninvite", producerId })).status).toBe(200);
    expect((await producer.get(`/needs/${needId}`)).status).toBe(404);
    await buyer.post(sharing(), { intent: "invite", producerId });
  });
});

describe("attachments", () => {
  it("attaches a real PDF that readers of the need can download, safely", async () => {
    const response = await postMultipart(buyer, sharing(), attachment(PDF, "spesifikasi kemasan.pdf"));
    expect(response.status).toBe(200);
    const saved = await server.db.needAttachment.findFirstOrThrow({ where: { needId } });
    expect(saved).toMatchObject({ fileName: "spesifikasi kemasan.pdf", mimeType: "application/pdf" });
    const page = await (await producer.get(`/needs/${needId}`)).text();
    expect(page).toContain(`/needs/${needId}/attachments/${saved.id}`);
    const download = await producer.get(`/needs/${needId}/attachments/${saved.id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get("Content-Type")).toBe("application/pdf");
    expect(download.headers.get("Content-Disposition")).toContain("attachment;");
    expect(download.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PDF);
    expect((await otherProducer.get(`/needs/${needId}/attachments/${saved.id}`)).status).toBe(404);
    expect((await new Client(server.url).get(`/needs/${needId}/attachments/${saved.id}`)).status).toBe(302);
  });

  it("refuses a file that is not what its name says, an empty one, and a sixth", async () => {
    const fake = await postMultipart(buyer, sharing(), attachment(new TextEncoder().encode("<script>alert(1)</script>"), "gambar.pdf"));
    expect(fake.status).toBe(400);
    expect(await fake.json()).toEqual({ ok: false, error: "file_type" });
    expect((await postMultipart(buyer, sharing(), attachment(new Uint8Array(), "kosong.pdf"))).status).toBe(400);
    for (let i = 0; i < 4; i++) expect((await postMultipart(buyer, sharing(), attachment(PDF, `lampiran-${i}.pdf`))).status).toBe(200);
    const sixth = await postMultipart(buyer, sharing(), attachment(PDF, "keenam.pdf"));
    expect(sixth.status).toBe(409);
    expect(await sixth.json()).toEqual({ ok: false, error: "too_many_files" });
    expect(await server.db.needAttachment.count({ where: { needId } })).toBe(5);
  });

  it("removes an attachment, and refuses changes once the need is closed", async () => {
    const first = await server.db.needAttachment.findFirstOrThrow({ where: { needId } });
    expect((await buyer.post(sharing(), { intent: "detach", attachmentId: first.id })).status).toBe(200);
    expect((await producer.get(`/needs/${needId}/attachments/${first.id}`)).status).toBe(404);
    await server.db.need.update({ where: { id: needId }, data: { status: "closed" } });
    const late = await buyer.post(sharing(), { intent: "uninvite", producerId });
    expect(late.status).toBe(409);
    expect(await late.json()).toEqual({ ok: false, error: "not_editable" });
  });
});
