// XLSX decompression bombs: a workbook of a few hundred kB that inflates to hundreds of MB
// is refused with "file_inflates_too_much" before exceljs inflates it, and the process's
// memory barely moves; a central directory that lies about sizes, thousands of tiny entries,
// and many small entries that together inflate 1,000× are refused the same way. Honest
// workbooks (hand-made, multi-sheet, and 50,000 rows with every column filled) still import.
// The page and the CLI answer the refusal in words, not a 500.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { createDeflateRaw, crc32, deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseImportFile, type ParseResult } from "../../app/models/import/formats.server.ts";
import { MAX_XLSX_ENTRIES, MAX_XLSX_ENTRY_BYTES, MAX_XLSX_INFLATED_BYTES, MAX_XLSX_RATIO, RATIO_FLOOR_BYTES } from "../../app/models/import/xlsx-limits.server.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed.ts";
import { Client, postMultipart, textOf } from "../helpers/http.ts";
import { startServer, type TestServer } from "../helpers/server.ts";
import { SEEDED_TEMPLATE, copyTemplate } from "../helpers/templates.ts";

const MiB = 1024 * 1024;
/** What a refused bomb may cost the process at most. */
const MEMORY_BUDGET = 100 * MiB;

// ---- A small ZIP writer, so the bombs are built here and not shipped as files ----

interface Entry {
  name: string;
  /** The bytes as stored (deflated, method 8). */
  data: Uint8Array;
  crc: number;
  /** The inflated size the headers declare: the truth, unless a test makes them lie. */
  size: number;
}

function deflated(name: string, text: string): Entry {
  const raw = Buffer.from(text);
  return { name, data: deflateRawSync(raw), crc: crc32(raw), size: raw.byteLength };
}

/** `head`, then `megabytes` MiB of spaces, then `tail`, deflated as a stream: never held inflated. */
async function deflatedFiller(name: string, head: string, megabytes: number, tail: string): Promise<Entry> {
  const filler = Buffer.alloc(MiB, 0x20);
  const chunks = [Buffer.from(head), ...Array.from({ length: megabytes }, () => filler), Buffer.from(tail)];
  const data = await new Promise<Buffer>((resolve, reject) => {
    const deflate = createDeflateRaw({ level: 9 });
    const out: Buffer[] = [];
    deflate.on("data", (chunk: Buffer) => out.push(chunk));
    deflate.on("end", () => resolve(Buffer.concat(out)));
    deflate.on("error", reject);
    for (const chunk of chunks) deflate.write(chunk);
    deflate.end();
  });
  const crc = chunks.reduce((value, chunk) => crc32(chunk, value), 0);
  return { name, data, crc, size: chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0) };
}

/**
 * A ZIP archive of these entries; both the local headers and the central directory declare
 * `size`. With `zip64`, the directory's sizes, offsets and entry count sit in ZIP64 records
 * instead, as some writers put them even for small files.
 */
function zipOf(entries: Entry[], { zip64 = false } = {}): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.data.byteLength, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.byteLength, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(45, 4);
    header.writeUInt16LE(45, 6);
    header.writeUInt16LE(8, 10);
    header.writeUInt32LE(entry.crc, 16);
    header.writeUInt32LE(zip64 ? 0xffffffff : entry.data.byteLength, 20);
    header.writeUInt32LE(zip64 ? 0xffffffff : entry.size, 24);
    header.writeUInt16LE(name.byteLength, 28);
    header.writeUInt32LE(zip64 ? 0xffffffff : offset, 42);
    // The ZIP64 extra field: size, compressed size, offset, in that order.
    const extra = Buffer.alloc(zip64 ? 28 : 0);
    if (zip64) {
      header.writeUInt16LE(extra.byteLength, 30);
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(entry.size), 4);
      extra.writeBigUInt64LE(BigInt(entry.data.byteLength), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
    }
    locals.push(local, name, Buffer.from(entry.data));
    central.push(header, name, extra);
    offset += local.byteLength + name.byteLength + entry.data.byteLength;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 8);
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 10);
  end.writeUInt32LE(zip64 ? 0xffffffff : directory.byteLength, 12);
  end.writeUInt32LE(zip64 ? 0xffffffff : offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, ...(zip64 ? zip64End(entries.length, directory.byteLength, offset) : []), end]));
}

/** The ZIP64 end record, then the locator that points to it (APPNOTE.TXT 4.3.14, 4.3.15). */
function zip64End(count: number, directoryBytes: number, directoryStart: number): Buffer[] {
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(count), 24);
  record.writeBigUInt64LE(BigInt(count), 32);
  record.writeBigUInt64LE(BigInt(directoryBytes), 40);
  record.writeBigUInt64LE(BigInt(directoryStart), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(directoryStart + directoryBytes), 8);
  locator.writeUInt32LE(1, 16);
  return [record, locator];
}

// ---- A minimal workbook: one sheet named "products" ----

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const RELS = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"';
const OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const SHEET_HEAD = `<worksheet ${MAIN}><sheetData>`;
const SHEET_TAIL = "</sheetData></worksheet>";

const workbookParts = (): Entry[] => [
  deflated(
    "[Content_Types].xml",
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  ),
  deflated("_rels/.rels", `<Relationships ${RELS}><Relationship Id="rId1" Type="${OFFICE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
  deflated("xl/workbook.xml", `<workbook ${MAIN} xmlns:r="${OFFICE}"><sheets><sheet name="products" sheetId="1" r:id="rId1"/></sheets></workbook>`),
  deflated("xl/_rels/workbook.xml.rels", `<Relationships ${RELS}><Relationship Id="rId1" Type="${OFFICE}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
];

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const ROWS = `<row r="1">${inline("A1", "ref")}${inline("B1", "name")}</row><row r="2">${inline("A2", "X:P1")}${inline("B2", "Keripik")}</row>`;

/** The sheet: two honest rows, then `megabytes` MiB of whitespace a parser must still read through. */
const bombSheet = (megabytes: number) => deflatedFiller("xl/worksheets/sheet1.xml", SHEET_HEAD + ROWS, megabytes, SHEET_TAIL);

// ---- Measuring ----

/** Parses, and returns the result with how much the process's memory grew meanwhile, at its peak and after. */
async function measured(bytes: Uint8Array): Promise<{ result: ParseResult; peakGrowth: number; rssGrowth: number; heapGrowth: number }> {
  const before = process.memoryUsage();
  // maxRSS is the process's high-water mark (KiB): it catches a peak that is freed before parse returns.
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  const result = await parseImportFile(bytes, "xlsx");
  const after = process.memoryUsage();
  return {
    result,
    peakGrowth: process.resourceUsage().maxRSS * 1024 - peakBefore,
    rssGrowth: after.rss - before.rss,
    heapGrowth: after.heapUsed + after.arrayBuffers - (before.heapUsed + before.arrayBuffers),
  };
}

async function expectRefusedCheaply(bytes: Uint8Array): Promise<string | undefined> {
  const { result, peakGrowth, rssGrowth, heapGrowth } = await measured(bytes);
  expect(result).toMatchObject({ ok: false, error: "file_inflates_too_much" });
  expect(peakGrowth).toBeLessThan(MEMORY_BUDGET);
  expect(rssGrowth).toBeLessThan(MEMORY_BUDGET);
  expect(heapGrowth).toBeLessThan(MEMORY_BUDGET);
  return result.ok ? undefined : result.detail;
}

describe("XLSX decompression bombs", () => {
  // First in the file, so the process's peak memory is still low and any growth shows.
  beforeAll(async () => {
    // Load exceljs and warm the code paths up, so the measurements see the bombs alone.
    expect(await parseImportFile(zipOf([...workbookParts(), await bombSheet(0)]), "xlsx")).toMatchObject({ ok: true });
  });

  it("refuses 300 MB of sheet XML in a 300 kB file, without inflating it", async () => {
    const sheet = await bombSheet(300);
    const bytes = zipOf([...workbookParts(), sheet]);
    expect(bytes.byteLength).toBeLessThan(400_000);
    expect(sheet.size).toBeGreaterThan(MAX_XLSX_ENTRY_BYTES);
    expect(await expectRefusedCheaply(bytes)).toContain("xl/worksheets/sheet1.xml");
  });

  it("stops inflating where a central directory that lies about the size said it would end", async () => {
    const sheet = await bombSheet(300);
    const lying = zipOf([...workbookParts(), { ...sheet, size: 1_000 }]);
    expect(await expectRefusedCheaply(lying)).toMatch(/more than the 1000 bytes it declares/);
  });

  it("refuses a sheet that claims a modest size but compresses 1,000×", async () => {
    const sheet = await bombSheet(50);
    expect(sheet.size).toBeLessThan(MAX_XLSX_ENTRY_BYTES);
    expect(await expectRefusedCheaply(zipOf([...workbookParts(), sheet]))).toMatch(/inflates \d+×/);
  });

  it("refuses thousands of tiny entries", async () => {
    const tiny = Array.from({ length: 5_000 }, (_, i) => deflated(`xl/media/image${i}.xml`, "<x/>"));
    expect(tiny.length).toBeGreaterThan(MAX_XLSX_ENTRIES);
    expect(await expectRefusedCheaply(zipOf([...workbookParts(), await bombSheet(0), ...tiny]))).toContain("entries");
  });

  it("refuses many entries, each small enough not to be judged alone, that together inflate 1,000×", async () => {
    const chunk = await deflatedFiller("xl/chunk.xml", "", 1, "");
    expect(chunk.size).toBeLessThanOrEqual(RATIO_FLOOR_BYTES);
    const many = Array.from({ length: 90 }, (_, i) => ({ ...chunk, name: `xl/chunk${i}.xml` }));
    expect(90 * chunk.size).toBeLessThan(MAX_XLSX_INFLATED_BYTES);
    expect(await expectRefusedCheaply(zipOf([...workbookParts(), await bombSheet(0), ...many]))).toMatch(/workbook inflates \d+×/);
  });

  it("refuses millions of tiny cells that pass every size and ratio limit, before exceljs makes an object of each", async () => {
    // 1.2 million cells of a few digits: ~50 MB of XML compressing an honest-looking ratio.
    const row = (r: number) => `<row r="${r}">${Array.from({ length: 24 }, (_, c) => `<c t="inlineStr"><is><t>${(r * 7919 + c * 104_729) % 997}</t></is></c>`).join("")}</row>`;
    const rows = Array.from({ length: 50_000 }, (_, i) => row(i + 3)).join("");
    const sheet = deflated("xl/worksheets/sheet1.xml", SHEET_HEAD + ROWS + rows + SHEET_TAIL);
    expect(sheet.size).toBeLessThan(MAX_XLSX_ENTRY_BYTES);
    expect(sheet.size / sheet.data.byteLength).toBeLessThan(MAX_XLSX_RATIO);
    expect(await expectRefusedCheaply(zipOf([...workbookParts(), sheet]))).toMatch(/more than 1000000 cells/);
  });

  it("calls a damaged archive malformed, not a bomb", async () => {
    const honest = zipOf([...workbookParts(), await bombSheet(0)]);
    expect(await parseImportFile(honest.subarray(0, honest.byteLength - 30), "xlsx")).toMatchObject({ ok: false, error: "file_malformed" });
    const sheet = await bombSheet(0);
    const wrongChecksum = zipOf([...workbookParts(), { ...sheet, crc: sheet.crc ^ 1 }]);
    expect(await parseImportFile(wrongChecksum, "xlsx")).toMatchObject({ ok: false, error: "file_malformed", detail: expect.stringContaining("checksum") });
    const shortOfDeclared = zipOf([...workbookParts(), { ...sheet, size: sheet.size + 10 }]);
    expect(await parseImportFile(shortOfDeclared, "xlsx")).toMatchObject({ ok: false, error: "file_malformed" });
  });
});

describe("honest workbooks", () => {
  it("reads the hand-made workbook the bombs are built from", async () => {
    const result = await parseImportFile(zipOf([...workbookParts(), await bombSheet(0)]), "xlsx");
    expect(result).toEqual({ ok: true, rows: [{ kind: "products", line: 2, values: { ref: "X:P1", name: "Keripik" } }] });
  });

  it("reads a workbook whose sizes sit in ZIP64 records, and still refuses a bomb written that way", async () => {
    const result = await parseImportFile(zipOf([...workbookParts(), await bombSheet(0)], { zip64: true }), "xlsx");
    expect(result).toMatchObject({ ok: true, rows: [{ kind: "products", line: 2, values: { ref: "X:P1", name: "Keripik" } }] });
    const bomb = zipOf([...workbookParts(), await bombSheet(300)], { zip64: true });
    expect(await parseImportFile(bomb, "xlsx")).toMatchObject({ ok: false, error: "file_inflates_too_much" });
  });

  it("reads a multi-sheet workbook made by exceljs", async () => {
    const workbook = new ExcelJS.Workbook();
    const producers = workbook.addWorksheet("produsen");
    producers.addRow(["ref", "legalName", "kbli", "employees"]);
    producers.addRow(["W:P1", "UD Sumber Rejeki", "10792; 10793", 12]);
    const products = workbook.addWorksheet("products");
    products.addRow(["ref", "producerRef", "name", "minOrder"]);
    for (let i = 1; i <= 3; i++) products.addRow([`W:PR${i}`, "W:P1", `Keripik ${i}`, 50]);
    workbook.addWorksheet("catatan").addRow(["bukan data"]);
    const result = await parseImportFile(new Uint8Array(await workbook.xlsx.writeBuffer()), "xlsx");
    if (!result.ok) throw new Error(`${result.error} ${result.detail ?? ""}`);
    expect(result.rows.map((row) => `${row.kind}:${row.line}`)).toEqual(["producers:2", "products:2", "products:3", "products:4"]);
    expect(result.rows[0]!.values).toEqual({ ref: "W:P1", legalName: "UD Sumber Rejeki", kbli: ["10792", "10793"], employees: 12 });
  });

  it("reads 50,000 producers with every column filled (~60 MB of XML), the heaviest import allowed", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("producers");
    sheet.addRow(PRODUCER_COLUMNS);
    for (let i = 0; i < 50_000; i++) sheet.addRow(producerRow(i));
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await parseImportFile(bytes, "xlsx");
    if (!result.ok) throw new Error(`${result.error} ${result.detail ?? ""}`);
    expect(result.rows).toHaveLength(50_000);
    expect(result.rows[49_999]!.values).toMatchObject({ ref: "W:IKM-49999", employees: 5 + (49_999 % 40) });
  }, 180_000);
});

const PRODUCER_COLUMNS = "ref,legalName,nib,sector,kbli,sentraName,provinceCode,regencyCode,address,employees,foundedYear,monthlyCapacity,capacityUnit,description,contactName,contactPosition,contactPhone,contactEmail".split(",");

/** Varied Indonesian-looking words from a fixed seed: text compresses ~3×, like real descriptions. */
const SYLLABLES = "ka ri pik sing kong ba la do pe das ma nis ke mas an gu se mut a ren ko pi bu buk tik tu lis te nun ro tan bam ku lit sa bun ja mu yit he me rah".split(" ");
let seed = 0x9e3779b9;
function random(): number {
  seed ^= seed << 13;
  seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  seed >>>= 0;
  return seed / 2 ** 32;
}
const word = () => Array.from({ length: 1 + Math.floor(random() * 4) }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join("");
const words = (n: number) => Array.from({ length: n }, word).join(" ");

function producerRow(i: number): (string | number)[] {
  return [
    `W:IKM-${i}`,
    `UD ${words(3)} ${i}`,
    String(1_000_000_000_000 + i),
    "food_beverage",
    "10792; 10793",
    `Sentra ${words(2)}`,
    "35",
    "35.07",
    `Jl. ${words(4)} No. ${i}, Desa ${word()}`,
    5 + (i % 40),
    2000 + (i % 24),
    5000,
    "pak",
    words(30),
    `Bu ${words(2)}`,
    "Pemilik",
    `0812${1_000_000 + i}`,
    `ikm${i}@contoh.co.id`,
  ];
}

describe("the import page and the CLI", () => {
  let server: TestServer;
  let bomb: Uint8Array;
  const messages = (lng: string) => JSON.parse(readFileSync(`app/locales/${lng}/errors.json`, "utf8")) as Record<string, string>;

  beforeAll(async () => {
    bomb = zipOf([...workbookParts(), await bombSheet(300)]);
    server = await startServer("import-xlsx-bomb");
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("answers 400 with the translated reason next to the file field, in both languages", async () => {
    const admin = new Client(server.url);
    const account = DEMO_ACCOUNTS.find((a) => a.role === "admin")!;
    expect((await admin.login(account.email, DEMO_PASSWORD)).status).toBe(302);
    const upload = () => {
      const form = new FormData();
      form.append("file", new Blob([new Uint8Array(bomb)]), "produk.xlsx");
      return postMultipart(admin, "/dinas/import", form);
    };
    const id = await upload();
    expect(id.status).toBe(400);
    expect(textOf(await id.text(), "import-file-error")).toBe(messages("id").file_inflates_too_much);
    await admin.post("/language", { locale: "en" });
    const en = await upload();
    expect(en.status).toBe(400);
    expect(textOf(await en.text(), "import-file-error")).toBe(messages("en").file_inflates_too_much);
  });

  it("makes the CLI say why, in English, and exit 2", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "mitraikm-bomb-"));
    try {
      const file = path.join(dir, "produk.xlsx");
      writeFileSync(file, bomb);
      const database = copyTemplate(SEEDED_TEMPLATE, "import-xlsx-bomb-cli");
      const refused = await promisify(execFile)(path.resolve("node_modules/.bin/tsx"), ["app/cli/index.ts", "import", file], {
        env: { ...process.env, DATABASE_URL: `file:${database}`, APP_ENV: "test" },
      }).catch((error: { code: number; stderr: string }) => error);
      expect(refused).toMatchObject({ code: 2 });
      expect((refused as { stderr: string }).stderr).toContain(messages("en").file_inflates_too_much);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
