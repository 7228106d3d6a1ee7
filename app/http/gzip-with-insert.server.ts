// A kept page gzipped once and sent to every visitor with their own CSP nonce written in,
// instead of compressing the whole page again for each reply (a 48 KB search page was most of
// a cached reply's CPU: bench:load, README).
//
// DEFLATE (RFC 1951) is a sequence of blocks, and a stream flushed with Z_FULL_FLUSH ends
// byte-aligned with no reference to what came before, so independently compressed parts can
// be laid end to end. Between them goes the reply's own text as a "stored" block (three
// header bits, padding, its length and the length's complement, the bytes), then an empty
// final block. The gzip wrapper (RFC 1952) adds a 10-byte header and, at the end, the CRC-32
// and length of the whole uncompressed text, combined for each reply from the parts' own CRCs
// (made once) and the insert's, so only the page's compressed parts are kept.
import { constants, deflateRawSync } from "node:zlib";

export interface GzipParts {
  /** Each part of the text between inserts, compressed alone and ending on a full flush. */
  deflated: Buffer[];
  /** Each part's CRC-32 and length in bytes: a reply's CRC is combined from them, never run over the page again. */
  crcs: number[];
  lengths: number[];
}

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0x03]);
/** An empty final stored block: BFINAL=1, BTYPE=00, then LEN 0 and NLEN 0xffff. */
const FINAL_BLOCK = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]);
/** The most a stored block holds. */
const STORED_MAX = 0xffff;

// ─── CRC-32 (the gzip trailer's), in JavaScript: zlib.crc32 is missing from some Node releases
// the app runs on (22.0, 22.1), and combining two CRCs (zlib's crc32_combine) is not exposed.

/** The reflected polynomial of CRC-32 (ISO 3309, as gzip uses it). */
const POLY = 0xedb88320;
const TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ POLY : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** a(x)·b(x) modulo the polynomial, both reflected (zlib's multmodp). */
function multiplyModP(a: number, b: number): number {
  let m = 0x80000000;
  let product = 0;
  for (;;) {
    if (a & m) {
      product ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    m >>>= 1;
    b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1;
  }
  return product >>> 0;
}

/** x^(2^k) modulo the polynomial, k = 0…31. */
const X2N: number[] = [];
for (let k = 0, p = 0x40000000; k < 32; k++) {
  X2N.push(p);
  p = multiplyModP(p, p);
}

/** x^(n·2^k) modulo the polynomial (zlib's x2nmodp). */
function powerModP(n: number, k: number): number {
  let p = 0x80000000;
  while (n) {
    if (n & 1) p = multiplyModP(X2N[k & 31]!, p);
    n >>>= 1;
    k++;
  }
  return p;
}

/** The CRC-32 of A followed by B, from A's CRC, B's CRC and B's length (zlib's crc32_combine). */
export function combineCrc32(crcA: number, crcB: number, lengthB: number): number {
  return (multiplyModP(powerModP(lengthB, 3), crcA) ^ crcB) >>> 0;
}

/** The parts of a text split at its inserts, compressed once. */
export function gzipParts(parts: readonly string[]): GzipParts {
  const raw = parts.map((p) => Buffer.from(p, "utf8"));
  // An empty part needs no block (zlib would end the stream there with a final one).
  const deflated = raw.map((r) => (r.length === 0 ? Buffer.alloc(0) : deflateRawSync(r, { finishFlush: constants.Z_FULL_FLUSH })));
  return { deflated, crcs: raw.map(crc32), lengths: raw.map((r) => r.length) };
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
  const betweenCrc = crc32(between);
  const pieces: Buffer[] = [GZIP_HEADER];
  let crc = parts.crcs[0] ?? 0;
  let length = parts.lengths[0] ?? 0;
  parts.deflated.forEach((deflated, i) => {
    if (i > 0) {
      pieces.push(...stored(between));
      crc = combineCrc32(combineCrc32(crc, betweenCrc, between.length), parts.crcs[i]!, parts.lengths[i]!);
      length += between.length + parts.lengths[i]!;
    }
    pieces.push(deflated);
  });
  pieces.push(FINAL_BLOCK);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc, 0);
  trailer.writeUInt32LE(length >>> 0, 4);
  pieces.push(trailer);
  return Buffer.concat(pieces);
}
