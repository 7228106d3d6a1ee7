// Sessions as rows of the Session table: the signed cookie (app/http/session-cookie.server.ts)
// carries only the row id, so deleting the row revokes the session everywhere at once.
import type { Db } from "~/db.server.ts";
import { readRows } from "~/db-reads.server.ts";

export const SESSION_TTL_MS = 30 * 24 * 60 * 60_000;
// Sliding expiry: refreshed at most once an hour so reads do not write on every request.
const REFRESH_AFTER_MS = 60 * 60_000;

/** Where a session was opened from, as the request told it. */
export interface ClientInfo {
  userAgent: string | null;
  ipAddress: string | null;
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

/** The live session row for this request, with its user, or null. */
export async function findLiveSession(db: Db, sessionId: string, now = new Date()) {
  // Every signed-in page starts here: one statement, off Prisma (db-reads.server.ts).
  const [row] = await readRows<{ id: string; expiresAt: Date; lastSeenAt: Date; activeOrganisationId: string | null; userId: string; email: string; name: string; locale: string }>(
    db,
    `SELECT s."id", s."expiresAt", s."lastSeenAt", s."activeOrganisationId", u."id" AS "userId", u."email", u."name", u."locale"
    FROM "Session" s JOIN "User" u ON u."id" = s."userId" WHERE s."id" = ?`,
    [sessionId],
    ["expiresAt", "lastSeenAt"],
  );
  const session = row && { id: row.id, expiresAt: row.expiresAt, lastSeenAt: row.lastSeenAt, activeOrganisationId: row.activeOrganisationId, user: { id: row.userId, email: row.email, name: row.name, locale: row.locale } };
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
