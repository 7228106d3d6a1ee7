// Contact details through the real server (app/models/producers/contacts.server.ts): a producer's
// address and contact people, and a buyer's staff, are shown to the organisation itself, to
// dinas and admins, and to the other side of a partnership once it has been introduced or
// accepted; to nobody else, on the page or through the API.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createToken } from "~/models/accounts/api-token.server.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed.ts";
import { Client } from "../helpers/http.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

let server: TestServer;
const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;
const clients: Record<string, Client> = {};
let producer: { id: string; slug: string; organisationId: string; phone: string; contactName: string };
let buyer: { organisationId: string; userId: string; phone: string; needId: string };
let otherBuyer: { organisationId: string; userId: string; email: string };
let matchId: string;

beforeAll(async () => {
  server = await startServer("http-contacts");
  const db = server.db;
  const producerUser = await db.user.findUniqueOrThrow({ where: { email: demo("producer").email }, include: { memberships: { include: { organisation: { include: { producer: true } } } } } });
  const organisation = producerUser.memberships[0]!.organisation;
  const profile = organisation.producer!;
  // A contact person whose phone number appears nowhere else on the page.
  await db.contactPerson.deleteMany({ where: { producerId: profile.id } });
  await db.contactPerson.create({ data: { producerId: profile.id, name: "Bu Sri Rahayu", position: "Pemasaran", phone: "+62 811-3344-5566", email: "sri@keripik.test" } });
  producer = { id: profile.id, slug: organisation.slug, organisationId: organisation.id, phone: "+62 811-3344-5566", contactName: "Bu Sri Rahayu" };

  const buyerUser = await db.user.update({ where: { email: demo("buyer").email }, data: { phone: "+62 812-7788-9900" }, include: { memberships: true } });
  const buyerOrganisationId = buyerUser.memberships[0]!.organisationId;
  const need = await db.need.findFirstOrThrow({ where: { buyerId: buyerOrganisationId, status: "open" } });
  buyer = { organisationId: buyerOrganisationId, userId: buyerUser.id, phone: "+62 812-7788-9900", needId: need.id };
  const other = await db.user.findFirstOrThrow({
    where: { memberships: { some: { organisation: { kind: "buyer", status: "active", NOT: { id: buyerOrganisationId } } } } },
    include: { memberships: true },
  });
  otherBuyer = { organisationId: other.memberships[0]!.organisationId, userId: other.id, email: other.email };
  // Whatever the seed made between these two is replaced by one shortlisted partnership.
  await db.match.deleteMany({ where: { producerId: profile.id, need: { buyerId: { in: [buyerOrganisationId, otherBuyer.organisationId] } } } });
  matchId = (await db.match.create({ data: { needId: need.id, producerId: profile.id, score: 80, scoreBreakdown: { parts: [], gaps: [] }, state: "shortlisted" } })).id;

  clients.anonymous = new Client(server.url);
  for (const [role, email] of [
    ["producer", demo("producer").email],
    ["buyer", demo("buyer").email],
    ["otherBuyer", otherBuyer.email],
    ["dinas", demo("dinas").email],
    ["admin", demo("admin").email],
  ] as const) {
    clients[role] = new Client(server.url);
    expect((await clients[role].login(email, DEMO_PASSWORD)).status, role).toBe(302);
  }
});
afterAll(async () => {
  await server?.stop();
});

async function producerPage(role: string): Promise<{ access: string | null; html: string }> {
  const html = await (await clients[role]!.get(`/producers/${producer.slug}`)).text();
  return { access: /data-contacts="([a-z_]+)"/.exec(html)?.[1] ?? null, html };
}

describe("a producer's contacts on its public page", () => {
  it("are hidden from visitors, and from a buyer whose partnership is only shortlisted", async () => {
    for (const role of ["anonymous", "buyer", "otherBuyer"]) {
      const { access, html } = await producerPage(role);
      expect(access, role).toBe(role === "anonymous" ? "sign_in" : "no_partnership");
      expect(html, role).not.toContain(producer.phone);
      expect(html, role).not.toContain(producer.contactName);
    }
    expect((await producerPage("anonymous")).html).toContain("Masuk untuk melihatnya");
  });

  it("are shown to the producer itself, dinas and admins", async () => {
    for (const role of ["producer", "dinas", "admin"]) {
      const { access, html } = await producerPage(role);
      expect(access, role).toBe("visible");
      expect(html, role).toContain(producer.phone);
      expect(html, role).toContain(`href="tel:+6281133445566"`);
    }
  });

  it("are shown to the buyer once the partnership is introduced, and to no other buyer", async () => {
    await server.db.match.update({ where: { id: matchId }, data: { state: "introduced" } });
    const seen = await producerPage("buyer");
    expect(seen.access).toBe("visible");
    expect(seen.html).toContain(producer.contactName);
    expect(seen.html).toContain("sri@keripik.test");
    expect((await producerPage("otherBuyer")).access).toBe("no_partnership");
  });

  it("are hidden again once the partnership is declined", async () => {
    await server.db.match.update({ where: { id: matchId }, data: { state: "declined" } });
    expect((await producerPage("buyer")).access).toBe("no_partnership");
  });
});

describe("a buyer's contacts on the producer's partnerships", () => {
  it("show once the partnership is accepted, not while it is shortlisted", async () => {
    await server.db.match.update({ where: { id: matchId }, data: { state: "shortlisted" } });
    let html = await (await clients.producer!.get("/workspace/matches")).text();
    expect(html).toContain(`data-match="${matchId}"`);
    expect(html).not.toContain(buyer.phone);
    await server.db.match.update({ where: { id: matchId }, data: { state: "accepted" } });
    html = await (await clients.producer!.get("/workspace/matches")).text();
    const item = html.slice(html.indexOf(`data-match="${matchId}"`));
    expect(item.slice(0, item.indexOf("</li>"))).toContain(buyer.phone);
    expect(item).toContain(demo("buyer").email);
  });
});

describe("the API's producer", () => {
  it("carries contacts for a partner, dinas and the producer itself, and null for others", async () => {
    const tokenOf = async (organisationId: string, userId: string) => (await createToken(server.db, organisationId, "kontak", userId)).token;
    const get = async (token: string) => {
      const response = await fetch(`${server.url}/api/v1/producers/${producer.id}`, { headers: { Authorization: `Bearer ${token}` } });
      expect(response.status).toBe(200);
      return ((await response.json()) as { contacts: { address: string | null; people: { name: string; phone: string | null }[] } | null }).contacts;
    };
    await server.db.match.update({ where: { id: matchId }, data: { state: "confirmed" } });
    const partner = await get(await tokenOf(buyer.organisationId, buyer.userId));
    expect(partner?.people).toContainEqual(expect.objectContaining({ name: producer.contactName, phone: producer.phone }));
    expect(await get(await tokenOf(otherBuyer.organisationId, otherBuyer.userId))).toBeNull();
    const producerUser = await server.db.user.findUniqueOrThrow({ where: { email: demo("producer").email } });
    expect((await get(await tokenOf(producer.organisationId, producerUser.id)))?.people).toHaveLength(1);
  });
});
