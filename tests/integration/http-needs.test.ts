// Procurement needs through the real server: a buyer drafts, publishes, edits with history,
// closes; producers read open public needs; nobody touches another organisation's needs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dayToDate } from "../../app/lib/calendar-day.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed.ts";
import { Client, textOf } from "../helpers/http.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

let server: TestServer;
let buyer: Client;
let needId: string;
const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const goodNeed = {
  title: "Keripik singkong untuk bingkisan karyawan (uji)",
  description: "Keripik singkong balado kemasan 250 g, label halal, dikirim ke gudang Gresik.",
  category: "snacks",
  quantity: "20000",
  unit: "pak",
  deliveryProvinceCode: "35",
  deliveryRegencyCode: "35.25",
  neededBy: inDays(90),
  requiredCertifications: "halal",
  budgetPerUnit: "15000",
  visibility: "public",
};

function form(fields: Record<string, string | string[]>): Record<string, string> {
  return fields as Record<string, string>;
}

async function post(client: Client, path: string, fields: Record<string, string>, extra: [string, string][] = []) {
  const body = new URLSearchParams(fields);
  for (const [k, v] of extra) body.append(k, v);
  return fetch(new URL(path, server.url), {
    method: "POST",
    redirect: "manual",
    headers: { Cookie: client.cookieHeader(), "Content-Type": "application/x-www-form-urlencoded" },
    body,
  });
}

beforeAll(async () => {
  server = await startServer("http-needs");
  buyer = new Client(server.url);
  expect((await buyer.login(demo("buyer").email, DEMO_PASSWORD)).status).toBe(302);
});
afterAll(async () => {
  await server?.stop();
});

describe("a buyer's needs", () => {
  it("rejects bad input field by field", async () => {
    const response = await buyer.post("/workspace/needs/new", form({
      ...goodNeed,
      title: "Kue",
      quantity: "0",
      neededBy: "kemarin",
      deliveryRegencyCode: "31.71",
      budgetTotal: "300000000",
      requiredCertifications: "sertifikat-palsu",
    }));
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(textOf(html, "need-title-error")).toBe("Terlalu pendek.");
    expect(textOf(html, "need-quantity-error")).toBe("Minimal 1.");
    expect(textOf(html, "need-neededBy-error")).toBe("Masukkan tanggal yang valid.");
    expect(textOf(html, "need-requiredCertifications-error")).toBe("Pilih salah satu pilihan yang tersedia.");
  });

  it("refuses cross-field mistakes: regency outside province, two budgets, a past date, unknown region", async () => {
    const both = await buyer.post("/workspace/needs/new", form({ ...goodNeed, deliveryRegencyCode: "31.71", budgetTotal: "300000000" }));
    expect(both.status).toBe(400);
    const html = await both.text();
    expect(textOf(html, "need-deliveryRegencyCode-error")).toBe("Kabupaten/kota tidak berada di provinsi yang dipilih.");
    expect(textOf(html, "need-budgetTotal-error")).toBe("Isi anggaran per satuan atau anggaran total, bukan keduanya.");
    const past = await buyer.post("/workspace/needs/new", form({ ...goodNeed, neededBy: inDays(-1) }));
    expect(textOf(await past.text(), "need-neededBy-error")).toBe("Tanggal harus setelah hari ini.");
    const unknown = await buyer.post("/workspace/needs/new", form({ ...goodNeed, deliveryProvinceCode: "99", deliveryRegencyCode: "99.01" }));
    expect(textOf(await unknown.text(), "need-deliveryProvinceCode-error")).toBe("Wilayah ini tidak dikenal.");
  });

  it("creates a draft with its required certificates, an outbox row and an audit entry", async () => {
    const response = await post(buyer, "/workspace/needs/new", goodNeed, [["requiredCertifications", "pirt"]]);
    expect(response.status).toBe(302);
    needId = response.headers.get("Location")!.split("/").pop()!;
    const need = await server.db.need.findUniqueOrThrow({ where: { id: needId }, include: { requiredCertifications: true } });
    expect(need).toMatchObject({ status: "draft", quantity: 20000, budgetPerUnit: 15000, deliveryRegencyCode: "35.25" });
    expect(need.requiredCertifications.map((c) => c.type).sort()).toEqual(["halal", "pirt"]);
    expect(await server.db.searchOutbox.count({ where: { entity: "need", entityId: needId } })).toBe(1);
    // The edit form shows the day as written, also when it is stored as the start of that day
    // in Indonesia, as the import and the API store it (it showed the day before: UTC's).
    await server.db.need.update({ where: { id: needId }, data: { neededBy: dayToDate(goodNeed.neededBy)! } });
    expect(await (await buyer.get(`/workspace/needs/${needId}`)).text()).toContain(`value="${goodNeed.neededBy}"`);
  });

  it("publishes, records edits of an open need as history, and refuses impossible moves", async () => {
    expect((await buyer.post(`/workspace/needs/${needId}`, { intent: "close" })).status).toBe(409);
    expect((await buyer.post(`/workspace/needs/${needId}`, { intent: "publish" })).status).toBe(200);
    expect((await server.db.need.findUniqueOrThrow({ where: { id: needId } })).status).toBe("open");

    const edited = await buyer.post(`/workspace/needs/${needId}`, form({ ...goodNeed, quantity: "25000" }));
    expect(edited.status).toBe(200);
    expect(await edited.text()).toContain("Perubahan disimpan.");
    const revision = await server.db.needRevision.findFirstOrThrow({ where: { needId } });
    expect(revision.changes).toMatchObject({ quantity: { from: 20000, to: 25000 } });

    expect((await buyer.post(`/workspace/needs/${needId}`, { intent: "close" })).status).toBe(200);
    const closedEdit = await buyer.post(`/workspace/needs/${needId}`, form({ ...goodNeed, quantity: "1" }));
    expect(closedEdit.status).toBe(409);
    expect((await buyer.post(`/workspace/needs/${needId}`, { intent: "reopen" })).status).toBe(200);
    expect((await buyer.post(`/workspace/needs/${needId}`, { intent: "meledak" })).status).toBe(400);
  });

  it("lets logged-in producers read open public needs, and nobody edit another's", async () => {
    const producer = new Client(server.url);
    await producer.login(demo("producer").email, DEMO_PASSWORD);
    const list = await producer.get("/needs");
    expect(list.status).toBe(200);
    const openPublic = await server.db.need.count({
      where: { status: "open", visibility: "public", neededBy: { gte: new Date() }, buyer: { status: "active", verification: "verified" } },
    });
    expect(Number(/data-total="(\d+)"/.exec(await list.text())?.[1])).toBe(openPublic);
    expect((await producer.get(`/needs/${needId}`)).status).toBe(200);
    expect((await producer.get(`/workspace/needs/${needId}`)).status).toBe(403);
    expect((await producer.post("/workspace/needs/new", goodNeed)).status).toBe(403);

    const otherBuyerNeed = await server.db.need.findFirstOrThrow({
      where: { buyer: { memberships: { none: { user: { email: demo("buyer").email } } } } },
      select: { id: true, status: true },
    });
    expect((await buyer.get(`/workspace/needs/${otherBuyerNeed.id}`)).status).toBe(404);
    expect((await buyer.post(`/workspace/needs/${otherBuyerNeed.id}`, { intent: "close" })).status).toBe(404);
    expect((await buyer.post(`/workspace/needs/${otherBuyerNeed.id}`, goodNeed)).status).toBe(404);
    expect((await server.db.need.findUniqueOrThrow({ where: { id: otherBuyerNeed.id } })).status).toBe(otherBuyerNeed.status);

    const draft = await server.db.need.findFirstOrThrow({ where: { status: "draft", id: { not: needId } }, select: { id: true } });
    expect((await producer.get(`/needs/${draft.id}`)).status).toBe(404);
    const anonymous = await new Client(server.url).get("/needs");
    expect(anonymous.status).toBe(302);
  });
});
