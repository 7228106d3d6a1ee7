// Fuzz (fast-check) of the bulk import (importFile, fresh database): JSON, CSV and XLSX files of rows with hostile cells (unicode,
// NUL, formula text, bad numbers and dates, wrong types, deep nesting, missing/dangling refs) and files that are no import.
// Asserts: a file is refused with a file error, or each bad row is reported (translated code) and each good one stored as given.
import ExcelJS from "exceljs";
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "~/db.server.ts";
import { dateToDay } from "~/lib/calendar-day.ts";
import errorsEn from "~/locales/en/errors.json";
import errorsId from "~/locales/id/errors.json";
import { importActorFor } from "~/models/import/actor.server.ts";
import { importFile, type ImportFileResult } from "~/models/import/import-file.server.ts";
import type { ImportActor, ImportReport } from "~/models/import/importer.server.ts";
import { IMPORT_KINDS, csvColumns, type ImportKind } from "~/models/import/rows.ts";
import { createAdmin, createDinasOrg } from "../../prisma/factories/index.ts";
import { catalogTables, countRows, dropDb, freshDb } from "../helpers/db.ts";

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_601);
console.log(`fuzz-import: fast-check seed ${SEED} (set FUZZ_SEED to replay another)`);
const runs = (numRuns: number) => ({ seed: SEED, numRuns, interruptAfterTimeLimit: 45_000, markInterruptAsFailure: false });

let db: Db;
const actors = {} as { admin: ImportActor; jatim: ImportActor };
const NOW = new Date("2026-11-23T10:00:00+07:00");
const encode = (text: string) => new TextEncoder().encode(text);
const FILE_ERRORS = ["file_empty", "file_too_large", "file_malformed", "file_format", "kind_unknown", "too_many_rows", "file_inflates_too_much"];
const translated = (code: string) => Object.hasOwn(errorsEn, code) && Object.hasOwn(errorsId, code);

// ---------------------------------------------------------------------------------------
// Rows: a valid base per kind, each field kept, dropped or made hostile
// ---------------------------------------------------------------------------------------

type Field = "text" | "int" | "num" | "day" | "enum" | "list" | "ref" | "region";
const FIELDS: Record<ImportKind, Record<string, { base?: unknown; type: Field }>> = {
  producers: {
    legalName: { base: "UD Uji Acak Sejahtera", type: "text" },
    sector: { base: "food_beverage", type: "enum" },
    provinceCode: { base: "35", type: "region" },
    regencyCode: { base: "35.07", type: "region" },
    kbli: { base: ["10792"], type: "list" },
    sentraName: { base: "Sentra Keripik Dampit", type: "text" },
    address: { base: "Jl. Raya Dampit 12", type: "text" },
    employees: { base: 12, type: "int" },
    foundedYear: { base: 2005, type: "int" },
    description: { base: "Produsen keripik tempe rumahan.", type: "text" },
  },
  buyers: {
    name: { base: "PT Pembeli Acak (Persero)", type: "text" },
    buyerType: { base: "bumn", type: "enum" },
    regionCode: { base: "35.78", type: "region" },
    address: { base: "Jl. Pahlawan 1, Surabaya", type: "text" },
    website: { base: "https://pembeli.contoh.id", type: "text" },
  },
  products: {
    producerRef: { base: "FZ:BASE-P", type: "ref" },
    name: { base: "Keripik tempe uji acak", type: "text" },
    description: { base: "Keripik tempe kedelai lokal, kemasan 200 g.", type: "text" },
    category: { base: "snacks", type: "enum" },
    unit: { base: "pak", type: "enum" },
    minOrder: { base: 10, type: "int" },
    monthlyCapacity: { base: 1000, type: "int" },
    priceMin: { base: 12000, type: "int" },
    priceMax: { base: 15000, type: "int" },
    tkdnPercent: { base: 42.5, type: "num" },
    leadTimeDays: { base: 5, type: "int" },
  },
  certifications: {
    producerRef: { base: "FZ:BASE-P", type: "ref" },
    productRefs: { base: ["FZ:BASE-PR"], type: "list" },
    type: { base: "halal", type: "enum" },
    number: { base: "ID35110000123450824", type: "text" },
    issuer: { base: "BPJPH Kementerian Agama", type: "text" },
    validFrom: { base: "2026-01-05", type: "day" },
    validUntil: { base: "2029-01-04", type: "day" },
  },
  needs: {
    buyerRef: { base: "FZ:BASE-B", type: "ref" },
    title: { base: "Keripik tempe untuk rapat", type: "text" },
    description: { base: "Keripik tempe kemasan 200 g untuk konsumsi rapat kantor pusat.", type: "text" },
    category: { base: "snacks", type: "enum" },
    quantity: { base: 500, type: "int" },
    unit: { base: "pak", type: "enum" },
    deliveryProvinceCode: { base: "35", type: "region" },
    neededBy: { base: "2027-06-01", type: "day" },
    requiredCertifications: { base: ["halal"], type: "list" },
    budgetPerUnit: { base: 15000, type: "int" },
    visibility: { base: "public", type: "enum" },
  },
};

const SPECIAL = [
  "\u202E", "\u200F", "\u200B", "\uFEFF", "\u2060", "👩‍👩‍👧‍👦", "🇮🇩", "e\u0301\u0301", "Z\u0335\u0322\u031B\u0347",
  "\u0001", "\u0007", "\t", "\n", "\r\n", "\u001B[31m", "\u007F", "\u0085", "\u2028", "\uFFFE",
  "<script>alert(1)</script>", `'; DROP TABLE "Product"; --`, "' OR '1'='1", "{{7*7}}", "__proto__", "null", "",
  "=cmd|'/C calc'!A0", "=HYPERLINK(\"http://evil.example\",\"klik\")", "+1+1", "-2+3", "@SUM(A1:A9)", "=1+1", "\t=1+1", "=2+5+cmd|' /C calc'!A0",
  '"', '""', ",", ";", "a;b", "a|b", "'quoted'",
];
const NUMBERISH = ["NaN", "Infinity", "1e309", "1e3", "-0", "-1", "0x10", "1_000", "1,5", "42,5", "1.000.000", "9007199254740993", " 42 ", "４２", "1 000", "2000000001", "10000001", "365.5", "100.0001"];
const DATEISH = ["2027-02-31", "2027-02-30", "2027-04-31", "2027-11-31", "2027-02-29", "2028-02-29", "2027-13-01", "2027-00-10", "99999-01-01", "0000-01-01", "0001-01-01", "9999-12-31", "275760-09-13", "2027/06/01", "01-06-2027", "2027-06-01T00:00:00Z", "2020-01-01", "now"];
/** Lone surrogates as UTF-8 encoding leaves them: U+FFFD (String.prototype.toWellFormed, before ES2024). */
const toWellFormed = (s: string) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");

/**
 * Text a spreadsheet cell can carry: XML (or exceljs writing it) has no place for most control characters nor lone
 * surrogates, reads "\r\n" as "\n", and Excel's "_x0041_" escapes are read back as what they encode.
 */
const sheetSafe = (s: string) =>
  toWellFormed(s)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|_x[0-9a-fA-F]{4}_/g, "")
    .replace(/\r\n?/g, "\n");

const textArb = (json: boolean) => {
  const parts = fc.oneof(
    fc.constantFrom(...SPECIAL, ...NUMBERISH),
    fc.string({ unit: "grapheme", maxLength: 12 }),
    fc.string({ unit: "binary", maxLength: 12 }),
    fc.constantFrom("Keripik", "tempe", " ", "UD", "35"),
    ...(json ? [fc.constantFrom("\u0000", "a\u0000b", "\uD800", "x\uDC00y")] : []),
  );
  const glued = fc.array(parts, { minLength: 1, maxLength: 5 }).map((p) => p.join(""));
  const long = fc.tuple(fc.constantFrom("a", "é", "😀", "\u202E", "<b>"), fc.integer({ min: 100, max: 5_000 })).map(([p, n]) => p.repeat(n));
  return fc.oneof({ weight: 5, arbitrary: glued }, { weight: 1, arbitrary: long }).map((s) => (json ? s : sheetSafe(s)));
};

/** A field's value: as the base has it (most often), missing, or hostile for its type. */
function valueArb(field: { base?: unknown; type: Field }, json: boolean, refs: string[]): fc.Arbitrary<unknown> {
  const text = textArb(json);
  const numbers = fc.oneof(fc.constantFrom(1e308, -1, 0, -0, 0.5, 1e15, 2 ** 53 + 2, 2_000_000_001, 10_000_001, 100.5, 1e21), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
  const byType: Record<Field, fc.Arbitrary<unknown>> = {
    text,
    int: fc.oneof(numbers, fc.constantFrom(...NUMBERISH)),
    num: fc.oneof(numbers, fc.constantFrom(...NUMBERISH)),
    day: fc.constantFrom(...DATEISH),
    enum: fc.tuple(fc.constantFrom(String(field.base)), fc.constantFrom<(v: string) => string>((v) => v.toUpperCase(), (v) => ` ${v}`, (v) => `${v}\u200B`, (v) => v.slice(0, -1), (v) => `=${v}`)).map(([v, f]) => f(v)),
    list: fc.array(fc.oneof(text, fc.constantFrom(...refs, "halal", "10792", "FZ:NOPE")), { maxLength: 4 }),
    ref: fc.oneof(fc.constantFrom(...refs, "FZ:NOPE-1", "", " FZ:BASE-P ", "fz:base-p", "FZ:BASE-B", "FZ:BASE-P\u0000"), text),
    region: fc.constantFrom("35", "35.07", "35.78", "33", "33.20", "99", "99.99", "3", "35.7", "35.07.01", " 35", "٣٥", "35\u200B"),
  };
  const wrongType = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(true, null, [], {}, 42, "42"), nestedArb);
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant(field.base) },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 3, arbitrary: byType[field.type] },
    { weight: 2, arbitrary: text },
    ...(json ? [{ weight: 1, arbitrary: wrongType }] : []),
  );
}

/** A value inside 1–40 arrays or objects (the import refuses more than 32 levels). */
const nestedArb = fc.record({ depth: fc.integer({ min: 1, max: 40 }), leaf: fc.oneof(fc.string({ maxLength: 5 }), fc.integer()) }).map(({ depth, leaf }) => {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
});

/**
 * Each field as the base has it, but for a few (most often) or any of them, drawn from `arb`:
 * files of rows with one or two bad cells are the ones whose good rows get stored.
 */
function mutated<F extends { base?: unknown }>(fields: Record<string, F>, arb: (field: F) => fc.Arbitrary<unknown>) {
  const names = Object.keys(fields);
  return fc
    .record({
      values: fc.record(Object.fromEntries(names.map((n) => [n, arb(fields[n]!)]))),
      chosen: fc.oneof({ weight: 3, arbitrary: fc.subarray(names, { maxLength: Math.min(2, names.length) }) }, { weight: 1, arbitrary: fc.constant(names) }),
    })
    .map(({ values, chosen }) => Object.fromEntries(names.map((n) => [n, chosen.includes(n) ? values[n] : fields[n]!.base])));
}

interface GenRow {
  kind: ImportKind;
  values: Record<string, unknown>;
}

/** 1–6 rows of one kind (CSV) or several; each ref fresh per run, now and then reused or hostile. */
function rowsArb(kinds: readonly ImportKind[], json: boolean) {
  const refs = ["FZ:BASE-P", "FZ:BASE-PR", "FZ:BASE-B"];
  const row = (kind: ImportKind) =>
    fc
      .record({
        fields: mutated(FIELDS[kind], (f) => valueArb(f, json, refs)),
        ref: fc.oneof({ weight: 8, arbitrary: fc.constant("FRESH") }, { weight: 1, arbitrary: fc.constantFrom("DUP", "FZ:BASE-P", "FZ:BASE-B", "FZ:BASE-PR") }, { weight: 1, arbitrary: textArb(json) }, { weight: 1, arbitrary: fc.constant(undefined) }),
        extra: fc.array(fc.tuple(fc.constantFrom("id", "status", "createdAt", "verifiedAt", "rejectionReason", "contactName", "contactPhone", "__proto__", "zzz"), fc.oneof(textArb(json), fc.constantFrom("verified", "rejected", "archived", "0812 3456 7890", "2025-01-01"))), { maxLength: 2 }),
      })
      .map(({ fields, ref, extra }) => {
        const values: Record<string, unknown> = {};
        if (ref !== undefined) values.ref = ref;
        for (const [k, v] of Object.entries(fields)) if (v !== undefined) values[k] = v;
        for (const [k, v] of extra) Object.defineProperty(values, k, { value: v, enumerable: true, configurable: true, writable: true });
        return { kind, values } as GenRow;
      });
  return fc.array(fc.constantFrom(...kinds).chain(row), { minLength: 1, maxLength: 6 });
}

let run = 0;
/** Gives each "FRESH" ref a new value, and each "DUP" the ref of the row before it (or a new one). */
function withRefs(rows: GenRow[]): GenRow[] {
  run++;
  return rows.map((r, i) => {
    const values = { ...r.values };
    if (values.ref === "FRESH") values.ref = `FZ:${run}:${i}`;
    else if (values.ref === "DUP") values.ref = i > 0 ? `FZ:${run}:${i - 1}` : `FZ:${run}:${i}`;
    return { ...r, values };
  });
}

// ---------------------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------------------

/** A cell as text, the way a sheet holds it: lists joined by "; ", anything else by String(). */
const cellText = (value: unknown): string | number => (Array.isArray(value) ? value.map(String).join("; ") : typeof value === "number" ? value : String(value));

function jsonFile(rows: GenRow[]): Uint8Array {
  const file: Record<string, unknown[]> = {};
  for (const r of rows) (file[r.kind] ??= []).push(r.values);
  return encode(JSON.stringify(file));
}

function csvFile(rows: GenRow[], delimiter: "," | ";"): Uint8Array {
  const kind = rows[0]!.kind;
  const columns = [...new Set([...csvColumns(kind), ...rows.flatMap((r) => Object.keys(r.values))])];
  const records = rows.map((r) => columns.map((c) => (r.values[c] === undefined ? "" : String(cellText(r.values[c])))));
  return encode(stringify([columns, ...records], { delimiter, quoted_match: /^[\s=+\-@]|[\s"]$/ }));
}

async function xlsxFile(rows: GenRow[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const kind of IMPORT_KINDS) {
    const own = rows.filter((r) => r.kind === kind);
    if (own.length === 0) continue;
    const sheet = workbook.addWorksheet(kind);
    const columns = [...new Set([...csvColumns(kind), ...own.flatMap((r) => Object.keys(r.values))])];
    sheet.addRow(columns);
    for (const r of own) sheet.addRow(columns.map((c) => (r.values[c] === undefined ? null : cellText(r.values[c]))));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

// ---------------------------------------------------------------------------------------
// Judging
// ---------------------------------------------------------------------------------------

/** Every table an import writes to (the audit log apart: each import records itself). */
function counts() {
  return countRows({ ...catalogTables(db), outbox: db.searchOutbox, audit: db.auditLog });
}

/** What is stored under a ref, in the import's field names; null when nothing is. */
async function readBack(kind: ImportKind, ref: string): Promise<Record<string, unknown> | null> {
  const day = (d: Date | null) => (d ? dateToDay(d) : null);
  if (kind === "producers") {
    const org = await db.organisation.findFirst({ where: { ref, kind: "producer" }, include: { producer: { include: { kbli: true } } } });
    const p = org?.producer;
    return p ? { legalName: p.legalName, name: org.name, sector: p.sector, provinceCode: p.provinceCode, regencyCode: p.regencyCode, kbli: p.kbli.map((k) => k.code).sort(), sentraName: p.sentraName, address: p.address, employees: p.employees, foundedYear: p.foundedYear, description: p.description } : null;
  }
  if (kind === "buyers") {
    const o = await db.organisation.findFirst({ where: { ref, kind: "buyer" } });
    return o ? { name: o.name, buyerType: o.buyerType, regionCode: o.regionCode, address: o.address, website: o.website } : null;
  }
  if (kind === "products") {
    const p = await db.product.findFirst({ where: { ref } });
    return p ? { name: p.name, description: p.description, category: p.category, unit: p.unit, minOrder: p.minOrder, monthlyCapacity: p.monthlyCapacity, priceMin: p.priceMin, priceMax: p.priceMax, tkdnPercent: p.tkdnPercent, leadTimeDays: p.leadTimeDays } : null;
  }
  if (kind === "certifications") {
    const c = await db.certification.findFirst({ where: { ref }, include: { products: { include: { product: true } } } });
    return c ? { type: c.type, number: c.number, issuer: c.issuer, validFrom: day(c.validFrom), validUntil: day(c.validUntil), productRefs: c.products.map((p) => p.product.ref).sort() } : null;
  }
  const n = await db.need.findFirst({ where: { ref }, include: { requiredCertifications: true } });
  return n
    ? { title: n.title, description: n.description, category: n.category, quantity: n.quantity, unit: n.unit, deliveryProvinceCode: n.deliveryProvinceCode, neededBy: day(n.neededBy), requiredCertifications: n.requiredCertifications.map((c) => c.type).sort(), budgetPerUnit: n.budgetPerUnit, visibility: n.visibility }
    : null;
}

/** A given value as it should be stored: text trimmed, "42,5" as 42.5, lists as sorted sets. */
function expected(kind: ImportKind, field: string, given: unknown, json: boolean): unknown {
  const type = FIELDS[kind][field]?.type;
  // An empty cell is no value: the field is left empty.
  if (!json && String(given).trim() === "") return type === "list" ? [] : null;
  if (type === "list") {
    const items = Array.isArray(given) ? given.map(String) : String(given).split(/\s*[;|]\s*/);
    return [...new Set(items.map((s) => s.trim()).filter(Boolean))].sort();
  }
  if ((type === "int" || type === "num") && !json) return Number(String(given).replace(/\s+/g, "").replace(",", "."));
  return typeof given === "string" ? given.trim() : given;
}

/** Runs one import and checks the report against the rows that went into the file. */
async function importAndCheck(name: string, bytes: Uint8Array, rows: GenRow[], json: boolean, actor: ImportActor, kind?: ImportKind) {
  const before = await counts();
  let result: ImportFileResult;
  try {
    result = await importFile(db, { name, bytes, kind }, actor, { now: NOW });
  } catch (error) {
    throw new Error(`importFile threw instead of answering (${String(error).slice(0, 300)}) for ${name}: ${JSON.stringify(rows).slice(0, 1500)}`);
  }
  const where = `${name}: ${JSON.stringify(rows).slice(0, 1500)}`;
  if (!result.ok) {
    expect(FILE_ERRORS, `${where} → ${result.error}`).toContain(result.error);
    expect(translated(result.error), result.error).toBe(true);
    expect(await counts(), where).toEqual(before);
    return;
  }
  const report: ImportReport = result.report;
  const show = `${where}\n→ ${JSON.stringify(report.problems)}`;
  for (const p of report.problems) {
    expect(IMPORT_KINDS, show).toContain(p.kind);
    expect(Number.isInteger(p.line) && p.line >= 1, `line ${p.line}: ${show}`).toBe(true);
    expect(typeof p.field === "string" && p.field.length > 0, `field ${p.field}: ${show}`).toBe(true);
    expect(translated(p.code), `code ${p.code} has no translation in en and id: ${show}`).toBe(true);
  }
  const tally = Object.values(report.counts).reduce((sum, c) => sum + c.created + c.updated + c.unchanged + c.rejected, 0);
  expect(tally, `every row is counted once: ${show} ${JSON.stringify(report.counts)}`).toBe(report.rows);
  const written = Object.values(report.counts).reduce((sum, c) => sum + c.created + c.updated, 0);
  if (written === 0) expect(await counts(), `nothing written, yet rows changed: ${show}`).toEqual({ ...before, audit: before.audit + 1 });

  // Rows that can be told apart by their ref (valid, once in the file): rejected ones are
  // reported and not stored; accepted ones are stored exactly as given.
  const refOf = (r: GenRow) => (typeof r.values.ref === "string" ? r.values.ref.trim() : null);
  for (const r of rows) {
    const ref = refOf(r);
    if (!ref || !/^FZ:\d+:\d+$/.test(ref) || rows.filter((o) => o.kind === r.kind && refOf(o) === ref).length > 1) continue;
    const stored = await readBack(r.kind, ref);
    const problems = report.problems.filter((p) => p.kind === r.kind && p.ref === ref);
    if (problems.length > 0) {
      expect(stored, `rejected (${JSON.stringify(problems)}) but stored: ${show}`).toBeNull();
      continue;
    }
    expect(stored, `neither reported nor stored: ${r.kind} ${ref} in ${show}`).not.toBeNull();
    for (const [field, given] of Object.entries(r.values)) {
      if (!Object.hasOwn(stored!, field)) continue;
      expect(stored![field], `${r.kind} ${ref} ${field} given ${JSON.stringify(given)}: ${show}`).toEqual(expected(r.kind, field, given, json));
    }
    if (r.kind === "producers" && typeof r.values.legalName === "string") expect(stored!.name, `organisation name of ${ref}`).toBe(r.values.legalName.trim());
  }
}

// ---------------------------------------------------------------------------------------

beforeAll(async () => {
  db = await freshDb("fuzz-import");
  await createAdmin(db);
  const office = await createDinasOrg(db, { regionCode: "35" });
  const admin = await importActorFor(db);
  const jatim = await importActorFor(db, (await db.user.findUniqueOrThrow({ where: { id: office.userId } })).email);
  if (!admin.ok || !jatim.ok) throw new Error("no import actors");
  Object.assign(actors, { admin: admin.actor, jatim: jatim.actor });
  // The records the generated rows refer to.
  const base = {
    producers: [{ ref: "FZ:BASE-P", legalName: "UD Dasar Uji", sector: "food_beverage", provinceCode: "35", regencyCode: "35.07" }],
    buyers: [{ ref: "FZ:BASE-B", name: "PT Dasar Uji", buyerType: "bumn", regionCode: "35.78" }],
    products: [{ ref: "FZ:BASE-PR", producerRef: "FZ:BASE-P", name: "Keripik dasar", description: "Keripik tempe dasar 200 g.", category: "snacks", unit: "pak", minOrder: 10 }],
  };
  const result = await importFile(db, { name: "base.json", bytes: encode(JSON.stringify(base)) }, actors.admin, { now: NOW });
  expect(result.ok && result.report.problems).toEqual([]);
});

afterAll(async () => {
  if (db) await dropDb(db);
});

const actor = fc.constantFrom<"admin" | "jatim">("admin", "admin", "jatim");

describe("generated import files: refused whole, or every row reported or stored as given", () => {
  it("JSON, all kinds in one file, wrong types and deep nesting included", async () => {
    await fc.assert(
      fc.asyncProperty(rowsArb(IMPORT_KINDS, true), actor, async (generated, who) => {
        const rows = withRefs(generated);
        await importAndCheck("fuzz.json", jsonFile(rows), rows, true, actors[who]);
      }),
      runs(150),
    );
  });

  it("CSV, one kind per file, either delimiter", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...IMPORT_KINDS).chain((kind) => rowsArb([kind], false)),
        fc.constantFrom<"," | ";">(",", ";"),
        actor,
        async (generated, delimiter, who) => {
          const rows = withRefs(generated);
          await importAndCheck(`${rows[0]!.kind}.csv`, csvFile(rows, delimiter), rows, false, actors[who]);
        },
      ),
      runs(120),
    );
  });

  it("XLSX, one sheet per kind", async () => {
    await fc.assert(
      fc.asyncProperty(rowsArb(IMPORT_KINDS, false), actor, async (generated, who) => {
        const rows = withRefs(generated);
        await importAndCheck("fuzz.xlsx", await xlsxFile(rows), rows, false, actors[who]);
      }),
      runs(60),
    );
  });

  it("a file of bad rows only changes nothing", async () => {
    // Every row spoiled for sure: an invalid ref, a required field gone; in JSON also an
    // object for the first field, or a NUL in the ref.
    const SPOILERS: ((r: GenRow) => GenRow)[] = [
      (r) => ({ ...r, values: { ...r.values, ref: "kein gültiger ref!" } }),
      (r) => ({ ...r, values: Object.fromEntries(Object.entries(r.values).filter(([k]) => k !== Object.keys(FIELDS[r.kind])[0])) }),
      (r) => ({ ...r, values: { ...r.values, [Object.keys(FIELDS[r.kind])[0]!]: { a: [[[{}]]] } } }),
      (r) => ({ ...r, values: { ...r.values, ref: `${String(r.values.ref)}\u0000` } }),
    ];
    const file = fc.constantFrom("json" as const, "xlsx" as const).chain((format) =>
      fc.record({ format: fc.constant(format), rows: rowsArb(IMPORT_KINDS, format === "json"), spoilers: fc.infiniteStream(fc.constantFrom(...SPOILERS.slice(0, format === "json" ? 4 : 2))) }),
    );
    await fc.assert(
      fc.asyncProperty(file, async ({ format, rows: generated, spoilers }) => {
        const rows = withRefs(generated).map((r) => spoilers.next().value(r));
        const bytes = format === "json" ? jsonFile(rows) : await xlsxFile(rows);
        const before = await counts();
        const result = await importFile(db, { name: `bad.${format}`, bytes }, actors.admin, { now: NOW });
        const where = `${format} ${JSON.stringify(rows).slice(0, 1500)} → ${JSON.stringify(result).slice(0, 1500)}`;
        if (result.ok) {
          expect(Object.values(result.report.counts).every((c) => c.created === 0 && c.updated === 0 && c.unchanged === 0), where).toBe(true);
          expect(result.report.problems.length, where).toBeGreaterThan(0);
        }
        expect({ ...(await counts()), audit: 0 }, where).toEqual({ ...before, audit: 0 });
      }),
      runs(60),
    );
  });

  it("files that are no import: refused with a file error, nothing written", async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      fc.jsonValue().map((v) => encode(JSON.stringify(v) ?? "")),
      fc.constantFrom("", "{", "[]", "null", '{"products": 1}', '{"products": [1, "a", null, [[]]]}', '{"suppliers": []}', "\uFEFF{}", "PK\u0003\u0004", "ref,name\n\"a", "\u0000\u0000").map(encode),
      // A JSON file nested 10,000 levels deep
      fc.constantFrom(encode(`{"products":[${"[".repeat(10_000)}${"]".repeat(10_000)}]}`), encode(`{"products":[{"ref":"FZ:DEEP","name":${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}}]}`)),
    );
    await fc.assert(
      fc.asyncProperty(bytes, fc.constantFrom("x.json", "products.csv", "x.xlsx", "x.csv", "x.txt", "x", "products.JSON", "x.xlsx.exe"), async (b, name) => {
        const before = await counts();
        let result: ImportFileResult;
        try {
          result = await importFile(db, { name, bytes: b }, actors.admin, { now: NOW });
        } catch (error) {
          throw new Error(`importFile threw for ${name} ${Buffer.from(b).toString("hex").slice(0, 200)}: ${String(error).slice(0, 300)}`);
        }
        const where = `${name} ${JSON.stringify(new TextDecoder().decode(b).slice(0, 200))} → ${JSON.stringify(result).slice(0, 600)}`;
        if (!result.ok) expect(FILE_ERRORS, where).toContain(result.error);
        else for (const p of result.report.problems) expect(translated(p.code), where).toBe(true);
        const after = await counts();
        const written = result.ok && Object.values(result.report.counts).some((c) => c.created + c.updated > 0);
        if (!written) expect({ ...after, audit: 0 }, where).toEqual({ ...before, audit: 0 });
      }),
      runs(100),
    );
  });
});
