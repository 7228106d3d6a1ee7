// A person's own data through the real server: the download holds their profile, sessions
// and notices (and only theirs); deleting asks for the password and a tick, refuses a sole
// owner whose organisation has other members, then removes what identifies them, signs them
// out everywhere and keeps the business records they took part in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "~/models/accounts/password.server.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed.ts";
import { Client } from "../helpers/http.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

let server: TestServer;
const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;

beforeAll(async () => {
  server = await startServer("http-personal-data");
});
afterAll(async () => {
  await server?.stop();
});

async function signIn(email: string, password = DEMO_PASSWORD): Promise<Client> {
  const client = new Client(server.url);
  expect((await client.login(email, password)).status).toBe(302);
  return client;
}

describe("my data", () => {
  it("downloads everything held about the person as JSON, theirs only", async () => {
    expect((await new Client(server.url).get("/account/data.json")).status).toBe(302); // to the login
    const buyer = await signIn(demo("buyer").email);
    const page = await (await buyer.get("/account/data")).text();
    expect(page).toContain("Unduh data saya");
    const file = await buyer.get("/account/data.json");
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toMatch(/^attachment; filename="mitraikm-data-\d{4}-\d{2}-\d{2}\.json"$/);
    const data = (await file.json()) as { profile: { email: string }; sessions: { ipAddress: string | null }[]; memberships: { organisation: string }[] };
    expect(data.profile.email).toBe(demo("buyer").email);
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(data.memberships.length).toBeGreaterThan(0);
    expect(JSON.stringify(data)).not.toContain(demo("producer").email);
  });

  it("deletes an account only with its password and a tick, and keeps the trade records", async () => {
    // A staff member of the demo producer: not its only owner.
    const producerOrg = await server.db.membership.findFirstOrThrow({ where: { user: { email: demo("producer").email } }, select: { organisationId: true } });
    const staff = await server.db.user.create({ data: { email: "staf.hapus@contoh.id", name: "Staf Yang Pergi", phone: "+62812000111", passwordHash: await hashPassword("kata-sandi-staf-1"), memberships: { create: { organisationId: producerOrg.organisationId, role: "member" } } } });
    await server.db.matchEvent.create({ data: { matchId: (await server.db.match.findFirstOrThrow()).id, fromState: "suggested", toState: "shortlisted", actorUserId: staff.id } });
    const client = await signIn(staff.email, "kata-sandi-staf-1");
    const other = await signIn(staff.email, "kata-sandi-staf-1"); // a second device

    const wrong = await client.post("/account/data", { intent: "delete", password: "salah", confirm: "on" });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain("Kata sandi itu salah.");
    expect((await client.post("/account/data", { intent: "delete", password: "kata-sandi-staf-1" })).status).toBe(400); // no tick
    expect(await server.db.user.findUnique({ where: { email: staff.email } })).not.toBeNull();

    const done = await client.post("/account/data", { intent: "delete", password: "kata-sandi-staf-1", confirm: "on" });
    expect(done.status).toBe(302);
    expect(done.headers.get("location")).toBe("/?account=deleted");
    const row = await server.db.user.findUniqueOrThrow({ where: { id: staff.id }, include: { memberships: true, sessions: true } });
    expect(row).toMatchObject({ email: `deleted-${staff.id}@deleted.invalid`, name: "—", phone: null, memberships: [], sessions: [] });
    // The partnership history they took part in stays, now naming a deleted account.
    expect(await server.db.matchEvent.count({ where: { actorUserId: staff.id } })).toBe(1);
    // Signed out everywhere, and the old password opens nothing.
    expect((await other.get("/account")).status).toBe(302);
    expect((await new Client(server.url).login(staff.email, "kata-sandi-staf-1")).status).toBe(400);
  });

  it("refuses the only owner of an organisation that has other members", async () => {
    const producerOrg = await server.db.membership.findFirstOrThrow({ where: { user: { email: demo("producer").email } }, select: { organisationId: true } });
    await server.db.user.create({ data: { email: "staf.tetap@contoh.id", name: "Staf Tetap", passwordHash: "!", memberships: { create: { organisationId: producerOrg.organisationId, role: "member" } } } });
    const owner = await signIn(demo("producer").email);
    const refused = await owner.post("/account/data", { intent: "delete", password: DEMO_PASSWORD, confirm: "on" });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain("satu-satunya pemilik");
    expect(await server.db.user.findUnique({ where: { email: demo("producer").email } })).not.toBeNull();
  });
});
