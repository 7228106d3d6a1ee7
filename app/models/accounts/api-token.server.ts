// Per-organisation tokens for the JSON API (/api/v1). A token acts as its organisation: the
// organisation's kind gives its permissions (permissions.ts), as for a member of it, so a
// token can never manage the organisation (or mint more tokens). Only the SHA-256 of a
// token is stored; the token itself is shown once, when it is made.
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "~/db.server.ts";
import { readRows } from "~/db-reads.server.ts";
import { isVerifiedBuyer, type OrgKind, readOrgKind, readOrgStatus } from "../domain.ts";
import { permissionsFor, roleOfOrgKind, type Permission, type Role } from "./permissions.ts";

export const TOKEN_PREFIX = "mk_";
/** "mk_" and 32 random bytes in base64url (43 characters, no padding). */
const TOKEN_FORMAT = /^mk_[A-Za-z0-9_-]{43}$/;
/** lastUsedAt is a hint for owners, not an audit trail: one write a minute per token is plenty. */
const LAST_USED_PRECISION_MS = 60_000;

export function generateToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** What the UI shows of a token so owners can tell them apart: its first 8 characters. */
export function tokenPrefix(token: string): string {
  return token.slice(0, 8);
}

export async function createToken(db: Db, organisationId: string, name: string, actorUserId: string) {
  const token = generateToken();
  const row = await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { organisationId, name, tokenHash: hashToken(token), prefix: tokenPrefix(token), createdById: actorUserId },
      select: { id: true, name: true, prefix: true },
    });
    await tx.auditLog.create({ data: { actorUserId, organisationId, action: "api_token.created", entity: "api_token", entityId: created.id } });
    return created;
  });
  return { ...row, token };
}

export function listTokens(db: Db, organisationId: string) {
  return db.apiToken.findMany({
    where: { organisationId },
    orderBy: [{ createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      prefix: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdBy: { select: { name: true } },
    },
  });
}

/** Revokes one of the organisation's tokens; false when it is not theirs. Revoking twice keeps the first date. */
export async function revokeToken(db: Db, organisationId: string, tokenId: string, actorUserId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id: tokenId, organisationId }, select: { revokedAt: true } });
    if (!token) return false;
    if (token.revokedAt) return true;
    await tx.apiToken.update({ where: { id: tokenId }, data: { revokedAt: now } });
    await tx.auditLog.create({ data: { actorUserId, organisationId, action: "api_token.revoked", entity: "api_token", entityId: tokenId } });
    return true;
  });
}

/** Who an API request acts as. */
export interface ApiActor {
  tokenId: string;
  organisationId: string;
  kind: OrgKind;
  role: Role;
  permissions: ReadonlySet<Permission>;
  /** The organisation's producer profile, for producers. */
  producerId: string | null;
  /** Writes are attributed to the person who made the token (audit log, need history). */
  actorUserId: string;
}

/** What authenticating reads of a token: the token and its organisation, in one row. */
interface TokenRow {
  id: string;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  createdById: string | null;
  organisationId: string;
  kind: string;
  status: string;
  verification: string;
  producerId: string | null;
}

/**
 * The actor of a bearer token, or null when the token is malformed, unknown, revoked, its
 * organisation is not active, or its creator's account is gone (every write needs a person
 * to attribute it to).
 */
export async function authenticateToken(db: Db, token: string, now = new Date()): Promise<ApiActor | null> {
  if (!TOKEN_FORMAT.test(token)) return null;
  // Every API request starts here: one statement written by hand, off Prisma (db-reads.server.ts).
  const [row] = await readRows<TokenRow>(
    db,
    `SELECT t."id", t."revokedAt", t."lastUsedAt", t."createdById", o."id" AS "organisationId", o."kind", o."status", o."verification", pp."id" AS "producerId"
    FROM "ApiToken" t JOIN "Organisation" o ON o."id" = t."organisationId" LEFT JOIN "ProducerProfile" pp ON pp."organisationId" = o."id"
    WHERE t."tokenHash" = ?`,
    [hashToken(token)],
    ["revokedAt", "lastUsedAt"],
  );
  if (!row || row.revokedAt || !row.createdById || row.status !== "active") return null;
  const kind = readOrgKind(row.kind);
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_PRECISION_MS) {
    // Conditional, so concurrent requests of the same minute write once; and not awaited: a
    // database held by another writer delays this note, never the request (a missed one is
    // written by the next request after the minute).
    void db.apiToken
      .updateMany({
        where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: new Date(now.getTime() - LAST_USED_PRECISION_MS) } }] },
        data: { lastUsedAt: now },
      })
      .catch(() => undefined);
  }
  return {
    tokenId: row.id,
    organisationId: row.organisationId,
    kind,
    role: roleOfOrgKind(kind),
    permissions: permissionsFor({ kind, status: readOrgStatus(row.status), membershipRole: "member", verified: isVerifiedBuyer(row) }),
    producerId: row.producerId,
    actorUserId: row.createdById,
  };
}
