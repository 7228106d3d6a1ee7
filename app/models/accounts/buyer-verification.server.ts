// Buyers are verified before they see what is private. A buyer organisation asks with its
// evidence (NIB, NPWP, website, the officer's assignment letter); a platform admin verifies
// or rejects it with a reason, or suspends it. Until verified it may post needs and browse,
// but not read producers' contacts (permissions.ts: read:contact:partner). Every decision is
// audited and told to the buyer's owners, in the app and by e-mail.
import type { Db } from "~/db.server.ts";
import { readBuyerVerification } from "../domain.ts";
import { MEMBERS, notify, usersOf } from "../platform/notification.server.ts";
import type { VerificationRequestInput } from "./verification-forms.ts";
import freemail from "freemail";
import { getDomain } from "tldts";

export async function verificationOf(db: Db, organisationId: string) {
  const org = await db.organisation.findUnique({
    where: { id: organisationId },
    select: { kind: true, name: true, verification: true, verificationNote: true, verificationAskedAt: true, verificationDecidedAt: true, nib: true, npwp: true, website: true, letterPath: true },
  });
  if (!org) return null;
  const { letterPath, ...rest } = org;
  return { ...rest, verification: readBuyerVerification(org.verification), hasLetter: letterPath !== null };
}

type Refusal = { ok: false; error: "not_found" | "already_verified" | "already_requested" | "conflict" };

/** The buyer asks (or asks again, after a rejection) with its evidence; a letter replaces the one on file. Not while a request waits. */
export async function requestVerification(db: Db, organisationId: string, input: VerificationRequestInput, letter: { path: string; mimeType: string } | null, actorUserId: string): Promise<{ ok: true } | Refusal> {
  const org = await db.organisation.findUnique({ where: { id: organisationId }, select: { kind: true, verification: true } });
  if (!org || org.kind !== "buyer") return { ok: false, error: "not_found" };
  if (org.verification === "verified") return { ok: false, error: "already_verified" };
  // The evidence an admin is reading does not change under them: new evidence waits for the decision.
  if (org.verification === "requested") return { ok: false, error: "already_requested" };
  return db.$transaction(async (tx) => {
    const { count } = await tx.organisation.updateMany({
      where: { id: organisationId, verification: org.verification },
      data: { verification: "requested", verificationAskedAt: new Date(), nib: input.nib, npwp: input.npwp, website: input.website ?? null, ...(letter ? { letterPath: letter.path, letterMime: letter.mimeType } : {}) },
    });
    if (count === 0) return { ok: false, error: "conflict" } as const;
    await tx.auditLog.create({ data: { actorUserId, organisationId, action: "organisation.verification_requested", entity: "organisation", entityId: organisationId } });
    return { ok: true } as const;
  });
}

export type VerificationDecision = "verify" | "reject" | "suspend";

/**
 * An admin's decision on a buyer. Verify and reject answer a request (or act on a buyer that
 * never asked: an admin may verify a BUMN it knows); suspend stops the organisation altogether.
 */
export async function decideVerification(db: Db, organisationId: string, decision: VerificationDecision, note: string | null, adminUserId: string): Promise<{ ok: true } | Refusal> {
  const org = await db.organisation.findUnique({ where: { id: organisationId }, select: { kind: true, name: true, verification: true, status: true, memberships: { where: { role: "owner" }, ...MEMBERS } } });
  if (!org || org.kind !== "buyer") return { ok: false, error: "not_found" };
  const now = new Date();
  return db.$transaction(async (tx) => {
    const decided = { verificationDecidedAt: now, verificationDecidedBy: adminUserId, verificationNote: note };
    const data =
      decision === "verify" ? { verification: "verified", ...decided, verificationNote: null } : decision === "reject" ? { verification: "rejected", ...decided } : { status: "suspended", ...decided };
    const { count } = await tx.organisation.updateMany({ where: { id: organisationId, verification: org.verification, status: org.status }, data });
    if (count === 0) return { ok: false, error: "conflict" } as const;
    await tx.auditLog.create({ data: { actorUserId: adminUserId, organisationId, action: `organisation.${decision}`, entity: "organisation", entityId: organisationId } });
    const kind = decision === "verify" ? ("buyer_verified" as const) : decision === "reject" ? ("buyer_rejected" as const) : ("buyer_suspended" as const);
    await notify(tx, usersOf(org), { kind, params: { organisation: org.name, note: note ?? "" }, link: "/account/verification" }, { email: true });
    return { ok: true } as const;
  });
}

/** The admin's list: buyers asking first (oldest first), then, with a query, any organisation by name or an owner's e-mail. */
export async function verificationQueue(db: Db, query: string) {
  const select = {
    id: true,
    name: true,
    kind: true,
    status: true,
    buyerType: true,
    verification: true,
    verificationAskedAt: true,
    verificationNote: true,
    nib: true,
    npwp: true,
    website: true,
    letterPath: true,
    createdAt: true,
    memberships: { where: { role: "owner" }, select: { user: { select: { name: true, email: true } } } },
  } as const;
  const [asking, found] = await Promise.all([
    db.organisation.findMany({ where: { kind: "buyer", verification: "requested", status: "active" }, orderBy: { verificationAskedAt: "asc" }, take: 100, select }),
    query
      ? db.organisation.findMany({
          where: { OR: [{ name: { contains: query } }, { memberships: { some: { user: { email: { contains: query.toLowerCase() } } } } }] },
          orderBy: { name: "asc" },
          take: 50,
          select,
        })
      : Promise.resolve([]),
  ]);
  return { asking, found };
}

/** The letter an admin reads, or null. */
export function verificationLetter(db: Db, organisationId: string) {
  return db.organisation.findUnique({ where: { id: organisationId }, select: { letterPath: true, letterMime: true } });
}

/**
 * Whether an e-mail address is on the company website's own registrable domain (the public
 * suffix list decides: pln.co.id, not co.id; a subdomain counts): the quickest sign that an
 * officer works for the company it names. Free and disposable mail (gmail.com, yahoo.co.id…)
 * never is, even when the website typed is that provider's.
 */
export function emailOnDomain(email: string, website: string | null): boolean {
  if (!website || !URL.canParse(website)) return false;
  const site = getDomain(website);
  const domain = email.toLowerCase().split("@")[1] ?? "";
  if (!site || !domain || freemail.isFree(email.toLowerCase())) return false;
  return getDomain(domain) === site;
}
