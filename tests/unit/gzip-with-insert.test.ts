// A kept page gzipped once, each reply's nonce written in (app/http/gzip-with-insert.server.ts):
// any gzip reader gets back exactly the text, wherever the inserts fall.
import { randomBytes } from "node:crypto";
import { crc32 as zlibCrc32, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { combineCrc32, crc32, gzipParts, gzipWithInsert } from "../../app/http/gzip-with-insert.server.ts";

const roundTrip = (parts: string[], insert: string) => gunzipSync(gzipWithInsert(gzipParts(parts), insert)).toString("utf8");

describe("gzip with an insert", () => {
  it("gives back the parts joined by the insert, wherever it falls", () => {
    const cases: string[][] = [
      ["<html><script nonce=\"", "\">x</script></html>"],
      ["", "middle", ""],
      ["no insert at all"],
      ["", ""],
      ["a", "b", "c", "d", "e"],
      ["Keripik pisang — kualitas ekspor ✓ ", " selesai"],
    ];
    for (const parts of cases) expect(roundTrip(parts, "N0nce+/=")).toBe(parts.join("N0nce+/="));
  });

  it("holds a large page and a large insert (more than one stored block)", () => {
    const page = Array.from({ length: 3_000 }, (_, i) => `<li>Produk ${i} · keripik singkong balado</li>`).join("");
    const big = "x".repeat(70_000);
    expect(roundTrip([page, page, page], big)).toBe([page, page, page].join(big));
  });

  it("compresses the page (only the insert is stored as it is)", () => {
    const page = "<p>keripik</p>".repeat(5_000);
    const gz = gzipWithInsert(gzipParts([page, page]), "nonce123");
    expect(gz.length).toBeLessThan(page.length / 20);
  });

  it("computes CRC-32 as zlib does, and combines two parts' CRCs into the whole's", () => {
    for (const [a, b] of [[0, 0], [0, 5], [7, 0], [1, 1], [100, 3], [3, 100_000], [65_536, 65_537]] as const) {
      const [x, y] = [randomBytes(a), randomBytes(b)];
      expect(crc32(x)).toBe(zlibCrc32(x));
      expect(combineCrc32(crc32(x), crc32(y), y.length)).toBe(zlibCrc32(Buffer.concat([x, y])));
    }
  });
});
