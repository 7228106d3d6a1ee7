// Fuzz (fast-check) of the page forms through the real server: generated urlencoded and multipart posts with fields missing,
// repeated, unknown, huge, hostile unicode/control/markup/SQL text, bad numbers, dates and enums, and raw non-form bodies.
// Asserts: never a 5xx or a hang or a huge echo; a 4xx changes no rows; saved values are kept as sent. 400s that show
// no reason are collected and printed (issue 23), not failed on.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dateToDay } from "~/lib/calendar-day.ts";
import errorsEn from "~/locales/en/errors.json";
import errorsId from "~/locales/id/errors.json";
import { BUYER_TYPES, CERTIFICATION_TYPES, NEED_VISIBILITIES, SECTORS, UNITS } from "~/models/domain.ts";
import { DECLINE_REASONS, MATCH_ACTIONS } from "~/models/matches/match-workflow.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed.ts";
import { Client, waitForSearchIndex } from "../helpers/http.ts";
import { createHalalSnackNeed } from "../helpers/needs.ts";
import { startServer, type TestServer } from "../helpers/server.ts";

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_601);
console.log(`fuzz-forms: fast-check seed ${SEED} (set FUZZ_SEED to replay another)`);
/** Runs per property; each run is one HTTP request or a few. */
const runs = (numRuns: number) => ({ seed: SEED, numRuns, interruptAfterTimeLimit: 45_000, markInterruptAsFailure: false });

/**
 * 400s that refused the post (nothing changed) but show no reason: collected and printed, not
 * failed on. Every one seen is a field the page does not render (a repeated hidden field, a
 * missing account type, a decline without its reason): issue 23's "every action's error must
 * show where the user acted", which this suite will hold to once that lands.
 */
const unexplained: string[] = [];

let server: TestServer;
const demo = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!;
let producer: Client;
let buyer: Client;
const ids = {} as { producerId: string; needId: string; suggested: string[]; notificationIds: string[]; buyerUserId: string; sector: string; provinceCode: string; regencyCode: string };
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

// ---------------------------------------------------------------------------------------
// Hostile values
// ---------------------------------------------------------------------------------------

const SPECIAL = [
  // Direction marks and overrides, zero-width characters
  "\u202E", "\u202D", "\u200F", "\u200E", "\u061C", "\u2066", "\u200B", "\u200C", "\u200D", "\uFEFF", "\u2060", "\u00AD",
  // Emoji (with joiners, flags, variation selectors) and combining characters
  "👩‍👩‍👧‍👦", "🇮🇩", "🏳️‍🌈", "😀", "e\u0301", "Z\u0335\u0322\u031B\u0347\u0353\u0344\u0301\u0301", "\u0301", "\u0361",
  // Lone surrogates (urlencoding turns them into U+FFFD; multipart too)
  "\uD800", "\uDFFF", "a\uDC00b", "\uDBFF\uDBFF",
  // Control characters (NUL included: readForm refuses it)
  "\u0000", "\u0001", "\u0007", "\b", "\t", "\n", "\r", "\r\n", "\u001B[31m", "\u007F", "\u0085", "\u2028", "\u2029", "\uFFFE", "\uFFFF",
  // Markup, templates, SQL, paths
  "<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "</textarea><svg/onload=alert(1)>", "javascript:alert(1)", "<!--", "]]>",
  `'; DROP TABLE "Product"; --`, "' OR '1'='1", "1; SELECT * FROM User", "%' AND 1=1 --", "{{7*7}}", "${7*7}", "#{7*7}", "%00", "%s%n%x",
  "../../etc/passwd", "__proto__", "constructor", "[object Object]", "null", "undefined", "true", "{}", "[]", '{"a":1}',
];
const NUMBERISH = [
  "NaN", "Infinity", "-Infinity", "1e309", "-1e309", "1e3", "1E-7", "-0", "0", "-1", "0x10", "0b11", "0o7", "1_000", "1,5", "1.000.000",
  "9007199254740993", "2147483648", "99999999999999999999", " 42 ", "４２", "٤٢", "1/2", "+5", ".5", "5.", "--1", "1e+21", "4.2e1", "-2e9", "2000000001",
];
const DATEISH = [
  "2027-02-31", "2027-02-29", "2028-02-29", "2027-13-01", "2027-00-10", "99999", "275760-09-13", "275760-09-14", "+275760-09-13", "-000001-01-01",
  "0000-01-01", "1970-01-01", "2027/01/01", "31-12-2027", "2027-01-01T25:00", "2027-01-01T00:00:00Z", "2027-W01", "now", "tomorrow", "1e12", "2027-1-1",
];
const constant = (values: readonly string[]) => fc.constantFrom(...values);
const short = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: "grapheme-composite", maxLength: 20 }),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0, max: 0x1f }).map((c) => `x${String.fromCharCode(c)}y`),
);
/** Pieces glued together: "Keripik\u202E<script>🇮🇩" and the like. */
const mixed = fc.array(fc.oneof(constant(SPECIAL), constant(NUMBERISH), short, fc.constantFrom("Keripik", "pak", " ", "snacks")), { minLength: 1, maxLength: 6 }).map((p) => p.join(""));
/** 1,000–12,000 code units of one piece repeated (surrogate pairs may be cut at the end). */
const long = fc.tuple(fc.constantFrom("a", "é", "😀", "\u202E", "\u200B", "<b>", "e\u0301", " ", "ש", "\u0000"), fc.integer({ min: 1_000, max: 12_000 })).map(([piece, n]) => piece.repeat(Math.ceil(n / piece.length)).slice(0, n));
const numberish = fc.oneof(constant(NUMBERISH), fc.double().map(String), fc.integer().map(String), fc.bigInt().map(String));
const dateish = fc.oneof(constant(DATEISH), fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? "Invalid Date" : d.toISOString().slice(0, 10))));
const hostile = fc.oneof(
  { weight: 3, arbitrary: constant(SPECIAL) },
  { weight: 3, arbitrary: mixed },
  { weight: 2, arbitrary: short },
  { weight: 2, arbitrary: numberish },
  { weight: 1, arbitrary: dateish },
  { weight: 1, arbitrary: long },
  { weight: 1, arbitrary: fc.constant("") },
);
/** Enum values as people mistype them: "SNACKS", "Snacks ", "snacks\u200B", "snack". */
const wrongCase = (values: readonly string[]) =>
  fc.tuple(fc.constantFrom(...values), fc.constantFrom<(v: string) => string>((v) => v.toUpperCase(), (v) => v[0]!.toUpperCase() + v.slice(1), (v) => ` ${v} `, (v) => `${v}\u200B`, (v) => v.slice(0, -1), (v) => `${v}s`, (v) => v.replace(/_/g, "-"))).map(([v, f]) => f(v));

type FieldKind = "text" | "number" | "date" | { enum: readonly string[] };
type Pairs = [string, string][];

/** A field as sent: as the valid form has it (most often), missing, hostile, wrong-case, repeated. */
function fieldValue(base: string | undefined, kind: FieldKind): fc.Arbitrary<string | string[] | undefined> {
  const typed = kind === "number" ? numberish : kind === "date" ? dateish : kind === "text" ? mixed : wrongCase(kind.enum);
  const one = fc.oneof({ weight: 2, arbitrary: typed }, { weight: 3, arbitrary: hostile });
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(base) },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 5, arbitrary: one },
    { weight: 1, arbitrary: fc.array(fc.oneof(fc.constant(base ?? ""), one), { minLength: 2, maxLength: 4 }) },
  );
}

/** Names no form of ours has, and names that reach into conform's paths and intents. */
const extraName = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    "__proto__", "constructor", "prototype", "__intent__", "intent", "id", "status", "role", "isAdmin", "buyerId", "producerId", "organisationId",
    "contacts[2].name", "contacts[3].email", "contacts[3000].name", "contacts[-1].name", "contacts[1e3].email", "contacts.0.name", "contacts[]",
    "kbli[5]", "kbli[]", "kbli[100000]", "name[1000000]", "requiredCertifications[10]", "requiredCertifications[]", "name[0]", "name.first", "a.b.c", "x[0][1].y", "[", "]", "=", "&",
  ),
);
const extraValue = fc.oneof(hostile, fc.constantFrom('{"type":"insert","payload":{"name":"contacts"}}', '{"type":"remove","payload":{"name":"contacts","index":99999}}', '{"type":"validate"}', "{", "reset"));
const extras = fc.array(fc.tuple(extraName, extraValue), { maxLength: 4 });

/**
 * A form as generated: the valid form with a few of its fields (most often) or any of them
 * changed, unknown fields added, sent urlencoded or multipart. Forms with one or two bad
 * fields are the ones whose hostile text gets saved, and shown again.
 */
function formArb(fields: Record<string, { base?: string; kind: FieldKind }>) {
  const names = Object.keys(fields);
  const values = fc.record(Object.fromEntries(names.map((name) => [name, fieldValue(fields[name]!.base, fields[name]!.kind)])) as Record<string, fc.Arbitrary<string | string[] | undefined>>);
  const chosen = fc.oneof({ weight: 3, arbitrary: fc.subarray(names, { maxLength: Math.min(2, names.length) }) }, { weight: 1, arbitrary: fc.constant(names) });
  const known = fc.tuple(values, chosen).map(([v, c]) => Object.fromEntries(names.map((n) => [n, c.includes(n) ? v[n] : fields[n]!.base])));
  return fc.record({ known, extras, multipart: fc.boolean() }).map(({ known, extras, multipart }) => {
    const pairs: Pairs = [];
    for (const [name, value] of Object.entries(known)) for (const v of value === undefined ? [] : [value].flat()) pairs.push([name, v]);
    pairs.push(...extras);
    return { pairs, multipart };
  });
}

// ---------------------------------------------------------------------------------------
// Sending and judging
// ---------------------------------------------------------------------------------------

interface Answer {
  status: number;
  type: string;
  location: string | null;
  text: string;
}

/** One POST, with the client's cookies; a hang shows as a timeout, which fails the run. */
async function send(client: Client, path: string, body: URLSearchParams | FormData | Uint8Array<ArrayBuffer>, contentType?: string): Promise<Answer> {
  const response = await fetch(new URL(path, server.url), {
    method: "POST",
    redirect: "manual",
    headers: { Cookie: client.cookieHeader(), ...(contentType ? { "Content-Type": contentType } : {}) },
    body,
    signal: AbortSignal.timeout(20_000),
  });
  return { status: response.status, type: response.headers.get("Content-Type") ?? "", location: response.headers.get("Location"), text: await response.text() };
}

function post(client: Client, path: string, form: { pairs: Pairs; multipart: boolean }): Promise<Answer> {
  if (!form.multipart) return send(client, path, new URLSearchParams(form.pairs), "application/x-www-form-urlencoded");
  const data = new FormData();
  for (const [name, value] of form.pairs) data.append(name, value);
  return send(client, path, data);
}

const strip = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&[a-z#0-9]+;/gi, "x").replace(/\s+/g, " ").trim();
/** Every message the error translations hold, as patterns ({{minutes}} may be anything). */
const MESSAGES = [...Object.values(errorsEn), ...Object.values(errorsId)].map(
  (m) => new RegExp(`^${strip(m).replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\\\{\\\{\w+\\\}\\\}/g, ".*")}$`, "s"),
);

/**
 * Why a 4xx was refused, as the page shows it: the texts of its alerts (field and form errors,
 * each a translated message), the error page's heading, or a plain-text body; null if nothing.
 */
function reasonOf(answer: Answer): string | null {
  if (!answer.type.startsWith("text/html")) return answer.text.trim() || null;
  const alerts = [...answer.text.matchAll(/<(ul|div|p)\b[^>]*role="alert"[^>]*>([\s\S]*?)<\/\1>/g)];
  const items = alerts.flatMap((m) => [...m[2]!.matchAll(/<(li|p)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((i) => strip(i[2]!)).concat(/<(li|p)\b/.test(m[2]!) ? [] : [strip(m[2]!)]));
  const untranslated = items.filter((text) => !MESSAGES.some((re) => re.test(text)));
  expect(untranslated, "alerts that are no translated error message").toEqual([]);
  if (items.some(Boolean)) return items.join(" | ");
  const errorPage = /<section class="error-page" data-status="(\d+)">([\s\S]*?)<\/section>/.exec(answer.text);
  return errorPage ? strip(errorPage[2]!) : null;
}

/** Rows a refused post must leave alone. */
async function counts() {
  const db = server.db;
  const [products, needs, organisations, users, auditLog, sessions, memberships, certifications, matches, matchEvents, resets, emails, needCertifications, contacts, kbli] = await Promise.all([
    db.product.count(),
    db.need.count(),
    db.organisation.count(),
    db.user.count(),
    db.auditLog.count(),
    db.session.count(),
    db.membership.count(),
    db.certification.count(),
    db.match.count(),
    db.matchEvent.count(),
    db.passwordReset.count(),
    // Match updates are mailed by the indexing worker, after earlier (accepted) posts.
    db.email.count({ where: { kind: { not: "match_update" } } }),
    db.needCertification.count(),
    db.contactPerson.count(),
    db.producerKbli.count(),
  ]);
  return { products, needs, organisations, users, auditLog, sessions, memberships, certifications, matches, matchEvents, resets, emails, needCertifications, contacts, kbli };
}

const requestBytes = (form: { pairs: Pairs }) => new URLSearchParams(form.pairs).toString().length;
/** The value of a field sent exactly once (and not also as a list or object), else undefined. */
const sentOnce = (pairs: Pairs, name: string) => {
  const own = pairs.filter(([k]) => k === name);
  return own.length === 1 && !pairs.some(([k]) => k.startsWith(`${name}[`) || k.startsWith(`${name}.`)) ? own[0]![1] : undefined;
};

/** Lone surrogates as UTF-8 encoding leaves them: U+FFFD (String.prototype.toWellFormed, before ES2024). */
const toWellFormed = (s: string) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");

/** A saved text is what was sent, trimmed (urlencoding has made lone surrogates U+FFFD). */
function expectSavedAsSent(form: { pairs: Pairs; multipart: boolean }, stored: Record<string, unknown>, fields: string[]) {
  // Multipart bodies normalise line breaks to CRLF on the way; urlencoded ones carry them as sent.
  if (form.multipart) return;
  for (const field of fields) {
    const sent = sentOnce(form.pairs, field);
    if (sent !== undefined) expect(stored[field], `${field} saved as sent: ${describeForm(form)}`).toBe(toWellFormed(sent).trim());
  }
}

const describeForm = (form: { pairs: Pairs; multipart: boolean }) =>
  `${form.multipart ? "multipart" : "urlencoded"} ${JSON.stringify(form.pairs.map(([k, v]) => [k, v.length > 200 ? `${v.slice(0, 80)}…(${v.length} chars)` : v]))}`;

/**
 * The property every post must have: no 5xx; a 4xx leaves the rows (and `fingerprint`) as
 * they were, and a 400 says why; a success leads to a page that opens.
 */
async function expectHandled(client: Client, path: string, form: { pairs: Pairs; multipart: boolean }, fingerprint?: () => Promise<unknown>, after?: (answer: Answer) => Promise<void>) {
  await server.db.rateLimit.deleteMany();
  const before = { counts: await counts(), fingerprint: await fingerprint?.() };
  const answer = await post(client, path, form);
  const where = `POST ${path} ${describeForm(form)} → ${answer.status} ${strip(answer.text).slice(0, 300)}`;
  expect(answer.status, where).toBeLessThan(500);
  // A page echoes what was sent (escaped), but a few bytes sent must not make megabytes.
  expect(answer.text.length, `answer of ${answer.text.length} characters to ${requestBytes(form)} bytes: ${where}`).toBeLessThan(200_000 + 10 * requestBytes(form));
  if (answer.status >= 400) {
    expect({ counts: await counts(), fingerprint: await fingerprint?.() }, where).toEqual(before);
    if (answer.status === 400 && !reasonOf(answer)) unexplained.push(where);
  } else if (answer.status >= 300 && answer.location?.startsWith("/")) {
    // Where a saved form leads must open too (a stored value that breaks the page shows here).
    const next = await client.get(answer.location);
    await next.arrayBuffer();
    expect(next.status, `${where}, then GET ${answer.location}`).toBeLessThan(500);
  }
  await after?.(answer);
}

// ---------------------------------------------------------------------------------------

beforeAll(async () => {
  server = await startServer("fuzz-forms");
  producer = new Client(server.url);
  buyer = new Client(server.url);
  expect((await producer.login(demo("producer").email, DEMO_PASSWORD)).status).toBe(302);
  expect((await buyer.login(demo("buyer").email, DEMO_PASSWORD)).status).toBe(302);
  const producerOrg = await server.db.organisation.findFirstOrThrow({ where: { memberships: { some: { user: { email: demo("producer").email } } } }, include: { producer: true } });
  const buyerOrg = await server.db.organisation.findFirstOrThrow({ where: { memberships: { some: { user: { email: demo("buyer").email } } } } });
  const profile = producerOrg.producer!;
  // A need the demo catalog answers, for its suggestions page.
  const need = await createHalalSnackNeed(server.db, buyerOrg.id);
  await waitForSearchIndex(server.url, 20_000);
  const page = await (await buyer.get(`/workspace/needs/${need.id}/suggestions`)).text();
  const suggested = [...page.matchAll(/data-suggestion="([^"]+)"/g)].map((m) => m[1]!);
  expect(suggested.length).toBeGreaterThan(0);
  const buyerUser = await server.db.user.findUniqueOrThrow({ where: { email: demo("buyer").email } });
  const notificationIds = (await server.db.notification.findMany({ where: { userId: buyerUser.id }, select: { id: true }, take: 5 })).map((n) => n.id);
  Object.assign(ids, { producerId: profile.id, needId: need.id, suggested, notificationIds, buyerUserId: buyerUser.id, sector: profile.sector, provinceCode: profile.provinceCode, regencyCode: profile.regencyCode });
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

describe("generated form posts are answered below 500; refused ones say why and change nothing", () => {
  it("/login", async () => {
    // A real account with its right password now and then, so the redirect target gets fuzzed too.
    const form = formArb({
      email: { base: "tidak-ada@contoh.id", kind: "text" },
      password: { base: "kata-sandi-salah", kind: "text" },
      redirectTo: { base: "/workspace", kind: "text" },
    });
    await fc.assert(
      fc.asyncProperty(form, fc.boolean(), async (f, real) => {
        const pairs: Pairs = real ? [["email", demo("dinas").email], ["password", DEMO_PASSWORD], ...f.pairs.filter(([k]) => k !== "email" && k !== "password")] : f.pairs;
        await expectHandled(new Client(server.url), "/login", { ...f, pairs }, undefined, async (answer) => {
          // Wherever a login sends the browser, it stays on this site.
          if (answer.status === 302) expect(answer.location ?? "", describeForm({ ...f, pairs })).toMatch(/^\/(?![/\\])/);
        });
      }),
      runs(50),
    );
  });

  it("/signup", async () => {
    // The base e-mail is made unique per run, so a valid sign-up is not refused as taken.
    let n = 0;
    const form = formArb({
      accountType: { base: "buyer", kind: { enum: ["producer", "buyer", "dinas"] } },
      name: { base: "Budi Santoso", kind: "text" },
      email: { base: "UNIQUE", kind: "text" },
      password: { base: "kata-sandi-panjang-1", kind: "text" },
      organisationName: { base: "PT Uji Acak", kind: "text" },
      sector: { base: undefined, kind: { enum: SECTORS } },
      buyerType: { base: "other", kind: { enum: BUYER_TYPES } },
      provinceCode: { base: "35", kind: "text" },
      regencyCode: { base: undefined, kind: "text" },
      acceptTerms: { base: "on", kind: "text" },
    });
    await fc.assert(
      fc.asyncProperty(form, (f) => {
        const pairs: Pairs = f.pairs.map(([k, v]) => [k, v === "UNIQUE" ? `fuzz-${SEED}-${++n}@contoh.id` : v]);
        return expectHandled(new Client(server.url), "/signup", { ...f, pairs });
      }),
      runs(120),
    );
  });

  it("/forgot-password", async () => {
    const form = formArb({ email: { base: demo("dinas").email, kind: "text" } });
    await fc.assert(fc.asyncProperty(form, (f) => expectHandled(new Client(server.url), "/forgot-password", f)), runs(120));
  });

  it("/workspace/products/new", async () => {
    const form = formArb({
      name: { base: "Keripik tempe uji acak", kind: "text" },
      description: { base: "Keripik tempe kedelai lokal, kemasan 200 g.", kind: "text" },
      category: { base: "snacks", kind: { enum: ["snacks", "sweeteners", "uniforms"] } },
      unit: { base: "pak", kind: { enum: UNITS } },
      minOrder: { base: "10", kind: "number" },
      monthlyCapacity: { base: "1000", kind: "number" },
      priceMin: { base: "12000", kind: "number" },
      priceMax: { base: "15000", kind: "number" },
      tkdnPercent: { base: "42.5", kind: "number" },
      leadTimeDays: { base: "5", kind: "number" },
    });
    await fc.assert(
      fc.asyncProperty(form, (f) =>
        expectHandled(producer, "/workspace/products/new", f, undefined, async (answer) => {
          if (answer.status !== 302) return;
          const saved = await server.db.product.findFirstOrThrow({ where: { producerId: ids.producerId }, orderBy: { createdAt: "desc" } });
          expectSavedAsSent(f, saved, ["name", "description"]);
        }),
      ),
      runs(150),
    );
  });

  it("/workspace/needs/new", async () => {
    const form = formArb({
      title: { base: "Keripik tempe untuk rapat", kind: "text" },
      description: { base: "Keripik tempe kemasan 200 g untuk konsumsi rapat kantor pusat.", kind: "text" },
      category: { base: "snacks", kind: { enum: ["snacks", "sweeteners", "uniforms"] } },
      quantity: { base: "100", kind: "number" },
      unit: { base: "pak", kind: { enum: UNITS } },
      deliveryProvinceCode: { base: "35", kind: "text" },
      deliveryRegencyCode: { base: "35.07", kind: "text" },
      neededBy: { base: inDays(60), kind: "date" },
      requiredCertifications: { base: "halal", kind: { enum: CERTIFICATION_TYPES } },
      minTkdnPercent: { base: undefined, kind: "number" },
      budgetPerUnit: { base: "15000", kind: "number" },
      budgetTotal: { base: undefined, kind: "number" },
      visibility: { base: "public", kind: { enum: NEED_VISIBILITIES } },
    });
    await fc.assert(
      fc.asyncProperty(form, (f) =>
        expectHandled(buyer, "/workspace/needs/new", f, undefined, async (answer) => {
          const id = /^\/workspace\/needs\/([^/?]+)$/.exec(answer.location ?? "")?.[1];
          if (answer.status !== 302 || !id) return;
          const saved = await server.db.need.findUniqueOrThrow({ where: { id } });
          expectSavedAsSent(f, saved, ["title", "description"]);
          // A calendar day is saved as that day, not as another one it rolls over to.
          const day = sentOnce(f.pairs, "neededBy");
          if (day && /^\d{4}-\d{2}-\d{2}$/.test(day)) expect(dateToDay(saved.neededBy), `neededBy ${day}: ${describeForm(f)}`).toBe(day);
        }),
      ),
      runs(150),
    );
  });

  it("/workspace/profile", async () => {
    const form = formArb({
      legalName: { base: "UD Uji Acak Sejahtera", kind: "text" },
      nib: { base: "3507220100999", kind: "number" },
      sector: { base: ids.sector, kind: { enum: SECTORS } },
      kbli: { base: "10792", kind: "text" },
      sentraName: { base: "Sentra Keripik", kind: "text" },
      provinceCode: { base: ids.provinceCode, kind: "text" },
      regencyCode: { base: ids.regencyCode, kind: "text" },
      address: { base: "Jl. Raya 1", kind: "text" },
      employees: { base: "12", kind: "number" },
      foundedYear: { base: "2005", kind: "number" },
      monthlyCapacity: { base: "5000", kind: "number" },
      capacityUnit: { base: "pak", kind: { enum: UNITS } },
      description: { base: "Produsen keripik tempe rumahan.", kind: "text" },
      "contacts[0].name": { base: "Sri Wahyuni", kind: "text" },
      "contacts[0].position": { base: "Pemilik", kind: "text" },
      "contacts[0].phone": { base: "0812 3300 1122", kind: "number" },
      "contacts[0].email": { base: "sri@contoh.id", kind: "text" },
    });
    const fingerprint = () =>
      server.db.producerProfile.findUniqueOrThrow({ where: { id: ids.producerId }, include: { kbli: { orderBy: { code: "asc" } }, contacts: { orderBy: { id: "asc" } }, organisation: true } });
    await fc.assert(
      fc.asyncProperty(form, (f) =>
        expectHandled(producer, "/workspace/profile", f, fingerprint, async (answer) => {
          // A saved profile is on the public page, which must still open.
          if (answer.status === 200) {
            const slug = (await fingerprint()).organisation.slug;
            const page = await new Client(server.url).get(`/producers/${slug}`);
            await page.arrayBuffer();
            expect(page.status, `/producers/${slug} after ${describeForm(f)}`).toBeLessThan(500);
          }
        }),
      ),
      runs(120),
    );
  });

  it("/workspace/needs/:id/suggestions (one form, several intents)", async () => {
    const form = formArb({
      producerId: { base: ids.suggested[0], kind: { enum: ids.suggested } },
      action: { base: "shortlist", kind: { enum: MATCH_ACTIONS } },
      reason: { base: undefined, kind: { enum: DECLINE_REASONS } },
    });
    const fingerprint = () => server.db.match.findMany({ where: { needId: ids.needId }, orderBy: { id: "asc" } });
    await fc.assert(fc.asyncProperty(form, (f) => expectHandled(buyer, `/workspace/needs/${ids.needId}/suggestions`, f, fingerprint)), runs(100));
  });

  it("/notifications (open one, or read all)", async () => {
    const form = formArb({
      intent: { base: "open", kind: { enum: ["open", "read-all"] } },
      id: { base: ids.notificationIds[0] ?? "tidak-ada", kind: { enum: ids.notificationIds.length ? ids.notificationIds : ["tidak-ada"] } },
    });
    // The notices there were at the start: the indexing worker may add new ones meanwhile.
    const fingerprint = () => server.db.notification.findMany({ where: { id: { in: ids.notificationIds } }, orderBy: { id: "asc" }, select: { id: true, readAt: true } });
    await fc.assert(fc.asyncProperty(form, (f) => expectHandled(buyer, "/notifications", f, fingerprint)), runs(60));
  });
});

describe("raw bodies that are no proper form", () => {
  const ROUTES: { path: string; client: () => Client }[] = [
    { path: "/login", client: () => new Client(server.url) },
    { path: "/signup", client: () => new Client(server.url) },
    { path: "/forgot-password", client: () => new Client(server.url) },
    { path: "/workspace/products/new", client: () => producer },
    { path: "/workspace/needs/new", client: () => buyer },
    { path: "/workspace/profile", client: () => producer },
    { path: "/notifications", client: () => buyer },
  ];
  const boundary = "----fuzz";
  const part = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const body = fc.oneof(
    // Bytes that are no UTF-8, broken percent escapes, surrogates encoded as UTF-8 (CESU)
    fc.uint8Array({ maxLength: 300 }).map((b) => ({ bytes: b, type: "application/x-www-form-urlencoded" })),
    fc.constantFrom("name=%FF%FE&description=%C0%AF", "name=%ED%A0%80&minOrder=%E0%A4%A", "%", "%%%=%%", "=&=&&=", "name=a&name", "a=%00", "email=%F4%90%80%80").map((s) => ({ bytes: new TextEncoder().encode(s), type: "application/x-www-form-urlencoded" })),
    // Multipart: no boundary, another boundary, cut off, a NUL, a file where text is expected
    fc.constantFrom(
      { text: part("name", "Keripik"), type: "multipart/form-data" },
      { text: part("name", "Keripik"), type: `multipart/form-data; boundary=lain` },
      { text: `--${boundary}\r\nContent-Disposition: form-data; name="name"\r\n\r\nKerip`, type: `multipart/form-data; boundary=${boundary}` },
      { text: `${part("name", "Keri\u0000pik")}--${boundary}--\r\n`, type: `multipart/form-data; boundary=${boundary}` },
      { text: `--${boundary}\r\nContent-Disposition: form-data; name="description"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nisi berkas\r\n--${boundary}--\r\n`, type: `multipart/form-data; boundary=${boundary}` },
      { text: `--${boundary}\r\nContent-Disposition: form-data\r\n\r\ntanpa nama\r\n--${boundary}--\r\n`, type: `multipart/form-data; boundary=${boundary}` },
      { text: "garbage", type: `multipart/form-data; boundary=${"x".repeat(200)}` },
    ).map(({ text, type }) => ({ bytes: new TextEncoder().encode(text), type })),
    // The right fields under the wrong types, and no type at all
    fc.tuple(fc.constantFrom("application/json", "text/plain", "text/html", "application/xml", "application/x-www-form-urlencoded; charset=utf-16", "", "*/*", "multipart/mixed"), fc.constantFrom('{"name":"Keripik"}', "name=Keripik&minOrder=10", "<a/>")).map(([type, text]) => ({
      bytes: new TextEncoder().encode(text),
      type,
    })),
  );

  it("every form route answers < 500, and a refusal changes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROUTES), body, async (route, { bytes, type }) => {
        await server.db.rateLimit.deleteMany();
        const before = await counts();
        const answer = await send(route.client(), route.path, bytes, type || undefined);
        const where = `POST ${route.path} (${type || "no type"}) ${JSON.stringify(new TextDecoder().decode(bytes).slice(0, 120))} → ${answer.status} ${strip(answer.text).slice(0, 200)}`;
        expect(answer.status, where).toBeLessThan(500);
        if (answer.status >= 400) {
          expect(await counts(), where).toEqual(before);
          if (answer.status === 400 && !reasonOf(answer)) unexplained.push(where);
        }
      }),
      runs(150),
    );
  });
});

afterAll(() => {
  console.warn(`fuzz-forms: ${unexplained.length} refusals without a visible reason (left for issue 23)${unexplained.length ? `, e.g.:\n${unexplained.slice(0, 5).join("\n")}` : ""}`);
});
