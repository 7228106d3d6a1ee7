// storeImage on a temporary directory: what it accepts, what it writes, and that readStored
// reads its files back while still refusing paths that leave the upload directory.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_IMAGE_SIDE, removeImage, storeImage } from "~/models/catalog/images.server.ts";
import { readStored } from "~/models/platform/uploads.server.ts";

const dir = mkdtempSync(path.join(tmpdir(), "mitraikm-images-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: "#1b6e53" } });

describe("storeImage", () => {
  it("keeps the type, caps the size and writes a WebP thumbnail that fits in 400×400", async () => {
    const stored = await storeImage(dir, "product-photos", await solid(5000, 1000).png().toBuffer());
    expect(stored).toMatchObject({ ok: true, mimeType: "image/png", width: MAX_IMAGE_SIDE, height: 800 });
    if (!stored.ok) return;
    expect(stored.path).toMatch(/^product-photos\/[0-9a-f]{32}\.png$/);
    expect(stored.thumbPath).toBe(stored.path.replace(/\.png$/, "-thumb.webp"));
    const thumb = await sharp(path.join(dir, stored.thumbPath)).metadata();
    expect([thumb.format, thumb.width, thumb.height]).toEqual(["webp", 400, 80]);
    expect(await readStored(dir, stored.thumbPath)).not.toBeNull();
  });

  it("turns a photo upright by its EXIF orientation and drops the EXIF block", async () => {
    const jpeg = await solid(600, 300)
      .jpeg()
      .withMetadata({ orientation: 6, exif: { IFD3: { GPSLatitudeRef: "S", GPSLatitude: "7/1 58/1 0/1" } } })
      .toBuffer();
    const stored = await storeImage(dir, "product-photos", jpeg);
    expect(stored).toMatchObject({ ok: true, mimeType: "image/jpeg", width: 300, height: 600 });
    if (!stored.ok) return;
    const meta = await sharp(path.join(dir, stored.path)).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
  });

  it("does not enlarge small images", async () => {
    const stored = await storeImage(dir, "product-photos", await solid(120, 90).webp().toBuffer());
    expect(stored).toMatchObject({ ok: true, mimeType: "image/webp", width: 120, height: 90 });
    if (stored.ok) expect((await sharp(path.join(dir, stored.thumbPath)).metadata()).width).toBe(120);
  });

  it("refuses empty, oversized, non-image and undecodable files without writing anything", async () => {
    const before = readdirSync(path.join(dir, "product-photos")).length;
    const png = await solid(50, 50).png().toBuffer();
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(png);
    expect(await storeImage(dir, "product-photos", new Uint8Array(0))).toEqual({ ok: false, error: "file_empty" });
    expect(await storeImage(dir, "product-photos", big)).toEqual({ ok: false, error: "file_too_large" });
    expect(await storeImage(dir, "product-photos", new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toEqual({ ok: false, error: "file_type" });
    expect(await storeImage(dir, "product-photos", await solid(10, 10).gif().toBuffer())).toEqual({ ok: false, error: "file_type" });
    expect(await storeImage(dir, "product-photos", png.subarray(0, 60))).toEqual({ ok: false, error: "file_type" });
    expect(readdirSync(path.join(dir, "product-photos"))).toHaveLength(before);
  });

  it("removes an image with its thumbnail", async () => {
    const stored = await storeImage(dir, "logos", await solid(10, 10).png().toBuffer());
    if (!stored.ok) throw new Error(stored.error);
    await removeImage(dir, stored);
    expect(readdirSync(path.join(dir, "logos"))).toEqual([]);
  });
});

describe("readStored", () => {
  it.each(["../secret.png", "product-photos/../../x.webp", "/etc/passwd", "product-photos/abc.webp", `product-photos/${"a".repeat(32)}-thumb.png`, `Product/${"a".repeat(32)}.jpg`])(
    "refuses %s",
    async (name) => {
      expect(await readStored(dir, name)).toBeNull();
    },
  );
});
