// Organisations and memberships: who belongs where, with which role, and an admin's
// approval of organisations that carry authority (dinas offices).
import { randomBytes } from "node:crypto";
import type { Db, Tx } from "~/db.server.ts";
import { readRows } from "~/db-reads.server.ts";
import { slugify } from "~/lib/slug.ts";
import { isVerifiedBuyer, type BuyerType, type BuyerVerification, readBuyerVerification, type LegalForm, type MembershipRole, type OrgKind, type OrgStatus, readMembershipRole, readOrgKind, readOrgStatus, type Sector } from "../domain.ts";
import { queueEmail } from "../platform/email.server.ts";

export interface NewOrganisation {
  kind: OrgKind;
  name: string;
  status: OrgStatus;
  ref?: string;
  buyerType?: BuyerType | null;
  legalForm?: LegalForm | null;
  regionCode?: string | null;
  producer?: { legalName: string; sector: Sector; provinceCode: string; regencyCode: string };
  ownerUserId?: string;
}

async function uniqueSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name);
  const taken = await tx.organisation.findUnique({ where: { slug: base }, select: { id: true } });
  return taken ? `${base}-${randomBytes(3).toString("hex")}` : base;
}

/** Creates an organisation (with its producer profile and owner) inside the caller's transaction. */
export async function createOrganisation(tx: Tx, input: NewOrganisation) {
  return tx.organisation.create({
    data: {
      kind: input.kind,
      name: input.name,
      status: input.status,
      ref: input.ref ?? null,
      slug: await uniqueSlug(tx, input.name),
      buyerType: input.buyerType ?? null,
      legalForm: input.legalForm ?? null,
      regionCode: input.regionCode ?? null,
      producer: input.producer ? { create: input.producer } : undefined,
      memberships: input.ownerUserId ? { create: { userId: input.ownerUserId, role: "owner" } } : undefined,
    },
    select: { id: true, status: true, slug: true },
  });
}

export interface MembershipView {
  organisationId: string;
  name: string;
  kind: OrgKind;
  status: OrgStatus;
  regionCode: string | null;
  role: MembershipRole;
  /** A buyer the platform has verified (buyerVerification "verified"); other kinds: false. */
  verified: boolean;
  verification: BuyerVerification;
}

/** The organisations a user belongs to, oldest membership first: read on every signed-in page, so off Prisma (db-reads.server.ts). */
export async function membershipsOf(db: Db, userId: string): Promise<MembershipView[]> {
  const rows = await readRows<{ role: string; id: string; name: string; kind: string; status: string; verification: string; regionCode: string | null; regencyCode: string | null }>(
    db,
    `SELECT m."role", o."id", o."name", o."kind", o."status", o."verification", o."regionCode", pp."regencyCode"
    FROM "Membership" m JOIN "Organisation" o ON o."id" = m."organisationId" LEFT JOIN "ProducerProfile" pp ON pp."organisationId" = o."id"
    WHERE m."userId" = ? ORDER BY m."createdAt" ASC, m."id" ASC`,
    [userId],
  );
  return rows.map((m) => ({
    organisationId: m.id,
    name: m.name,
    kind: readOrgKind(m.kind),
    status: readOrgStatus(m.status),
    regionCode: m.regencyCode ?? m.regionCode,
    role: readMembershipRole(m.role),
    verified: isVerifiedBuyer(m),
    verification: readBuyerVerification(m.verification),
  }));
}

export function listOrganisations(db: Db, filter: { status?: OrgStatus; kind?: OrgKind }, take = 100) {
  return db.organisation.findMany({
    where: { status: filter.status, kind: filter.kind },
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      name: true,
      kind: true,
      status: true,
      regionCode: true,
      createdAt: true,
      memberships: { where: { role: "owner" }, select: { user: { select: { name: true, email: true } } } },
    },
  });
}

export type ApprovalResult = { ok: true } | { ok: false; error: "not_found" | "not_pending" };

/** Activates a pending organisation, records who did it and tells its owners. */
export async function approveOrganisation(
  db: Db,
  organisationId: string,
  actorUserId: string,
  emailText: (locale: string, orgName: string) => Promise<{ subject: string; text: string }>,
): Promise<ApprovalResult> {
  return db.$transaction(async (tx) => {
    const org = await tx.organisation.findUnique({
      where: { id: organisationId },
      select: {
        status: true,
        name: true,
        memberships: { where: { role: "owner" }, select: { user: { select: { email: true, locale: true } } } },
      },
    });
    if (!org) return { ok: false, error: "not_found" } as const;
    const { count } = await tx.organisation.updateMany({
      where: { id: organisationId, status: "pending" },
      data: { status: "active" },
    });
    if (count === 0) return { ok: false, error: "not_pending" } as const;
    await tx.auditLog.create({
      data: { actorUserId, organisationId, action: "organisation.approved", entity: "organisation", entityId: organisationId },
    });
    for (const { user } of org.memberships) {
      const { subject, text } = await emailText(user.locale, org.name);
      await queueEmail(tx, { to: user.email, subject, text, kind: "organisation_approved" });
    }
    return { ok: true } as const;
  });
}

/** The platform organisation that admins belong to, created on first use. */
async function platformOrganisation(tx: Tx): Promise<string> {
  const existing = await tx.organisation.findFirst({ where: { kind: "platform" }, orderBy: { createdAt: "asc" }, select: { id: true } });
  if (existing) return existing.id;
  return (await createOrganisation(tx, { kind: "platform", name: "MitraIKM", status: "active" })).id;
}

/**
 * Makes an existing user a platform admin, or creates the user with an unusable password
 * (they set their own through the reset e-mail the caller sends). Idempotent.
 */
export async function grantPlatformAdmin(db: Db, input: { email: string; name: string }, unusableHash: string) {
  return db.$transaction(async (tx) => {
    const user =
      (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) ??
      (await tx.user.create({ data: { email: input.email, name: input.name, passwordHash: unusableHash }, select: { id: true } }));
    const organisationId = await platformOrganisation(tx);
    await tx.membership.upsert({
      where: { userId_organisationId: { userId: user.id, organisationId } },
      create: { userId: user.id, organisationId, role: "member" },
      update: {},
    });
    await tx.auditLog.create({
      data: { organisationId, action: "admin.granted", entity: "user", entityId: user.id },
    });
    return { userId: user.id, organisationId };
  });
}
