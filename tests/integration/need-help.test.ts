// A buyer whose need nothing fits asks the dinas of the delivery region for help, through the
// real server on the demo data: the page says so in the buyer's words, the office is told in
// the app and by e-mail and sees the need on its brokering page; asked once; others may not.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed.ts";
import { Client } from "../helpers/http.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

let server: TestServer;
let buyer: Client;
const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;

/** An open need of the demo buyer that no demo producer can meet. */
async function unmetNeed(title: string, provinceCode: string, regencyCode: string | null) {
  const buyerOrg = await server.db.organisation.findFirstOrThrow({ where: { memberships: { some: { user: { email: demo("buyer").email } } } } });
  const need = await server.db.need.create({
    data: {
      buyerId: buyerOrg.id,
      title,
      description: "Komponen presisi untuk perawatan turbin, toleransi 0,01 mm, dengan sertifikat mutu.",
      category: "machined_parts",
      quantity: 40,
      unit: "pcs",
      deliveryProvinceCode: provinceCode,
      deliveryRegencyCode: regencyCode,
      neededBy: new Date(Date.now() + 60 * 86_400_000),
      minTkdnPercent: 95,
      status: "open",
      publishedAt: new Date(),
      requiredCertifications: { create: [{ type: "iso9001" }, { type: "svlk" }] },
    },
  });
  return need.id;
}

beforeAll(async () => {
  server = await startServer("need-help");
  buyer = new Client(server.url);
  expect((await buyer.login(demo("buyer").email, DEMO_PASSWORD)).status).toBe(302);
});
afterAll(async () => {
  await server?.stop();
});

describe("asking the dinas for help", () => {
  it("says in the buyer's words that nothing fits yet, and offers to ask the region's dinas", async () => {
    const needId = await unmetNeed("Sudu turbin titanium presisi", "35", "35.07");
    for (const lang of ["id", "en"]) {
      await buyer.post("/language", { locale: lang });
      const html = await (await buyer.get(`/workspace/needs/${needId}/suggestions`)).text();
      expect(html).toContain("data-no-suggestions");
      expect(html).toContain(lang === "id" ? "Belum ada IKM di MitraIKM yang memenuhi syarat" : "No producer on MitraIKM meets");
      expect(html).toContain('value="askDinas"');
      // The producer-side sentence that used to show here is gone.
      expect(html).not.toContain(lang === "id" ? "Belum ada pembeli yang menindaklanjuti" : "No buyer has acted");
    }
    await buyer.post("/language", { locale: "id" });
  });

  it("tells the office of the delivery region once, in the app and by e-mail, and shows it the need", async () => {
    const needId = await unmetNeed("Poros turbin baja tahan karat", "35", "35.07");
    const response = await buyer.post(`/workspace/needs/${needId}/suggestions`, { intent: "askDinas" });
    expect(response.status).toBe(200);
    const need = await server.db.need.findUniqueOrThrow({ where: { id: needId } });
    expect(need.helpAskedAt).not.toBeNull();
    const dinasUser = await server.db.user.findUniqueOrThrow({ where: { email: demo("dinas").email } });
    const notices = await server.db.notification.findMany({ where: { userId: dinasUser.id, kind: "need_help" } });
    expect(notices.map((n) => (n.params as Record<string, string>).need)).toContain("Poros turbin baja tahan karat");
    expect(await server.db.email.count({ where: { to: dinasUser.email, subject: { contains: "Poros turbin baja tahan karat" } } })).toBe(1);
    // Asked twice: refused with the reason on the page, nobody told again.
    const again = await buyer.post(`/workspace/needs/${needId}/suggestions`, { intent: "askDinas" });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("Dinas sudah diminta membantu");
    expect(await server.db.email.count({ where: { to: dinasUser.email, subject: { contains: "Poros turbin baja tahan karat" } } })).toBe(1);
    expect(await (await buyer.get(`/workspace/needs/${needId}/suggestions`)).text()).toContain("data-help-asked");
    // The office sees it on its brokering page.
    const dinas = new Client(server.url);
    expect((await dinas.login(demo("dinas").email, DEMO_PASSWORD)).status).toBe(302);
    expect(await (await dinas.get("/dinas/matches")).text()).toContain(`data-help-need="${needId}"`);
  });

  it("says so when no dinas office of the delivery region is on the platform", async () => {
    const needId = await unmetNeed("Sudu turbin untuk PLTA Papua", "94", null);
    const response = await buyer.post(`/workspace/needs/${needId}/suggestions`, { intent: "askDinas" });
    expect(response.status).toBe(409);
    expect(await response.text()).toContain("Belum ada dinas wilayah pengiriman");
    expect((await server.db.need.findUniqueOrThrow({ where: { id: needId } })).helpAskedAt).toBeNull();
  });

  it("lets only the need's own buyer ask", async () => {
    const needId = await unmetNeed("Baut titanium presisi", "35", null);
    const producer = new Client(server.url);
    expect((await producer.login(demo("producer").email, DEMO_PASSWORD)).status).toBe(302);
    expect((await producer.post(`/workspace/needs/${needId}/suggestions`, { intent: "askDinas" })).status).toBe(403);
    const otherBuyer = await server.db.organisation.findFirstOrThrow({ where: { kind: "buyer", memberships: { none: { user: { email: demo("buyer").email } } }, needs: { some: {} } }, select: { needs: { select: { id: true }, take: 1 } } });
    expect((await buyer.post(`/workspace/needs/${otherBuyer.needs[0]!.id}/suggestions`, { intent: "askDinas" })).status).toBe(404);
    expect((await server.db.need.findUniqueOrThrow({ where: { id: needId } })).helpAskedAt).toBeNull();
  });
});
