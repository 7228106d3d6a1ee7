// A partnership's thread through the real server: the buyer and the producer write before
// contacts are shared, the dinas office of the producer's region reads and writes as broker,
// anyone else gets a 404; an empty or too long message is refused on its field; a reader is
// told of new messages once per unread run, in the app and by e-mail, and opening the thread
// marks it read.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../prisma/seed.ts";
import { Client, postMultipart, signedIn } from "../helpers/http.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

let server: TestServer;
let buyer: Client;
let producer: Client;
let dinas: Client;
let otherBuyer: Client;
let matchId: string;
const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;
const path = () => `/matches/${matchId}/messages`;

const signIn = (email: string) => signedIn(server.url, email);

const toldOf = (email: string) => server.db.notification.count({ where: { kind: "message", user: { email } } });

beforeAll(async () => {
  server = await startServer("http-messages");
  [buyer, producer, dinas] = await Promise.all([signIn(demo("buyer").email), signIn(demo("producer").email), signIn(demo("dinas").email)]);
  const buyerOrg = await server.db.organisation.findFirstOrThrow({ where: { memberships: { some: { user: { email: demo("buyer").email } } } } });
  const producerOrg = await server.db.organisation.findFirstOrThrow({ where: { memberships: { some: { user: { email: demo("producer").email } } } }, include: { producer: true } });
  const need = await server.db.need.findFirstOrThrow({ where: { buyerId: buyerOrg.id, status: "open" } });
  matchId = (await server.db.match.create({ data: { needId: need.id, producerId: producerOrg.producer!.id, score: 80, scoreBreakdown: { parts: [], gaps: [] }, state: "shortlisted" } })).id;
  const other = await server.db.membership.findFirstOrThrow({ where: { organisation: { kind: "buyer", id: { not: buyerOrg.id }, verification: "verified" } }, select: { user: { select: { email: true } } } });
  otherBuyer = await signIn(other.user.email);
});
afterAll(async () => {
  await server?.stop();
});

describe("a partnership's messages", () => {
  it("opens the thread to its parties and its broker only", async () => {
    expect((await buyer.get(path())).status).toBe(200);
    expect((await producer.get(path())).status).toBe(200);
    expect((await dinas.get(path())).status).toBe(200);
    expect((await otherBuyer.get(path())).status).toBe(404);
    expect((await otherBuyer.post(path(), { body: "Halo?" })).status).toBe(404);
    expect((await new Client(server.url).get(path())).status).toBe(302);
    expect(await server.db.message.count({ where: { matchId } })).toBe(0);
  });

  it("refuses an empty or too long message on its field", async () => {
    const empty = await buyer.post(path(), { body: "   " });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toMatch(/id="message-body-error"/);
    expect((await buyer.post(path(), { body: "x".repeat(4001) })).status).toBe(400);
    expect(await server.db.message.count({ where: { matchId } })).toBe(0);
  });

  it("tells the other side once per unread run, and opening the thread marks it read", async () => {
    expect((await buyer.post(path(), { body: "Boleh minta contoh 5 pak sebelum pesan?" })).status).toBe(200);
    expect(await toldOf(demo("producer").email)).toBe(1);
    expect(await server.db.email.count({ where: { to: demo("producer").email, subject: { contains: "Pesan baru" } } })).toBe(1);
    // A second message before the producer has read the first tells nobody again.
    expect((await buyer.post(path(), { body: "Dan apakah bisa dikirim ke Surabaya?" })).status).toBe(200);
    expect(await toldOf(demo("producer").email)).toBe(1);
    // The producer sees both as new, once.
    const page = await (await producer.get(path())).text();
    expect(page.match(/data-unread="true"/g)).toHaveLength(2);
    expect(page).toContain("Boleh minta contoh 5 pak sebelum pesan?");
    expect(await (await producer.get(path())).text()).not.toContain('data-unread="true"');
    // The producer answers: the buyer is told; the dinas office has not written, so it is not.
    expect((await producer.post(path(), { body: "Bisa, contoh kami kirim minggu ini." })).status).toBe(200);
    expect(await toldOf(demo("buyer").email)).toBe(1);
    expect(await toldOf(demo("dinas").email)).toBe(0);
    // Once the office writes, it is a party: the next message tells it too.
    expect((await dinas.post(path(), { body: "Dinas siap membantu pengiriman contoh." })).status).toBe(200);
    expect((await buyer.post(path(), { body: "Terima kasih." })).status).toBe(200);
    expect(await toldOf(demo("dinas").email)).toBe(1);
    expect(await server.db.message.findMany({ where: { matchId }, orderBy: { createdAt: "asc" }, select: { authorSide: true } })).toEqual([
      { authorSide: "buyer" },
      { authorSide: "buyer" },
      { authorSide: "producer" },
      { authorSide: "broker" },
      { authorSide: "buyer" },
    ]);
  });

  it("sends a document with a message, checked by content, for the thread's parties only", async () => {
    const form = new FormData();
    form.append("body", "Daftar harga terlampir.");
    form.append("attachment", new File([new TextEncoder().encode("%PDF-1.4\n%%EOF\n")], "daftar harga (2027).pdf", { type: "application/pdf" }));
    expect((await postMultipart(producer, path(), form)).status).toBe(200);
    const sent = await server.db.message.findFirstOrThrow({ where: { matchId, attachmentPath: { not: null } } });
    expect(sent).toMatchObject({ attachmentName: "daftar harga (2027).pdf", attachmentMimeType: "application/pdf" });
    const address = `${path()}/${sent.id}/attachment`;
    const file = await buyer.get(address);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toContain("filename*=UTF-8''daftar%20harga%20%282027%29.pdf");
    expect((await dinas.get(address)).status).toBe(200);
    expect((await otherBuyer.get(address)).status).toBe(404);
    // A file that is not a document is refused on its field, and no message is written.
    const fake = new FormData();
    fake.append("body", "Ini programnya.");
    fake.append("attachment", new File([new TextEncoder().encode("#!/bin/sh\necho hi\n")], "harga.pdf", { type: "application/pdf" }));
    const refused = await postMultipart(producer, path(), fake);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('id="attachment-error"');
    expect(await server.db.message.count({ where: { matchId, body: "Ini programnya." } })).toBe(0);
  });
});
