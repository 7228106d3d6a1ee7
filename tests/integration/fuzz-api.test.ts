// Fuzz (fast-check) of the JSON API's writes (POST /products, PATCH /products/:id, POST /needs, POST /certifications): any JSON,
// right keys with wrong types, huge numbers, hostile unicode, nesting to 40 levels, duplicate keys, non-UTF-8, wrong content types.
// Asserts: never a 5xx; refusals are 4xx { error: { code, message, issues? } } (issues with path and code) and change no rows.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiErrorSchema } from "../../app/api/resources.ts";
import { MAX_JSON_DEPTH } from "~/lib/input-limits.ts";
import { createToken } from "~/models/accounts/api-token.server.ts";
import { DEMO_ACCOUNTS } from "../../prisma/seed.ts";
import { validNeedBody, validProductBody } from "../helpers/api.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_601);
console.log(`fuzz-api: fast-check seed ${SEED} (set FUZZ_SEED to replay another)`);
const runs = (numRuns: number) => ({ seed: SEED, numRuns, interruptAfterTimeLimit: 45_000, markInterruptAsFailure: false });

let server: TestServer;
const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;
const tokens = {} as { producer: string; buyer: string };
let productId: string;

const GOOD = {
  products: validProductBody("Keripik tempe uji acak", "Keripik tempe kedelai lokal, kemasan 200 g untuk katering kantor."),
  needs: validNeedBody("Keripik tempe untuk konsumsi rapat"),
  certifications: { type: "sni", number: "SNI 01-2891-1992/UJI", issuer: "LSPro Balai Besar Industri Agro", validFrom: "2026-01-05", validUntil: "2029-01-04" },
} as const;

interface Target {
  name: string;
  method: "POST" | "PATCH";
  path: () => string;
  token: () => string;
  good: Record<string, unknown>;
  /** What a refusal must leave as it was, besides the row counts. */
  fingerprint?: () => Promise<unknown>;
}

const TARGETS: Target[] = [
  { name: "POST /products", method: "POST", path: () => "/products", token: () => tokens.producer, good: GOOD.products },
  {
    name: "PATCH /products/:id",
    method: "PATCH",
    path: () => `/products/${productId}`,
    token: () => tokens.producer,
    good: { priceMin: 11000, name: "Keripik tempe diubah" },
    fingerprint: () => server.db.product.findUniqueOrThrow({ where: { id: productId } }),
  },
  { name: "POST /needs", method: "POST", path: () => "/needs", token: () => tokens.buyer, good: GOOD.needs },
  { name: "POST /certifications", method: "POST", path: () => "/certifications", token: () => tokens.producer, good: GOOD.certifications },
];

// ---------------------------------------------------------------------------------------
// Hostile values
// ---------------------------------------------------------------------------------------

const HOSTILE_TEXT = [
  "\u202E", "\u200B", "\uFEFF", "👩‍👩‍👧‍👦", "🇮🇩", "e\u0301\u0301", "\uD800", "a\uDC00b", "\u0000", "x\u0000y", "\u0001", "\u001B[31m", "\u007F", "\u2028", "\uFFFF",
  "<script>alert(1)</script>", `'; DROP TABLE "Product"; --`, "' OR '1'='1", "{{7*7}}", "__proto__", "constructor", "", " ", "null", "NaN", "Infinity", "1e309",
  "2027-02-31", "2027-13-01", "99999-01-01", "0000-01-01", "0001-01-01", "9999-12-31", "275760-09-13", "2027-01-01T00:00:00Z", "31/12/2027",
  "SNACKS", "Snacks", "PAK", "Public", "HALAL", " snacks",
];
const HUGE = [1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, -(2 ** 53), 1e21, 5e-324, -0, 0.1, 2_000_000_001, 10_000_001, 1e15, 1e15 + 1, 1e16, 2 ** 31, 2 ** 63, -1, 0, 1.5, 100.0000001, 365.5];
const text = fc.oneof(
  fc.constantFrom(...HOSTILE_TEXT),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme-composite", maxLength: 20 }),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => `x${String.fromCharCode(c)}y`),
  fc.tuple(fc.constantFrom("a", "😀", "\u202E", "<b>"), fc.integer({ min: 100, max: 6_000 })).map(([p, n]) => p.repeat(n)),
);
const number = fc.oneof(fc.constantFrom(...HUGE), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.maxSafeInteger());
const wrong = fc.oneof(
  { weight: 3, arbitrary: text },
  { weight: 3, arbitrary: number },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.array(fc.oneof(text, number), { maxLength: 5 }) },
);

/** `leaf` inside `depth` arrays or objects (or both, alternating). */
const nested = fc
  .record({ depth: fc.integer({ min: 1, max: 40 }), kind: fc.constantFrom("array", "object", "mixed"), leaf: fc.oneof(text, number, fc.constant(null)) })
  .map(({ depth, kind, leaf }) => {
    let value: unknown = leaf;
    for (let i = 0; i < depth; i++) value = kind === "array" || (kind === "mixed" && i % 2 === 0) ? [value] : { a: value };
    return value;
  });

/** How deep the deepest object or array sits (the body itself at 0), as the API counts. */
function depthOf(value: unknown): number {
  let deepest = -1;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (typeof v !== "object" || v === null) continue;
    deepest = Math.max(deepest, d);
    for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return deepest;
}

/** The good body with some keys dropped, some given wrong values, some unknown keys added. */
function shapeArb(good: Record<string, unknown>) {
  const keys = Object.keys(good);
  const field = (key: string) => {
    const good_ = good[key];
    // A list of valid entries, repeated ("halal", "halal"): what a careless client sends.
    const repeated = Array.isArray(good_) ? [{ weight: 2, arbitrary: fc.array(fc.constantFrom(...good_), { minLength: 2, maxLength: 4 }) }] : [];
    return fc.oneof({ weight: 1, arbitrary: fc.constant(good_) }, { weight: 1, arbitrary: fc.constant(undefined) }, { weight: 4, arbitrary: wrong }, { weight: 1, arbitrary: nested }, ...repeated);
  };
  // A few keys (most often) or any of them changed: bodies with one bad value are the ones that get stored.
  const chosen = fc.oneof({ weight: 3, arbitrary: fc.subarray(keys, { maxLength: Math.min(2, keys.length) }) }, { weight: 1, arbitrary: fc.constant(keys) });
  const known = fc.tuple(fc.record(Object.fromEntries(keys.map((k) => [k, field(k)]))), chosen).map(([values, c]) => Object.fromEntries(keys.map((k) => [k, c.includes(k) ? values[k] : good[k]])));
  return fc
    .record({
      known,
      extra: fc.array(fc.tuple(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("id", "status", "producerId", "buyerId", "__proto__", "constructor", "ref", "createdAt", "productIds", "budgetTotal")), wrong), { maxLength: 3 }),
    })
    .map(({ known, extra }) => {
      const body: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(known)) if (v !== undefined) body[k] = v;
      // defineProperty: "__proto__" becomes a key of the JSON text, as a client could send it.
      for (const [k, v] of extra) Object.defineProperty(body, k, { value: v, enumerable: true, configurable: true, writable: true });
      return body;
    });
}

// ---------------------------------------------------------------------------------------
// Sending and judging
// ---------------------------------------------------------------------------------------

interface Answer {
  status: number;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

async function send(target: Target, body: string | Uint8Array<ArrayBuffer>, contentType: string | null = target.method === "PATCH" ? "application/merge-patch+json" : "application/json"): Promise<Answer> {
  await server.db.rateLimit.deleteMany();
  const response = await fetch(new URL(`/api/v1${target.path()}`, server.url), {
    method: target.method,
    redirect: "manual",
    headers: { Authorization: `Bearer ${target.token()}`, ...(contentType === null ? {} : { "Content-Type": contentType }) },
    body,
    signal: AbortSignal.timeout(20_000),
  });
  const text = await response.text();
  let body_: unknown = undefined;
  try {
    body_ = JSON.parse(text);
  } catch {
    // Left undefined: the assertions say what came back.
  }
  return { status: response.status, text, body: body_ };
}

async function counts() {
  const db = server.db;
  const [products, needs, certifications, certificationProducts, needCertifications, auditLog, organisations, users] = await Promise.all([
    db.product.count(),
    db.need.count(),
    db.certification.count(),
    db.certificationProduct.count(),
    db.needCertification.count(),
    db.auditLog.count(),
    db.organisation.count(),
    db.user.count(),
  ]);
  return { products, needs, certifications, certificationProducts, needCertifications, auditLog, organisations, users };
}

const show = (body: string | Uint8Array) => {
  const t = typeof body === "string" ? body : `bytes ${Buffer.from(body).toString("hex").slice(0, 200)}`;
  return t.length > 400 ? `${t.slice(0, 300)}…(${t.length} chars)` : t;
};

/**
 * Sends and checks: below 500; a 4xx has the error shape and changed nothing; `expectRefusal`
 * may name the status and code (and an issue code) the answer must have. Returns the answer.
 */
async function expectHandled(target: Target, body: string | Uint8Array<ArrayBuffer>, options: { contentType?: string | null; refusal?: { status: number; code: string; issue?: string } } = {}): Promise<Answer> {
  const before = { counts: await counts(), fingerprint: await target.fingerprint?.() };
  const answer = options.contentType === undefined ? await send(target, body) : await send(target, body, options.contentType);
  const where = `${target.name} ${options.contentType ?? ""} ${show(body)} → ${answer.status} ${answer.text.slice(0, 400)}`;
  expect(answer.status, where).toBeLessThan(500);
  if (options.refusal) {
    expect(answer.status, where).toBe(options.refusal.status);
    expect(answer.body?.error?.code, where).toBe(options.refusal.code);
    if (options.refusal.issue) expect(answer.body.error.issues.map((i: { code: string }) => i.code), where).toContain(options.refusal.issue);
  }
  if (answer.status >= 400) {
    expect([400, 413, 415], where).toContain(answer.status);
    const shaped = ApiErrorSchema.safeParse(answer.body);
    expect(shaped.success, `not { error: { code, message, issues? } }: ${where}`).toBe(true);
    expect(Object.keys(answer.body), where).toEqual(["error"]);
    for (const issue of answer.body.error.issues ?? []) {
      expect(typeof issue.path, where).toBe("string");
      expect(issue.code, where).toMatch(/^[a-z0-9_]+$/);
    }
    if (answer.body.error.code === "invalid") expect(answer.body.error.issues?.length, `"invalid" without issues: ${where}`).toBeGreaterThan(0);
    expect({ counts: await counts(), fingerprint: await target.fingerprint?.() }, where).toEqual(before);
  } else {
    expect([200, 201], where).toContain(answer.status);
  }
  return answer;
}

/** A body sent as JSON text; JSON.stringify leaves lone surrogates escaped, as a client would. */
const asJson = (value: unknown) => JSON.stringify(value) ?? "";
const isPlainObject = (v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v);

/** The text fields of an accepted body come back as sent (trimmed, as the schemas trim). */
function expectStoredAsSent(target: Target, sent: Record<string, unknown>, answer: Answer) {
  if (answer.status !== 200 && answer.status !== 201) return;
  for (const key of ["name", "description", "title", "number", "issuer"]) {
    const value = sent[key];
    if (typeof value === "string") expect(answer.body[key], `${target.name} ${key} ${JSON.stringify(value).slice(0, 200)}`).toBe(value.trim());
  }
}

// ---------------------------------------------------------------------------------------

beforeAll(async () => {
  server = await startServer("fuzz-api");
  for (const role of ["producer", "buyer"] as const) {
    const user = await server.db.user.findUniqueOrThrow({ where: { email: demo(role).email }, include: { memberships: true } });
    tokens[role] = (await createToken(server.db, user.memberships[0]!.organisationId, `fuzz ${role}`, user.id)).token;
  }
  const created = await send(TARGETS[0]!, JSON.stringify(GOOD.products));
  expect(created.status, created.text).toBe(201);
  productId = created.body.id;
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

const target = fc.constantFrom(...TARGETS);

describe("generated JSON bodies get < 500; refusals are shaped errors that change nothing", () => {
  it("any JSON value or JavaScript value as the body", async () => {
    const body = fc.oneof(fc.jsonValue(), fc.anything({ maxDepth: 4, withNullPrototype: true, withSparseArray: true }), fc.object({ maxDepth: 3 }));
    await fc.assert(
      fc.asyncProperty(target, body, async (t, value) => {
        const text = asJson(value);
        const refusal = !isPlainObject(JSON.parse(text || "null")) ? (text === "" ? { status: 400, code: "malformed_json" } : { status: 400, code: "invalid" }) : undefined;
        await expectHandled(t, text, { refusal });
      }),
      runs(150),
    );
  });

  it("the right keys with wrong types, huge numbers, hostile text, unknown keys", async () => {
    await fc.assert(
      fc.asyncProperty(
        target.chain((t) => fc.tuple(fc.constant(t), shapeArb(t.good))),
        async ([t, body]) => {
          const answer = await expectHandled(t, asJson(body), { refusal: depthOf(body) > MAX_JSON_DEPTH ? { status: 400, code: "invalid", issue: "too_deep" } : undefined });
          expectStoredAsSent(t, body, answer);
        },
      ),
      runs(200),
    );
  });

  it("a valid body with hostile unicode in one text field: stored as sent, or refused, never a 500", async () => {
    const TEXT_KEYS: Record<string, string[]> = {
      "POST /products": ["name", "description"],
      "PATCH /products/:id": ["name", "description"],
      "POST /needs": ["title", "description"],
      "POST /certifications": ["number", "issuer"],
    };
    const piece = fc.oneof(
      fc.constantFrom(...HOSTILE_TEXT),
      fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
      fc.string({ unit: "grapheme-composite", maxLength: 6 }),
    );
    const value = fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => `Keripik tempe ${p.join("")} kemasan 200 g untuk uji`);
    await fc.assert(
      fc.asyncProperty(
        target.chain((t) => fc.tuple(fc.constant(t), fc.constantFrom(...TEXT_KEYS[t.name]!), value)),
        async ([t, key, text]) => {
          const body = { ...t.good, [key]: text };
          expectStoredAsSent(t, body, await expectHandled(t, asJson(body)));
        },
      ),
      runs(80),
    );
  });

  it(`nesting up to 40 levels: deeper than ${MAX_JSON_DEPTH} is refused as too_deep`, async () => {
    await fc.assert(
      fc.asyncProperty(target, nested, fc.constantFrom("name", "description", "title", "minOrder", "productIds", "requiredCertifications", "zzz"), async (t, value, key) => {
        const body = { ...t.good, [key]: value };
        const deep = depthOf(body) > MAX_JSON_DEPTH;
        const answer = await expectHandled(t, asJson(body), { refusal: deep ? { status: 400, code: "invalid", issue: "too_deep" } : undefined });
        if (deep) expect(answer.body.error.issues, "the path names where").toEqual([expect.objectContaining({ code: "too_deep", path: expect.stringMatching(new RegExp(`^${key}(\\.(0|a))+$`)) })]);
      }),
      runs(80),
    );
  });

  it("raw JSON texts: duplicate keys, out-of-range literals, broken syntax, bytes that are no UTF-8", async () => {
    const duplicate = fc
      .record({ key: fc.constantFrom("name", "title", "number", "minOrder", "quantity", "category", "type"), first: wrong, last: fc.oneof(wrong, fc.constantFrom("Keripik sama-sama", "SNI 99", 10)) })
      .map(({ key, first, last }) => ({ kind: "duplicate" as const, key, last, build: (good: Record<string, unknown>) => `${asJson(good).slice(0, -1)},"${key}":${asJson(first)},"${key}":${asJson(last)}}` }));
    const literal = fc
      .constantFrom("1e400", "-1e400", "1E2", "-0", "0.0000000000000000000001", "123456789012345678901234567890", "1.0", "100.00", "NaN", "Infinity", "0x10", "01", ".5", "+1", "1_000", "true", "[]", "{}")
      .map((lit) => ({
        kind: "literal" as const,
        // Appended after the body's own number field, so it is that field's (last) value.
        build: (good: Record<string, unknown>) => `${asJson(good).slice(0, -1)},"${Object.keys(good).find((k) => typeof good[k] === "number") ?? "tkdnPercent"}":${lit}}`,
      }));
    const broken = fc
      .constantFrom("\uFEFF{}", "{} {}", "{,}", "{'a':1}", '{"a":1,}', '{"a":1 /* c */}', "{\"a\":\"\u0001\"}", '{"a":"\\ud800"}', '{"a":"\\x41"}', "{" + '"a":'.repeat(1) + '"' + "b".repeat(10) + "}", "nul", "")
      .map((s) => ({ kind: "broken" as const, build: () => s }));
    const bytes = fc
      .constantFrom([0xff, 0xfe], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0x80])
      .map((seq) => ({ kind: "bytes" as const, build: (good: Record<string, unknown>) => Uint8Array.from([...Buffer.from(`{"name":"a`), ...seq, ...Buffer.from(`b",${asJson(good).slice(1)}`)]) }));
    const large = fc.integer({ min: 256 * 1024 + 1, max: 400 * 1024 }).map((n) => ({ kind: "large" as const, build: (good: Record<string, unknown>) => asJson({ ...good, description: "a".repeat(n) }) }));
    await fc.assert(
      fc.asyncProperty(target, fc.oneof(duplicate, literal, broken, bytes, large), async (t, c) => {
        const body = c.build(t.good);
        const refusal = c.kind === "bytes" ? { status: 400, code: "malformed_json" } : c.kind === "large" ? { status: 413, code: "payload_too_large" } : undefined;
        const answer = await expectHandled(t, body, { refusal });
        // The last of duplicate keys counts, as in JSON.parse.
        if (c.kind === "duplicate" && answer.status < 300 && typeof c.last === "string" && c.key in answer.body) expect(answer.body[c.key], show(body)).toBe(c.last.trim());
      }),
      runs(120),
    );
  });

  it("wrong content types are 415 and change nothing", async () => {
    const json = fc.constantFrom("application/json", "application/merge-patch+json", "application/vnd.api+json", "APPLICATION/JSON", "application/json; charset=utf-8", "application/json;charset=latin1", " application/json ");
    const other = fc.constantFrom("text/plain", "text/json", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml", "application/jsonx", "application/json-patch", "json", "*/*", "application/", "application/+json", "");
    await fc.assert(
      fc.asyncProperty(target, fc.oneof(json.map((type) => ({ type, ok: true })), other.map((type) => ({ type, ok: false })), fc.constant({ type: null, ok: false })), async (t, { type, ok }) => {
        await expectHandled(t, asJson({ ...t.good, name: "Keripik tipe konten" }), { contentType: type, refusal: ok ? undefined : { status: 415, code: "unsupported_media_type" } });
      }),
      runs(60),
    );
  });
});
