// What one HTTP request reads once, whichever loader asks: Remix hands the root's loader and
// the page's loader each their own Request object, so a cache keyed by the Request (as the
// viewer's was) read the session, memberships and organisation twice per page. The server
// runs each request inside its own scope (app/cli/serve.ts); outside one (tests calling a
// loader directly), nothing is kept.
import { AsyncLocalStorage } from "node:async_hooks";

// One store for the process: the server (app/cli/serve.ts) and the Remix build each carry a
// copy of this module, so the store is kept under a global name both copies find.
const KEY = Symbol.for("mitraikm.request-scope");
const scope: AsyncLocalStorage<Map<string, unknown>> = ((globalThis as Record<symbol, unknown>)[KEY] ??= new AsyncLocalStorage<Map<string, unknown>>()) as AsyncLocalStorage<Map<string, unknown>>;

/** Runs `handle` (the rest of the request's handling) in a scope of its own. */
export function inRequestScope<T>(handle: () => T): T {
  return scope.run(new Map(), handle);
}

/** The request's value under `key`, made once per request by `make`. */
export function oncePerRequest<T>(key: string, make: () => T): T {
  const kept = scope.getStore();
  if (!kept) return make();
  if (!kept.has(key)) kept.set(key, make());
  return kept.get(key) as T;
}
