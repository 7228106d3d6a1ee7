// The import page through the real server: who may use it, an upload with its report in
// both languages, file-level errors next to the field, and the public format documents.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed.ts";
import { Client, postMultipart, textOf } from "../helpers/http.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

let server: TestServer;
const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;
const example = readFileSync("app/models/import/example.json");

async function as(role: string): Promise<Client> {
  const client = new Client(server.url);
  expect((await client.login(demo(role).email, DEMO_PASSWORD)).status).toBe(302);
  return client;
}

function upload(name: string, bytes: Uint8Array | string, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.append("file", new Blob([typeof bytes === "string" ? bytes : new Uint8Array(bytes)]), name);
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return form;
}

beforeAll(async () => {
  server = await startServer("http-import");
});
afterAll(async () => {
  await server?.stop();
});

describe("import page", () => {
  it("is for dinas offices and admins only", async () => {
    expect((await new Client(server.url).get("/dinas/import")).status).toBe(302);
    for (const role of ["producer", "buyer"]) {
      const client = await as(role);
      expect((await client.get("/dinas/import")).status).toBe(403);
      expect((await postMultipart(client, "/dinas/import", upload("example.json", example))).status).toBe(403);
    }
    expect(await server.db.organisation.count({ where: { ref: { startsWith: "DISPERINDAG" } } })).toBe(0);
    const dinas = await as("dinas");
    const html = await (await dinas.get("/dinas/import")).text();
    expect(html).toContain("Anda mengimpor untuk wilayah Jawa Timur");
    expect((await (await as("admin")).get("/dinas/import")).status).toBe(200);
  });

  it("checks, then imports the example, and reports each kind", async () => {
    const dinas = await as("dinas");
    const checked = await postMultipart(dinas, "/dinas/import", upload("example.json", example, { dryRun: "on" }));
    expect(checked.status).toBe(200);
    expect(await checked.text()).toContain("Hasil pemeriksaan (belum disimpan)");
    expect(await server.db.organisation.count({ where: { ref: { startsWith: "DISPERINDAG" } } })).toBe(0);

    const imported = await (await postMultipart(dinas, "/dinas/import", upload("example.json", example))).text();
    expect(imported).toContain("Hasil impor");
    expect(imported).toMatch(/data-kind="producers"><th scope="row">Produsen \(IKM\)<\/th><td>2<\/td>/);
    expect(imported).toContain("Semua baris diterima.");
    expect(await server.db.organisation.count({ where: { ref: { startsWith: "DISPERINDAG" } } })).toBe(3);
    expect(await server.db.auditLog.count({ where: { action: "import.completed" } })).toBe(1);
  });

  it("lists rejected rows with the field and a translated reason", async () => {
    const dinas = await as("dinas");
    const csv = "ref,producerRef,name,description,category,unit,minOrder\nR1,NOWHERE,Keripik,Keripik pisang 250 g,snacks,pak,abc\n";
    const html = await (await postMultipart(dinas, "/dinas/import", upload("products.csv", csv))).text();
    expect(html).toContain("Baris yang ditolak");
    expect(html).toContain("Masukkan angka.");
    await dinas.post("/language", { locale: "en" });
    const en = await (await postMultipart(dinas, "/dinas/import", upload("products.csv", csv))).text();
    expect(en).toContain("Rejected rows");
    expect(en).toContain("Enter a number.");
  });

  it("answers a missing, unreadable or unknown file next to the file field", async () => {
    const admin = await as("admin");
    const none = new FormData();
    none.append("kind", "");
    const missing = await postMultipart(admin, "/dinas/import", none);
    expect(missing.status).toBe(400);
    expect(textOf(await missing.text(), "import-file-error")).toBe("Pilih berkas untuk diimpor.");
    const broken = await postMultipart(admin, "/dinas/import", upload("data.json", "{nope"));
    expect(textOf(await broken.text(), "import-file-error")).toBe("Berkas tidak dapat dibaca. Periksa formatnya.");
    const pdf = await postMultipart(admin, "/dinas/import", upload("scan.pdf", "%PDF-1.4"));
    expect(textOf(await pdf.text(), "import-file-error")).toBe("Format berkas harus JSON, CSV atau XLSX.");
    const kind = await postMultipart(admin, "/dinas/import", upload("data.csv", "a,b\n1,2", { kind: "suppliers" }));
    expect(kind.status).toBe(400);
  });

  it("publishes the JSON Schema, the example and CSV templates", async () => {
    const anonymous = new Client(server.url);
    const schema = await (await anonymous.get("/import/schema.json")).json();
    expect(schema.title).toBe("MitraIKM bulk import");
    expect(await (await anonymous.get("/import/example.json")).json()).toEqual(JSON.parse(example.toString()));
    const template = await anonymous.get("/import/templates/products.csv");
    expect(template.headers.get("Content-Type")).toContain("text/csv");
    expect((await template.text()).trim().split(",")).toContain("producerRef");
    expect((await anonymous.get("/import/templates/secrets.csv")).status).toBe(404);
  });
});
