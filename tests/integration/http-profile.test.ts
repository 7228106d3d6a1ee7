// A producer edits the business profile through the real server: KBLI codes with titles,
// region, contacts; bad input answered field by field; the public page shows what is public.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed.ts";
import sharp from "sharp";
import { Client, postMultipart, textOf } from "../helpers/http.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

let server: TestServer;
let producer: Client;
let producerId: string;
let slug: string;

const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;

beforeAll(async () => {
  server = await startServer("http-profile");
  producer = new Client(server.url);
  expect((await producer.login(demo("producer").email, DEMO_PASSWORD)).status).toBe(302);
  const profile = await server.db.producerProfile.findFirstOrThrow({
    where: { organisation: { memberships: { some: { user: { email: demo("producer").email } } } } },
    select: { id: true, organisation: { select: { slug: true } } },
  });
  producerId = profile.id;
  slug = profile.organisation.slug;
});
afterAll(async () => {
  await server?.stop();
});

const goodProfile = {
  legalName: "UD Sari Rasa Dampit",
  legalForm: "ud",
  nib: "9120001234567",
  sector: "food_beverage",
  kbli: ["10792", "10722"],
  sentraName: "Sentra Keripik Dampit",
  provinceCode: "35",
  regencyCode: "35.07",
  address: "Jl. Raya Dampit No. 12, Malang",
  employees: "14",
  foundedYear: "2009",
  monthlyCapacity: "4000",
  capacityUnit: "kg",
  description: "Keripik pisang dan gula semut dari petani Malang selatan.",
  "contacts[0].name": "Sari Wulandari",
  "contacts[0].position": "Pemilik",
  "contacts[0].phone": "0812 3456 7890",
  "contacts[0].email": "sari@example.id",
};

describe("business profile", () => {
  it("shows the profile form to its producer only", async () => {
    const html = await (await producer.get("/workspace/profile")).text();
    expect(html).toContain('name="legalName"');
    // The legal form is a select of the closed list, labelled in the reader's language.
    expect(html).toContain('name="legalForm"');
    expect(html).toContain("CV (Persekutuan Komanditer)");
    expect(html).toContain("PT Perorangan (UU Cipta Kerja)");
    expect(html).toContain("Industri kerupuk, keripik, peyek dan sejenisnya");
    const buyer = new Client(server.url);
    await buyer.login(demo("buyer").email, DEMO_PASSWORD);
    expect((await buyer.get("/workspace/profile")).status).toBe(403);
    expect((await new Client(server.url).get("/workspace/profile")).status).toBe(302);
    expect((await buyer.post("/workspace/profile", goodProfile)).status).toBe(403);
  });

  it("saves the profile, its KBLI codes and contacts with an outbox row and an audit entry", async () => {
    const response = await producer.post("/workspace/profile", goodProfile);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Profil disimpan.");
    const saved = await server.db.producerProfile.findUniqueOrThrow({
      where: { id: producerId },
      include: { kbli: { orderBy: { code: "asc" } }, contacts: true },
    });
    expect(saved).toMatchObject({ nib: "9120001234567", sentraName: "Sentra Keripik Dampit", employees: 14, foundedYear: 2009, monthlyCapacity: 4000, capacityUnit: "kg" });
    expect(saved.kbli.map((k) => k.code)).toEqual(["10722", "10792"]);
    expect(saved.contacts).toEqual([expect.objectContaining({ name: "Sari Wulandari", phone: "0812 3456 7890", email: "sari@example.id" })]);
    expect((await server.db.organisation.findFirstOrThrow({ where: { producer: { id: producerId } } })).legalForm).toBe("ud");
    expect(await server.db.searchOutbox.count({ where: { entity: "producer", entityId: producerId } })).toBeGreaterThan(0);
    expect(await server.db.auditLog.count({ where: { entityId: producerId, action: "producer.updated" } })).toBe(1);
  });

  it("rejects bad input next to each field and changes nothing", async () => {
    const before = await server.db.producerProfile.findUniqueOrThrow({ where: { id: producerId } });
    const response = await producer.post("/workspace/profile", {
      ...goodProfile,
      nib: "12345",
      kbli: ["04123"],
      foundedYear: "2999",
      legalForm: "toko",
      "contacts[0].name": "",
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(textOf(html, "profile-nib-error")).toBe("NIB terdiri dari 13 angka.");
    // 04 is no division of KBLI 2020 (mining starts at 05).
    expect(textOf(html, "profile-kbli-error")).toBe("Kode KBLI ini tidak ada di KBLI 2020: dua angka pertamanya bukan golongan pokok KBLI.");
    // What was typed stays in its box, beside the error.
    expect(html).toMatch(/id="profile-kbli-typed"[^>]*value="04123"|value="04123"[^>]*id="profile-kbli-typed"/);
    const short = await (await producer.post("/workspace/profile", { ...goodProfile, kbli: ["10792", "1079"] })).text();
    expect(textOf(short, "profile-kbli-error")).toBe("Kode KBLI terdiri dari 5 angka, misalnya 10792.");
    expect(textOf(html, "profile-foundedYear-error")).toBe("Tahun tidak boleh di masa depan.");
    expect(textOf(html, "profile-legalForm-error")).toBe("Pilih bentuk badan usaha dari daftar (PT, CV, UD, Koperasi…).");
    // A contact with a position and a phone but no name is refused at its name.
    expect(textOf(html, "profile-contacts[0].name-error")).toBe("Wajib diisi.");
    // Checks across fields run once each field is valid on its own.
    const crossed = await (await producer.post("/workspace/profile", { ...goodProfile, regencyCode: "33.07", capacityUnit: "" })).text();
    expect(textOf(crossed, "profile-regencyCode-error")).toBe("Kabupaten/kota tidak berada di provinsi yang dipilih.");
    expect(textOf(crossed, "profile-capacityUnit-error")).toBe("Wajib diisi.");
    expect(await server.db.producerProfile.findUniqueOrThrow({ where: { id: producerId } })).toEqual(before);
  });

  it("refuses a NIB another business holds, and a region that does not exist", async () => {
    const other = await server.db.producerProfile.update({
      where: { id: (await server.db.producerProfile.findFirstOrThrow({ where: { id: { not: producerId } } })).id },
      data: { nib: "9120009999999" },
    });
    expect(other.nib).toBe("9120009999999");
    const taken = await producer.post("/workspace/profile", { ...goodProfile, nib: "9120009999999" });
    expect(taken.status).toBe(400);
    expect(textOf(await taken.text(), "profile-nib-error")).toBe("NIB ini sudah dipakai usaha lain. Hubungi dinas bila ini keliru.");
    const nowhere = await producer.post("/workspace/profile", { ...goodProfile, provinceCode: "35", regencyCode: "35.99" });
    expect(nowhere.status).toBe(400);
    expect(textOf(await nowhere.text(), "profile-regencyCode-error")).toBe("Wilayah ini tidak dikenal.");
  });

  it("keeps a contact person with a name alone, and a profile without a legal form", async () => {
    const response = await producer.post("/workspace/profile", {
      ...goodProfile,
      legalForm: "",
      "contacts[0].position": "",
      "contacts[0].phone": "",
      "contacts[0].email": "",
    });
    expect(response.status).toBe(200);
    const saved = await server.db.producerProfile.findUniqueOrThrow({ where: { id: producerId }, include: { contacts: true, organisation: true } });
    expect(saved.contacts.map((c) => [c.name, c.position, c.phone, c.email])).toEqual([["Sari Wulandari", null, null, null]]);
    expect(saved.organisation.legalForm).toBeNull();
    expect(await (await new Client(server.url).get(`/producers/${slug}`)).text()).not.toContain("legal-form");
    expect((await producer.post("/workspace/profile", goodProfile)).status).toBe(200);
  });

  it("adds and removes contact rows without saving (the form's list buttons)", async () => {
    const added = await producer.post("/workspace/profile", { ...goodProfile, __intent__: JSON.stringify({ type: "insert", payload: { name: "contacts" } }) });
    expect(added.status).toBe(200);
    expect(await added.text()).toContain('name="contacts[1].name"');
  });

  it("takes a real KBLI code the list does not offer, typed in its box, and names it by its division", async () => {
    // 10794 (a tofu or tempe maker's code) is not among the listed ones: the box below the list takes it; an empty box is no code.
    const response = await producer.post("/workspace/profile", { ...goodProfile, kbli: ["10792", "10794", ""] });
    expect(response.status).toBe(200);
    const saved = await server.db.producerKbli.findMany({ where: { producerId }, orderBy: { code: "asc" } });
    expect(saved.map((k) => k.code)).toEqual(["10792", "10794"]);
    const page = await (await producer.get("/workspace/profile")).text();
    expect(page).toMatch(/<input[^>]*value="10794"[^>]*checked|<input[^>]*checked[^>]*value="10794"/);
    expect(page).toContain("Industri makanan (golongan pokok 10)");
    const visitor = new Client(server.url);
    expect(await (await visitor.get(`/producers/${slug}`)).text()).toContain("Industri makanan (golongan pokok 10)");
    await visitor.post("/language", { locale: "en" });
    expect(await (await visitor.get(`/producers/${slug}`)).text()).toContain("Food products (division 10)");
    // Five codes ticked with the typed box empty, or one of them also typed, are five codes; six are too many.
    const five = ["10792", "10722", "10761", "10772", "10794"];
    expect((await producer.post("/workspace/profile", { ...goodProfile, kbli: [...five, ""] })).status).toBe(200);
    expect((await producer.post("/workspace/profile", { ...goodProfile, kbli: [...five, "10794"] })).status).toBe(200);
    const six = await producer.post("/workspace/profile", { ...goodProfile, kbli: [...five, "10130"] });
    expect(six.status).toBe(400);
    expect(textOf(await six.text(), "profile-kbli-error")).toBe("Pilih paling banyak 5 kode KBLI.");
    expect(await server.db.producerKbli.count({ where: { producerId } })).toBe(5);
    expect((await producer.post("/workspace/profile", goodProfile)).status).toBe(200);
  });

  it("shows KBLI titles, sentra and capacity in public, but not the contacts", async () => {
    const html = await (await new Client(server.url).get(`/producers/${slug}`)).text();
    expect(html).toContain("Sentra Keripik Dampit");
    expect(html).toContain("10792");
    expect(html).toContain("Industri kerupuk, keripik, peyek dan sejenisnya");
    // The legal form stands beside the name.
    expect(html).toMatch(/UD Sari Rasa Dampit<span class="badge muted legal-form"[^>]*>UD \(Usaha Dagang\)<\/span>/);
    expect(html).not.toContain("0812 3456 7890");
    expect(html).not.toContain("sari@example.id");
  });

  it("sets a logo (kept as a small WebP), shows it in public, refuses non-images, and removes it", async () => {
    const logo = (bytes: Uint8Array, name: string) => {
      const form = new FormData();
      form.append("logo", new Blob([new Uint8Array(bytes)]), name);
      return form;
    };
    const png = new Uint8Array(await sharp({ create: { width: 900, height: 600, channels: 3, background: "#0f5c4d" } }).png().toBuffer());
    const set = await postMultipart(producer, "/workspace/profile/logo", logo(png, "logo.png"));
    expect(await set.json()).toEqual({ ok: true, error: null });
    const image = await new Client(server.url).get(`/media/logos/${producerId}`);
    expect(image.status).toBe(200);
    expect(image.headers.get("Content-Type")).toBe("image/webp");
    const meta = await sharp(new Uint8Array(await image.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["webp", 400, 267]);
    expect(await (await new Client(server.url).get(`/producers/${slug}`)).text()).toContain(`/media/logos/${producerId}?v=`);

    const fake = await postMultipart(producer, "/workspace/profile/logo", logo(new TextEncoder().encode("not an image"), "logo.png"));
    expect(fake.status).toBe(400);
    expect(await fake.json()).toEqual({ ok: false, error: "image_type" });
    const buyer = new Client(server.url);
    await buyer.login(demo("buyer").email, DEMO_PASSWORD);
    expect((await postMultipart(buyer, "/workspace/profile/logo", logo(png, "logo.png"))).status).toBe(403);

    expect((await producer.post("/workspace/profile/logo", { intent: "remove" })).status).toBe(200);
    expect((await new Client(server.url).get(`/media/logos/${producerId}`)).status).toBe(404);
    expect(await server.db.auditLog.count({ where: { entityId: producerId, action: { in: ["producer.logo_set", "producer.logo_removed"] } } })).toBe(2);
  });
});
