// The JSON API (/api/v1) through the real server: tokens made by owners on the tokens page,
// every endpoint, the refusals (401, 403, 404, 405, 413, 415, 400, 409, 429), nothing
// changed by a refused write, and an OpenAPI document that covers every route file.
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ApiErrorSchema,
  CertificationSchema,
  NeedSchema,
  ProducerSchema,
  ProducerSummarySchema,
  ProductSchema,
  pageOf,
} from "../../app/api/resources.ts";
import { generateToken, hashToken } from "~/models/accounts/api-token.server.ts";
import { browseProducers } from "~/models/catalog/catalog.server.ts";
import { browseOpenNeeds } from "~/models/needs/need.server.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed.ts";
import { validNeedBody, validProductBody } from "../helpers/api.ts";
import { Client, textOf } from "../helpers/http.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

let server: TestServer;
const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;
const TOKEN = /mk_[A-Za-z0-9_-]{43}/;

const clients = {} as Record<"producer" | "buyer" | "dinas" | "admin" | "otherProducer", Client>;
const tokens = {} as Record<"producer" | "buyer" | "dinas" | "admin" | "otherProducer", string>;
let producerOrgId: string;
let producerId: string;
let buyerOrgId: string;
let foreignProductId: string;
let foreignNeedId: string;

interface Answer {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** One API call; `body` is sent as JSON unless it is already a string. */
async function api(token: string | null, method: string, route: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(new URL(`/api/v1${route}`, server.url), {
    method,
    redirect: "manual",
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // Left as text: the assertions on it will say what came back.
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

function expectError(answer: Answer, status: number, code: string) {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect(ApiErrorSchema.parse(answer.body).error.code).toBe(code);
}

/** Makes a token through the page's form, as an owner would, and reads it off the page. */
async function tokenThroughPage(client: Client, name: string): Promise<string> {
  const response = await client.post("/account/api-tokens", { intent: "create", name });
  expect(response.status).toBe(200);
  expect(response.headers.get("Cache-Control")).toBe("no-store");
  const html = await response.text();
  return TOKEN.exec(textOf(html, "api-token-value") ?? "")![0];
}

async function ownerOfAnother(kind: "producer" | "buyer", notEmail: string): Promise<string> {
  const user = await server.db.user.findFirstOrThrow({
    where: {
      memberships: {
        some: { role: "owner", organisation: { kind, status: "active" } },
        none: { organisation: { memberships: { some: { user: { email: notEmail } } } } },
      },
    },
    orderBy: { email: "asc" },
  });
  return user.email;
}

const goodProduct = validProductBody("Keripik tempe rendah garam (uji API)", "Keripik tempe kedelai lokal, rendah garam, kemasan 200 g untuk katering kantor.");
const goodNeed = validNeedBody("Keripik tempe untuk konsumsi rapat (uji API)");

beforeAll(async () => {
  server = await startServer("http-api");
  const emails = {
    producer: demo("producer").email,
    buyer: demo("buyer").email,
    dinas: demo("dinas").email,
    admin: demo("admin").email,
    otherProducer: await ownerOfAnother("producer", demo("producer").email),
  };
  for (const [role, email] of Object.entries(emails)) {
    const client = new Client(server.url);
    expect((await client.login(email, DEMO_PASSWORD)).status, role).toBe(302);
    clients[role as keyof typeof clients] = client;
  }
  const producerOrg = await server.db.organisation.findFirstOrThrow({
    where: { memberships: { some: { user: { email: demo("producer").email } } } },
    include: { producer: true },
  });
  producerOrgId = producerOrg.id;
  producerId = producerOrg.producer!.id;
  buyerOrgId = (await server.db.organisation.findFirstOrThrow({ where: { memberships: { some: { user: { email: demo("buyer").email } } } } })).id;
  foreignProductId = (await server.db.product.findFirstOrThrow({ where: { producerId: { not: producerId } } })).id;
  foreignNeedId = (await server.db.need.findFirstOrThrow({ where: { buyerId: { not: buyerOrgId }, status: { not: "open" } } })).id;
});
afterAll(async () => {
  await server?.stop();
});

describe("the tokens page", () => {
  it("is for owners of the organisation only", async () => {
    const anonymous = await new Client(server.url).get("/account/api-tokens");
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);

    const member = await server.db.user.findFirstOrThrow({ where: { memberships: { some: { role: "member", organisationId: buyerOrgId } } } });
    const colleague = new Client(server.url);
    await colleague.login(member.email, DEMO_PASSWORD);
    expect((await colleague.get("/account/api-tokens")).status).toBe(403);
    expect((await colleague.post("/account/api-tokens", { intent: "create", name: "Sistem ERP" })).status).toBe(403);
    expect(await colleague.get("/account").then((r) => r.text())).not.toContain('href="/account/api-tokens"');
    expect(await server.db.apiToken.count()).toBe(0);

    const page = await clients.producer.get("/account/api-tokens");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Belum ada token.");
    expect(html).toContain('href="/api/v1/openapi.json"');
    expect(await clients.producer.get("/account").then((r) => r.text())).toContain('href="/account/api-tokens"');
  });

  it("checks the name next to the field, in both languages", async () => {
    const short = await clients.producer.post("/account/api-tokens", { intent: "create", name: "ab" });
    expect(short.status).toBe(400);
    expect(textOf(await short.text(), "api-token-name-error")).toBe("Terlalu pendek.");
    const english = new Client(server.url);
    await english.login(demo("producer").email, DEMO_PASSWORD);
    await english.post("/language", { locale: "en" });
    const long = await english.post("/account/api-tokens", { intent: "create", name: "x".repeat(61) });
    expect(long.status).toBe(400);
    expect(textOf(await long.text(), "api-token-name-error")).toBe("Too long.");
    await english.post("/language", { locale: "id" });
    expect(await server.db.apiToken.count()).toBe(0);
  });

  it("shows a new token once and stores only its hash", async () => {
    for (const role of ["producer", "buyer", "dinas", "admin", "otherProducer"] as const) {
      tokens[role] = await tokenThroughPage(clients[role], `Sistem ERP ${role}`);
    }
    const row = await server.db.apiToken.findUniqueOrThrow({ where: { tokenHash: hashToken(tokens.producer) } });
    expect(row).toMatchObject({ organisationId: producerOrgId, name: "Sistem ERP producer", prefix: tokens.producer.slice(0, 8), revokedAt: null, lastUsedAt: null });
    expect(JSON.stringify(row)).not.toContain(tokens.producer);
    expect(await server.db.auditLog.count({ where: { action: "api_token.created", entityId: row.id } })).toBe(1);

    const again = await (await clients.producer.get("/account/api-tokens")).text();
    expect(again).not.toContain(tokens.producer);
    expect(again).toContain(row.prefix);
    expect(again).toContain("Belum pernah");
  });
});

describe("authentication", () => {
  it("answers 401 without a token, with an unknown or malformed one, or another scheme", async () => {
    const attempts: Record<string, string>[] = [{}, { Authorization: `Bearer mk_${"A".repeat(43)}` }, { Authorization: "Bearer rahasia" }, { Authorization: `Basic ${tokens.producer}` }];
    for (const headers of attempts) {
      const answer = await api(null, "GET", "/products", undefined, headers);
      expectError(answer, 401, "unauthorized");
      expect(answer.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
    }
  });

  it("records when a token was last used, at most once a minute", async () => {
    expect((await api(tokens.producer, "GET", "/products")).status).toBe(200);
    const first = (await server.db.apiToken.findUniqueOrThrow({ where: { tokenHash: hashToken(tokens.producer) } })).lastUsedAt;
    expect(first).not.toBeNull();
    await api(tokens.producer, "GET", "/products");
    const second = (await server.db.apiToken.findUniqueOrThrow({ where: { tokenHash: hashToken(tokens.producer) } })).lastUsedAt;
    expect(second).toEqual(first);
    await server.db.apiToken.update({ where: { tokenHash: hashToken(tokens.producer) }, data: { lastUsedAt: new Date(Date.now() - 120_000) } });
    await api(tokens.producer, "GET", "/products");
    const third = (await server.db.apiToken.findUniqueOrThrow({ where: { tokenHash: hashToken(tokens.producer) } })).lastUsedAt!;
    expect(Date.now() - third.getTime()).toBeLessThan(30_000);
  });

  it("refuses tokens of organisations no longer active, and tokens whose maker's account is gone", async () => {
    const other = await server.db.organisation.findFirstOrThrow({ where: { apiTokens: { some: { tokenHash: hashToken(tokens.otherProducer) } } } });
    await server.db.organisation.update({ where: { id: other.id }, data: { status: "suspended" } });
    expectError(await api(tokens.otherProducer, "GET", "/products"), 401, "unauthorized");
    await server.db.organisation.update({ where: { id: other.id }, data: { status: "active" } });
    expect((await api(tokens.otherProducer, "GET", "/products")).status).toBe(200);

    const user = await server.db.user.create({ data: { email: "pergi@demo.mitraikm.id", name: "Sudah Pergi", passwordHash: "x" } });
    const token = generateToken();
    await server.db.apiToken.create({ data: { organisationId: producerOrgId, name: "Token lama", tokenHash: hashToken(token), prefix: token.slice(0, 8), createdById: user.id } });
    expect((await api(token, "GET", "/products")).status).toBe(200);
    await server.db.user.delete({ where: { id: user.id } });
    expectError(await api(token, "GET", "/products"), 401, "unauthorized");
  });

  it("answers 429 with Retry-After past the limit", async () => {
    const token = await tokenThroughPage(clients.producer, "Sinkronisasi cepat");
    const { id } = await server.db.apiToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
    const windowMs = 5 * 60_000;
    // The current window and the next, so a run crossing a window edge still hits a full one.
    for (const start of [0, 1].map((i) => new Date((Math.floor(Date.now() / windowMs) + i) * windowMs))) {
      await server.db.rateLimit.create({ data: { key: `api:${id}`, windowStart: start, count: 600 } });
    }
    const answer = await api(token, "GET", "/products");
    expectError(answer, 429, "rate_limited");
    expect(Number(answer.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(Number(answer.headers.get("Retry-After"))).toBeLessThanOrEqual(300);
  });
});

describe("the catalog", () => {
  it("lists producers with /catalog's filters and page size", async () => {
    const first = await api(tokens.buyer, "GET", "/producers");
    expect(first.status).toBe(200);
    const page1 = pageOf(ProducerSummarySchema).parse(first.body);
    const all = await browseProducers(server.db, {});
    expect(page1).toMatchObject({ page: 1, pageSize: 20, total: all.total });
    expect(page1.data.map((p) => p.id)).toEqual(all.producers.map((p) => p.id));
    expect(all.total).toBeGreaterThan(20);

    const page2 = pageOf(ProducerSummarySchema).parse((await api(tokens.buyer, "GET", "/producers?page=2")).body);
    expect(page2.page).toBe(2);
    expect(page2.data.map((p) => p.id)).toEqual((await browseProducers(server.db, { page: 2 })).producers.map((p) => p.id));
    expect(page2.data.some((p) => page1.data.some((q) => q.id === p.id))).toBe(false);

    const filtered = pageOf(ProducerSummarySchema).parse((await api(tokens.dinas, "GET", "/producers?sector=food_beverage&province=35&verified=on")).body);
    const expected = await browseProducers(server.db, { sector: "food_beverage", province: "35", verified: "on" });
    expect(filtered.total).toBe(expected.total);
    expect(filtered.data.every((p) => p.sector === "food_beverage" && p.provinceCode === "35")).toBe(true);
  });

  it("refuses bad filters field by field", async () => {
    const answer = await api(tokens.buyer, "GET", "/producers?sector=senjata&page=0");
    expectError(answer, 400, "invalid");
    expect(answer.body.error.issues).toEqual(
      expect.arrayContaining([
        { path: "sector", code: "choose_one", message: "Choose one of the options offered." },
        { path: "page", code: "at_least_one", message: "At least 1." },
      ]),
    );
    expectError(await api(tokens.producer, "GET", "/products?page=dua"), 400, "invalid");
  });

  it("shows one listed producer, and 404 for unknown ids", async () => {
    const answer = await api(tokens.admin, "GET", `/producers/${producerId}`);
    expect(answer.status).toBe(200);
    const producer = ProducerSchema.parse(answer.body);
    expect(producer).toMatchObject({ id: producerId, name: demo("producer").organisation, provinceCode: "35" });
    expect(producer.legalForm).toBe((await server.db.organisation.findFirstOrThrow({ where: { producer: { id: producerId } } })).legalForm);
    await server.db.organisation.updateMany({ where: { producer: { id: producerId } }, data: { legalForm: "cv" } });
    expect(ProducerSchema.parse((await api(tokens.admin, "GET", `/producers/${producerId}`)).body).legalForm).toBe("cv");
    expect(producer.products.length).toBeGreaterThan(0);
    expectError(await api(tokens.admin, "GET", "/producers/tidak-ada"), 404, "not_found");
  });
});

describe("products", () => {
  let productId: string;

  it("lists the producer's own products only", async () => {
    const answer = await api(tokens.producer, "GET", "/products");
    const page = pageOf(ProductSchema).parse(answer.body);
    const own = await server.db.product.findMany({ where: { producerId }, select: { id: true } });
    expect(page.total).toBe(own.length);
    expect(page.data.map((p) => p.id).sort()).toEqual(own.map((p) => p.id).sort());
    expect(page.data.some((p) => p.id === foreignProductId)).toBe(false);
  });

  it("creates a product like the form does: outbox row and audit entry, by the token's maker", async () => {
    const answer = await api(tokens.producer, "POST", "/products", goodProduct);
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    const product = ProductSchema.parse(answer.body);
    productId = product.id;
    expect(answer.headers.get("Location")).toBe(`/api/v1/products/${productId}`);
    expect(product).toMatchObject({ ...goodProduct, status: "active" });
    const row = await server.db.product.findUniqueOrThrow({ where: { id: productId } });
    expect(row).toMatchObject({ producerId, priceMin: 12000, tkdnPercent: 88.5 });
    expect(await server.db.searchOutbox.count({ where: { entityId: productId, operation: "upsert" } })).toBe(1);
    const maker = await server.db.user.findUniqueOrThrow({ where: { email: demo("producer").email } });
    expect(await server.db.auditLog.count({ where: { entityId: productId, action: "product.created", actorUserId: maker.id } })).toBe(1);
    expect(ProductSchema.parse((await api(tokens.producer, "GET", `/products/${productId}`)).body)).toEqual(product);
  });

  it("answers every schema issue with its path, key and English message, and stores nothing", async () => {
    const before = await server.db.product.count();
    const answer = await api(tokens.producer, "POST", "/products", { ...goodProduct, name: "G", minOrder: "100", priceMin: 30000, priceMax: 20000, tkdnPercent: 150, category: null });
    expectError(answer, 400, "invalid");
    expect(answer.body.error.issues).toEqual(
      expect.arrayContaining([
        { path: "name", code: "too_short", message: "Too short." },
        { path: "minOrder", code: "number_invalid", message: "Enter a number." },
        { path: "tkdnPercent", code: "percent_max", message: "At most 100%." },
        { path: "category", code: "choose_one", message: "Choose one of the options offered." },
      ]),
    );
    const crossField = await api(tokens.producer, "POST", "/products", { ...goodProduct, priceMin: 30000, priceMax: 20000 });
    expect(crossField.body.error.issues).toEqual([{ path: "priceMax", code: "price_max_below_min", message: "The highest price cannot be below the lowest price." }]);
    expect(await server.db.product.count()).toBe(before);
  });

  it("patches as a merge patch: sent fields replace, null empties, the whole is validated", async () => {
    const changed = await api(tokens.producer, "PATCH", `/products/${productId}`, { priceMin: 11000, status: "archived", id: "lain" });
    expect(changed.status).toBe(200);
    expect(ProductSchema.parse(changed.body)).toMatchObject({ id: productId, priceMin: 11000, priceMax: 15000, name: goodProduct.name, status: "active" });

    const cleared = await api(tokens.producer, "PATCH", `/products/${productId}`, { priceMax: null }, { "Content-Type": "application/merge-patch+json" });
    expect(cleared.status).toBe(200);
    expect((await server.db.product.findUniqueOrThrow({ where: { id: productId } })).priceMax).toBeNull();

    const refused = await api(tokens.producer, "PATCH", `/products/${productId}`, { priceMax: 5000 });
    expectError(refused, 400, "invalid");
    expect(refused.body.error.issues).toEqual([{ path: "priceMax", code: "price_max_below_min", message: "The highest price cannot be below the lowest price." }]);
    expect((await server.db.product.findUniqueOrThrow({ where: { id: productId } })).priceMax).toBeNull();
  });

  it("archives and restores, out of the index and back", async () => {
    const archived = await api(tokens.producer, "POST", `/products/${productId}/archive`);
    expect(archived.status).toBe(200);
    expect(ProductSchema.parse(archived.body).status).toBe("archived");
    expect(await server.db.searchOutbox.count({ where: { entityId: productId, operation: "delete" } })).toBe(1);
    const restored = await api(tokens.producer, "POST", `/products/${productId}/restore`);
    expect(ProductSchema.parse(restored.body).status).toBe("active");
  });

  it("answers 404 for another organisation's product and changes nothing", async () => {
    const before = await server.db.product.findUniqueOrThrow({ where: { id: foreignProductId } });
    expectError(await api(tokens.producer, "GET", `/products/${foreignProductId}`), 404, "not_found");
    expectError(await api(tokens.producer, "PATCH", `/products/${foreignProductId}`, { name: "Diambil alih" }), 404, "not_found");
    expectError(await api(tokens.producer, "POST", `/products/${foreignProductId}/archive`), 404, "not_found");
    expectError(await api(tokens.producer, "GET", "/products/tidak-ada"), 404, "not_found");
    expect(await server.db.product.findUniqueOrThrow({ where: { id: foreignProductId } })).toEqual(before);
  });

  it("answers 403 to organisations whose role has no products", async () => {
    const before = await server.db.product.count();
    for (const role of ["buyer", "dinas", "admin"] as const) {
      expectError(await api(tokens[role], "GET", "/products"), 403, "forbidden");
      expectError(await api(tokens[role], "POST", "/products", goodProduct), 403, "forbidden");
      expectError(await api(tokens[role], "POST", `/products/${productId}/archive`), 403, "forbidden");
    }
    expect(await server.db.product.count()).toBe(before);
  });

  it("pages the producer's own list", async () => {
    for (let i = 0; i < 15; i++) {
      expect((await api(tokens.producer, "POST", "/products", { ...goodProduct, name: `Keripik tempe seri ${i + 1} (uji API)` })).status).toBe(201);
    }
    const total = await server.db.product.count({ where: { producerId } });
    expect(total).toBeGreaterThan(20);
    const page1 = pageOf(ProductSchema).parse((await api(tokens.producer, "GET", "/products")).body);
    const page2 = pageOf(ProductSchema).parse((await api(tokens.producer, "GET", "/products?page=2")).body);
    expect(page1).toMatchObject({ page: 1, pageSize: 20, total });
    expect(page1.data).toHaveLength(20);
    expect(page2.data).toHaveLength(total - 20);
    expect(new Set([...page1.data, ...page2.data].map((p) => p.id)).size).toBe(total);
    expect(pageOf(ProductSchema).parse((await api(tokens.producer, "GET", "/products?page=9")).body)).toMatchObject({ data: [], page: 9, total });
  });
});

describe("request bodies", () => {
  it("answers 415 for anything but JSON", async () => {
    const before = await server.db.product.count();
    expectError(await api(tokens.producer, "POST", "/products", JSON.stringify(goodProduct), { "Content-Type": "text/plain" }), 415, "unsupported_media_type");
    expectError(
      await api(tokens.producer, "POST", "/products", new URLSearchParams({ name: "x" }).toString(), { "Content-Type": "application/x-www-form-urlencoded" }),
      415,
      "unsupported_media_type",
    );
    expectError(await api(tokens.producer, "PATCH", `/products/${foreignProductId}`, "{}", { "Content-Type": "multipart/form-data; boundary=x" }), 415, "unsupported_media_type");
    expect(await server.db.product.count()).toBe(before);
  });

  it("answers 400 for malformed JSON and for JSON that is not an object", async () => {
    expectError(await api(tokens.producer, "POST", "/products", '{"name": "Keripik'), 400, "malformed_json");
    expectError(await api(tokens.producer, "POST", "/products", ""), 400, "malformed_json");
    const list = await api(tokens.producer, "POST", "/products", "[1, 2]");
    expectError(list, 400, "invalid");
    expect(list.body.error.issues).toEqual([{ path: "", code: "invalid", message: "Invalid value." }]);
  });

  it("answers 413 over 256 KB, declared or streamed", async () => {
    const before = await server.db.product.count();
    const big = JSON.stringify({ ...goodProduct, description: "a".repeat(300 * 1024) });
    expectError(await api(tokens.producer, "POST", "/products", big), 413, "payload_too_large");
    const streamed = await fetch(new URL("/api/v1/products", server.url), {
      method: "POST",
      headers: { Authorization: `Bearer ${tokens.producer}`, "Content-Type": "application/json" },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(big));
          controller.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await server.db.product.count()).toBe(before);
  });

  it("closes the connection when it answers without reading a body, so the next request is not stalled", async () => {
    const big = JSON.stringify({ ...goodProduct, description: "a".repeat(200 * 1024) });
    for (const [token, status] of [["mk_salah", 401], [tokens.buyer, 403]] as const) {
      const refused = await api(token, "POST", "/products", big);
      expect(refused.status).toBe(status);
      expect(refused.headers.get("Connection")).toBe("close");
      expect((await api(tokens.producer, "GET", "/products")).status).toBe(200);
    }
    const read = await api(tokens.producer, "POST", "/products", { ...goodProduct, name: "G" });
    expect(read.headers.get("Connection")).not.toBe("close");
  });

  it("answers 405 for methods an address does not take, and a JSON 404 off the map", async () => {
    const answer = await api(tokens.producer, "DELETE", `/products/${foreignProductId}`);
    expectError(answer, 405, "method_not_allowed");
    expect(answer.headers.get("Allow")).toBe("GET, HEAD, PATCH");
    expectError(await api(tokens.producer, "GET", "/tidak/ada"), 404, "not_found");
    // The read-only addresses too (the server's own router answers the API: app/cli/api-routes.ts).
    const post = await api(null, "POST", "/openapi.json", {});
    expectError(post, 405, "method_not_allowed");
    expect(post.headers.get("Allow")).toBe("GET, HEAD");
    // A method no route takes is refused before the route's code runs: no token is read.
    const options = await api(null, "OPTIONS", "/products");
    expectError(options, 405, "method_not_allowed");
    expect(options.headers.get("Allow")).toBe("GET, HEAD, POST");
  });

  it("reads addresses as Remix did: any letter case, a trailing slash, HEAD without a body; a broken escape is a JSON 400", async () => {
    for (const route of ["/PRODUCTS", "/products/"]) expect((await api(tokens.producer, "GET", route)).status, route).toBe(200);
    const head = await api(tokens.producer, "HEAD", "/products");
    expect(head.status).toBe(200);
    expect(head.headers.get("Content-Type")).toContain("application/json");
    expect(head.body).toBeNull();
    expectError(await api(tokens.producer, "GET", "/products/%E0%A4%A"), 400, "malformed_url");
  });
});

describe("certifications", () => {
  it("lists the producer's own certificates", async () => {
    const page = pageOf(CertificationSchema).parse((await api(tokens.producer, "GET", "/certifications")).body);
    expect(page.total).toBe(await server.db.certification.count({ where: { producerId } }));
    expectError(await api(tokens.buyer, "GET", "/certifications"), 403, "forbidden");
  });

  it("adds a pending certificate without a document, dates as Indonesian calendar days", async () => {
    const product = await server.db.product.findFirstOrThrow({ where: { producerId, status: "active" } });
    const answer = await api(tokens.producer, "POST", "/certifications", {
      type: "sni",
      number: "SNI 01-2891-1992/API",
      issuer: "LSPro Balai Besar Industri Agro",
      validFrom: "2026-01-05",
      validUntil: "2029-01-04",
      productIds: [product.id],
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    const certification = CertificationSchema.parse(answer.body);
    expect(certification).toMatchObject({ status: "pending", hasDocument: false, validFrom: "2026-01-05", validUntil: "2029-01-04", products: [product.name] });
    const row = await server.db.certification.findUniqueOrThrow({ where: { id: certification.id } });
    expect(row.validFrom).toEqual(new Date("2026-01-05T00:00:00+07:00"));
    expect(row.documentPath).toBeNull();
  });

  it("refuses bad dates, the form's cross-field rules and other producers' products", async () => {
    const before = await server.db.certification.count();
    const base = { type: "sni", number: "SNI-UJI-1", issuer: "LSPro Uji" };
    const dates = await api(tokens.producer, "POST", "/certifications", { ...base, validFrom: "2026-02-31", validUntil: "31/12/2027" });
    expect(dates.body.error.issues).toEqual([
      { path: "validFrom", code: "date_invalid", message: "Enter a valid date." },
      { path: "validUntil", code: "date_invalid", message: "Enter a valid date." },
    ]);
    const order = await api(tokens.producer, "POST", "/certifications", { ...base, type: "tkdn", validFrom: "2027-01-01", validUntil: "2026-01-01" });
    expect(order.body.error.issues).toEqual(
      expect.arrayContaining([
        { path: "validUntil", code: "until_before_from", message: "The end date must be after the start date." },
        { path: "tkdnPercent", code: "required", message: "Required." },
      ]),
    );
    const foreign = await api(tokens.producer, "POST", "/certifications", { ...base, productIds: [foreignProductId] });
    expectError(foreign, 400, "invalid");
    expect(foreign.body.error.issues).toEqual([{ path: "productIds", code: "product_unknown", message: "Choose products from your own list." }]);
    expect(await server.db.certification.count()).toBe(before);
  });
});

describe("needs", () => {
  let needId: string;

  it("lists a buyer's own needs, every status", async () => {
    const page = pageOf(NeedSchema).parse((await api(tokens.buyer, "GET", "/needs")).body);
    expect(page.total).toBe(await server.db.need.count({ where: { buyerId: buyerOrgId } }));
  });

  it("lets a buyer post a draft need, checked like the form (regions, dates)", async () => {
    const answer = await api(tokens.buyer, "POST", "/needs", goodNeed);
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    const need = NeedSchema.parse(answer.body);
    needId = need.id;
    expect(answer.headers.get("Location")).toBe(`/api/v1/needs/${needId}`);
    expect(need).toMatchObject({ ...goodNeed, status: "draft", budgetTotal: null, minTkdnPercent: null });
    const row = await server.db.need.findUniqueOrThrow({ where: { id: needId } });
    expect(row.neededBy).toEqual(new Date(`${goodNeed.neededBy}T00:00:00+07:00`));
    expect(row.buyerId).toBe(buyerOrgId);

    const before = await server.db.need.count();
    const region = await api(tokens.buyer, "POST", "/needs", { ...goodNeed, deliveryProvinceCode: "99", deliveryRegencyCode: null });
    expect(region.body.error.issues).toEqual([{ path: "deliveryProvinceCode", code: "region_unknown", message: "This region is unknown." }]);
    const past = await api(tokens.buyer, "POST", "/needs", { ...goodNeed, neededBy: "2020-01-01" });
    expect(past.body.error.issues).toEqual([{ path: "neededBy", code: "date_in_past", message: "The date must be after today." }]);
    const certificate = await api(tokens.buyer, "POST", "/needs", { ...goodNeed, requiredCertifications: ["halal", "emas"] });
    expect(certificate.body.error.issues).toEqual([{ path: "requiredCertifications.1", code: "choose_one", message: "Choose one of the options offered." }]);
    const budget = await api(tokens.buyer, "POST", "/needs", { ...goodNeed, budgetTotal: 7_500_000 });
    expect(budget.body.error.issues).toEqual([{ path: "budgetTotal", code: "budget_one_or_other", message: "Give a budget per unit or a total budget, not both." }]);
    expect(await server.db.need.count()).toBe(before);
    expectError(await api(tokens.producer, "POST", "/needs", goodNeed), 403, "forbidden");
  });

  it("patches a buyer's own need; 404 for another's, 409 once closed", async () => {
    const changed = await api(tokens.buyer, "PATCH", `/needs/${needId}`, { quantity: 750, budgetPerUnit: null, budgetTotal: 9_000_000 });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(NeedSchema.parse(changed.body)).toMatchObject({ quantity: 750, budgetPerUnit: null, budgetTotal: 9_000_000, title: goodNeed.title });

    const before = await server.db.need.findUniqueOrThrow({ where: { id: foreignNeedId } });
    expectError(await api(tokens.buyer, "PATCH", `/needs/${foreignNeedId}`, { title: "Diambil alih oleh pembeli lain" }), 404, "not_found");
    expectError(await api(tokens.buyer, "GET", `/needs/${foreignNeedId}`), 404, "not_found");
    expect(await server.db.need.findUniqueOrThrow({ where: { id: foreignNeedId } })).toEqual(before);

    await server.db.need.update({ where: { id: needId }, data: { status: "closed" } });
    expectError(await api(tokens.buyer, "PATCH", `/needs/${needId}`, { quantity: 800 }), 409, "not_editable");
    await server.db.need.update({ where: { id: needId }, data: { status: "draft" } });
  });

  it("shows producers the open needs they may see, and no drafts", async () => {
    const answer = await api(tokens.producer, "GET", "/needs");
    const page = pageOf(NeedSchema).parse(answer.body);
    const expected = await browseOpenNeeds(server.db, producerOrgId, 1);
    expect(page).toMatchObject({ page: 1, pageSize: 20, total: expected.total });
    expect(page.data.map((n) => n.id)).toEqual(expected.needs.map((n) => n.id));
    expect(page.data.every((n) => n.status === "open" && n.buyerName)).toBe(true);

    const open = page.data[0]!;
    expect(NeedSchema.parse((await api(tokens.producer, "GET", `/needs/${open.id}`)).body)).toMatchObject({ id: open.id, status: "open" });
    expectError(await api(tokens.producer, "GET", `/needs/${needId}`), 404, "not_found");
    expectError(await api(tokens.producer, "PATCH", `/needs/${open.id}`, { title: "Diubah produsen" }), 403, "forbidden");
    expect(pageOf(NeedSchema).parse((await api(tokens.dinas, "GET", "/needs")).body).total).toBe((await browseOpenNeeds(server.db, null, 1)).total);
  });
});

describe("revoking", () => {
  it("stops a token at once; another organisation's token cannot be revoked", async () => {
    const own = await server.db.apiToken.findUniqueOrThrow({ where: { tokenHash: hashToken(tokens.producer) } });
    const foreign = await server.db.apiToken.findUniqueOrThrow({ where: { tokenHash: hashToken(tokens.otherProducer) } });
    expect((await clients.producer.post("/account/api-tokens", { intent: "revoke", tokenId: foreign.id })).status).toBe(404);
    expect((await api(tokens.otherProducer, "GET", "/products")).status).toBe(200);

    const revoked = await clients.producer.post("/account/api-tokens", { intent: "revoke", tokenId: own.id });
    expect(revoked.status).toBe(200);
    expect(await revoked.text()).toContain("Token dicabut.");
    expectError(await api(tokens.producer, "GET", "/products"), 401, "unauthorized");
    expect((await server.db.apiToken.findUniqueOrThrow({ where: { id: own.id } })).revokedAt).not.toBeNull();
    expect(await (await clients.producer.get("/account/api-tokens")).text()).toContain("Dicabut");
  });
});

describe("the OpenAPI document", () => {
  let document: {
    openapi: string;
    paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    components: { securitySchemes: Record<string, { type: string; scheme: string }> };
  };

  it("is public JSON, OpenAPI 3.1, with bearer authentication", async () => {
    const response = await fetch(new URL("/api/v1/openapi.json", server.url));
    expect(response.status).toBe(200);
    document = JSON.parse(await response.text());
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
    expect(document.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
  });

  it("documents every route file under /api/v1", () => {
    const files = readdirSync(path.resolve("app/routes")).filter((f) => /^api\.v1\..+\.ts$/.test(f) && f !== "api.v1.$.ts");
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) {
      // api.v1.products.$id.archive.ts → /products/{id}/archive; [.] is a literal dot.
      const route = file
        .replace(/^api\.v1\./, "")
        .replace(/\.ts$/, "")
        .split(/(?<!\[)\.(?!\])/)
        .map((segment) => (segment.startsWith("$") ? `{${segment.slice(1)}}` : segment.replace("[.]", ".")))
        .join("/");
      expect(Object.keys(document.paths), file).toContain(`/${route}`);
    }
  });

  it("documents only operations the server answers, each with the error shape", async () => {
    for (const [route, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const address = route.replace("{id}", "tidak-ada");
        const body = method === "post" || method === "patch" ? {} : undefined;
        const answer = await api(tokens.buyer, method.toUpperCase(), address, body);
        expect(answer.status, `${method} ${route}`).not.toBe(405);
        expect(typeof answer.body, `${method} ${route}`).toBe("object");
        if (route !== "/openapi.json") expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(["401", "403", "429"]));
      }
    }
  });
});
