// Cookie sessions backed by the Session table: the signed cookie carries only the row id,
// so deleting the row revokes the session everywhere at once.
import { createCookie, type Cookie } from "@remix-run/node";
import type { Db } from "~/db.server.ts";
import { env } from "~/env.server.ts";

export const SESSION_TTL_MS = 30 * 24 * 60 * 60_000;
// Sliding expiry: refreshed at most once an hour so reads do not write on every request.
const REFRESH_AFTER_MS = 60 * 60_000;

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

export interface ClientInfo {
  userAgent: string | null;
  ipAddress: string | null;
}

export function clientInfo(request: Request): ClientInfo {
  return {
    userAgent: request.headers.get("User-Agent")?.slice(0, 300) ?? null,
    // Set by our own server (app/cli/serve.ts) from the socket, overwriting any client value.
    ipAddress: request.headers.get("X-Client-Ip") || null,
  };
}

export async function createSession(db: Db, userId: string, client: ClientInfo, activeOrganisationId?: string) {
  return db.session.create({
    data: {
      userId,
      activeOrganisationId: activeOrganisationId ?? null,
      userAgent: client.userAgent,
      ipAddress: client.ipAddress,
      expiresAt: new Date(Date.now() + SESSION_TTL_MS),
    },
    select: { id: true },
  });
}

/** The Set-Cookie header value that starts a session in the browser. */
export function commitSessionCookie(sessionId: string): Promise<string> {
  return sessionCookie().serialize(sessionId);
}

export function clearSessionCookie(): Promise<string> {
  return sessionCookie().serialize("", { maxAge: 0 });
}

/** The live session row for this request, with its user, or null. */
export async function findLiveSession(db: Db, sessionId: string, now = new Date()) {
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      expiresAt: true,
      lastSeenAt: true,
      activeOrganisationId: true,
      user: { select: { id: true, email: true, name: true, locale: true } },
    },
  });
  if (!session || session.expiresAt <= now) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > REFRESH_AFTER_MS) {
    // Not awaited: a page read must not wait for, or fail on, a database another writer holds;
    // a refresh that could not be written is tried again on the next request.
    void db.session
      .updateMany({ where: { id: session.id }, data: { lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_TTL_MS) } })
      .catch(() => undefined);
  }
  return session;
}

export function listSessions(db: Db, userId: string) {
  return db.session.findMany({
    where: { userId, expiresAt: { gt: new Date() } },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, userAgent: true, ipAddress: true, createdAt: true, lastSeenAt: true },
  });
}

/** Revokes one of the user's own sessions; someone else's id revokes nothing. */
export async function revokeSession(db: Db, userId: string, sessionId: string): Promise<boolean> {
  const { count } = await db.session.deleteMany({ where: { id: sessionId, userId } });
  return count > 0;
}

export async function revokeAllSessions(db: Db, userId: string, exceptSessionId?: string): Promise<number> {
  const { count } = await db.session.deleteMany({
    where: { userId, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
  });
  return count;
}

export async function setActiveOrganisation(db: Db, sessionId: string, userId: string, organisationId: string) {
  const membership = await db.membership.findUnique({
    where: { userId_organisationId: { userId, organisationId } },
    select: { id: true },
  });
  if (!membership) return false;
  await db.session.update({ where: { id: sessionId }, data: { activeOrganisationId: organisationId } });
  return true;
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } });
}
