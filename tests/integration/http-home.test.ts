// The home page through the real server: a visitor's search, pitches and showcase; a new
// account's first steps, each done when the data says so, and gone once all are done.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed.ts";
import { Client, signUp } from "../helpers/http.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startServer("http-home");
});
afterAll(async () => {
  await server?.stop();
});

const steps = (html: string) => Object.fromEntries([...html.matchAll(/<li data-step="(\w+)"( data-done="true")?/g)].map((m) => [m[1], Boolean(m[2])]));

describe("the home page for a visitor", () => {
  it("offers a product search, says what the platform does for each role, and shows open needs and verified producers", async () => {
    const html = await (await new Client(server.url).get("/")).text();
    expect(html).toMatch(/<form[^>]*action="\/search"[^>]*role="search"|<form[^>]*role="search"[^>]*action="\/search"/);
    expect(html).toContain('name="q"');
    for (const role of ["producers", "buyers", "dinas"]) expect(html).toContain(`data-pitch="${role}"`);
    // Only open needs of verified buyers are shown, as in the visitor's count; a visitor learns
    // what is asked where, not the title or the buyer (those are for signed-in members).
    const needIds = [...html.matchAll(/data-need="([\w-]+)"/g)].map((m) => m[1]!);
    expect(needIds.length).toBeGreaterThan(0);
    const needs = await server.db.need.findMany({ where: { id: { in: needIds } }, select: { title: true, status: true, buyer: { select: { name: true, verification: true } } } });
    expect(needs).toHaveLength(needIds.length);
    for (const need of needs) {
      expect({ status: need.status, verification: need.buyer.verification }).toEqual({ status: "open", verification: "verified" });
      expect(html).not.toContain(need.title.replace(/&/g, "&amp;"));
      expect(html).not.toContain(need.buyer.name.replace(/&/g, "&amp;"));
    }
    expect(html).not.toMatch(/href="\/needs\/[\w-]+"/);
    expect(html).toContain('href="/login?redirectTo=%2Fneeds"');
    // A signed-in producer reads them.
    const producer = new Client(server.url);
    await producer.login(DEMO_ACCOUNTS.find((a) => a.role === "producer")!.email, DEMO_PASSWORD);
    const signedIn = await (await producer.get("/")).text();
    for (const id of needIds) expect(signedIn).toContain(`href="/needs/${id}"`);
    // Each producer shown holds a verified certificate, named on its badge.
    const slugs = [...html.matchAll(/href="\/producers\/([\w-]+)"/g)].map((m) => m[1]!);
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs) {
      const held = await server.db.certification.count({ where: { status: "verified", producer: { organisation: { slug } } } });
      expect(held, slug).toBeGreaterThan(0);
    }
  });

  it("speaks English when English was chosen", async () => {
    const client = new Client(server.url);
    await client.post("/language", { locale: "en", redirectTo: "/" });
    const html = await (await client.get("/")).text();
    expect(html).toContain("What MitraIKM does for you");
    expect(html).toContain("Latest procurement needs");
  });
});

describe("a new account's first steps", () => {
  it("lists a new producer's four steps, ticks each as the data shows it done, and goes away when all are", async () => {
    const client = new Client(server.url);
    const signup = await signUp(client, { accountType: "producer", name: "Rina Kusuma", email: "rina@anyaman-pandan.id", organisationName: "UD Anyaman Pandan Rina", sector: "handicraft" });
    expect(signup.status).toBe(302);
    const first = await (await client.get("/")).text();
    expect(first).toContain("data-checklist");
    expect(steps(first)).toEqual({ profile: false, product: false, photo: false, certificate: false });
    expect(first).toContain('href="/workspace/products/new"');

    const profile = await server.db.producerProfile.findFirstOrThrow({ where: { organisation: { name: "UD Anyaman Pandan Rina" } } });
    const product = await server.db.product.create({ data: { producerId: profile.id, name: "Tas anyaman pandan", description: "Tas belanja anyaman pandan.", category: "woven_crafts", unit: "pcs" } });
    const afterProduct = steps(await (await client.get("/")).text());
    expect(afterProduct).toEqual({ profile: false, product: true, photo: false, certificate: false });
    // The photo step now leads to the product's own page, where photos are added.
    expect(await (await client.get("/")).text()).toContain(`href="/workspace/products/${product.id}"`);

    await server.db.producerProfile.update({
      where: { id: profile.id },
      data: { description: "Kerajinan anyaman pandan dari Malang.", kbli: { create: { code: "16295" } }, contacts: { create: { name: "Rina Kusuma" } } },
    });
    await server.db.productPhoto.create({ data: { productId: product.id, path: "x.jpg", mimeType: "image/jpeg", sizeBytes: 10 } });
    await server.db.certification.create({ data: { producerId: profile.id, type: "pirt", number: "P-IRT 123", issuer: "Dinkes Malang" } });
    const done = await (await client.get("/")).text();
    expect(done).not.toContain("data-checklist");
    // What the account may do is still there, folded.
    expect(done).toContain("data-permission=");
  });

  it("asks a buyer to be verified before its first need, and a dinas officer for the queue and a first event", async () => {
    const buyer = new Client(server.url);
    await signUp(buyer, { accountType: "buyer", name: "Andi Pratama", email: "andi@semen-baru.co.id", organisationName: "PT Semen Baru", buyerType: "large_industry" });
    expect(steps(await (await buyer.get("/")).text())).toEqual({ verify: false, need: false });

    // A new dinas office, once the platform approved it, is asked for its queue and a first event.
    const officerNew = new Client(server.url);
    await signUp(officerNew, { accountType: "dinas", name: "Made Wirawan", email: "made@disperindag-bali.go.id", organisationName: "Disperindag Provinsi Bali", provinceCode: "51", regencyCode: "51.06" });
    expect(await (await officerNew.get("/")).text()).not.toContain("data-checklist"); // pending: nothing to start yet
    await server.db.organisation.updateMany({ where: { name: "Disperindag Provinsi Bali" }, data: { status: "active" } });
    expect(steps(await (await officerNew.get("/")).text())).toEqual({ queue: false, event: false });

    // The demo officer has decided certificates and run events: nothing left to start.
    const officer = new Client(server.url);
    await officer.login(DEMO_ACCOUNTS.find((a) => a.role === "dinas")!.email, DEMO_PASSWORD);
    const html = await (await officer.get("/")).text();
    expect(html).not.toContain("data-checklist");
  });
});
