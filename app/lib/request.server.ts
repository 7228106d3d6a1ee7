import { env } from "~/env.server.ts";

/** The public base URL for links in e-mails: APP_URL when set, else the request's origin. */
export function baseUrl(request: Request): string {
  return env().APP_URL?.replace(/\/$/, "") ?? new URL(request.url).origin;
}
