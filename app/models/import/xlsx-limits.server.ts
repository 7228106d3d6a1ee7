// An XLSX workbook is a ZIP archive, and a ZIP of a few hundred kB can inflate to gigabytes
// (a "decompression bomb"). exceljs inflates every entry whole, into memory, before it reads
// a single row, so it must never see a workbook we have not measured. This module:
//   1. reads the ZIP central directory (by hand: it is a few fixed-layout records, and the
//      ZIP readers in node_modules are only exceljs's own dependencies, not ours),
//   2. refuses the archive from its declared sizes alone (entry count, each entry's inflated
//      size, the total, and the compression ratios) before inflating anything,
//   3. inflates each entry itself, with a stream that stops as soon as an entry yields more
//      than it declared, so a directory that lies about sizes gains nothing, and
//   4. hands back a new, uncompressed ZIP of exactly the verified bytes, for exceljs to read:
//      whatever exceljs (or its ZIP library) makes of it, there is nothing left to inflate.
// Whole at ~345 lines: the four steps below read one ZIP layout; split, each part would need
// the others' record offsets.
import { createInflateRaw, crc32 } from "node:zlib";

const MiB = 1024 * 1024;

/**
 * At most this many entries. A workbook written by Excel, LibreOffice or exceljs typically has 10–30
 * (parts, relationships, one XML file per sheet); embedded pictures add a few. Thousands of
 * tiny entries are only a way to make every reader allocate per entry.
 */
export const MAX_XLSX_ENTRIES = 1_000;

/**
 * At most this many bytes in one inflated entry. The largest part of an honest 50,000-row
 * import measured 33 MB (the sheet XML of 50,000 producers with all 18 columns filled); the
 * shared strings of text-heavy rows reach ~50 MB at most, because text compresses only ~3×
 * and the file itself may be at most 20 MB (MAX_IMPORT_BYTES).
 */
export const MAX_XLSX_ENTRY_BYTES = 64 * MiB;

/**
 * At most this many inflated bytes in all. Honest 50,000-row workbooks made by exceljs
 * measured 23–61 MB (27 MB for the import benchmark's products, 61 MB for producers with
 * every column filled). exceljs needs ~9–13× the XML size in memory while it reads (up to
 * ~18× for a sheet of tiny cells), so each MB allowed here costs 10–18 MB at read time:
 * 100 MB caps one import at about 1–2 GB, where 200 MB would allow twice that.
 */
export const MAX_XLSX_INFLATED_BYTES = 100 * MiB;

/**
 * At most this inflated-to-compressed ratio, per entry and for the whole file. Sheet XML and
 * shared strings of real workbooks compress 3–12× (measured); even 300,000 styled empty rows
 * (the most repetitive XML a spreadsheet program writes) compress ~29×. DEFLATE tops out near
 * 1,000×, and bombs sit there.
 */
export const MAX_XLSX_RATIO = 100;

/**
 * At most this many cells in all the sheets. Bytes alone do not bound exceljs: it keeps an
 * object per cell, so a 4.6 MB file of 2.3 million tiny cells (63 MB of XML, compressing an
 * honest-looking 14×) cost ~1.1 GB. The biggest honest import is 50,000 rows of producers
 * with their 18 columns, 900,000 cells; a million leaves a margin and caps exceljs near 0.5 GB.
 */
export const MAX_XLSX_CELLS = 1_000_000;

/** Ratios are judged above this size only: a small part (styles, an empty sheet) may compress well and costs nothing. */
export const RATIO_FLOOR_BYTES = 1 * MiB;

export type XlsxRefusal = { ok: false; error: "file_inflates_too_much" | "file_malformed"; detail: string };
export type XlsxCheck = { ok: true; workbook: Buffer } | XlsxRefusal;

/** The measured workbook as a ZIP that needs no inflating, or why it is refused. */
export async function verifiedXlsx(bytes: Uint8Array): Promise<XlsxCheck> {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const entries = readCentralDirectory(zip);
    checkDeclaredSizes(entries, zip.byteLength);
    const workbook = await storedZip(zip, entries);
    checkCellCount(workbook, entries);
    return { ok: true, workbook };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: error.code, detail: error.message };
    // Reading past the end of the buffer: a truncated or corrupt archive.
    if (error instanceof RangeError) return { ok: false, error: "file_malformed", detail: "the ZIP archive is truncated" };
    throw error;
  }
}

class Refused extends Error {
  constructor(
    readonly code: XlsxRefusal["error"],
    message: string,
  ) {
    super(message);
  }
}

const malformed = (message: string) => new Refused("file_malformed", message);
const tooMuch = (message: string) => new Refused("file_inflates_too_much", message);

interface ZipEntry {
  /** The name's raw bytes, copied as they are so the ZIP library reads the same name. */
  name: Buffer;
  /** Bit 11 of the flags: the name is UTF-8. */
  utf8: boolean;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  time: number;
  date: number;
  madeBy: number;
  externalAttributes: number;
}

const displayName = (entry: ZipEntry) => JSON.stringify(entry.name.toString("utf8").slice(0, 100));

// ---- 1. The central directory (APPNOTE.TXT §4.3) ----

const END_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_END_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** A 16- or 32-bit field holding this means "the real value is in the ZIP64 record". */
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;

function readCentralDirectory(zip: Buffer): ZipEntry[] {
  const { count, offset } = directoryLocation(zip);
  if (count > MAX_XLSX_ENTRIES) throw tooMuch(`${count} entries (at most ${MAX_XLSX_ENTRIES})`);
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw malformed("damaged ZIP central directory");
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const name = zip.subarray(at + 46, at + 46 + nameLength);
    const extra = zip.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    const flags = zip.readUInt16LE(at + 8);
    if (flags & 0x0001) throw malformed("the workbook is encrypted");
    const [size, compressedSize, localOffset] = zip64Values(extra, [zip.readUInt32LE(at + 24), zip.readUInt32LE(at + 20), zip.readUInt32LE(at + 42)]);
    entries.push({
      name,
      utf8: (flags & 0x0800) !== 0,
      method: zip.readUInt16LE(at + 10),
      crc: zip.readUInt32LE(at + 16),
      compressedSize,
      size,
      localOffset,
      time: zip.readUInt16LE(at + 12),
      date: zip.readUInt16LE(at + 14),
      madeBy: zip.readUInt16LE(at + 4),
      externalAttributes: zip.readUInt32LE(at + 38),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where the central directory starts and how many entries it has, from the end record. */
function directoryLocation(zip: Buffer): { count: number; offset: number } {
  const end = findEndRecord(zip);
  if (zip.readUInt16LE(end + 4) !== 0 || zip.readUInt16LE(end + 6) !== 0) throw malformed("multi-part ZIP archives are not supported");
  const count = zip.readUInt16LE(end + 10);
  const offset = zip.readUInt32LE(end + 16);
  if (count !== U16_MAX && offset !== U32_MAX) return { count, offset };
  // ZIP64: a locator just before the end record points to a larger end record. A 20 MB
  // workbook never needs it, but some writers emit it anyway.
  if (end < 20 || zip.readUInt32LE(end - 20) !== ZIP64_LOCATOR_SIGNATURE) throw malformed("damaged ZIP64 end record");
  const end64 = safeNumber(zip.readBigUInt64LE(end - 20 + 8));
  if (zip.readUInt32LE(end64) !== ZIP64_END_SIGNATURE) throw malformed("damaged ZIP64 end record");
  return { count: safeNumber(zip.readBigUInt64LE(end64 + 32)), offset: safeNumber(zip.readBigUInt64LE(end64 + 48)) };
}

/** The end record is 22 bytes plus a comment of up to 65,535 bytes, so it is searched for from the end. */
function findEndRecord(zip: Buffer): number {
  const earliest = Math.max(0, zip.byteLength - 22 - U16_MAX);
  for (let at = zip.byteLength - 22; at >= earliest; at--) {
    if (zip.readUInt32LE(at) === END_SIGNATURE) return at;
  }
  throw malformed("not a ZIP archive");
}

/** Replaces the size, compressed size and offset marked 0xFFFFFFFF by the ZIP64 extra field's values, in that order. */
function zip64Values(extra: Buffer, values: [number, number, number]): [number, number, number] {
  if (!values.includes(U32_MAX)) return values;
  for (let at = 0; at + 4 <= extra.byteLength; at += 4 + extra.readUInt16LE(at + 2)) {
    if (extra.readUInt16LE(at) !== 0x0001) continue;
    let field = at + 4;
    return values.map((value) => {
      if (value !== U32_MAX) return value;
      field += 8;
      return safeNumber(extra.readBigUInt64LE(field - 8));
    }) as [number, number, number];
  }
  throw malformed("damaged ZIP64 extra field");
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw malformed("ZIP64 value out of range");
  return Number(value);
}

// ---- 2. The declared sizes ----

function checkDeclaredSizes(entries: ZipEntry[], fileBytes: number): void {
  let total = 0;
  for (const entry of entries) {
    if (entry.method !== 0 && entry.method !== 8) throw malformed(`${displayName(entry)} uses compression method ${entry.method}`);
    if (entry.method === 0 && entry.compressedSize !== entry.size) throw malformed(`${displayName(entry)} has inconsistent sizes`);
    if (entry.size > MAX_XLSX_ENTRY_BYTES) throw tooMuch(`${displayName(entry)} inflates to ${entry.size} bytes (at most ${MAX_XLSX_ENTRY_BYTES})`);
    if (entry.size > RATIO_FLOOR_BYTES && entry.size / Math.max(entry.compressedSize, 1) > MAX_XLSX_RATIO) {
      throw tooMuch(`${displayName(entry)} inflates ${Math.round(entry.size / Math.max(entry.compressedSize, 1))}× (at most ${MAX_XLSX_RATIO}×)`);
    }
    total += entry.size;
  }
  if (total > MAX_XLSX_INFLATED_BYTES) throw tooMuch(`the workbook inflates to ${total} bytes (at most ${MAX_XLSX_INFLATED_BYTES})`);
  if (total > RATIO_FLOOR_BYTES && total / fileBytes > MAX_XLSX_RATIO) {
    throw tooMuch(`the workbook inflates ${Math.round(total / fileBytes)}× (at most ${MAX_XLSX_RATIO}×)`);
  }
}

// ---- 5. The cells, counted in the verified sheet XML before exceljs makes an object of each ----

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
const CELL_OPEN = Buffer.from("<c");
const AFTER_CELL_TAG = new Set([0x20, 0x3e, 0x2f, 0x09, 0x0a, 0x0d]); // space > / tab LF CR: "<c …", "<c>", "<c/>", not "<col"

function checkCellCount(workbook: Buffer, entries: ZipEntry[]): void {
  let cells = 0;
  let at = 0;
  for (const entry of entries) {
    at += LOCAL_HEADER + entry.name.byteLength;
    if (SHEET_PART.test(entry.name.toString(entry.utf8 ? "utf8" : "latin1"))) {
      const xml = workbook.subarray(at, at + entry.size);
      for (let i = xml.indexOf(CELL_OPEN); i !== -1; i = xml.indexOf(CELL_OPEN, i + 2)) {
        if (AFTER_CELL_TAG.has(xml[i + 2]!) && ++cells > MAX_XLSX_CELLS) throw tooMuch(`the sheets hold more than ${MAX_XLSX_CELLS} cells`);
      }
    }
    at += entry.size;
  }
}

// ---- 3 and 4. Inflate within the declared sizes, into an uncompressed ZIP ----

const LOCAL_HEADER = 30;
const CENTRAL_HEADER = 46;
const END_RECORD = 22;

/**
 * Writes every entry, inflated, into one buffer sized from the declared sizes (already
 * bounded above), so memory is that buffer plus one inflate chunk, whatever the input says.
 */
async function storedZip(zip: Buffer, entries: ZipEntry[]): Promise<Buffer> {
  const dataBytes = entries.reduce((sum, e) => sum + LOCAL_HEADER + e.name.byteLength + e.size, 0);
  const directoryBytes = entries.reduce((sum, e) => sum + CENTRAL_HEADER + e.name.byteLength, 0);
  const out = Buffer.alloc(dataBytes + directoryBytes + END_RECORD);
  const offsets: number[] = [];
  let at = 0;
  for (const entry of entries) {
    offsets.push(at);
    at = writeLocalHeader(out, at, entry);
    const target = out.subarray(at, at + entry.size);
    await inflateEntry(zip, entry, target);
    if (crc32(target) !== entry.crc) throw malformed(`${displayName(entry)} fails its checksum`);
    at += entry.size;
  }
  const directoryStart = at;
  entries.forEach((entry, i) => (at = writeCentralHeader(out, at, entry, offsets[i]!)));
  writeEndRecord(out, at, entries.length, at - directoryStart, directoryStart);
  return out;
}

/** The entry's compressed bytes, which follow its local header (whose name and extra lengths may differ from the directory's). */
function compressedData(zip: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localOffset;
  if (zip.readUInt32LE(at) !== LOCAL_SIGNATURE) throw malformed(`${displayName(entry)} has no local header`);
  const start = at + LOCAL_HEADER + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  if (start + entry.compressedSize > zip.byteLength) throw malformed(`${displayName(entry)} runs past the end of the file`);
  return zip.subarray(start, start + entry.compressedSize);
}

/** Fills `target` (exactly the declared size) with the entry's bytes; more or fewer bytes than declared refuse the file. */
async function inflateEntry(zip: Buffer, entry: ZipEntry, target: Buffer): Promise<void> {
  const data = compressedData(zip, entry);
  if (entry.method === 0 || (entry.size === 0 && entry.compressedSize === 0)) {
    data.copy(target);
    return;
  }
  const written = await new Promise<number>((resolve, reject) => {
    const inflate = createInflateRaw();
    let filled = 0;
    inflate.on("data", (chunk: Buffer) => {
      if (filled + chunk.byteLength > target.byteLength) {
        // The directory lied: stop at once rather than inflate the rest.
        inflate.destroy();
        reject(tooMuch(`${displayName(entry)} inflates to more than the ${entry.size} bytes it declares`));
        return;
      }
      chunk.copy(target, filled);
      filled += chunk.byteLength;
    });
    inflate.on("end", () => resolve(filled));
    inflate.on("error", (error) => reject(malformed(`${displayName(entry)}: ${error.message}`)));
    inflate.end(data);
  });
  if (written !== entry.size) throw malformed(`${displayName(entry)} inflates to ${written} bytes, not the ${entry.size} it declares`);
}

function writeLocalHeader(out: Buffer, at: number, entry: ZipEntry): number {
  out.writeUInt32LE(LOCAL_SIGNATURE, at);
  out.writeUInt16LE(10, at + 4); // version needed: 1.0, stored
  out.writeUInt16LE(entry.utf8 ? 0x0800 : 0, at + 6);
  out.writeUInt16LE(0, at + 8); // method: stored
  out.writeUInt16LE(entry.time, at + 10);
  out.writeUInt16LE(entry.date, at + 12);
  out.writeUInt32LE(entry.crc, at + 14);
  out.writeUInt32LE(entry.size, at + 18);
  out.writeUInt32LE(entry.size, at + 22);
  out.writeUInt16LE(entry.name.byteLength, at + 26);
  out.writeUInt16LE(0, at + 28);
  entry.name.copy(out, at + LOCAL_HEADER);
  return at + LOCAL_HEADER + entry.name.byteLength;
}

function writeCentralHeader(out: Buffer, at: number, entry: ZipEntry, localOffset: number): number {
  out.writeUInt32LE(CENTRAL_SIGNATURE, at);
  // Kept from the original: which system wrote it decides how the attributes (directory or file) read.
  out.writeUInt16LE(entry.madeBy, at + 4);
  out.writeUInt16LE(10, at + 6);
  out.writeUInt16LE(entry.utf8 ? 0x0800 : 0, at + 8);
  out.writeUInt16LE(0, at + 10);
  out.writeUInt16LE(entry.time, at + 12);
  out.writeUInt16LE(entry.date, at + 14);
  out.writeUInt32LE(entry.crc, at + 16);
  out.writeUInt32LE(entry.size, at + 20);
  out.writeUInt32LE(entry.size, at + 24);
  out.writeUInt16LE(entry.name.byteLength, at + 28);
  // Extra field, comment, disk number and internal attributes: none (already zero).
  out.writeUInt32LE(entry.externalAttributes, at + 38);
  out.writeUInt32LE(localOffset, at + 42);
  entry.name.copy(out, at + CENTRAL_HEADER);
  return at + CENTRAL_HEADER + entry.name.byteLength;
}

function writeEndRecord(out: Buffer, at: number, count: number, directoryBytes: number, directoryStart: number): void {
  out.writeUInt32LE(END_SIGNATURE, at);
  out.writeUInt16LE(count, at + 8);
  out.writeUInt16LE(count, at + 10);
  out.writeUInt32LE(directoryBytes, at + 12);
  out.writeUInt32LE(directoryStart, at + 16);
}
