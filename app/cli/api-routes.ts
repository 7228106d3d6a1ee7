// The JSON API (and the other resource routes under /api) answered without Remix's request
// handler. Remix compiles these route modules, but an API request needs none of what Remix
// does for a page (ranking the whole route tree, the root's data, React): the server's own
// router matches the few /api paths and calls the module's loader or action directly, which
// took ~1 ms of CPU from each API request (bench:load, LOAD_ROUTES=api; see README).
import type { ActionFunction, AppLoadContext, LoaderFunction, ServerBuild } from "@remix-run/node";
import express, { type Request as ExpressRequest, type Response as ExpressResponse, type NextFunction } from "express";
import { Readable } from "node:stream";
import { apiError } from "~/api/endpoint.server.ts";
import { fetchHeaders } from "./fetch-headers.ts";

/** The methods a route's action answers; the endpoint itself says which of them it takes. */
const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

interface ApiRoute {
  /** Express's path: Remix's `:id` params are alike, its splat `*` is Express's `*` too. */
  path: string;
  loader?: LoaderFunction;
  action?: ActionFunction;
}

/** Each resource route under /api with its whole path (Remix keeps a nested route's path relative to its parent). */
export function apiRoutesOf(build: ServerBuild): ApiRoute[] {
  const fullPath = (id: string): string => {
    const route = build.routes[id]!;
    const parent = route.parentId ? fullPath(route.parentId) : "";
    return [parent, route.path ?? ""].filter(Boolean).join("/");
  };
  const routes = Object.keys(build.routes).flatMap((id) => {
    const { module } = build.routes[id]!;
    const path = `/${fullPath(id)}`;
    if (!path.startsWith("/api/") || Object.hasOwn(module, "default")) return [];
    return [{ path, loader: module.loader, action: module.action }];
  });
  // Express tries paths in order: fixed segments before params, a splat last (Remix's ranking).
  const rank = (path: string) => (path.includes("*") ? 1_000 : 0) + (path.match(/:/g)?.length ?? 0);
  return routes.sort((a, b) => rank(a.path) - rank(b.path) || b.path.length - a.path.length);
}

/** The Fetch request a route module takes, from Express's; aborted when the client goes. */
function fetchRequest(req: ExpressRequest, res: ExpressResponse): Request {
  const url = new URL(req.originalUrl, `${req.protocol}://${req.get("host") ?? "localhost"}`);
  const controller = new AbortController();
  res.on("close", () => controller.abort());
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  return new Request(url, {
    method: req.method,
    headers: fetchHeaders(req),
    signal: controller.signal,
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream, duplex: "half" } : {}),
  });
}

async function send(res: ExpressResponse, response: Response, head: boolean): Promise<void> {
  res.status(response.status);
  for (const [name, value] of response.headers) res.append(name, value);
  const body = head || !response.body ? null : Buffer.from(await response.arrayBuffer());
  res.end(body);
}

export function apiRouter(build: ServerBuild, context: (res: ExpressResponse) => AppLoadContext): express.Router {
  const router = express.Router({ caseSensitive: false, strict: false });
  for (const route of apiRoutesOf(build)) {
    router.all(route.path, (req: ExpressRequest, res: ExpressResponse) => {
      const read = req.method === "GET" || req.method === "HEAD";
      const handler = read ? route.loader : WRITES.has(req.method) ? route.action : undefined;
      if (!handler) {
        // A read-only route (the OpenAPI document, health), or a method no route takes (OPTIONS,
        // TRACE…): answered before any of the route's code runs, as Remix did.
        const allow = (route.loader as { allow?: string } | undefined)?.allow ?? [route.loader && "GET, HEAD", route.action && "POST"].filter(Boolean).join(", ");
        return void send(res, apiError(405, "method_not_allowed", { headers: { Allow: allow } }), false);
      }
      const { 0: splat, ...named } = req.params as Record<string, string>;
      const params = splat === undefined ? named : { ...named, "*": splat };
      void (async () => {
        let response: unknown;
        try {
          response = await handler({ request: fetchRequest(req, res), params, context: context(res) });
        } catch (thrown) {
          if (!(thrown instanceof Response)) throw thrown;
          response = thrown;
        }
        if (!(response instanceof Response)) throw new Error(`${route.path} answered something other than a Response`);
        await send(res, response, req.method === "HEAD");
      })().catch((error: unknown) => {
        // As Remix does for a route that fails: logged, and a bare 500 (in the API's JSON shape).
        console.error(error);
        if (res.headersSent) res.destroy();
        else res.status(500).json({ error: { code: "internal", message: "Unexpected server error." } });
      });
    });
  }
  // Express decodes a route's params first: a broken %-escape there is the client's fault.
  router.use((error: unknown, _req: ExpressRequest, res: ExpressResponse, next: NextFunction) => {
    if (!(error instanceof URIError)) return next(error);
    void send(res, apiError(400, "malformed_url"), false);
  });
  return router;
}
