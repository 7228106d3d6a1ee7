// Express's request headers as the Fetch API's, for handing a request to Remix's modules.
import type { Request as ExpressRequest } from "express";

/** Every header of `req` (repeated ones kept apart), but those named in `omit` (lower case). */
export function fetchHeaders(req: ExpressRequest, omit: readonly string[] = []): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || omit.includes(name)) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  return headers;
}
