// The browser's side of a session: a signed cookie carrying only the Session row's id
// (app/models/accounts/session.server.ts), and the known-device cookie.
import { createCookie, type Cookie } from "@remix-run/node";
import { env } from "~/env.server.ts";
import { SESSION_TTL_MS, type ClientInfo } from "~/models/accounts/session.server.ts";

/** A cookie of ours: signed with the session secret, out of scripts' reach, sent same-site only. */
function signedCookie(name: string, maxAgeSeconds: number): Cookie {
  return createCookie(name, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: env().APP_ENV === "production",
    secrets: [env().SESSION_SECRET],
    maxAge: maxAgeSeconds,
  });
}

let cookie: Cookie | undefined;
export function sessionCookie(): Cookie {
  cookie ??= signedCookie("mk_session", SESSION_TTL_MS / 1000);
  return cookie;
}

// The browsers a person has signed in from: a signed cookie naming the accounts that signed
// in on it (a few, newest first). A locked account still opens from such a browser with the
// right password, so a stranger who makes an account lock cannot keep its owner out.
const KNOWN_DEVICE_TTL_S = 180 * 24 * 60 * 60;
const KNOWN_DEVICE_ACCOUNTS = 5;
let deviceCookie: Cookie | undefined;
function knownDeviceCookie(): Cookie {
  deviceCookie ??= signedCookie("mk_device", KNOWN_DEVICE_TTL_S);
  return deviceCookie;
}

async function knownAccounts(request: Request): Promise<string[]> {
  const value: unknown = await knownDeviceCookie().parse(request.headers.get("Cookie"));
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** Whether this browser has signed in to the account before (its signed cookie says so). */
export async function isKnownDevice(request: Request, userId: string): Promise<boolean> {
  return (await knownAccounts(request)).includes(userId);
}

/** The Set-Cookie value that remembers this browser for the account that just signed in. */
export async function rememberDevice(request: Request, userId: string): Promise<string> {
  const accounts = [userId, ...(await knownAccounts(request)).filter((id) => id !== userId)].slice(0, KNOWN_DEVICE_ACCOUNTS);
  return knownDeviceCookie().serialize(accounts);
}

export async function readSessionId(request: Request): Promise<string | null> {
  const value: unknown = await sessionCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" ? value : null;
}

export function clientInfo(request: Request): ClientInfo {
  return {
    userAgent: request.headers.get("User-Agent")?.slice(0, 300) ?? null,
    // Set by our own server (app/cli/serve.ts) from the socket, overwriting any client value.
    ipAddress: request.headers.get("X-Client-Ip") || null,
  };
}

/** The Set-Cookie header value that starts a session in the browser. */
export function commitSessionCookie(sessionId: string): Promise<string> {
  return sessionCookie().serialize(sessionId);
}

export function clearSessionCookie(): Promise<string> {
  return sessionCookie().serialize("", { maxAge: 0 });
}
