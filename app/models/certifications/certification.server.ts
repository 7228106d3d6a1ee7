// Certifications: producers list what they hold (pending until checked); a dinas officer of
// the producer's region (or an admin) verifies or rejects with a reason. Every change is
// audited and queued for the search index in the same transaction.
import { Prisma } from "~/generated/prisma/client.ts";
import type { Db } from "~/db.server.ts";
import type { CertificationInput } from "./certification-forms.ts";
import { EXPIRY_WARNING_DAYS } from "./certification-rules.ts";
import { recordIndexChange } from "../indexing/search-outbox.server.ts";
import { inScope, type RegionScope } from "../region-scope.ts";

/** validOn (app/matching/validity.ts) as SQL, for a certification aliased `c`, on a day bound as the caller's query binds dates. */
export function inForceSql(day: Date | string): Prisma.Sql {
  return Prisma.sql`(c."validFrom" IS NULL OR c."validFrom" <= ${day}) AND (c."validUntil" IS NULL OR c."validUntil" >= ${day})`;
}

export interface StoredDocument {
  path: string;
  mimeType: string;
}

/** The producers of a scope, as a condition on ProducerProfile. */
export function producersIn(scope: RegionScope): Prisma.ProducerProfileWhereInput {
  return inScope(scope, "provinceCode", "regencyCode");
}

export function listOwnCertifications(db: Db, producerId: string) {
  return db.certification.findMany({
    where: { producerId },
    orderBy: [{ validUntil: "asc" }],
    select: {
      id: true,
      type: true,
      number: true,
      issuer: true,
      validFrom: true,
      validUntil: true,
      status: true,
      rejectionReason: true,
      documentPath: true,
      products: { select: { product: { select: { name: true } } } },
    },
  });
}

/** The certificate's own columns (the form, the import and the API). */
export function certificationColumns(input: Omit<CertificationInput, "productIds">) {
  return {
    type: input.type,
    number: input.number,
    issuer: input.issuer,
    validFrom: input.validFrom ?? null,
    validUntil: input.validUntil ?? null,
    tkdnPercent: input.tkdnPercent ?? null,
  };
}

export type CreateCertificationResult = { ok: true; id: string } | { ok: false; field: "productIds"; error: "product_unknown" };

export async function createCertification(
  db: Db,
  producerId: string,
  input: CertificationInput,
  document: StoredDocument | null,
  actorUserId: string,
): Promise<CreateCertificationResult> {
  const productIds = [...new Set(input.productIds ?? [])];
  return db.$transaction(async (tx) => {
    const owned = await tx.product.count({ where: { id: { in: productIds }, producerId } });
    if (owned !== productIds.length) return { ok: false, field: "productIds", error: "product_unknown" } as const;
    const certification = await tx.certification.create({
      data: {
        producerId,
        ...certificationColumns(input),
        documentPath: document?.path ?? null,
        documentMime: document?.mimeType ?? null,
        status: "pending", // a producer's own entry is always checked by a dinas first
        products: { create: productIds.map((productId) => ({ productId })) },
      },
      select: { id: true },
    });
    await recordIndexChange(tx, "certification", certification.id);
    await tx.auditLog.create({
      data: { actorUserId, action: "certification.created", entity: "certification", entityId: certification.id },
    });
    return { ok: true, id: certification.id } as const;
  });
}

export function verificationQueue(db: Db, scope: RegionScope, take = 100) {
  return db.certification.findMany({
    where: { status: "pending", producer: producersIn(scope) },
    orderBy: { createdAt: "asc" },
    take,
    select: {
      id: true,
      type: true,
      number: true,
      issuer: true,
      validUntil: true,
      documentPath: true,
      createdAt: true,
      producer: { select: { legalName: true, regencyCode: true, organisation: { select: { slug: true } } } },
    },
  });
}

/**
 * Verified certificates of the scope's producers that expired or expire within the warning
 * window, soonest first: the office calls these businesses before buyers stop matching them.
 */
export function expiringInScope(db: Db, scope: RegionScope, now = new Date(), take = 200) {
  return db.certification.findMany({
    where: {
      status: "verified",
      producer: { ...producersIn(scope), organisation: { status: "active" } },
      validUntil: { not: null, lte: new Date(now.getTime() + EXPIRY_WARNING_DAYS * 86_400_000) },
    },
    orderBy: { validUntil: "asc" },
    take,
    select: {
      id: true,
      type: true,
      number: true,
      validUntil: true,
      status: true,
      producer: { select: { legalName: true, regencyCode: true, organisation: { select: { slug: true } } } },
    },
  });
}

export type Decision = { intent: "verify" } | { intent: "reject"; reason: string };
export type DecisionResult = { ok: true } | { ok: false; error: "not_found" | "not_pending" };

/**
 * Verifies or rejects a pending certification in the verifier's scope. A certification
 * outside the scope is "not found"; one already decided is "not pending" (of two officers
 * deciding at once, only the first counts).
 */
export async function decideCertification(
  db: Db,
  certificationId: string,
  scope: RegionScope,
  decision: Decision,
  actorUserId: string,
  now = new Date(),
): Promise<DecisionResult> {
  return db.$transaction(async (tx) => {
    const found = await tx.certification.findFirst({
      where: { id: certificationId, producer: producersIn(scope) },
      select: { id: true, producer: { select: { organisationId: true } } },
    });
    if (!found) return { ok: false, error: "not_found" } as const;
    // verifiedBy/verifiedAt record who decided and when, for rejections too.
    const { count } = await tx.certification.updateMany({
      where: { id: certificationId, status: "pending" },
      data: {
        status: decision.intent === "verify" ? "verified" : "rejected",
        verifiedById: actorUserId,
        verifiedAt: now,
        rejectionReason: decision.intent === "reject" ? decision.reason : null,
      },
    });
    if (count === 0) return { ok: false, error: "not_pending" } as const;
    await recordIndexChange(tx, "certification", certificationId);
    await tx.auditLog.create({
      data: {
        actorUserId,
        organisationId: found.producer.organisationId,
        action: decision.intent === "verify" ? "certification.verified" : "certification.rejected",
        entity: "certification",
        entityId: certificationId,
        data: decision.intent === "reject" ? { reason: decision.reason } : undefined,
      },
    });
    return { ok: true } as const;
  });
}

/**
 * The stored document of a certification, for its own producer's members, verifiers whose
 * scope covers it, and nobody else.
 */
export async function certificationDocument(
  db: Db,
  certificationId: string,
  viewer: { organisationId: string | null; scope: RegionScope | null },
) {
  const or: Prisma.CertificationWhereInput[] = [];
  if (viewer.organisationId) or.push({ producer: { organisationId: viewer.organisationId } });
  if (viewer.scope) or.push({ producer: producersIn(viewer.scope) });
  if (or.length === 0) return null;
  // Prisma matches nothing for an empty filter inside OR, so "everyone" must not be one.
  const who = viewer.scope?.kind === "all" ? {} : { OR: or };
  return db.certification.findFirst({
    where: { id: certificationId, documentPath: { not: null }, ...who },
    select: { documentPath: true, documentMime: true, type: true, number: true },
  });
}
