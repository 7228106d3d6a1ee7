// The bulk import on a real SQLite file: the three formats, row-by-row rejections with the
// field and the reason, refs, region scope, idempotency, dry runs, and all-or-nothing writes.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../app/db.server.ts";
import { importActorFor } from "../../app/models/import/actor.server.ts";
import { MAX_IMPORT_BYTES } from "../../app/models/import/formats.server.ts";
import { importFile, type ImportFileResult } from "../../app/models/import/import-file.server.ts";
import type { ImportActor, ImportReport } from "../../app/models/import/importer.server.ts";
import { csvColumns, importJsonSchema } from "../../app/models/import/rows.ts";
import { createAdmin, createDinasOrg, createProducerOrg } from "../../prisma/factories/index.ts";
import { dropDb, freshDb } from "../helpers/db.ts";

let db: Db;
let admin: ImportActor;
let jatim: ImportActor;
const NOW = new Date("2026-11-23T10:00:00+07:00");
const example = readFileSync("app/models/import/example.json");
const encode = (text: string) => new TextEncoder().encode(text);

beforeAll(async () => {
  db = await freshDb("import");
  const a = await createAdmin(db);
  const d = await createDinasOrg(db, { regionCode: "35" });
  const adminActor = await importActorFor(db);
  const dinasActor = await importActorFor(db, (await db.user.findUniqueOrThrow({ where: { id: d.userId } })).email);
  if (!adminActor.ok || !dinasActor.ok) throw new Error("no actors");
  expect(adminActor.actor.userId).toBe(a.userId);
  admin = adminActor.actor;
  jatim = dinasActor.actor;
  expect(jatim.scope).toEqual({ kind: "region", code: "35" });
});
afterAll(async () => {
  await dropDb(db);
});

async function run(name: string, bytes: Uint8Array, actor = admin, options: { dryRun?: boolean; kind?: "products" } = {}): Promise<ImportReport> {
  const result: ImportFileResult = await importFile(db, { name, bytes, kind: options.kind }, actor, { now: NOW, dryRun: options.dryRun });
  if (!result.ok) throw new Error(`${name}: ${result.error} ${result.detail ?? ""}`);
  return result.report;
}

const problemsOf = (report: ImportReport) => report.problems.map((p) => `${p.kind}:${p.line}:${p.field}:${p.code}`);

describe("import", () => {
  it("checks the example file without saving anything in a dry run", async () => {
    const report = await run("example.json", example, jatim, { dryRun: true });
    expect(report.problems).toEqual([]);
    expect(report.counts.producers.created).toBe(2);
    expect(await db.organisation.count({ where: { ref: { not: null } } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "import.checked" } })).toBe(0);
  });

  it("imports the example file, then the same file again changes nothing", async () => {
    const first = await run("example.json", example, jatim);
    expect(first.problems).toEqual([]);
    expect(first.counts).toEqual({
      producers: { created: 2, updated: 0, unchanged: 0, rejected: 0 },
      buyers: { created: 1, updated: 0, unchanged: 0, rejected: 0 },
      products: { created: 2, updated: 0, unchanged: 0, rejected: 0 },
      certifications: { created: 2, updated: 0, unchanged: 0, rejected: 0 },
      needs: { created: 1, updated: 0, unchanged: 0, rejected: 0 },
    });
    const producer = await db.producerProfile.findFirstOrThrow({
      where: { organisation: { ref: "DISPERINDAG-JATIM:IKM-0001" } },
      include: { kbli: true, contacts: true, organisation: true, certifications: { include: { products: true } } },
    });
    expect(producer).toMatchObject({ legalName: "UD Keripik Tempe Bu Sri", nib: "3507220100001", regencyCode: "35.73", employees: 12 });
    expect(producer.organisation).toMatchObject({ kind: "producer", status: "active", slug: "ud-keripik-tempe-bu-sri", legalForm: "ud" });
    expect((await db.organisation.findFirstOrThrow({ where: { ref: "DISPERINDAG-JATIM:BUYER-01" } })).legalForm).toBe("persero");
    // A contact person with a name alone is kept.
    const mebel = await db.producerProfile.findFirstOrThrow({ where: { organisation: { ref: "DISPERINDAG-JATIM:IKM-0002" } }, include: { contacts: { orderBy: { name: "asc" } } } });
    expect(mebel.contacts.map((c) => [c.name, c.position, c.phone, c.email])).toEqual([
      ["Agus Prasetyo", "Direktur", null, "agus@mebeljati.example"],
      ["Rina Prasetyo", null, null, null],
    ]);
    expect(producer.kbli.map((k) => k.code)).toEqual(["10792"]);
    expect(producer.contacts[0]).toMatchObject({ name: "Sri Wahyuni", phone: "0812 3300 1122" });
    // An office may carry its own verification; the date is a WIB calendar day.
    expect(producer.certifications[0]).toMatchObject({ type: "halal", status: "verified", verifiedById: jatim.userId });
    expect(producer.certifications[0]!.verifiedAt!.toISOString()).toBe("2024-01-09T17:00:00.000Z");
    expect(producer.certifications[0]!.products).toHaveLength(1);
    const need = await db.need.findFirstOrThrow({ where: { ref: "DISPERINDAG-JATIM:NEED-01" }, include: { requiredCertifications: true } });
    expect(need).toMatchObject({ status: "open", budgetPerUnit: 20000, createdById: jatim.userId });
    expect(need.publishedAt).not.toBeNull();
    expect(need.requiredCertifications.map((c) => c.type)).toEqual(["halal"]);
    const outbox = await db.searchOutbox.count();
    expect(outbox).toBe(2 + 2 + 2 + 1);

    const updatedAt = (await db.product.findFirstOrThrow({ where: { ref: "DISPERINDAG-JATIM:PRD-0001" } })).updatedAt;
    const again = await run("example.json", example, jatim);
    expect(Object.values(again.counts).every((c) => c.created === 0 && c.updated === 0 && c.rejected === 0)).toBe(true);
    expect(again.counts.products.unchanged).toBe(2);
    expect(await db.searchOutbox.count()).toBe(outbox);
    expect((await db.product.findFirstOrThrow({ where: { ref: "DISPERINDAG-JATIM:PRD-0001" } })).updatedAt).toEqual(updatedAt);
  });

  it("updates what changed and only that", async () => {
    const json = JSON.parse(example.toString());
    json.products[0].priceMax = 18000;
    const report = await run("example.json", encode(JSON.stringify(json)), jatim);
    expect(report.counts.products).toEqual({ created: 0, updated: 1, unchanged: 1, rejected: 0 });
    expect(report.counts.producers.unchanged).toBe(2);
    expect((await db.product.findFirstOrThrow({ where: { ref: "DISPERINDAG-JATIM:PRD-0001" } })).priceMax).toBe(18000);
  });

  it("rejects bad rows with the field and the reason, and imports the good ones", async () => {
    const file = {
      producers: [
        { ref: "T:P1", legalName: "UD Baik", sector: "food_beverage", provinceCode: "35", regencyCode: "35.07", nib: "3507000000001" },
        { ref: "T:P2", legalName: "X", sector: "senjata", provinceCode: "35", regencyCode: "35.07", employees: "banyak" },
        { ref: "T:P1", legalName: "UD Kembar", sector: "food_beverage", provinceCode: "35", regencyCode: "35.07" },
        { ref: "T:P3", legalName: "UD Jauh", sector: "batik", provinceCode: "33", regencyCode: "33.20" },
        { ref: "T:P4", legalName: "UD NIB Sama", sector: "batik", provinceCode: "35", regencyCode: "35.15", nib: "3507000000001" },
        { ref: "bad ref!", legalName: "UD Ref", sector: "batik", provinceCode: "35", regencyCode: "35.15" },
      ],
      products: [
        { ref: "T:PR1", producerRef: "T:P1", name: "Keripik pisang", description: "Keripik pisang kepok 250 g.", category: "snacks", unit: "pak", minOrder: 10 },
        { ref: "T:PR2", producerRef: "T:NOPE", name: "Keripik nangka", description: "Keripik nangka 250 g kemasan.", category: "snacks", unit: "pak", minOrder: 10 },
        { ref: "T:PR3", producerRef: "T:P2", name: "Keripik salak", description: "Keripik salak pondoh 200 g.", category: "snacks", unit: "pak", minOrder: 10 },
        { ref: "T:PR4", producerRef: "T:P1", name: "Sambal", description: "Sambal bawang botol 200 ml.", category: "snacks", unit: "pak", minOrder: 10, priceMin: 20000, priceMax: 10000 },
      ],
      certifications: [{ ref: "T:C1", producerRef: "T:P1", productRefs: ["T:PR9"], type: "pirt", number: "P-IRT 123", issuer: "Dinkes Malang" }],
    };
    const report = await run("mixed.json", encode(JSON.stringify(file)), jatim);
    expect(problemsOf(report)).toEqual([
      "producers:2:legalName:too_short",
      "producers:2:sector:choose_one",
      "producers:2:employees:number_invalid",
      "producers:3:ref:ref_duplicate",
      "producers:4:regencyCode:out_of_region",
      "producers:5:nib:nib_taken",
      "producers:6:ref:ref_invalid",
      "products:2:producerRef:ref_unknown",
      "products:3:producerRef:ref_unknown",
      "products:4:priceMax:price_max_below_min",
      "certifications:1:productRefs:product_unknown",
    ]);
    expect(report.counts.producers).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 5 });
    expect(report.counts.products).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 3 });
    expect(await db.organisation.count({ where: { ref: { startsWith: "T:" } } })).toBe(1);
    expect(await db.product.count({ where: { ref: { startsWith: "T:" } } })).toBe(1);
  });

  it("never overwrites an organisation that manages its own account, nor another region's producer", async () => {
    const own = await createProducerOrg(db, { provinceCode: "35", regencyCode: "35.07", organisation: { ref: "T:OWNED" } });
    const far = await createProducerOrg(db, { provinceCode: "33", regencyCode: "33.20", organisation: { ref: "T:FAR" } });
    await db.membership.deleteMany({ where: { organisationId: far.organisationId } });
    const file = {
      producers: [{ ref: "T:OWNED", legalName: "Diganti", sector: "batik", provinceCode: "35", regencyCode: "35.07" }],
      products: [{ ref: "T:OWNED-P", producerRef: "T:OWNED", name: "Batik tulis", description: "Batik tulis katun primisima.", category: "snacks", unit: "lembar", minOrder: 1 }],
      certifications: [
        { ref: "T:OWNED-C", producerRef: "T:OWNED", type: "sni", number: "SNI-0001-2024", issuer: "LSPro Jatim", status: "verified" },
        { ref: "T:FAR-C", producerRef: "T:FAR", type: "sni", number: "SNI-0002-2024", issuer: "LSPro Jateng" },
      ],
    };
    const report = await run("owned.json", encode(JSON.stringify(file)), jatim);
    expect(problemsOf(report)).toEqual([
      "producers:1:ref:ref_managed_by_owner",
      "products:1:producerRef:ref_managed_by_owner",
      "certifications:2:producerRef:out_of_region",
    ]);
    // Offices may add the certificates they checked to a self-managed business.
    expect(report.counts.certifications.created).toBe(1);
    expect((await db.organisation.findUniqueOrThrow({ where: { id: own.organisationId } })).name).not.toBe("Diganti");
    // An admin has no region, but still cannot overwrite a self-managed business.
    const asAdmin = await run("owned.json", encode(JSON.stringify({ producers: file.producers })), admin);
    expect(problemsOf(asAdmin)).toEqual(["producers:1:ref:ref_managed_by_owner"]);
  });

  it("keeps an office to its region for buyers and needs too: another region's rows are refused and nothing changes", async () => {
    const need = { ref: "T:FAR-NEED", buyerRef: "T:FAR-BUYER", title: "Seragam batik karyawan", description: "Seragam batik cap untuk 300 karyawan kantor pusat.", category: "snacks", quantity: 300, unit: "pak", deliveryProvinceCode: "33", neededBy: "2027-10-01", visibility: "invited", status: "open" };
    const farBuyer = { ref: "T:FAR-BUYER", name: "PT Jateng Sejahtera", buyerType: "large_industry", regionCode: "33.74" };
    const seeded = await run("far.json", encode(JSON.stringify({ buyers: [farBuyer], needs: [need] })), admin);
    expect(seeded.problems).toEqual([]);
    const snapshot = async () => ({
      buyer: await db.organisation.findFirstOrThrow({ where: { ref: "T:FAR-BUYER" }, select: { name: true, regionCode: true } }),
      need: await db.need.findFirstOrThrow({ where: { ref: "T:FAR-NEED" }, select: { title: true, visibility: true } }),
      organisations: await db.organisation.count(),
      needs: await db.need.count(),
    });
    const before = await snapshot();

    // Overwriting the other region's buyer (even moving it into the office's region), its
    // need (making an invitation-only need public), adding a need to it, or creating a buyer there.
    const attack = {
      buyers: [
        { ...farBuyer, name: "Diambil alih", regionCode: "35.78" },
        { ref: "T:NEW-FAR-BUYER", name: "PT Baru Semarang", buyerType: "large_industry", regionCode: "33" },
      ],
      needs: [
        { ...need, title: "Diambil alih", visibility: "public" },
        { ...need, ref: "T:FAR-NEED-2", title: "Kebutuhan baru" },
      ],
    };
    const report = await run("attack.json", encode(JSON.stringify(attack)), jatim);
    expect(problemsOf(report)).toEqual([
      "buyers:1:regionCode:out_of_region",
      "buyers:2:regionCode:out_of_region",
      "needs:1:buyerRef:out_of_region",
      "needs:2:buyerRef:out_of_region",
    ]);
    expect(await snapshot()).toEqual(before);

    // And its own buyer cannot be moved out of the region.
    const own = { ref: "T:OWN-BUYER", name: "PT Jatim Makmur", buyerType: "large_industry", regionCode: "35.78" };
    expect((await run("own.json", encode(JSON.stringify({ buyers: [own] })), jatim)).problems).toEqual([]);
    const moved = await run("own.json", encode(JSON.stringify({ buyers: [{ ...own, regionCode: "33.74" }] })), jatim);
    expect(problemsOf(moved)).toEqual(["buyers:1:regionCode:out_of_region"]);
    expect((await db.organisation.findFirstOrThrow({ where: { ref: "T:OWN-BUYER" } })).regionCode).toBe("35.78");
  });

  it("reads CSV with either delimiter, lists split on semicolons, and reports CSV line numbers", async () => {
    const columns = csvColumns("producers");
    expect(columns).toContain("contactPhone");
    const csv = [
      "ref;legalName;sector;kbli;provinceCode;regencyCode;employees;contactName;contactPhone",
      "CSV:P1;UD Gula Aren Semut;food_beverage;\"10722; 10799\";35;35.07;8;Pak Darto;0813 2222 3333",
      "CSV:P2;UD Salah;food_beverage;;35;35.07;delapan;;",
      // Any real KBLI 2020 code, not only those the profile page lists: 10794 (tofu and tempe), 16101 (sawmills).
      "CSV:P3;UD Tahu Sumedang;food_beverage;\"10794; 16101\";35;35.07;5;Bu Eni;",
      // 04 is no KBLI division; 1079 is four digits.
      "CSV:P4;UD Kode Keliru;food_beverage;04123;35;35.07;5;;",
      "CSV:P5;UD Kode Pendek;food_beverage;1079;35;35.07;5;;",
    ].join("\n");
    const report = await run("produsen.csv", encode(csv), jatim);
    expect(problemsOf(report)).toEqual(["producers:3:employees:number_invalid", "producers:5:kbli.0:kbli_unknown", "producers:6:kbli.0:kbli_invalid"]);
    const tahu = await db.producerProfile.findFirstOrThrow({ where: { organisation: { ref: "CSV:P3" } }, include: { kbli: true } });
    expect(tahu.kbli.map((k) => k.code).sort()).toEqual(["10794", "16101"]);
    const saved = await db.producerProfile.findFirstOrThrow({ where: { organisation: { ref: "CSV:P1" } }, include: { kbli: true, contacts: true } });
    expect(saved.kbli.map((k) => k.code).sort()).toEqual(["10722", "10799"]);
    expect(saved.contacts[0]).toMatchObject({ name: "Pak Darto", phone: "0813 2222 3333" });

    const products = ['ref,producerRef,name,description,category,unit,minOrder,tkdnPercent', 'CSV:PR1,CSV:P1,Gula semut 500 g,"Gula semut aren, kemasan 500 g",sweeteners,pak,20,"42,5"'].join("\r\n");
    const productReport = await run("upload.csv", encode(products), jatim, { kind: "products" });
    expect(productReport.problems).toEqual([]);
    expect((await db.product.findFirstOrThrow({ where: { ref: "CSV:PR1" } })).tkdnPercent).toBe(42.5);
  });

  it("rejects a row whose text holds a NUL character, naming the field, instead of storing it cut short", async () => {
    const csv = ["ref,producerRef,name,description,category,unit,minOrder", "NUL:PR1,CSV:P1,Gula semut 1 kg,Gula semut aren\u0000 kemasan 1 kg,sweeteners,pak,20", "NUL:PR2,CSV:P1,Gula semut 2 kg,Gula semut aren kemasan 2 kg,sweeteners,pak,20"].join("\n");
    const report = await run("nul.csv", encode(csv), jatim, { kind: "products" });
    expect(problemsOf(report)).toEqual(["products:2:description:nul_character"]);
    expect(await db.product.findMany({ where: { ref: { startsWith: "NUL:" } }, select: { ref: true } })).toEqual([{ ref: "NUL:PR2" }]);

    const json = { producers: [{ ref: "NUL:P1", legalName: "UD Nul", sector: "food_beverage", provinceCode: "35", regencyCode: "35.07", contacts: [{ name: "Bu\u0000Sri", phone: "0812" }] }] };
    expect(problemsOf(await run("nul.json", encode(JSON.stringify(json)), jatim))).toEqual(["producers:1:contacts.0.name:nul_character"]);

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("products");
    sheet.addRow(["ref", "producerRef", "name", "description", "category", "unit", "minOrder"]);
    // XML cannot hold a NUL: a workbook carries it as Excel's escape _x0000_, which is read back as one.
    sheet.addRow(["NUL:PR3", "CSV:P1", "Gula_x0000_semut", "Gula semut aren kemasan 1 kg", "sweeteners", "pak", 20]);
    const xlsx = await run("nul.xlsx", new Uint8Array(await workbook.xlsx.writeBuffer()), jatim);
    expect(problemsOf(xlsx)).toEqual(["products:2:name:nul_character"]);
    expect(await db.product.count({ where: { ref: { in: ["NUL:PR1", "NUL:PR3"] } } })).toBe(0);
  });

  it("reads XLSX sheets named by kind, with dates and numbers as Excel stores them", async () => {
    const workbook = new ExcelJS.Workbook();
    const buyers = workbook.addWorksheet("pembeli");
    buyers.addRow(["ref", "name", "buyerType", "regionCode"]);
    buyers.addRow(["X:B1", "PT Pupuk Timur (Persero)", "bumn", "35.25"]);
    const needs = workbook.addWorksheet("needs");
    needs.addRow(["ref", "buyerRef", "title", "description", "category", "quantity", "unit", "deliveryProvinceCode", "neededBy", "visibility", "requiredCertifications"]);
    needs.addRow(["X:N1", "X:B1", "Seragam kerja lapangan", "Seragam kerja lapangan katun drill, 3 ukuran, bordir logo.", "uniforms", 1500, "pcs", "35", new Date(Date.UTC(2027, 2, 31)), "public", "sni; tkdn"]);
    needs.addRow(["X:N2", "X:B1", "Kemarin", "Kebutuhan yang tanggalnya sudah lewat dan masih terbuka.", "uniforms", 10, "pcs", "35", new Date(Date.UTC(2025, 0, 1)), "public", ""]);
    workbook.addWorksheet("catatan").addRow(["bukan data"]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const report = await run("data.xlsx", bytes, admin);
    expect(problemsOf(report)).toEqual(["needs:3:neededBy:date_in_past"]);
    const need = await db.need.findFirstOrThrow({ where: { ref: "X:N1" }, include: { requiredCertifications: { orderBy: { type: "asc" } } } });
    expect(need.neededBy.toISOString()).toBe("2027-03-30T17:00:00.000Z");
    expect(need.quantity).toBe(1500);
    expect(need.requiredCertifications.map((c) => c.type)).toEqual(["sni", "tkdn"]);
  });

  it("reads a legal form as its code or as people write it, in JSON, CSV and XLSX, and refuses an unknown one at the field", async () => {
    const producer = { sector: "food_beverage", provinceCode: "35", regencyCode: "35.07" };
    const json = {
      producers: [
        { ...producer, ref: "LF:P1", legalName: "Sari Rasa", legalForm: "C.V." },
        { ...producer, ref: "LF:P2", legalName: "Tani Makmur", legalForm: "KOPERASI" },
        { ...producer, ref: "LF:P3", legalName: "Bu Ani", legalForm: "pt_perorangan" },
        { ...producer, ref: "LF:P4", legalName: "Tanpa Bentuk", legalForm: null },
        { ...producer, ref: "LF:P5", legalName: "Entah Apa", legalForm: "Perkumpulan Rahasia" },
        { ...producer, ref: "LF:P6", legalName: "Salah Ketik", legalForm: 7 },
      ],
      buyers: [
        { ref: "LF:B1", name: "PT Kereta Nusantara (Persero)", legalForm: "PT (Persero)", buyerType: "bumn", regionCode: "35.78" },
        { ref: "LF:B2", name: "Perumda Air Minum", legalForm: "Badan Hukum Asing", buyerType: "government", regionCode: "35.78" },
      ],
    };
    const report = await run("legal.json", encode(JSON.stringify(json)), jatim);
    expect(problemsOf(report)).toEqual(["producers:5:legalForm:legal_form_unknown", "producers:6:legalForm:legal_form_unknown", "buyers:2:legalForm:legal_form_unknown"]);
    const formOf = async (ref: string) => (await db.organisation.findFirstOrThrow({ where: { ref } })).legalForm;
    expect([await formOf("LF:P1"), await formOf("LF:P2"), await formOf("LF:P3"), await formOf("LF:P4"), await formOf("LF:B1")]).toEqual(["cv", "koperasi", "pt_perorangan", null, "persero"]);
    // The same file again changes nothing: the written form and the stored code are the same thing.
    const again = await run("legal.json", encode(JSON.stringify(json)), jatim);
    expect(again.counts.producers).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    expect(again.counts.buyers).toMatchObject({ created: 0, updated: 0, unchanged: 1 });

    expect(csvColumns("producers")).toContain("legalForm");
    expect(csvColumns("buyers")).toContain("legalForm");
    const csv = [
      "ref;legalName;legalForm;sector;provinceCode;regencyCode",
      "LF:P1;Sari Rasa;PT.;food_beverage;35;35.07",
      "LF:C2;Gula Kelapa;ud;food_beverage;35;35.07",
      "LF:C3;Tanpa Bentuk;;food_beverage;35;35.07",
      "LF:C4;Salah;Toko;food_beverage;35;35.07",
    ].join("\n");
    const csvReport = await run("produsen.csv", encode(csv), jatim);
    expect(problemsOf(csvReport)).toEqual(["producers:5:legalForm:legal_form_unknown"]);
    expect(csvReport.counts.producers).toMatchObject({ created: 2, updated: 1 });
    expect([await formOf("LF:P1"), await formOf("LF:C2"), await formOf("LF:C3")]).toEqual(["pt", "ud", null]);

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("produsen");
    sheet.addRow(["ref", "legalName", "legalForm", "sector", "provinceCode", "regencyCode"]);
    sheet.addRow(["LF:X1", "Mebel Jati", " Persekutuan Komanditer ", "furniture_wood", "35", "35.07"]);
    sheet.addRow(["LF:X2", "Batik Sekar", "bumdes", "batik", "35", "35.07"]);
    sheet.addRow(["LF:X3", "Tak Dikenal", "CVV", "batik", "35", "35.07"]);
    const buyerSheet = workbook.addWorksheet("pembeli");
    buyerSheet.addRow(["ref", "name", "legalForm", "buyerType", "regionCode"]);
    buyerSheet.addRow(["LF:XB1", "Perum Pangan Timur", "Perum.", "bumn", "35.78"]);
    const xlsx = await run("legal.xlsx", new Uint8Array(await workbook.xlsx.writeBuffer()), jatim);
    expect(problemsOf(xlsx)).toEqual(["producers:4:legalForm:legal_form_unknown"]);
    expect([await formOf("LF:X1"), await formOf("LF:X2"), await formOf("LF:XB1")]).toEqual(["cv", "bumdes", "perum"]);
  });

  it("keeps a contact person with a name alone, and refuses one without a name at the name", async () => {
    const producer = { sector: "food_beverage", provinceCode: "35", regencyCode: "35.07" };
    const json = {
      producers: [
        { ...producer, ref: "CP:P1", legalName: "UD Nama Saja", contacts: [{ name: "Bu Tini" }] },
        { ...producer, ref: "CP:P2", legalName: "UD Tanpa Nama", contacts: [{ position: "Pemilik", phone: "0812 3456 7890" }] },
        { ...producer, ref: "CP:P3", legalName: "UD Jabatan Saja", contacts: [{ name: "Pak Budi" }, { position: "Bendahara" }] },
      ],
    };
    const report = await run("contacts.json", encode(JSON.stringify(json)), jatim);
    expect(problemsOf(report)).toEqual(["producers:2:contacts.0.name:required", "producers:3:contacts.1.name:required"]);
    const saved = await db.producerProfile.findFirstOrThrow({ where: { organisation: { ref: "CP:P1" } }, include: { contacts: true } });
    expect(saved.contacts.map((c) => [c.name, c.position, c.phone, c.email])).toEqual([["Bu Tini", null, null, null]]);
    expect(await db.organisation.count({ where: { ref: { in: ["CP:P2", "CP:P3"] } } })).toBe(0);

    // In CSV the contact's columns: a name alone is a contact, a phone without a name is not.
    const csv = ["ref,legalName,sector,provinceCode,regencyCode,contactName,contactPosition,contactPhone", "CP:C1,UD Pak Harjo,food_beverage,35,35.07,Pak Harjo,,", "CP:C2,UD Tanpa Nama Lagi,food_beverage,35,35.07,,Pemilik,0813 1111 2222"].join("\n");
    const csvReport = await run("produsen.csv", encode(csv), jatim);
    expect(problemsOf(csvReport)).toEqual(["producers:3:contacts.0.name:required"]);
    const harjo = await db.producerProfile.findFirstOrThrow({ where: { organisation: { ref: "CP:C1" } }, include: { contacts: true } });
    expect(harjo.contacts).toEqual([expect.objectContaining({ name: "Pak Harjo", phone: null, email: null })]);
  });

  it("refuses unreadable, empty, oversized and unknown files as a whole", async () => {
    const attempt = (name: string, bytes: Uint8Array) => importFile(db, { name, bytes }, admin, { now: NOW });
    await expect(attempt("broken.json", encode("{ producers: ["))).resolves.toMatchObject({ ok: false, error: "file_malformed" });
    await expect(attempt("list.json", encode("[1, 2]"))).resolves.toMatchObject({ ok: false, error: "file_malformed" });
    await expect(attempt("other.json", encode('{"suppliers": []}'))).resolves.toMatchObject({ ok: false, error: "kind_unknown" });
    await expect(attempt("empty.csv", encode(""))).resolves.toMatchObject({ ok: false, error: "file_empty" });
    await expect(attempt("data.csv", encode("ref,name\nA,B"))).resolves.toMatchObject({ ok: false, error: "kind_unknown" });
    await expect(attempt("ragged-products.csv", encode('ref,name\n"A,B'))).resolves.toMatchObject({ ok: false, error: "file_malformed" });
    await expect(attempt("data.xlsx", encode("not a zip"))).resolves.toMatchObject({ ok: false, error: "file_malformed" });
    await expect(attempt("data.pdf", encode("%PDF-1.4"))).resolves.toMatchObject({ ok: false, error: "file_format" });
    await expect(attempt("huge.json", new Uint8Array(MAX_IMPORT_BYTES + 1))).resolves.toMatchObject({ ok: false, error: "file_too_large" });
  });

  it("writes nothing at all when the database fails half-way", async () => {
    // A trigger makes the database refuse one product, after the producers went in.
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_product BEFORE INSERT ON "Product" WHEN NEW."name" = 'Meledak' BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    const file = {
      producers: [{ ref: "F:P1", legalName: "UD Setengah Jalan", sector: "food_beverage", provinceCode: "35", regencyCode: "35.07" }],
      products: [{ ref: "F:PR1", producerRef: "F:P1", name: "Meledak", description: "Produk yang ditolak basis data.", category: "snacks", unit: "pak", minOrder: 1 }],
    };
    const before = { organisations: await db.organisation.count(), outbox: await db.searchOutbox.count(), audit: await db.auditLog.count() };
    await expect(run("fail.json", encode(JSON.stringify(file)))).rejects.toThrow(/refused/);
    await db.$executeRawUnsafe(`DROP TRIGGER refuse_product`);
    expect({ organisations: await db.organisation.count(), outbox: await db.searchOutbox.count(), audit: await db.auditLog.count() }).toEqual(before);
  });

  it("publishes a JSON Schema generated from the row schemas, equal to the committed file", () => {
    const schema = importJsonSchema();
    const committed = JSON.parse(readFileSync("app/models/import/import.schema.json", "utf8"));
    expect(committed).toEqual(schema);
    const products = (schema.properties as Record<string, { items: { required: string[]; properties: Record<string, unknown> } }>).products!;
    expect(products.items.required).toEqual(expect.arrayContaining(["ref", "producerRef", "name", "category", "unit"]));
    expect(products.items.properties.ref).toBeDefined();
  });
});
