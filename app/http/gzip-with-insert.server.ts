// A kept page gzipped once and sent to every visitor with their own CSP nonce written in,
// instead of compressing the whole page again for each reply (a 48 KB search page was most of
// a cached reply's CPU: bench:load, README).
//
// DEFLATE (RFC 1951) is a sequence of blocks, and a stream flushed with Z_FULL_FLUSH ends
// byte-aligned with no reference to what came before, so independently compressed parts can
// be laid end to end. Between them goes the reply's own text as a "stored" block (three
// header bits, padding, its length and the length's complement, the bytes), then an empty
// final block. The gzip wrapper (RFC 1952) adds a 10-byte header and, at the end, the CRC-32
// and length of the whole uncompressed text: the CRC is run over the parts after the first
// insert for each reply (tens of microseconds), the rest comes from the parts made once.
import { constants, crc32, deflateRawSync } from "node:zlib";

export interface GzipParts {
  /** Each part of the text between inserts, compressed alone and ending on a full flush. */
  deflated: Buffer[];
  /** The parts themselves, for each reply's CRC. */
  raw: Buffer[];
  /** The CRC-32 of the first part, run once. */
  firstCrc: number;
  rawLength: number;
}

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0x03]);
/** An empty final stored block: BFINAL=1, BTYPE=00, then LEN 0 and NLEN 0xffff. */
const FINAL_BLOCK = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]);
/** The most a stored block holds. */
const STORED_MAX = 0xffff;

/** The parts of a text split at its inserts, compressed once. */
export function gzipParts(parts: readonly string[]): GzipParts {
  const raw = parts.map((p) => Buffer.from(p, "utf8"));
  // An empty part needs no block (zlib would end the stream there with a final one).
  const deflated = raw.map((r) => (r.length === 0 ? Buffer.alloc(0) : deflateRawSync(r, { finishFlush: constants.Z_FULL_FLUSH })));
  return { deflated, raw, firstCrc: crc32(raw[0] ?? Buffer.alloc(0)), rawLength: raw.reduce((n, r) => n + r.length, 0) };
}

/** `bytes` as stored (uncompressed) non-final blocks. */
function stored(bytes: Buffer): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += STORED_MAX) {
    const chunk = bytes.subarray(at, at + STORED_MAX);
    const head = Buffer.alloc(5);
    head.writeUInt16LE(chunk.length, 1);
    head.writeUInt16LE(~chunk.length & 0xffff, 3);
    out.push(head, chunk);
  }
  return out;
}

/** The gzip of the parts joined by `insert` (the text between each two parts). */
export function gzipWithInsert(parts: GzipParts, insert: string): Buffer {
  const between = Buffer.from(insert, "utf8");
  const pieces: Buffer[] = [GZIP_HEADER];
  let crc = parts.firstCrc;
  parts.deflated.forEach((deflated, i) => {
    if (i > 0) {
      pieces.push(...stored(between));
      crc = crc32(parts.raw[i]!, crc32(between, crc));
    }
    pieces.push(deflated);
  });
  pieces.push(FINAL_BLOCK);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE((parts.rawLength + between.length * (parts.raw.length - 1)) >>> 0, 4);
  pieces.push(trailer);
  return Buffer.concat(pieces);
}
