// Suggestions for a need through the real server, on the demo data: only producers that meet
// the hard requirements are suggested, each with reasons in plain words; near misses apart.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed.ts";
import { Client, until, waitForSearchIndex } from "../helpers/http.ts";
import { createHalalSnackNeed } from "../helpers/needs.ts";
import { startServer, type TestServer } from "../helpers/server.ts";
import { recordIndexChange } from "../../app/models/indexing/search-outbox.server.ts";
import { needsAffectedBy } from "../../app/matching/refresh.server.ts";

let server: TestServer;
let buyer: Client;
let needId: string;
const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;

beforeAll(async () => {
  server = await startServer("http-suggestions");
  buyer = new Client(server.url);
  expect((await buyer.login(demo("buyer").email, DEMO_PASSWORD)).status).toBe(302);
  const buyerOrg = await server.db.organisation.findFirstOrThrow({ where: { memberships: { some: { user: { email: demo("buyer").email } } } } });
  // A need the demo catalog can answer: halal snacks delivered to Jawa Timur.
  needId = (await createHalalSnackNeed(server.db, buyerOrg.id)).id;
  // The index is built at start; wait until it has caught up.
  await waitForSearchIndex(server.url, 10_000);
});
afterAll(async () => {
  await server?.stop();
});

describe("suggestions", () => {
  it("lists producers holding a halal certificate valid on the date, with reasons", async () => {
    const response = await buyer.get(`/workspace/needs/${needId}/suggestions`);
    expect(response.status).toBe(200);
    const html = await response.text();
    const suggested = [...html.matchAll(/data-suggestion="([^"]+)" data-verdict="match"/g)].map((m) => m[1]!);
    expect(suggested.length).toBeGreaterThan(0);
    // The need's own date (set when it was posted), not one worked out again seconds later.
    const { neededBy } = await server.db.need.findUniqueOrThrow({ where: { id: needId }, select: { neededBy: true } });
    for (const producerId of suggested) {
      const halal = await server.db.certification.count({
        where: { producerId, type: "halal", status: { not: "rejected" }, OR: [{ validUntil: null }, { validUntil: { gte: neededBy } }] },
      });
      expect(halal, producerId).toBeGreaterThan(0);
    }
    expect(html).toMatch(/sertifikat Halal (terverifikasi|\(sebagian)/);
    expect(html).toMatch(/kapasitas [\d.]+ pak\/bulan/);
  });

  it("is the buyer's own: other buyers and producers are refused", async () => {
    const producer = new Client(server.url);
    await producer.login(demo("producer").email, DEMO_PASSWORD);
    expect((await producer.get(`/workspace/needs/${needId}/suggestions`)).status).toBe(403);
    const other = await server.db.user.findFirstOrThrow({
      where: { memberships: { some: { organisation: { kind: "buyer", status: "active" } }, none: { organisation: { needs: { some: { id: needId } } } } } },
    });
    const otherBuyer = new Client(server.url);
    await otherBuyer.login(other.email, DEMO_PASSWORD);
    expect((await otherBuyer.get(`/workspace/needs/${needId}/suggestions`)).status).toBe(404);
  });

  it("says on the card why a decline without its reason was refused", async () => {
    const html = await (await buyer.get(`/workspace/needs/${needId}/suggestions`)).text();
    const producerId = /data-suggestion="([^"]+)"/.exec(html)![1]!;
    const refused = await buyer.post(`/workspace/needs/${needId}/suggestions`, { producerId, action: "decline", reason: "" });
    expect(refused.status).toBe(400);
    const card = new RegExp(`data-suggestion="${producerId}"[\\s\\S]*?</li>`).exec(await refused.text())![0];
    expect(card).toContain('role="alert"');
    expect(card).toContain("Pilih salah satu pilihan yang tersedia.");
    expect(await server.db.match.count({ where: { needId, producerId } })).toBe(0);
  });

  it("pages through near misses, a page out of range showing the last", async () => {
    for (const near of ["2", "999", "abc", "-1"]) expect((await buyer.get(`/workspace/needs/${needId}/suggestions?near=${near}`)).status, near).toBe(200);
  });
});

describe("the buyer's page reads the stored suggestions", () => {
  it("while they are newer than the need, and ranks afresh once the need has changed", async () => {
    // A demo need the server's worker has ranked and stored at start.
    const run = await until(
      () => server.db.needSuggestionRun.findFirst({ where: { need: { buyer: { memberships: { some: { user: { email: demo("buyer").email } } } }, suggestions: { some: { verdict: "match" } } } } }),
      (found) => found !== null,
    );
    const first = await server.db.needSuggestion.findFirstOrThrow({ where: { needId: run!.needId, verdict: "match" }, orderBy: { rank: "asc" } });
    // A figure no producer has, planted in the stored breakdown: the page can only show it by reading the store.
    const breakdown = first.breakdown as { parts: { factor: string; reason: string; values: Record<string, unknown> }[] };
    const capacity = breakdown.parts.find((p) => p.factor === "capacity") as { reason: string; values: Record<string, unknown> };
    capacity.reason = "capacityEnough";
    capacity.values = { ...capacity.values, monthly: 987654, quantity: 1, producible: 987654, neededBy: new Date().toISOString() };
    await server.db.needSuggestion.update({ where: { id: first.id }, data: { breakdown: JSON.parse(JSON.stringify(breakdown)) as object } });
    const page = `/workspace/needs/${run!.needId}/suggestions`;
    expect(await (await buyer.get(page)).text()).toMatch(/987[.,]654/);
    await server.db.need.update({ where: { id: run!.needId }, data: { description: "Deskripsi diperbarui oleh pembeli." } });
    expect(await (await buyer.get(page)).text()).not.toMatch(/987[.,]654/);
  });
});

describe("a producer whose closest product fails beyond a near miss", () => {
  it("is shown through another product that fits nearly as well, saying what keeps the closer one out, in both languages, stored and read back as the product is now", async () => {
    const buyerOrg = await server.db.organisation.findFirstOrThrow({ where: { memberships: { some: { user: { email: demo("buyer").email } } } } });
    /** A producer of seminar bags: a blacu one far under the TKDN asked, and a canvas one at `canvasTkdn`. */
    const bagMaker = async (tx: Parameters<Parameters<typeof server.db.$transaction>[0]>[0], name: string, canvasTkdn: number) => {
      const org = await tx.organisation.create({ data: { kind: "producer", name, slug: name.toLowerCase().replaceAll(" ", "-") } });
      const producer = await tx.producerProfile.create({ data: { organisationId: org.id, legalName: name, sector: "handicraft", provinceCode: "32", regencyCode: "32.77" } });
      const bag = { category: "bags_souvenirs", unit: "pcs", monthlyCapacity: 5000, priceMin: 21000, leadTimeDays: 14, producerId: producer.id };
      // The blacu bag is the thing asked for, at 15% TKDN against the 40% asked: far under.
      const blacu = await tx.product.create({ data: { ...bag, name: "Tas blacu seminar sablon", description: "Tas seminar kain blacu 35 x 40 cm.", tkdnPercent: 15 } });
      // A canvas seminar bag fits nearly as well (0.8 of it).
      const canvas = await tx.product.create({ data: { ...bag, name: "Tas seminar kanvas", description: "Tas seminar kanvas sablon logo.", tkdnPercent: canvasTkdn } });
      for (const product of [blacu, canvas]) await recordIndexChange(tx, "product", product.id);
      return { producerId: producer.id, blacuId: blacu.id };
    };
    const { qualifying, nearly, needId: bagsNeed } = await server.db.$transaction(async (tx) => {
      const qualifying = await bagMaker(tx, "CV Tas Seminar Cimahi", 61);
      // Its canvas bag 3 points under: one gap to close.
      const nearly = await bagMaker(tx, "UD Tas Seminar Bandung", 37);
      const need = await tx.need.create({
        data: {
          buyerId: buyerOrg.id,
          title: "Tas seminar kain blacu untuk peserta pelatihan",
          description: "Tas seminar kain blacu sablon satu warna, TKDN minimal 40%.",
          category: "bags_souvenirs",
          quantity: 2500,
          unit: "pcs",
          deliveryProvinceCode: "32",
          deliveryRegencyCode: "32.73",
          neededBy: new Date(Date.now() + 120 * 86_400_000),
          budgetPerUnit: 25000,
          minTkdnPercent: 40,
          status: "open",
          publishedAt: new Date(),
        },
      });
      await recordIndexChange(tx, "need", need.id);
      return { qualifying, nearly, needId: need.id };
    });
    await waitForSearchIndex(server.url, 10_000);
    // The page reads what the worker stored: wait for it, so the stored breakdown is what is read.
    await until(() => server.db.needSuggestion.count({ where: { needId: bagsNeed, producerId: { in: [qualifying.producerId, nearly.producerId] } } }), (n) => n === 2);
    const card = async (client: Client, producerId: string) => {
      const html = await (await client.get(`/workspace/needs/${bagsNeed}/suggestions`)).text();
      return new RegExp(`data-suggestion="${producerId}" data-verdict="([a-z]+)"[\\s\\S]*?</li>`).exec(html);
    };
    const id = await card(buyer, qualifying.producerId);
    expect(id?.[1]).toBe("match");
    expect(id![0]).toContain("Produk paling cocok yang memenuhi syarat: Tas seminar kanvas");
    expect(id![0]).toMatch(/data-passed-over="true">Juga membuat Tas blacu seminar sablon, lebih mendekati kebutuhan, tetapi belum memenuhi syarat: [^<]*TKDN[^<]*15[^<]*40/);
    const near = await card(buyer, nearly.producerId);
    expect(near?.[1]).toBe("near");
    expect(near![0]).toContain("Produk paling cocok yang tinggal satu syarat: Tas seminar kanvas");
    expect(near![0]).toContain("Juga membuat Tas blacu seminar sablon");
    const english = new Client(server.url);
    await english.login(demo("buyer").email, DEMO_PASSWORD);
    await english.post("/language", { locale: "en" });
    const en = await card(english, qualifying.producerId);
    expect(en![0]).toContain("Best-fitting product that qualifies: Tas seminar kanvas");
    expect(en![0]).toMatch(/data-passed-over="true">Also makes Tas blacu seminar sablon, closer to the need, which does not qualify: [^<]*TKDN[^<]*15[^<]*40/);
    expect((await card(english, nearly.producerId))![0]).toContain("Best-fitting product one gap from qualifying: Tas seminar kanvas");
    await english.post("/language", { locale: "id" });
    // Read back as the product is now, before any refresh: renamed, then taken off the catalogue.
    await server.db.product.update({ where: { id: qualifying.blacuId }, data: { name: "Tas blacu seminar polos" } });
    expect((await card(buyer, qualifying.producerId))![0]).toContain("Juga membuat Tas blacu seminar polos");
    await server.db.product.update({ where: { id: qualifying.blacuId }, data: { status: "archived" } });
    expect((await card(buyer, qualifying.producerId))![0]).not.toContain("data-passed-over");
    // A change to it, wherever it is filed, refreshes the need that names it.
    await server.db.product.update({ where: { id: nearly.blacuId }, data: { category: "building_materials" } });
    expect(await needsAffectedBy(server.db, [{ entity: "product", entityId: nearly.blacuId }])).toContain(bagsNeed);
  });
});

describe("a need whose title has a slip of the keyboard", () => {
  it("is matched as the word meant, and the page says which word was read as which, in both languages", async () => {
    const buyerOrg = await server.db.organisation.findFirstOrThrow({ where: { memberships: { some: { user: { email: demo("buyer").email } } } } });
    const typed = (await createHalalSnackNeed(server.db, buyerOrg.id, "Keripik pisnag kemasan untuk bingkisan")).id;
    const html = await (await buyer.get(`/workspace/needs/${typed}/suggestions`)).text();
    expect(html).toMatch(/data-read-as="true">Kata “pisnag” pada judul kami baca sebagai “pisang”/);
    // The same producers as for the title typed right.
    const producers = (page: string) => [...page.matchAll(/data-suggestion="([^"]+)" data-verdict="match"/g)].map((m) => m[1]!).sort();
    const right = await (await buyer.get(`/workspace/needs/${needId}/suggestions`)).text();
    expect(producers(html).length).toBeGreaterThan(0);
    expect(producers(html)).toEqual(producers(right));
    expect(right).not.toContain("data-read-as");
    const english = new Client(server.url);
    await english.login(demo("buyer").email, DEMO_PASSWORD);
    await english.post("/language", { locale: "en" });
    expect(await (await english.get(`/workspace/needs/${typed}/suggestions`)).text()).toContain("We read “pisnag” in the title as “pisang”.");
    await english.post("/language", { locale: "id" });
  });
});
