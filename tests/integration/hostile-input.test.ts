// Hostile input through the real server, as a negative suite: script and SQL-looking text in
// the forms, the search box and the API (stored exactly as sent, shown only HTML-escaped);
// form posts of the wrong content type; oversized and malformed bodies and query strings;
// forged, tampered and logged-out session cookies; nonsense ids in paths. Each gets its 4xx
// (or is stored safely), a refused one changes nothing, and none is ever a 500. Who may do
// what is the authorization matrix's business (authorization-matrix.test.ts, by role); the
// API's own 415 / malformed-JSON 400 / 413 answers are in http-api.test.ts.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import errors from "~/locales/id/errors.json";
import { createToken } from "~/models/accounts/api-token.server.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed.ts";
import { Client, until } from "../helpers/http.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

let server: TestServer;
const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;
const anonymous = () => new Client(server.url);
let producer: Client;
let buyer: Client;
let token: string;
const ids = {} as { producerId: string; slug: string; sector: string; provinceCode: string; regencyCode: string; productId: string };

const PAYLOADS = [
  "<script>alert(1)</script>",
  `"><img src=x onerror=alert(1)>`,
  `'; DROP TABLE "User"; --`,
  "' OR '1'='1",
  "{{7*7}}",
  "${7*7}",
];
/** What must never reach a page unescaped. */
const RAW = /<script>alert\(1\)|<img src=x onerror/i;
/** Text as React writes it into HTML (text and attribute values alike). */
const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");
/** A word the search finds one submission by ("zqxmarka", "zqxmarkb"…). */
const mark = (n: number) => `zqxmark${"abcdefghij"[n]}`;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The page shows the text, escaped, and nothing of it raw. */
function expectEscaped(html: string, text: string, where: string) {
  expect(html, `${where}: raw markup`).not.toMatch(RAW);
  expect(html.includes(escapeHtml(text)), `${where}: shows ${JSON.stringify(text)} escaped`).toBe(true);
}

/** The text of the error list at a form field (conform's id "<form>-<field>-error"), or null. */
function fieldError(html: string, field: string): string | null {
  const match = new RegExp(`id="[\\w-]*-${field}-error"[^>]*>([\\s\\S]*?)</ul>`).exec(html);
  return match ? match[1]!.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim() : null;
}

const outboxDrained = async () => {
  const health = (await (await anonymous().get("/api/health")).json()) as { search: { outbox: { pending: number } } };
  return health.search.outbox.pending === 0;
};

/** The row counts a refused request must leave alone. */
const counts = async () => {
  const db = server.db;
  const [users, organisations, sessions, products, needs, tokens] = await Promise.all([
    db.user.count(),
    db.organisation.count(),
    db.session.count(),
    db.product.count(),
    db.need.count(),
    db.apiToken.count(),
  ]);
  return { users, organisations, sessions, products, needs, tokens };
};

/** A raw request with the client's cookies: any body, any content type (or none). */
async function send(client: Client, method: string, path: string, body?: BodyInit, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(new URL(path, server.url), {
    method,
    redirect: "manual",
    headers: { Cookie: client.cookieHeader(), ...headers },
    body,
  });
}

async function api(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(new URL(`/api/v1${path}`, server.url), {
    method,
    redirect: "manual",
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

const toLogin = (response: Response) => response.status === 302 && (response.headers.get("Location") ?? "").startsWith("/login");

beforeAll(async () => {
  server = await startServer("hostile-input");
  producer = new Client(server.url);
  buyer = new Client(server.url);
  expect((await producer.login(demo("producer").email, DEMO_PASSWORD)).status).toBe(302);
  expect((await buyer.login(demo("buyer").email, DEMO_PASSWORD)).status).toBe(302);
  const org = await server.db.organisation.findFirstOrThrow({
    where: { memberships: { some: { user: { email: demo("producer").email } } } },
    include: { producer: { include: { products: { where: { status: "active" }, take: 1 } } }, memberships: { where: { user: { email: demo("producer").email } } } },
  });
  const profile = org.producer!;
  Object.assign(ids, { producerId: profile.id, slug: org.slug, sector: profile.sector, provinceCode: profile.provinceCode, regencyCode: profile.regencyCode, productId: profile.products[0]!.id });
  ({ token } = await createToken(server.db, org.id, "uji masukan jahat", org.memberships[0]!.userId));
  await until(outboxDrained, Boolean);
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

// ---------------------------------------------------------------------------------------
// 1. Script and SQL-looking text
// ---------------------------------------------------------------------------------------

type Fields = Record<string, string>;

interface TextCase {
  /** Who submits: a signed-in client, or a fresh one for sign-up. */
  client: () => Client;
  submit: (client: Client, fields: Fields) => Promise<Response>;
  /** The status of a saved submission. */
  saved: number;
  /** A valid submission whose free-text fields carry `text`; `n` keeps it unique. */
  valid: (text: string, n: number) => Fields;
  /** The free-text fields of `valid`. */
  textFields: readonly string[];
  /** Fields that spoil the submission (400 on another field) while the text stays. */
  spoil: Fields;
  /** The error key shown at the spoiled field. */
  spoilError: keyof typeof errors;
  /** The stored text columns of the submission, by field name. */
  stored: (fields: Fields) => Promise<Fields | null>;
  /** The pages that show the stored text, each with the client that looks. */
  pages: (fields: Fields, client: Client) => Promise<[Client, string][]>;
  /** What a refused submission must leave alone, besides the row counts. */
  fingerprint?: () => Promise<unknown>;
  /** The API answers JSON (application/json), not a page. */
  json?: boolean;
}

const formPost = (path: string) => (client: Client, fields: Fields) => client.post(path, fields);
const productId = async (description: string) => (await server.db.product.findFirstOrThrow({ where: { description } })).id;

const TEXT_CASES: Record<string, TextCase> = {
  "producer profile": {
    client: () => producer,
    submit: formPost("/workspace/profile"),
    saved: 200,
    valid: (text) => ({ legalName: text, sentraName: text, address: text, description: text, sector: ids.sector, provinceCode: ids.provinceCode, regencyCode: ids.regencyCode }),
    textFields: ["legalName", "sentraName", "address", "description"],
    spoil: { nib: "12345" },
    spoilError: "nib_invalid",
    stored: async () => server.db.producerProfile.findUniqueOrThrow({ where: { id: ids.producerId }, select: { legalName: true, sentraName: true, address: true, description: true } }) as Promise<Fields>,
    pages: async () => [
      [anonymous(), `/producers/${ids.slug}`],
      [producer, "/workspace/profile"],
      [anonymous(), `/products/${ids.productId}`],
    ],
    fingerprint: () => server.db.producerProfile.findUniqueOrThrow({ where: { id: ids.producerId }, select: { updatedAt: true, legalName: true } }),
  },
  "new product": {
    client: () => producer,
    submit: formPost("/workspace/products/new"),
    saved: 302,
    valid: (text, n) => ({ name: text, description: `Produk uji ${mark(n)} ${text}`, category: "snacks", unit: "pak", minOrder: "10" }),
    textFields: ["name", "description"],
    spoil: { minOrder: "-5" },
    spoilError: "at_least_one",
    stored: (f) => server.db.product.findFirst({ where: { description: f.description }, select: { name: true, description: true } }),
    pages: async (f) => [
      [anonymous(), `/products/${await productId(f.description!)}`],
      [producer, "/workspace/products"],
      [producer, `/workspace/products/${await productId(f.description!)}`],
    ],
  },
  "new need": {
    client: () => buyer,
    submit: formPost("/workspace/needs/new"),
    saved: 302,
    valid: (text, n) => ({
      title: text,
      description: `Kebutuhan uji ${mark(n)} untuk ${text}`,
      category: "snacks",
      quantity: "100",
      unit: "pak",
      deliveryProvinceCode: "35",
      neededBy: inDays(60),
      visibility: "public",
    }),
    textFields: ["title", "description"],
    spoil: { quantity: "-1" },
    spoilError: "at_least_one",
    stored: (f) => server.db.need.findFirst({ where: { description: f.description }, select: { title: true, description: true } }),
    pages: async (f) => {
      const id = (await server.db.need.findFirstOrThrow({ where: { description: f.description } })).id;
      return [
        [buyer, "/workspace/needs"],
        [buyer, `/workspace/needs/${id}`],
        [buyer, `/needs/${id}`],
      ];
    },
  },
  "sign-up": {
    client: anonymous,
    submit: formPost("/signup"),
    saved: 302,
    valid: (text, n) => ({
      accountType: "buyer",
      name: text,
      email: `masukan-jahat-${n}@contoh.id`,
      password: "kata-sandi-panjang-1",
      organisationName: text,
      buyerType: "other",
      provinceCode: "35",
      acceptTerms: "on",
    }),
    textFields: ["name", "organisationName"],
    spoil: { provinceCode: "xx" },
    spoilError: "region_invalid",
    stored: async (f) => {
      const user = await server.db.user.findUnique({ where: { email: f.email }, include: { memberships: { include: { organisation: true } } } });
      return user ? { name: user.name, organisationName: user.memberships[0]!.organisation.name } : null;
    },
    pages: async (_f, client) => [[client, "/account"]],
  },
  "API product": {
    client: () => producer,
    submit: async (_client, fields) => {
      const { minOrder, ...rest } = fields;
      return api("POST", "/products", { ...rest, minOrder: Number(minOrder) });
    },
    saved: 201,
    json: true,
    valid: (text, n) => ({ name: text, description: `Produk API ${mark(n)} ${text}`, category: "snacks", unit: "pak", minOrder: "10" }),
    textFields: ["name", "description"],
    spoil: { minOrder: "-5" },
    spoilError: "at_least_one",
    stored: (f) => server.db.product.findFirst({ where: { description: f.description }, select: { name: true, description: true } }),
    pages: async (f) => [[anonymous(), `/products/${await productId(f.description!)}`]],
  },
};

describe("script and SQL-looking text", () => {
  for (const [name, form] of Object.entries(TEXT_CASES)) {
    it(`${name}: refused at another field, the text echoed escaped, nothing stored`, async () => {
      for (const [n, text] of PAYLOADS.entries()) {
        const client = form.client();
        const before = { counts: await counts(), fingerprint: await form.fingerprint?.() };
        const fields = { ...form.valid(text, n), ...form.spoil };
        const response = await form.submit(client, fields);
        const body = await response.text();
        expect(response.status, `${text}: ${body.slice(0, 300)}`).toBe(400);
        const [spoiled] = Object.keys(form.spoil);
        if (form.json) {
          expect(JSON.parse(body).error.issues, text).toEqual([expect.objectContaining({ path: spoiled, code: form.spoilError })]);
        } else {
          // The page comes back with the error at its field and the form as it was filled
          // in: the text escaped in it.
          expect(fieldError(body, spoiled!), text).toContain(errors[form.spoilError]);
          for (const field of form.textFields) expectEscaped(body, text, `${text} in ${field}, refused`);
        }
        expect({ counts: await counts(), fingerprint: await form.fingerprint?.() }, text).toEqual(before);
      }
    });

    it(`${name}: saved exactly, shown only escaped`, async () => {
      for (const [n, text] of PAYLOADS.entries()) {
        const client = form.client();
        const fields = form.valid(text, n);
        const response = await form.submit(client, fields);
        const body = await response.text();
        expect(response.status, `${text}: ${body.slice(0, 300)}`).toBe(form.saved);
        // JSON is no page: the API answers with the text exactly as stored.
        if (form.json) expect(JSON.parse(body), text).toMatchObject(Object.fromEntries(form.textFields.map((f) => [f, fields[f]])));
        else expect(body, text).not.toMatch(RAW);
        const stored = await form.stored(fields);
        expect(stored, text).toEqual(Object.fromEntries(form.textFields.map((f) => [f, fields[f]])));
        for (const [viewer, path] of await form.pages(fields, client)) {
          const page = await viewer.get(path);
          expect(page.status, `${text} on ${path}`).toBe(200);
          expectEscaped(await page.text(), text, `${text} on ${path}`);
        }
      }
    });
  }

  it("the search page finds saved products and shows their names escaped", async () => {
    await until(outboxDrained, Boolean);
    for (const [n, text] of PAYLOADS.entries()) {
      const html = await until(
        async () => (await anonymous().get(`/search?q=${mark(n)}`)).text(),
        (page) => page.includes(escapeHtml(text)),
      );
      expectEscaped(html, text, `search for ${mark(n)}`);
    }
  });

  it("the search box and catalog filters echo the text escaped, or refuse it", async () => {
    for (const text of PAYLOADS) {
      const q = encodeURIComponent(text);
      for (const [path, status, echoed] of [
        [`/search?q=${q}`, 200, true],
        [`/catalog?q=${q}`, 200, false],
        [`/search?q=${q}&sector=${q}`, 400, true],
        [`/catalog?sector=${q}&province=${q}`, 400, false],
        [`/search?q=${q}&page=${q}`, 400, true],
      ] as const) {
        const response = await anonymous().get(path);
        const html = await response.text();
        expect(response.status, path).toBe(status);
        if (echoed) expectEscaped(html, text, path);
        else expect(html, path).not.toMatch(RAW);
      }
    }
  });

  it("the database still has its tables and every account", async () => {
    const tables = await server.db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('User', 'Product', 'Need')`);
    expect(tables.map((t) => t.name).sort()).toEqual(["Need", "Product", "User"]);
    for (const account of DEMO_ACCOUNTS) expect(await server.db.user.count({ where: { email: account.email } }), account.email).toBe(1);
    // Each sign-up made exactly one account.
    expect(await server.db.user.count({ where: { email: { startsWith: "masukan-jahat-" } } })).toBe(PAYLOADS.length);
  });
});

// ---------------------------------------------------------------------------------------
// 2. Wrong content types on form routes
// ---------------------------------------------------------------------------------------

const FORM_ROUTES: Record<string, { client: () => Client; path: string; fields: () => Fields }> = {
  login: { client: anonymous, path: "/login", fields: () => ({ email: demo("dinas").email, password: DEMO_PASSWORD }) },
  "sign-up": {
    client: anonymous,
    path: "/signup",
    fields: () => ({ accountType: "buyer", name: "Tipe Salah", email: "tipe-salah@contoh.id", password: "kata-sandi-panjang-1", organisationName: "PT Tipe Salah", buyerType: "other", provinceCode: "35", acceptTerms: "on" }),
  },
  "new product": {
    client: () => producer,
    path: "/workspace/products/new",
    fields: () => ({ name: "Keripik tipe salah", description: "Produk yang dikirim dengan tipe isi yang salah.", category: "snacks", unit: "pak", minOrder: "10" }),
  },
};

/** Each body with the status it gets: 415 for a type that is no form, 400 for a form that cannot be read. */
const BAD_BODIES: Record<string, { status: number; make: (fields: Fields) => { body: BodyInit; headers: Record<string, string> } }> = {
  "JSON": { status: 415, make: (f) => ({ body: JSON.stringify(f), headers: { "Content-Type": "application/json" } }) },
  "text/plain": { status: 415, make: (f) => ({ body: new URLSearchParams(f).toString(), headers: { "Content-Type": "text/plain;charset=UTF-8" } }) },
  "no content type": { status: 415, make: (f) => ({ body: new Blob([new URLSearchParams(f).toString()]), headers: {} }) },
  "multipart without a boundary": {
    status: 400,
    make: () => ({ body: "--x\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\nx\r\n--x--\r\n", headers: { "Content-Type": "multipart/form-data" } }),
  },
  "multipart with a boundary and a garbage body": {
    status: 400,
    make: () => ({ body: "this is \u0000 not multipart at all", headers: { "Content-Type": "multipart/form-data; boundary=----hostile" } }),
  },
  "multipart cut off mid-part": {
    status: 400,
    make: () => ({ body: "------hostile\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\nx", headers: { "Content-Type": "multipart/form-data; boundary=----hostile" } }),
  },
};

describe("wrong content types on form routes", () => {
  for (const [route, target] of Object.entries(FORM_ROUTES)) {
    it(`${route}: refused with a 415 or 400 page, nothing stored, nobody signed in`, async () => {
      for (const [kind, { status, make }] of Object.entries(BAD_BODIES)) {
        const before = await counts();
        const client = target.client();
        const { body, headers } = make(target.fields());
        const response = await send(client, "POST", target.path, body, headers);
        const html = await response.text();
        expect(response.status, kind).toBe(status);
        // The error page says the request was bad, not that the server failed.
        expect(html, kind).toContain(`data-status="${status}"`);
        expect(html, kind).toContain(errors.badRequestTitle);
        expect(response.headers.getSetCookie().some((c) => c.startsWith("mk_session=") && !/max-age=0/i.test(c)), kind).toBe(false);
        expect(await counts(), kind).toEqual(before);
      }
      expect((await anonymous().get("/")).status).toBe(200);
    });
  }
});

// ---------------------------------------------------------------------------------------
// 3. Oversized form bodies
// ---------------------------------------------------------------------------------------

describe("oversized form bodies", () => {
  const FIVE_MB = 5 * 1024 * 1024;
  const product = (name: string) => new URLSearchParams({ name, description: "Produk dengan nama yang sangat besar.", category: "snacks", unit: "pak", minOrder: "10" }).toString();
  const CASES: Record<string, { client: () => Client; path: string; body: () => string; status: 400 | 413 }> = {
    "a 5 MB login": { client: anonymous, path: "/login", body: () => `email=besar%40contoh.id&password=${"a".repeat(FIVE_MB)}`, status: 413 },
    "a 5 MB new product": { client: () => producer, path: "/workspace/products/new", body: () => product("x".repeat(FIVE_MB)), status: 413 },
    // Within the body limit: the form's own rule refuses it at its field.
    "a 100,000-character product name": { client: () => producer, path: "/workspace/products/new", body: () => product("x".repeat(100_000)), status: 400 },
  };
  for (const [name, c] of Object.entries(CASES)) {
    it(`${name} is refused and the server stays up`, async () => {
      const before = await counts();
      const response = await send(c.client(), "POST", c.path, c.body(), { "Content-Type": "application/x-www-form-urlencoded" });
      const html = await response.text();
      expect(response.status).toBe(c.status);
      if (c.status === 400) expect(fieldError(html, "name")).toContain(errors.too_long);
      else expect(html).toContain(`data-status="413"`);
      expect(await counts()).toEqual(before);
      expect((await anonymous().get("/")).status).toBe(200);
    });
  }
});

// ---------------------------------------------------------------------------------------
// 4. Malformed encodings
// ---------------------------------------------------------------------------------------

describe("malformed encodings", () => {
  const product = "description=Produk+dengan+isian+rusak+untuk+uji.&category=snacks&unit=pak&minOrder=10";
  it("a form body with broken percent-escapes is read the way browsers read it", async () => {
    const before = await counts();
    const response = await send(producer, "POST", "/workspace/products/new", `name=%E0%A4%A&${product}`, { "Content-Type": "application/x-www-form-urlencoded" });
    await response.arrayBuffer();
    // Decoded as the WHATWG rules (and browsers) say: the broken sequence becomes U+FFFD and
    // the stray "%A" stays text, a valid name of three characters.
    expect(response.status).toBe(302);
    expect(await counts()).toEqual({ ...before, products: before.products + 1 });
    const stored = await server.db.product.findFirstOrThrow({ where: { name: "\uFFFD%A" } });
    const page = await anonymous().get(`/products/${stored.id}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("\uFFFD%A");
  });

  it("a NUL byte in a text field is refused (the database would cut the text there)", async () => {
    const before = await counts();
    const form = await send(producer, "POST", "/workspace/products/new", `name=Keripik%00nul&${product}`, { "Content-Type": "application/x-www-form-urlencoded" });
    await form.arrayBuffer();
    expect(form.status).toBe(400);
    const multipart = new FormData();
    for (const [k, v] of new URLSearchParams(`name=Keripik%00nul&${product}`)) multipart.append(k, v);
    const asMultipart = await send(producer, "POST", "/workspace/products/new", multipart);
    await asMultipart.arrayBuffer();
    expect(asMultipart.status).toBe(400);
    const fromApi = await api("POST", "/products", { name: "Keripik\u0000nul", description: "Produk dengan isian rusak untuk uji.", category: "snacks", unit: "pak", minOrder: 10 });
    expect(fromApi.status).toBe(400);
    expect(((await fromApi.json()) as { error: { issues: { path: string }[] } }).error.issues).toEqual([expect.objectContaining({ path: "name" })]);
    // A form with a file (readUploadForm): the certificate's number holding a NUL.
    const certificate = new FormData();
    for (const [k, v] of Object.entries({ type: "pirt", number: "P-IRT\u0000 2063507019999", issuer: "Dinas Kesehatan Kabupaten Malang" })) certificate.append(k, v);
    certificate.append("document", new Blob([new TextEncoder().encode("%PDF-1.4\n%%EOF\n")]), "pirt.pdf");
    const withFile = await send(producer, "POST", "/workspace/certifications/new", certificate);
    await withFile.arrayBuffer();
    expect(withFile.status).toBe(400);
    expect(await server.db.certification.count({ where: { number: { contains: "2063507019999" } } })).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it("query strings with broken escapes get a page or a 400", async () => {
    for (const [path, statuses] of [
      ["/catalog?sector=%E0%A4%A", [400]],
      ["/catalog?page=%", [400]],
      ["/catalog?x=%ZZ&%%=1", [200]],
      ["/search?q=%E0%A4%A", [200]],
      ["/search?q=%", [200]],
      ["/search?q=%00", [200]],
      ["/search?q=%ZZ%", [200]],
    ] as const) {
      const response = await anonymous().get(path);
      await response.arrayBuffer();
      expect(statuses, `${path}: ${response.status}`).toContain(response.status);
    }
  });
});

// ---------------------------------------------------------------------------------------
// 5. Forged and tampered sessions
// ---------------------------------------------------------------------------------------

describe("forged and tampered sessions", () => {
  /** A fresh session of the demo dinas officer (whose logins no other test counts). */
  async function liveCookie(): Promise<string> {
    const client = new Client(server.url);
    expect((await client.login(demo("dinas").email, DEMO_PASSWORD)).status).toBe(302);
    return client.cookies.get("mk_session")!;
  }

  it("is treated as anonymous: the login page for pages, 401 for the API, nothing written", async () => {
    const live = await liveCookie();
    const dot = decodeURIComponent(live).lastIndexOf(".");
    const decoded = decodeURIComponent(live);
    const flip = (c: string) => (c === "A" ? "B" : "A");
    const loggedOut = new Client(server.url);
    expect((await loggedOut.login(demo("dinas").email, DEMO_PASSWORD)).status).toBe(302);
    const dead = loggedOut.cookies.get("mk_session")!;
    expect((await loggedOut.post("/logout", {})).status).toBe(302);

    const FORGED: Record<string, string> = {
      "random": randomBytes(24).toString("base64url"),
      "random, signed-looking": `${Buffer.from(JSON.stringify("cl0000000000000000000000")).toString("base64")}.${randomBytes(32).toString("base64").replace(/=+$/, "")}`,
      "signature altered": encodeURIComponent(decoded.slice(0, -1) + flip(decoded.slice(-1))),
      "value altered, signature kept": encodeURIComponent(flip(decoded[0]!) + decoded.slice(1, dot) + decoded.slice(dot)),
      "signature cut off": encodeURIComponent(decoded.slice(0, dot)),
      "logged out": dead,
      "broken percent-escapes": "%E0%A4%A",
      "4,000 characters": "a".repeat(4000),
      "empty": "",
    };
    for (const [kind, value] of Object.entries(FORGED)) {
      const client = new Client(server.url);
      client.cookies.set("mk_session", value);
      for (const path of ["/workspace/products", "/account", "/dinas/verifications"]) {
        const response = await client.get(path);
        await response.arrayBuffer();
        expect(toLogin(response), `${kind} on ${path}: ${response.status}`).toBe(true);
      }
      const before = await counts();
      const write = await client.post("/workspace/products/new", { name: "Keripik palsu", description: "Produk dari sesi yang dipalsukan.", category: "snacks", unit: "pak", minOrder: "10" });
      await write.arrayBuffer();
      expect(toLogin(write), `${kind} write: ${write.status}`).toBe(true);
      expect(await counts(), kind).toEqual(before);
      const fromApi = await send(client, "GET", "/api/v1/products");
      await fromApi.arrayBuffer();
      expect(fromApi.status, `${kind} on the API`).toBe(401);
    }
    // The live cookie itself still works: the refusals above were about the tampering.
    const real = new Client(server.url);
    real.cookies.set("mk_session", live);
    expect((await real.get("/account")).status).toBe(200);
  });

  it("forged bearer tokens get a 401 from the API", async () => {
    for (const authorization of [`Bearer mk_${randomBytes(32).toString("base64url")}`, `Bearer ${token}x`, `Bearer ${"a".repeat(10_000)}`, "Bearer ' OR '1'='1", `Basic ${Buffer.from("a:b").toString("base64")}`]) {
      const response = await fetch(new URL("/api/v1/products", server.url), { headers: { Authorization: authorization } });
      await response.arrayBuffer();
      expect(response.status, authorization.slice(0, 40)).toBe(401);
    }
  });
});

// ---------------------------------------------------------------------------------------
// 6. Nonsense ids in paths
// ---------------------------------------------------------------------------------------

describe("nonsense ids in paths", () => {
  const NONSENSE: Record<string, string> = {
    "a path traversal": encodeURIComponent("../../etc/passwd"),
    "dot segments, encoded": "%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
    "10,000 characters": "a".repeat(10_000),
    "a NUL": "%00",
    "broken percent-escapes": "%E0%A4%A",
    "a lone percent": "%",
    "SQL": encodeURIComponent("' OR '1'='1"),
    "markup": encodeURIComponent("<script>alert(1)</script>"),
  };
  const ROUTES: Record<string, { client: () => Client; path: (id: string) => string; api?: boolean }> = {
    "product page": { client: anonymous, path: (id) => `/products/${id}` },
    "producer page": { client: anonymous, path: (id) => `/producers/${id}` },
    "order page": { client: () => buyer, path: (id) => `/orders/${id}` },
    "order invoice": { client: () => buyer, path: (id) => `/orders/${id}/invoice` },
    "product photo": { client: anonymous, path: (id) => `/media/products/${id}?size=thumb` },
    "certificate document": { client: () => producer, path: (id) => `/certifications/${id}/document` },
    "need page": { client: () => buyer, path: (id) => `/needs/${id}` },
    "API product": { client: anonymous, path: (id) => `/api/v1/products/${id}`, api: true },
  };
  for (const [route, target] of Object.entries(ROUTES)) {
    it(`${route}: 404 or 400, never a 500`, async () => {
      for (const [kind, id] of Object.entries(NONSENSE)) {
        const path = target.path(id);
        const response = target.api ? await api("GET", path.slice("/api/v1".length)) : await target.client().get(path);
        const body = await response.text();
        expect([400, 404], `${kind}: ${response.status} ${body.slice(0, 200)}`).toContain(response.status);
        expect(body, kind).not.toMatch(RAW);
      }
    });
  }
});
