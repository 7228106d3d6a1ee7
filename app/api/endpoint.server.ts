// The JSON API's request and response plumbing, so each app/routes/api.v1.*.ts file is just
// "which service, with which schema". Every answer is JSON; every refusal has the shape
// { error: { code, message, issues? } } (ApiErrorSchema in resources.ts). Handlers throw
// the refusals below; `endpoint` turns them into responses.
import { parseWithZod } from "@conform-to/zod/v4";
import type { LoaderFunctionArgs } from "@remix-run/node";
import type { z } from "zod";
import { db } from "~/db.server.ts";
import errorMessages from "~/locales/en/errors.json";
import { authenticateToken, type ApiActor } from "~/models/accounts/api-token.server.ts";
import type { Permission } from "~/models/accounts/permissions.ts";
import { BatchedLimit } from "~/models/platform/rate-limit.server.ts";
import { API_RATE_LIMIT, MAX_BODY_BYTES, OWN_PAGE_SIZE, type ApiIssue } from "./resources.ts";
import { readLimited } from "~/http/form-body.server.ts";
import { statusOf } from "~/http/replies.server.ts";
import { tooDeepPath, unstorableText } from "~/lib/input-limits.ts";

const MESSAGES = {
  unauthorized: "Send a valid, unrevoked API token as `Authorization: Bearer <token>`.",
  forbidden: "This organisation's role does not allow this.",
  not_found: "Not found.",
  method_not_allowed: "This method is not allowed here.",
  malformed_url: "The address is not valid: a %-escape in it is broken.",
  invalid: "The request has invalid values; see issues.",
  malformed_json: "The body is not valid JSON.",
  unsupported_media_type: "Send the body as application/json.",
  payload_too_large: `The body is larger than ${MAX_BODY_BYTES / 1024} KB.`,
  rate_limited: `Too many requests: at most ${API_RATE_LIMIT.max} per token per ${API_RATE_LIMIT.windowMs / 60_000} minutes.`,
  not_editable: errorMessages.not_editable,
  // A quotation's refusals, in the web pages' words.
  conflict: errorMessages.conflict,
  need_not_open: errorMessages.need_not_open,
  producer_unknown: errorMessages.producer_unknown,
  producer_unavailable: "A producer asked cannot be asked for a quotation now.",
  match_closed: "The partnership with a producer asked has ended or already reached an order.",
  quotation_open: "A request for quotation to a producer asked is still open.",
  quotation_expired: errorMessages.quotation_expired,
  quotation_invalid_transition: errorMessages.quotation_invalid_transition,
  order_total_too_large: errorMessages.order_total_too_large,
  request_unverified: "Only buyers verified by MitraIKM ask for quotations: send your organisation's evidence at /account/verification.",
} as const;
export type ApiErrorCode = keyof typeof MESSAGES;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  // Answers are per token: no shared cache may keep them.
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

export function apiError(status: number, code: ApiErrorCode, options: { issues?: ApiIssue[]; headers?: Record<string, string> } = {}): Response {
  const error = { code, message: MESSAGES[code], ...(options.issues ? { issues: options.issues } : {}) };
  return json({ error }, status, options.headers);
}

const notFound = () => apiError(404, "not_found");

/** Throws the 404 unless the record was found (another organisation's ids are "not found" too). */
export function found<T>(value: T | null | undefined | false): T {
  if (value === null || value === undefined || value === false) throw notFound();
  return value;
}

const messages: Record<string, string> = errorMessages;
const isErrorKey = (key: string) => Object.hasOwn(messages, key);

/** An issue in the web forms' terms: the error key, and its English message from errors.json. */
export function issue(path: string, key: string): ApiIssue {
  return { path, code: key, message: isErrorKey(key) ? messages[key]! : errorMessages.invalid };
}

/** A model's refusal (one of the codes above) with the status the web pages answer it with (statusOf). */
export function refusal(code: Exclude<ApiErrorCode, "invalid">): Response {
  return apiError(statusOf(code), code);
}

export function invalid(issues: ApiIssue[]): Response {
  return apiError(400, "invalid", { issues });
}

/** Zod issues: the schemas' messages are error keys; zod's own defaults keep zod's code. */
export function issuesOf(error: z.ZodError): ApiIssue[] {
  return error.issues.map((i) => issue(i.path.join("."), isErrorKey(i.message) ? i.message : i.code));
}

/** The schema's output for `value`, or a thrown 400 listing every issue. */
export function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw invalid(issuesOf(result.error));
  return result.data;
}

/** The query string through a schema, coerced the way the pages read it (so /catalog's filters read alike). */
export function parseQuery<S extends z.ZodObject>(url: URL, schema: S): z.output<S> {
  const submission = parseWithZod(url.searchParams, { schema });
  if (submission.status !== "success") {
    throw invalid(Object.entries(submission.error ?? {}).flatMap(([path, keys]) => (keys ?? []).map((key) => issue(path, key))));
  }
  return submission.value as z.output<S>;
}

export function pageJson<T>(data: T[], page: number, pageSize: number, total: number): Response {
  return json({ data, page, pageSize, total });
}

/** A page of a list its service returns whole (an organisation's own products, needs…). */
export function slicePage<T>(all: T[], page: number, pageSize = OWN_PAGE_SIZE): Response {
  return pageJson(all.slice((page - 1) * pageSize, page * pageSize), page, pageSize, all.length);
}

export function created(body: unknown, location: string): Response {
  return json(body, 201, { Location: location });
}

function isJsonType(contentType: string | null): boolean {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  // application/json, and its +json relatives such as application/merge-patch+json.
  return type === "application/json" || /^application\/[a-z0-9.-]+\+json$/.test(type);
}

/** The JSON object of a POST/PATCH body: 415 for another type, 413 over the limit, 400 when malformed. */
export async function readBody(request: Request): Promise<Record<string, unknown>> {
  if (!isJsonType(request.headers.get("Content-Type"))) throw apiError(415, "unsupported_media_type");
  // A declared length over the limit is refused before reading; a chunked body is counted.
  if (Number(request.headers.get("Content-Length") ?? 0) > MAX_BODY_BYTES) throw apiError(413, "payload_too_large");
  const bytes = await readLimited(request, MAX_BODY_BYTES);
  if (!bytes) throw apiError(413, "payload_too_large", { headers: { Connection: "close" } });
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw apiError(400, "malformed_json");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw invalid([issue("", "invalid")]);
  const deep = tooDeepPath(body);
  if (deep !== null) throw invalid([issue(deep, "too_deep")]);
  const unstorable = unstorableText(body);
  if (unstorable !== null) throw invalid([issue(unstorable.path, unstorable.fault)]);
  return body as Record<string, unknown>;
}

export function requireApiPermission(actor: ApiActor, permission: Permission): void {
  if (!actor.permissions.has(permission)) throw apiError(403, "forbidden");
}

/** The producer profile a producer's token manages; else 403. */
export function producerOf(actor: ApiActor): string {
  requireApiPermission(actor, "manage:product:own");
  if (!actor.producerId) throw apiError(403, "forbidden");
  return actor.producerId;
}

/** The buyer organisation a buyer's token manages; else 403. */
export function buyerOf(actor: ApiActor): string {
  requireApiPermission(actor, "manage:need:own");
  return actor.organisationId;
}

// Counted in memory and added to the database about once a second, off the request path (the
// timer starts with the first call and does not keep the process alive).
const apiLimit = new BatchedLimit(API_RATE_LIMIT);
let flushing: ReturnType<typeof setInterval> | undefined;

async function authenticate(request: Request): Promise<ApiActor> {
  const match = /^Bearer +(\S+)$/i.exec(request.headers.get("Authorization") ?? "");
  const actor = match ? await authenticateToken(db(), match[1]!) : null;
  if (!actor) throw apiError(401, "unauthorized", { headers: { "WWW-Authenticate": 'Bearer realm="MitraIKM API"' } });
  flushing ??= setInterval(() => void apiLimit.flush(db()), 1_000).unref();
  const limit = await apiLimit.hit(db(), `api:${actor.tokenId}`);
  if (!limit.allowed) throw apiError(429, "rate_limited", { headers: { "Retry-After": String(limit.retryAfterSeconds) } });
  return actor;
}

export interface ApiContext {
  request: Request;
  url: URL;
  params: LoaderFunctionArgs["params"];
  actor: ApiActor;
}
type Method = "GET" | "POST" | "PATCH";
type Handler = (ctx: ApiContext) => Promise<Response>;

/**
 * A body left unread (refused before reading: 401, 403, 413…, or sent where none is taken)
 * would stall the next request on a kept-alive connection, so such answers close it.
 */
function closeIfUnread(request: Request, response: Response): Response {
  const sentBody = Number(request.headers.get("Content-Length") ?? 0) > 0 || request.headers.has("Transfer-Encoding");
  if (sentBody && !request.bodyUsed) response.headers.set("Connection", "close");
  return response;
}

/**
 * A resource route's loader and action: authenticates the token (session cookies play no
 * part, so the API needs no CSRF defence), rate-limits it, then runs the method's handler.
 */
export function endpoint(handlers: Partial<Record<Method, Handler>>) {
  const answer = async (request: Request, params: ApiContext["params"]): Promise<Response> => {
    try {
      const actor = await authenticate(request);
      const handler = handlers[(request.method === "HEAD" ? "GET" : request.method) as Method];
      if (!handler) return apiError(405, "method_not_allowed", { headers: { Allow: allowOf(handlers) } });
      return await handler({ request, url: new URL(request.url), params, actor });
    } catch (thrown) {
      if (thrown instanceof Response) return thrown;
      throw thrown;
    }
  };
  const route = async ({ request, params }: LoaderFunctionArgs) => closeIfUnread(request, await answer(request, params));
  // The methods it takes, for the server's own router to name in a 405 (app/cli/api-routes.ts).
  return Object.assign(route, { allow: allowOf(handlers) });
}

/** What an `Allow` header names for these handlers (HEAD with GET). */
function allowOf(handlers: Partial<Record<Method, Handler>>): string {
  return Object.keys(handlers).flatMap((m) => (m === "GET" ? ["GET", "HEAD"] : [m])).join(", ");
}
