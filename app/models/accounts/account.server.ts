// Sign-up, sign-in and password reset. Who may do what afterwards is decided in
// permissions.ts; this module only establishes who someone is.
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "~/db.server.ts";
import type { Locale } from "~/lib/locale.ts";
import type { SignupInput } from "./account-forms.ts";
import { hashPassword, verifyPassword } from "./password.server.ts";
import { queueEmail } from "../platform/email.server.ts";
import { createOrganisation } from "./organisation.server.ts";
import { unknownRegion, type RegionError } from "../regions.server.ts";
import { revokeAllSessions } from "./session.server.ts";

export type SignupResult =
  | { ok: true; userId: string; organisationId: string; organisationStatus: string }
  | { ok: false; field: "email"; error: "email_taken" }
  | ({ ok: false } & RegionError);

/** Creates the user, their organisation and their owner membership in one transaction. */
export async function signUp(db: Db, input: SignupInput, locale: Locale): Promise<SignupResult> {
  const regionError = await unknownRegion(input.provinceCode, input.regencyCode);
  if (regionError) return { ok: false, ...regionError };
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) return { ok: false, field: "email", error: "email_taken" };
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, passwordHash, locale },
      select: { id: true },
    });
    const organisation = await createOrganisation(tx, {
      kind: input.accountType,
      name: input.organisationName,
      // A dinas office carries authority over its region: an admin confirms it first.
      status: input.accountType === "dinas" ? "pending" : "active",
      buyerType: input.accountType === "buyer" ? (input.buyerType ?? null) : null,
      legalForm: input.accountType === "dinas" ? null : (input.legalForm ?? null),
      regionCode: input.regencyCode ?? input.provinceCode,
      // SignupSchema requires a sector and a regency from producers.
      producer:
        input.accountType === "producer" && input.sector && input.regencyCode
          ? {
              legalName: input.organisationName,
              sector: input.sector,
              provinceCode: input.provinceCode,
              regencyCode: input.regencyCode,
            }
          : undefined,
      ownerUserId: user.id,
    });
    return { ok: true as const, userId: user.id, organisationId: organisation.id, organisationStatus: organisation.status };
  });
}

/**
 * Consecutive wrong passwords that lock an account, and for how long. The rate limits slow a
 * guesser down per window; the lock stops one that spreads its guesses over many windows. The
 * owner is told by e-mail, and a password reset lifts the lock.
 */
export const LOCKOUT = { after: 10, minutes: 30 };

export interface LockoutEmailText {
  subject: string;
  body: (until: Date, resetLink: string) => string;
}

export type AuthResult = { ok: true; id: string; locale: string } | { ok: false; lockedUntil: Date | null };

/**
 * Checks a password. A locked account is refused even with the right password until the lock
 * ends, except from a browser the account signed in from before (`isKnownDevice`): a lock
 * made by a stranger's guesses must not keep the owner out. A wrong password counts towards
 * the lock, a right one clears the count. Elsewhere the e-mailed reset link lifts the lock.
 */
export async function authenticate(
  db: Db,
  email: string,
  password: string,
  options: { lockoutText: (locale: string) => Promise<LockoutEmailText>; baseUrl: string; isKnownDevice: (userId: string) => Promise<boolean> },
  now = new Date(),
): Promise<AuthResult> {
  const { lockoutText, baseUrl } = options;
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, passwordHash: true, locale: true, failedLogins: true, lockedUntil: true },
  });
  if (!user) {
    // Spend the same time as a real check so response times do not reveal which e-mails exist.
    dummyHash ??= hashPassword("not-anyone's-password");
    await verifyPassword(await dummyHash, password);
    return { ok: false, lockedUntil: null };
  }
  const right = await verifyPassword(user.passwordHash, password);
  const locked = user.lockedUntil !== null && user.lockedUntil > now;
  if (locked && !(right && (await options.isKnownDevice(user.id)))) return { ok: false, lockedUntil: user.lockedUntil };
  if (right) {
    // The owner's known browser gets in; the lock stays on for everyone else until it ends.
    if (user.failedLogins > 0 || (user.lockedUntil && !locked)) await db.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: locked ? user.lockedUntil : null } });
    return { ok: true, id: user.id, locale: user.locale };
  }
  return db.$transaction(async (tx) => {
    const { failedLogins } = await tx.user.update({ where: { id: user.id }, data: { failedLogins: { increment: 1 } }, select: { failedLogins: true } });
    if (failedLogins < LOCKOUT.after) return { ok: false, lockedUntil: null } as const;
    const until = new Date(now.getTime() + LOCKOUT.minutes * 60_000);
    // Only the update that reaches the threshold locks and writes the notice.
    const { count } = await tx.user.updateMany({ where: { id: user.id, failedLogins }, data: { failedLogins: 0, lockedUntil: until } });
    if (count === 1) {
      const { subject, body } = await lockoutText(user.locale);
      await queueEmail(tx, { to: user.email, subject, text: body(until, `${baseUrl}/forgot-password`), kind: "account_locked" });
    }
    return { ok: false, lockedUntil: until } as const;
  });
}
let dummyHash: Promise<string> | undefined;

const RESET_TTL_MS = 60 * 60_000;

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export interface ResetEmailText {
  subject: string;
  body: (link: string) => string;
}

/**
 * Queues a reset e-mail when the address belongs to a user. The page always shows the same
 * answer, so the form does not reveal which addresses have accounts; the link is returned
 * for the command line, whose operator holds the database anyway.
 */
export async function requestPasswordReset(
  db: Db,
  email: string,
  baseUrl: string,
  text: (locale: string) => Promise<ResetEmailText>,
): Promise<{ link: string } | null> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, locale: true } });
  if (!user) return null;
  const token = randomBytes(32).toString("base64url");
  const link = `${baseUrl}/reset-password?token=${token}`;
  const { subject, body } = await text(user.locale);
  await db.$transaction(async (tx) => {
    await tx.passwordReset.create({
      data: { userId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + RESET_TTL_MS) },
    });
    await queueEmail(tx, { to: user.email, subject, text: body(link), kind: "password_reset" });
  });
  return { link };
}

export type ResetResult = { ok: true; userId: string } | { ok: false; error: "reset_link_invalid" };

/** Sets a new password from a valid, unused, unexpired token, and signs out every session. */
export async function resetPassword(db: Db, token: string, newPassword: string): Promise<ResetResult> {
  const reset = await db.passwordReset.findUnique({
    where: { tokenHash: sha256(token) },
    select: { id: true, userId: true, expiresAt: true, usedAt: true },
  });
  if (!reset || reset.usedAt || reset.expiresAt <= new Date()) return { ok: false, error: "reset_link_invalid" };
  const passwordHash = await hashPassword(newPassword);
  const claimed = await db.$transaction(async (tx) => {
    // Claim the token first: of two concurrent uses, only one updates a row.
    const { count } = await tx.passwordReset.updateMany({
      where: { id: reset.id, usedAt: null },
      data: { usedAt: new Date() },
    });
    if (count === 0) return false;
    await tx.user.update({ where: { id: reset.userId }, data: { passwordHash, failedLogins: 0, lockedUntil: null } });
    return true;
  });
  if (!claimed) return { ok: false, error: "reset_link_invalid" };
  await revokeAllSessions(db, reset.userId);
  return { ok: true, userId: reset.userId };
}

export async function isResetTokenUsable(db: Db, token: string): Promise<boolean> {
  const reset = await db.passwordReset.findUnique({
    where: { tokenHash: sha256(token) },
    select: { expiresAt: true, usedAt: true },
  });
  return Boolean(reset && !reset.usedAt && reset.expiresAt > new Date());
}

export async function setUserLocale(db: Db, userId: string, locale: Locale): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { locale } });
}
