// A person's own data: everything the platform holds about them, as one JSON file, and the
// deletion of their account. Deleting removes what identifies the person (name, e-mail, phone,
// sessions, notices, e-mails, memberships) and keeps the business records they took part in
// (orders, matches, verifications: trade and tax law ask for them), which from then on name a
// deleted account instead of the person.
import type { Db } from "~/db.server.ts";
import { verifyPassword } from "./password.server.ts";

/** Everything about one user, for the "download my data" button. */
export async function exportPersonalData(db: Db, userId: string, now = new Date()) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      email: true,
      name: true,
      phone: true,
      locale: true,
      createdAt: true,
      memberships: { select: { role: true, createdAt: true, organisation: { select: { name: true, kind: true, status: true, producer: { select: { contacts: { select: { name: true, position: true, phone: true, email: true } } } } } } } },
      sessions: { select: { createdAt: true, lastSeenAt: true, expiresAt: true, userAgent: true, ipAddress: true }, orderBy: { createdAt: "desc" } },
      notifications: { select: { kind: true, params: true, link: true, createdAt: true, readAt: true }, orderBy: { createdAt: "desc" } },
      apiTokens: { select: { name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true } },
    },
  });
  const emails = await db.email.findMany({ where: { to: user.email }, select: { subject: true, kind: true, createdAt: true }, orderBy: { createdAt: "desc" } });
  // What the person wrote in partnership threads (messages.server.ts).
  const messages = await db.message.findMany({ where: { authorUserId: userId }, select: { matchId: true, body: true, attachmentName: true, createdAt: true }, orderBy: { createdAt: "desc" } });
  const { memberships, ...profile } = user;
  return {
    exportedAt: now.toISOString(),
    profile: { email: profile.email, name: profile.name, phone: profile.phone, locale: profile.locale, createdAt: profile.createdAt },
    memberships: memberships.map((m) => ({
      organisation: m.organisation.name,
      kind: m.organisation.kind,
      status: m.organisation.status,
      role: m.role,
      since: m.createdAt,
      // The contact people an owner entered for the business.
      ...(m.role === "owner" && m.organisation.producer ? { contacts: m.organisation.producer.contacts } : {}),
    })),
    sessions: profile.sessions,
    notifications: profile.notifications,
    apiTokens: profile.apiTokens,
    emails,
    messages,
  };
}

export type DeleteResult = { ok: true } | { ok: false; error: "password_wrong" | "sole_owner_with_members" };

/**
 * Deletes a user's account after checking their password. Refused while they are the only
 * owner of an organisation that has other members (it would be left with nobody able to run
 * it): they hand it over first.
 */
export async function deleteAccount(db: Db, userId: string, password: string): Promise<DeleteResult> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, passwordHash: true, memberships: { where: { role: "owner" }, select: { organisationId: true } } },
  });
  if (!(await verifyPassword(user.passwordHash, password))) return { ok: false, error: "password_wrong" };
  for (const { organisationId } of user.memberships) {
    const [owners, others] = await Promise.all([
      db.membership.count({ where: { organisationId, role: "owner" } }),
      db.membership.count({ where: { organisationId, userId: { not: userId } } }),
    ]);
    if (owners === 1 && others > 0) return { ok: false, error: "sole_owner_with_members" };
  }
  await db.$transaction(async (tx) => {
    await tx.session.deleteMany({ where: { userId } });
    await tx.passwordReset.deleteMany({ where: { userId } });
    await tx.notification.deleteMany({ where: { userId } });
    await tx.email.deleteMany({ where: { to: user.email } });
    await tx.membership.deleteMany({ where: { userId } });
    // Tokens they made act for the organisation: they stop with the person.
    await tx.apiToken.updateMany({ where: { createdById: userId, revokedAt: null }, data: { revokedAt: new Date() } });
    await tx.user.update({
      where: { id: userId },
      // "!" is no Argon2 hash: no password ever matches it.
      data: { email: `deleted-${userId}@deleted.invalid`, name: "—", phone: null, passwordHash: "!", failedLogins: 0, lockedUntil: null },
    });
  });
  return { ok: true };
}
