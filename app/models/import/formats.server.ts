// Reading an import file into raw rows: JSON (all kinds in one object), CSV (one kind per
// file) or XLSX (one sheet per kind). Parsing is done by well-kept libraries (csv-parse,
// exceljs); this module only maps their output to rows with the line number a person
// would look up, and turns flat CSV/XLSX cells into the JSON shape (lists, numbers, dates).
import { parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { legalFormFromText } from "../domain.ts";
import { DATE_FIELDS, IMPORT_KINDS, LEGAL_FORM_FIELDS, LIST_FIELDS, NUMBER_FIELDS, type ImportKind } from "./rows.ts";
import { verifiedXlsx } from "./xlsx-limits.server.ts";
import { dayToDate } from "~/lib/calendar-day.ts";

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 50_000;
export const IMPORT_FORMATS = ["json", "csv", "xlsx"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface RawRow {
  kind: ImportKind;
  /** Where a person finds the row: the CSV line, the sheet row, or the index in the JSON list (1-based). */
  line: number;
  values: Record<string, unknown>;
}

export type ParseResult = { ok: true; rows: RawRow[] } | { ok: false; error: FileError; detail?: string };
export type FileError =
  | "file_empty"
  | "file_too_large"
  | "file_malformed"
  | "file_format"
  | "kind_unknown"
  | "too_many_rows"
  /** An XLSX (ZIP) file that inflates to too much, or far more than its size: see xlsx-limits.server.ts. */
  | "file_inflates_too_much";

/** Sheet and file names may be English or Indonesian. */
const KIND_NAMES: Record<string, ImportKind> = {
  producers: "producers",
  produsen: "producers",
  buyers: "buyers",
  pembeli: "buyers",
  products: "products",
  produk: "products",
  certifications: "certifications",
  sertifikasi: "certifications",
  needs: "needs",
  kebutuhan: "needs",
};

export function kindFromName(name: string): ImportKind | undefined {
  const stem = name.toLowerCase().replace(/\.[a-z]+$/, "").replace(/[^a-z]+/g, " ").trim().split(" ");
  for (const word of stem) if (KIND_NAMES[word]) return KIND_NAMES[word];
  return undefined;
}

export function formatFromName(name: string): ImportFormat | undefined {
  const extension = name.toLowerCase().split(".").pop();
  return IMPORT_FORMATS.find((f) => f === extension);
}

export async function parseImportFile(bytes: Uint8Array, format: ImportFormat, csvKind?: ImportKind): Promise<ParseResult> {
  if (bytes.byteLength === 0) return { ok: false, error: "file_empty" };
  if (bytes.byteLength > MAX_IMPORT_BYTES) return { ok: false, error: "file_too_large" };
  let result: ParseResult;
  try {
    if (format === "json") result = parseJson(bytes);
    else if (format === "csv") result = csvKind ? parseCsvRows(bytes, csvKind) : { ok: false, error: "kind_unknown" };
    else result = await parseXlsx(bytes);
  } catch (error) {
    return { ok: false, error: "file_malformed", detail: error instanceof Error ? error.message.slice(0, 200) : undefined };
  }
  if (result.ok && result.rows.length === 0) return { ok: false, error: "file_empty" };
  if (result.ok && result.rows.length > MAX_IMPORT_ROWS) return { ok: false, error: "too_many_rows" };
  return result;
}

function parseJson(bytes: Uint8Array): ParseResult {
  const document: unknown = JSON.parse(new TextDecoder().decode(bytes));
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    return { ok: false, error: "file_malformed", detail: "expected an object with lists of producers, buyers, products, certifications or needs" };
  }
  const unknown = Object.keys(document).filter((key) => !(IMPORT_KINDS as readonly string[]).includes(key) && key !== "$schema");
  if (unknown.length > 0) return { ok: false, error: "kind_unknown", detail: unknown.join(", ") };
  const rows: RawRow[] = [];
  for (const kind of IMPORT_KINDS) {
    const list = (document as Record<string, unknown>)[kind];
    if (list === undefined) continue;
    if (!Array.isArray(list)) return { ok: false, error: "file_malformed", detail: `"${kind}" must be a list` };
    list.forEach((item, index) => {
      const values = typeof item === "object" && item !== null && !Array.isArray(item) ? (item as Record<string, unknown>) : {};
      rows.push({ kind, line: index + 1, values: normaliseJson(kind, values) });
    });
  }
  return { ok: true, rows };
}

function parseCsvRows(bytes: Uint8Array, kind: ImportKind): ParseResult {
  const text = new TextDecoder().decode(bytes);
  // Spreadsheets set to Indonesian write ";" between cells; take whichever the header uses.
  const header = text.slice(0, text.search(/\r?\n/) >>> 0);
  const delimiter = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ";" : ",";
  const records = parseCsv(text, { bom: true, columns: true, delimiter, skip_empty_lines: true, trim: true, info: true }) as {
    record: Record<string, string>;
    info: { lines: number };
  }[];
  return { ok: true, rows: records.map(({ record, info }) => ({ kind, line: info.lines, values: fromFlat(kind, record) })) };
}

async function parseXlsx(bytes: Uint8Array): Promise<ParseResult> {
  // exceljs inflates the whole archive into memory: it only gets one measured and bounded first.
  const verified = await verifiedXlsx(bytes);
  if (!verified.ok) return verified;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(verified.workbook as unknown as ArrayBuffer);
  const rows: RawRow[] = [];
  const unknown: string[] = [];
  for (const sheet of workbook.worksheets) {
    const kind = kindFromName(sheet.name);
    if (!kind) {
      unknown.push(sheet.name);
      continue;
    }
    const headers: string[] = [];
    sheet.getRow(1).eachCell((cell, column) => (headers[column] = String(cellValue(cell.value) ?? "").trim()));
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      const record: Record<string, string> = {};
      row.eachCell((cell, column) => {
        const header = headers[column];
        const value = cellValue(cell.value);
        if (header && value !== undefined) record[header] = value;
      });
      if (Object.keys(record).length > 0) rows.push({ kind, line: number, values: fromFlat(kind, record) });
    });
  }
  if (rows.length === 0 && unknown.length > 0) return { ok: false, error: "kind_unknown", detail: unknown.join(", ") };
  return { ok: true, rows };
}

/** A cell as the text a person typed: dates as YYYY-MM-DD, formulas by their result. */
function cellValue(value: ExcelJS.CellValue): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("result" in value) return cellValue(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text);
    return undefined;
  }
  return String(value);
}

/** Calendar days are Indonesian (WIB) days, like the forms' date fields; any other text (2027-02-31 too) is left for zod to refuse. */
function toDate(value: string): Date | string {
  return dayToDate(value) ?? value;
}

/** Numbers as written in a cell: "1500", "42.5" or "42,5"; anything else is left for zod to refuse. */
function toNumber(value: string): number | string {
  const plain = value.replace(/\s+/g, "");
  if (/^-?\d+(\.\d+)?$/.test(plain)) return Number(plain);
  if (/^-?\d+,\d+$/.test(plain)) return Number(plain.replace(",", "."));
  return value;
}

/** A CSV/XLSX record in the JSON shape: empty cells dropped, lists split on ";", one contact person. */
export function fromFlat(kind: ImportKind, record: Record<string, string>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const contact: Record<string, string> = {};
  for (const [rawKey, rawValue] of Object.entries(record)) {
    const key = rawKey.trim();
    const value = rawValue.trim();
    if (value === "") continue;
    const contactField = /^contact(Name|Position|Phone|Email)$/.exec(key);
    if (kind === "producers" && contactField) contact[contactField[1]!.toLowerCase()] = value;
    else if (LIST_FIELDS[kind].includes(key)) values[key] = value.split(/\s*[;|]\s*/).filter(Boolean);
    else if (NUMBER_FIELDS[kind].includes(key)) values[key] = toNumber(value);
    else if (DATE_FIELDS[kind].includes(key)) values[key] = toDate(value);
    else if (LEGAL_FORM_FIELDS[kind].includes(key)) values[key] = toLegalForm(value);
    else values[key] = value;
  }
  if (Object.keys(contact).length > 0) values.contacts = [contact];
  return values;
}

/** A legal form as written ("C.V.", "PT.", "koperasi") as its code; anything else is left for zod to refuse. */
function toLegalForm(value: string): string {
  return legalFormFromText(value) ?? value;
}

/** JSON rows are typed already; only their dates arrive as text, and legal forms as people write them. */
function normaliseJson(kind: ImportKind, values: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...values };
  for (const field of DATE_FIELDS[kind]) {
    const value = copy[field];
    if (typeof value === "string") copy[field] = toDate(value);
  }
  // An empty or null legal form is one not stated, as an empty cell is in CSV.
  for (const field of LEGAL_FORM_FIELDS[kind]) {
    const value = copy[field];
    if (value === null || (typeof value === "string" && value.trim() === "")) delete copy[field];
    else if (typeof value === "string") copy[field] = toLegalForm(value);
  }
  return copy;
}
