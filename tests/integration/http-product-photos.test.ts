// Product photos through the real server: a producer uploads pictures to their own product
// (type decided by the bytes, decoded, turned upright and stripped by sharp, with a WebP
// thumbnail beside them), orders and removes them; the public sees the photos of active
// products only; nobody reaches another organisation's photos.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../prisma/seed.ts";
import { Client, postMultipart, signedIn, until, textOf } from "../helpers/http.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

let server: TestServer;
let uploadDir: string;
let producer: Client;
let other: Client;
let product: { id: string; name: string; slug: string };
let foreignProductId: string;

const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;

const signIn = (email: string) => signedIn(server.url, email);

function photoForm(bytes: Uint8Array, name: string, type: string): FormData {
  const form = new FormData();
  form.append("photo", new Blob([new Uint8Array(bytes)], { type }), name);
  return form;
}
const upload = (client: Client, productId: string, bytes: Uint8Array, name = "foto.png", type = "image/png") =>
  postMultipart(client, `/workspace/products/${productId}`, photoForm(bytes, name, type));

const photosOf = (productId: string) => server.db.productPhoto.findMany({ where: { productId }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }] });
const filesOnDisk = () => (existsSync(path.join(uploadDir, "product-photos")) ? readdirSync(path.join(uploadDir, "product-photos")).sort() : []);
/** An attribute value as React writes it into HTML. */
const attr = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

let PNG: Buffer;
let JPEG_ROTATED: Buffer;
let WEBP: Buffer;

beforeAll(async () => {
  server = await startServer("http-product-photos");
  // The server's upload directory sits beside its database file (tests/helpers/server.ts).
  const [main] = await server.db.$queryRawUnsafe<{ file: string }[]>("PRAGMA database_list");
  uploadDir = main!.file.replace(/\.db$/, "-uploads");

  producer = await signIn(demo("producer").email);
  const own = await server.db.product.findFirstOrThrow({
    where: { status: "active", producer: { organisation: { memberships: { some: { user: { email: demo("producer").email } } } } } },
    select: { id: true, name: true, producer: { select: { organisation: { select: { slug: true } } } } },
  });
  product = { id: own.id, name: own.name, slug: own.producer.organisation.slug };
  // A product of another active producer that has a member who can sign in.
  const foreign = await server.db.product.findFirstOrThrow({
    where: {
      status: "active",
      producer: { organisation: { status: "active", memberships: { some: {}, none: { user: { email: demo("producer").email } } } } },
    },
    select: { id: true, producer: { select: { organisation: { select: { memberships: { take: 1, select: { user: { select: { email: true } } } } } } } } },
  });
  foreignProductId = foreign.id;
  other = await signIn(foreign.producer.organisation.memberships[0]!.user.email);

  PNG = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#1b6e53" } }).png().toBuffer();
  // 600×300 pixels that a phone asks to be shown turned a quarter (EXIF orientation 6), with a GPS position.
  JPEG_ROTATED = await sharp({ create: { width: 600, height: 300, channels: 3, background: "#d9a21b" } })
    .jpeg()
    .withMetadata({ orientation: 6, exif: { IFD3: { GPSLatitudeRef: "S", GPSLatitude: "7/1 58/1 0/1" } } })
    .toBuffer();
  WEBP = await sharp({ create: { width: 300, height: 300, channels: 3, background: "#ffffff" } }).webp().toBuffer();
});
afterAll(async () => {
  await server?.stop();
});

describe("uploading product photos", () => {
  it("refuses what is not a JPEG, PNG or WebP image, empty files, files over 5 MB and no file, storing nothing", async () => {
    const cases: [FormData, string][] = [
      [photoForm(new TextEncoder().encode("bukan gambar, hanya teks"), "foto.png", "image/png"), "Berkas harus JPEG, PNG atau WebP."],
      // A real PDF is a known type, just not an image.
      [photoForm(new TextEncoder().encode("%PDF-1.4\n%%EOF\n"), "foto.jpg", "image/jpeg"), "Berkas harus JPEG, PNG atau WebP."],
      // PNG magic bytes, but no image sharp can decode.
      [photoForm(PNG.subarray(0, 64), "potong.png", "image/png"), "Berkas harus JPEG, PNG atau WebP."],
      [photoForm(new Uint8Array(0), "kosong.png", "image/png"), "Berkas kosong."],
      [new FormData(), "Pilih foto untuk diunggah."],
    ];
    const big = new Uint8Array(5 * 1024 * 1024 + 10);
    big.set(PNG);
    cases.push([photoForm(big, "besar.png", "image/png"), "Berkas terlalu besar (maksimal 5 MB)."]);
    for (const [form, message] of cases) {
      const response = await postMultipart(producer, `/workspace/products/${product.id}`, form);
      expect(response.status, message).toBe(400);
      expect(textOf(await response.text(), "photo-photo-error"), message).toBe(message);
    }
    expect(await photosOf(product.id)).toEqual([]);
    expect(filesOnDisk()).toEqual([]);
  });

  it("stores a PNG and an EXIF-rotated JPEG upright and without metadata, with WebP thumbnails, an outbox row and an audit entry", async () => {
    const outboxBefore = await server.db.searchOutbox.count({ where: { entity: "product", entityId: product.id } });
    const png = await upload(producer, product.id, PNG);
    expect(png.status).toBe(200);
    expect(await png.text()).toContain("Foto ditambahkan.");
    expect((await upload(producer, product.id, JPEG_ROTATED, "IMG_0001.JPG", "image/jpeg")).status).toBe(200);

    const [first, second] = await photosOf(product.id);
    expect(first).toMatchObject({ mimeType: "image/png", sortOrder: 0 });
    expect(second).toMatchObject({ mimeType: "image/jpeg", sortOrder: 1 });
    expect(first!.path).toMatch(/^product-photos\/[0-9a-f]{32}\.png$/);
    expect(second!.path).toMatch(/^product-photos\/[0-9a-f]{32}\.jpg$/);
    expect(second!.thumbPath).toBe(second!.path.replace(/\.jpg$/, "-thumb.webp"));

    const full = await sharp(path.join(uploadDir, second!.path)).metadata();
    expect([full.format, full.width, full.height]).toEqual(["jpeg", 300, 600]);
    expect(full.exif).toBeUndefined();
    expect(full.orientation).toBeUndefined();
    expect(second!.sizeBytes).toBe(statSync(path.join(uploadDir, second!.path)).size);
    for (const photo of [first!, second!]) {
      const thumb = await sharp(path.join(uploadDir, photo.thumbPath!)).metadata();
      expect(thumb.format).toBe("webp");
      expect(Math.max(thumb.width!, thumb.height!)).toBe(400);
      expect(thumb.exif).toBeUndefined();
    }
    expect(await server.db.searchOutbox.count({ where: { entity: "product", entityId: product.id } })).toBe(outboxBefore + 2);
    expect(await server.db.auditLog.count({ where: { entityId: product.id, action: "product.photo_added" } })).toBe(2);

    const page = await (await producer.get(`/workspace/products/${product.id}`)).text();
    expect(page).toContain(`data-photo="${first!.id}"`);
    expect(page).toContain(`src="/media/products/${second!.id}?size=thumb"`);
    expect(page).toContain('accept="image/jpeg,image/png,image/webp"');
  });

  it("moves a photo left and right, and removes it with its files", async () => {
    expect((await upload(producer, product.id, WEBP, "putih.webp", "image/webp")).status).toBe(200);
    const [a, b, c] = (await photosOf(product.id)).map((p) => p.id);
    expect((await producer.post(`/workspace/products/${product.id}`, { intent: "movePhoto", photoId: c!, direction: "left" })).status).toBe(200);
    expect((await photosOf(product.id)).map((p) => p.id)).toEqual([a, c, b]);
    await producer.post(`/workspace/products/${product.id}`, { intent: "movePhoto", photoId: a!, direction: "right" });
    expect((await photosOf(product.id)).map((p) => p.id)).toEqual([c, a, b]);
    // Already first: nothing to do (and nothing recorded), and no error.
    expect((await producer.post(`/workspace/products/${product.id}`, { intent: "movePhoto", photoId: c!, direction: "left" })).status).toBe(200);
    expect((await producer.post(`/workspace/products/${product.id}`, { intent: "movePhoto", photoId: c!, direction: "up" })).status).toBe(400);

    const removed = (await photosOf(product.id))[0]!;
    const response = await producer.post(`/workspace/products/${product.id}`, { intent: "removePhoto", photoId: removed.id });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Foto dihapus.");
    expect((await photosOf(product.id)).map((p) => p.id)).toEqual([a, b]);
    expect(existsSync(path.join(uploadDir, removed.path))).toBe(false);
    expect(existsSync(path.join(uploadDir, removed.thumbPath!))).toBe(false);
    expect(filesOnDisk()).toHaveLength(4);
    expect(await server.db.auditLog.count({ where: { entityId: product.id, action: { in: ["product.photo_moved", "product.photo_removed"] } } })).toBe(3);
    expect((await producer.post(`/workspace/products/${product.id}`, { intent: "removePhoto", photoId: removed.id })).status).toBe(404);
  });

  it("takes at most 8 photos per product", async () => {
    while ((await photosOf(product.id)).length < 8) expect((await upload(producer, product.id, PNG)).status).toBe(200);
    const ninth = await upload(producer, product.id, PNG);
    expect(ninth.status).toBe(400);
    expect(textOf(await ninth.text(), "photo-photo-error")).toBe("Paling banyak 8 foto per produk.");
    expect(await photosOf(product.id)).toHaveLength(8);
    expect(filesOnDisk()).toHaveLength(16);
    const page = await (await producer.get(`/workspace/products/${product.id}`)).text();
    expect(page).toContain("Sudah ada 8 foto.");
    expect(page).not.toContain('type="file"');
  });
});

describe("who may change photos", () => {
  it("refuses another producer's product and photos with 404, changing nothing", async () => {
    expect((await upload(other, foreignProductId, WEBP, "milik-lain.webp", "image/webp")).status).toBe(200);
    const foreign = (await photosOf(foreignProductId))[0]!;
    const ownBefore = await photosOf(product.id);
    const filesBefore = filesOnDisk();

    expect((await upload(producer, foreignProductId, PNG)).status).toBe(404);
    for (const productId of [foreignProductId, product.id]) {
      expect((await producer.post(`/workspace/products/${productId}`, { intent: "removePhoto", photoId: foreign.id })).status).toBe(404);
      expect((await producer.post(`/workspace/products/${productId}`, { intent: "movePhoto", photoId: foreign.id, direction: "left" })).status).toBe(404);
    }
    // The other producer cannot touch ours through their own product either.
    expect((await other.post(`/workspace/products/${foreignProductId}`, { intent: "removePhoto", photoId: ownBefore[0]!.id })).status).toBe(404);

    expect(await photosOf(foreignProductId)).toEqual([foreign]);
    expect(await photosOf(product.id)).toEqual(ownBefore);
    expect(filesOnDisk()).toEqual(filesBefore);
  });

  it("is closed to buyers (403) and anonymous visitors (login)", async () => {
    const before = await photosOf(product.id);
    const buyer = await signIn(demo("buyer").email);
    expect((await upload(buyer, product.id, PNG)).status).toBe(403);
    expect((await buyer.post(`/workspace/products/${product.id}`, { intent: "removePhoto", photoId: before[0]!.id })).status).toBe(403);
    const anonymous = await upload(new Client(server.url), product.id, PNG);
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
    expect(await photosOf(product.id)).toEqual(before);
  });
});

describe("showing photos", () => {
  it("serves them to anyone with the right headers, full size or as thumbnails", async () => {
    const [first, second] = await photosOf(product.id);
    const anonymous = new Client(server.url);
    const full = await anonymous.get(`/media/products/${second!.id}`);
    expect(full.status).toBe(200);
    expect(full.headers.get("Content-Type")).toBe(second!.mimeType);
    expect(full.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(full.headers.get("Cache-Control")).toBe("public, max-age=86400");
    expect(full.headers.get("Content-Disposition")).toBe("inline");
    expect((await sharp(new Uint8Array(await full.arrayBuffer())).metadata()).format).toBe(second!.mimeType.replace("image/", ""));

    const thumb = await anonymous.get(`/media/products/${first!.id}?size=thumb`);
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get("Content-Type")).toBe("image/webp");
    const meta = await sharp(new Uint8Array(await thumb.arrayBuffer())).metadata();
    expect(meta.format).toBe("webp");
    expect(Math.max(meta.width!, meta.height!)).toBeLessThanOrEqual(400);

    expect((await anonymous.get(`/media/products/${first!.id}?size=huge`)).status).toBe(404);
    expect((await anonymous.get("/media/products/no-such-photo")).status).toBe(404);
  });

  it("answers 404 to path traversal", async () => {
    const anonymous = new Client(server.url);
    for (const attempt of [
      "/media/products/..%2F..%2Fpackage.json",
      "/media/products/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd?size=thumb",
      "/media/products/..%5C..%5Cpackage.json",
    ]) {
      const response = await anonymous.get(attempt);
      expect(response.status, attempt).toBe(404);
      expect(await response.text(), attempt).not.toContain('"name": "mitraikm"');
    }
  });

  it("shows the photos on the product page and the first one on the producer's page", async () => {
    const photos = await photosOf(product.id);
    const page = await (await new Client(server.url).get(`/products/${product.id}`)).text();
    for (const photo of photos) expect(page).toContain(`src="/media/products/${photo.id}?size=thumb"`);
    const img = page.match(new RegExp(`<img[^>]*src="/media/products/${photos[0]!.id}\\?size=thumb"[^>]*>`))![0];
    expect(img).toContain(`alt="${attr(product.name)}"`);
    expect(img).toContain('loading="lazy"');
    expect(img).toMatch(/width="\d+"/);
    expect(img).toMatch(/height="\d+"/);

    const producerPage = await (await new Client(server.url).get(`/producers/${product.slug}`)).text();
    expect(producerPage).toContain(`src="/media/products/${photos[0]!.id}?size=thumb"`);
    expect(producerPage).not.toContain(`src="/media/products/${photos[1]!.id}?size=thumb"`);
  });

  it("shows the first photo as a sized, lazy thumbnail in search results and on the producer's catalogue card", async () => {
    const photos = await photosOf(product.id);
    const thumb = new RegExp(`<img[^>]*src="/media/products/${photos[0]!.id}\\?size=thumb"[^>]*>`);
    await until(async () => (await (await new Client(server.url).get("/api/health")).json()) as { search: { outbox: { pending: number } } }, (h) => h.search.outbox.pending === 0);
    const results = await (await new Client(server.url).get(`/search?q=${encodeURIComponent(product.name)}`)).text();
    const inResults = results.match(thumb)![0];
    expect(inResults).toContain('loading="lazy"');
    expect(inResults).toContain('width="64"');
    expect(inResults).toContain('height="64"');
    // The product's name is beside it: the image adds nothing a screen reader should read twice.
    expect(inResults).toContain('alt=""');
    const producer = await server.db.organisation.findFirstOrThrow({ where: { slug: product.slug }, select: { name: true, producer: { select: { sector: true } } } });
    // The producer's card, on whichever page of its sector it falls.
    let card: string | undefined;
    for (let page = 1; !card && page <= 20; page++) {
      const catalogue = await (await new Client(server.url).get(`/catalog?sector=${producer.producer!.sector}&page=${page}`)).text();
      card = catalogue.split("<li ").find((li) => li.includes(`data-producer="${product.slug}"`));
      if (catalogue.includes("data-past-end")) break;
    }
    expect(card).toMatch(thumb);
  });

  it("hides the photos of archived products and suspended organisations, except from their own producer", async () => {
    const [first] = await photosOf(product.id);
    expect((await producer.post("/workspace/products", { intent: "archive", productId: product.id })).status).toBe(200);
    expect((await new Client(server.url).get(`/media/products/${first!.id}?size=thumb`)).status).toBe(404);
    expect((await (await signIn(demo("buyer").email)).get(`/media/products/${first!.id}`)).status).toBe(404);
    expect((await other.get(`/media/products/${first!.id}`)).status).toBe(404);
    // On its edit page the producer still sees them, but no shared cache may keep them.
    const own = await producer.get(`/media/products/${first!.id}?size=thumb`);
    expect(own.status).toBe(200);
    expect(own.headers.get("Cache-Control")).toBe("private, no-store");

    const foreign = (await photosOf(foreignProductId))[0]!;
    expect((await new Client(server.url).get(`/media/products/${foreign.id}`)).status).toBe(200);
    const org = await server.db.organisation.findFirstOrThrow({ where: { producer: { products: { some: { id: foreignProductId } } } }, select: { id: true } });
    await server.db.organisation.update({ where: { id: org.id }, data: { status: "suspended" } });
    expect((await new Client(server.url).get(`/media/products/${foreign.id}`)).status).toBe(404);
  });
});
