// A buyer's procurement needs: create, edit (keeping a history once open), and move through
// the life cycle in need-workflow.ts. Functions take the buyer organisation's id, so a need
// of another organisation is "not found". Producers read open public needs.
import type { Prisma } from "~/generated/prisma/client.ts";
import type { Db } from "~/db.server.ts";
import { readRows } from "~/db-reads.server.ts";
import { type BuyerVerification, isVerifiedBuyer, type NeedStatus, readNeedStatus } from "../domain.ts";
import type { NeedAction, NeedInput } from "./need-forms.ts";
import { isEditable, nextStatus } from "./need-workflow.ts";
import { loadRegions } from "../regions.server.ts";
import { recordIndexChange } from "../indexing/search-outbox.server.ts";

export const NEED_PAGE_SIZE = 20;

const NEED_FIELDS = {
  id: true,
  title: true,
  description: true,
  category: true,
  quantity: true,
  unit: true,
  deliveryProvinceCode: true,
  deliveryRegencyCode: true,
  neededBy: true,
  minTkdnPercent: true,
  budgetPerUnit: true,
  budgetTotal: true,
  visibility: true,
  status: true,
  publishedAt: true,
  helpAskedAt: true,
  updatedAt: true,
  requiredCertifications: { select: { type: true }, orderBy: { type: "asc" } },
} as const satisfies Prisma.NeedSelect;

type NeedRow = Prisma.NeedGetPayload<{ select: typeof NEED_FIELDS }>;

/** A need as pages show it: BigInt budgets become strings, certifications a plain list. */
function view(row: NeedRow) {
  return {
    ...row,
    budgetTotal: row.budgetTotal === null ? null : row.budgetTotal.toString(),
    requiredCertifications: row.requiredCertifications.map((c) => c.type),
  };
}
export type NeedView = ReturnType<typeof view>;

/** The need table's columns for a validated need (the form, the import and the API). */
export function needColumns(input: NeedInput) {
  return {
    title: input.title,
    description: input.description,
    category: input.category,
    quantity: input.quantity,
    unit: input.unit,
    deliveryProvinceCode: input.deliveryProvinceCode,
    deliveryRegencyCode: input.deliveryRegencyCode ?? null,
    neededBy: input.neededBy,
    minTkdnPercent: input.minTkdnPercent ?? null,
    budgetPerUnit: input.budgetPerUnit ?? null,
    budgetTotal: input.budgetTotal === undefined ? null : BigInt(input.budgetTotal),
    visibility: input.visibility,
  };
}

export type NeedInputError = { field: "deliveryProvinceCode" | "deliveryRegencyCode"; error: string };

/** Checks what the schema cannot: real region codes. */
export async function checkNeedInput(input: NeedInput): Promise<NeedInputError | null> {
  const regions = await loadRegions();
  if (!regions.province(input.deliveryProvinceCode)) return { field: "deliveryProvinceCode", error: "region_unknown" };
  if (input.deliveryRegencyCode && !regions.regency(input.deliveryRegencyCode)) {
    return { field: "deliveryRegencyCode", error: "region_unknown" };
  }
  // (A date in the past is the form schema's check, with the others in one round.)
  return null;
}

export async function listOwnNeeds(db: Db, buyerId: string) {
  const rows = await db.need.findMany({ where: { buyerId }, orderBy: [{ updatedAt: "desc" }], select: NEED_FIELDS });
  return rows.map(view);
}

/** What a page about one of the buyer's needs heads itself with; null when the need is not theirs. Read on every view of its suggestions, so off Prisma (db-reads.server.ts). */
export async function ownNeedSummary(db: Db, buyerId: string, needId: string) {
  const [row] = await readRows<{ id: string; title: string; unit: string; quantity: number; helpAskedAt: Date | null }>(
    db,
    `SELECT "id", "title", "unit", "quantity", "helpAskedAt" FROM "Need" WHERE "id" = ? AND "buyerId" = ?`,
    [needId, buyerId],
    ["helpAskedAt"],
  );
  return row ? { ...row, quantity: Number(row.quantity) } : null;
}

export async function findOwnNeed(db: Db, buyerId: string, needId: string) {
  const row = await db.need.findFirst({ where: { id: needId, buyerId }, select: NEED_FIELDS });
  if (!row) return null;
  const revisions = await db.needRevision.findMany({
    where: { needId },
    orderBy: { createdAt: "desc" },
    select: { id: true, changes: true, createdAt: true, changedById: true },
  });
  const ids = [...new Set(revisions.map((r) => r.changedById).filter((id): id is string => id !== null))];
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const nameOf = new Map(users.map((u) => [u.id, u.name]));
  return {
    need: view(row),
    revisions: revisions.map((r) => ({
      id: r.id,
      createdAt: r.createdAt,
      changedBy: r.changedById ? (nameOf.get(r.changedById) ?? null) : null,
      fields: Object.keys(r.changes as Record<string, unknown>),
    })),
  };
}

export async function createNeed(db: Db, buyerId: string, input: NeedInput, actorUserId: string) {
  return db.$transaction(async (tx) => {
    const need = await tx.need.create({
      data: {
        buyerId,
        createdById: actorUserId,
        status: "draft",
        ...needColumns(input),
        requiredCertifications: { create: (input.requiredCertifications ?? []).map((type) => ({ type })) },
      },
      select: { id: true },
    });
    await recordIndexChange(tx, "need", need.id);
    await tx.auditLog.create({ data: { actorUserId, organisationId: buyerId, action: "need.created", entity: "need", entityId: need.id } });
    return need;
  });
}

/** What changed, field by field, as { field: { from, to } } (values as shown in JSON). */
function diff(before: NeedView, input: NeedInput): Record<string, { from: unknown; to: unknown }> {
  const after = { ...needColumns(input), budgetTotal: input.budgetTotal === undefined ? null : String(input.budgetTotal) };
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, to] of Object.entries(after)) {
    const from = before[field as keyof NeedView];
    const a = from instanceof Date ? from.toISOString() : from;
    const b = to instanceof Date ? to.toISOString() : to;
    if (a !== b) changes[field] = { from: a, to: b };
  }
  const certsBefore = before.requiredCertifications.join(",");
  const certsAfter = [...(input.requiredCertifications ?? [])].sort().join(",");
  if (certsBefore !== certsAfter) changes.requiredCertifications = { from: before.requiredCertifications, to: certsAfter ? certsAfter.split(",") : [] };
  return changes;
}

export type UpdateNeedResult = { ok: true; changed: number } | { ok: false; error: "not_found" | "not_editable" };

/** Edits a draft or open need; an open need's changes are kept as a revision. */
export async function updateNeed(db: Db, buyerId: string, needId: string, input: NeedInput, actorUserId: string): Promise<UpdateNeedResult> {
  return db.$transaction(async (tx) => {
    const row = await tx.need.findFirst({ where: { id: needId, buyerId }, select: NEED_FIELDS });
    if (!row) return { ok: false, error: "not_found" } as const;
    if (!isEditable(readNeedStatus(row.status))) return { ok: false, error: "not_editable" } as const;
    const changes = diff(view(row), input);
    if (Object.keys(changes).length === 0) return { ok: true, changed: 0 } as const;
    await tx.need.update({
      where: { id: needId },
      data: {
        ...needColumns(input),
        requiredCertifications: { deleteMany: {}, create: (input.requiredCertifications ?? []).map((type) => ({ type })) },
      },
    });
    if (row.status === "open") {
      await tx.needRevision.create({ data: { needId, changedById: actorUserId, changes: changes as Prisma.InputJsonValue } });
    }
    await recordIndexChange(tx, "need", needId);
    return { ok: true, changed: Object.keys(changes).length } as const;
  });
}

export type NeedTransitionResult = { ok: true; status: NeedStatus } | { ok: false; error: "not_found" | "invalid_transition" | "buyer_unverified" };

/** Moves a need along its life cycle, atomically: of two concurrent moves only one applies. */
export async function moveNeed(db: Db, buyerId: string, needId: string, action: NeedAction, actorUserId: string, now = new Date()): Promise<NeedTransitionResult> {
  return db.$transaction(async (tx) => {
    const row = await tx.need.findFirst({ where: { id: needId, buyerId }, select: { status: true, buyer: { select: { verification: true } } } });
    if (!row) return { ok: false, error: "not_found" } as const;
    // Anyone can sign up as a "BUMN": until the platform has verified the buyer, its needs stay drafts.
    if (nextStatus(readNeedStatus(row.status), action) === "open" && !isVerifiedBuyer(row.buyer)) return { ok: false, error: "buyer_unverified" } as const;
    const to = nextStatus(readNeedStatus(row.status), action);
    if (!to) return { ok: false, error: "invalid_transition" } as const;
    const { count } = await tx.need.updateMany({
      where: { id: needId, status: row.status },
      data: {
        status: to,
        ...(action === "publish" ? { publishedAt: now } : {}),
        ...(to === "closed" || to === "awarded" ? { closedAt: now } : { closedAt: null }),
      },
    });
    if (count === 0) return { ok: false, error: "invalid_transition" } as const;
    await recordIndexChange(tx, "need", needId);
    await tx.auditLog.create({
      data: { actorUserId, organisationId: buyerId, action: `need.${action}`, entity: "need", entityId: needId, data: { from: row.status, to } },
    });
    return { ok: true, status: to } as const;
  });
}

/** Who sees an open need: everyone who may read needs when public, invited producers otherwise. */
export function visibleTo(viewerOrganisationId: string | null): Prisma.NeedWhereInput {
  return {
    OR: [
      { visibility: "public" },
      ...(viewerOrganisationId ? [{ visibility: "invited", invitations: { some: { producer: { organisationId: viewerOrganisationId } } } }] : []),
    ],
  };
}

/**
 * The open needs a viewer may read: open, not past their date (no longer worth offering to,
 * even before the buyer closes it), of an active buyer the platform has verified (one whose
 * verification was withdrawn no longer shows its needs; isVerifiedBuyer), and public or
 * inviting the viewer. The needs list and the home page's count (for a visitor: null) both use it.
 */
export function openNeedsFor(viewerOrganisationId: string | null, now = new Date()): Prisma.NeedWhereInput {
  return { status: "open", neededBy: { gte: now }, buyer: { status: "active", verification: "verified" satisfies BuyerVerification }, ...visibleTo(viewerOrganisationId) };
}

/** Open needs for logged-in producers (and everyone who may read needs): public ones and those they were invited to. */
export async function browseOpenNeeds(db: Db, viewerOrganisationId: string | null, page = 1, now = new Date()) {
  const where = openNeedsFor(viewerOrganisationId, now);
  const [total, rows] = await Promise.all([
    db.need.count({ where }),
    db.need.findMany({
      where,
      orderBy: [{ neededBy: "asc" }],
      skip: (page - 1) * NEED_PAGE_SIZE,
      take: NEED_PAGE_SIZE,
      select: { ...NEED_FIELDS, buyer: { select: { name: true } } },
    }),
  ]);
  return {
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / NEED_PAGE_SIZE)),
    needs: rows.map((r) => ({ ...view(r), buyerName: r.buyer.name })),
  };
}

/** One open need the viewer may see (public, or invited to), or one of their own organisation's needs. */
export async function readableNeed(db: Db, needId: string, viewerOrganisationId: string | null) {
  const row = await db.need.findFirst({
    where: {
      id: needId,
      OR: [
        { status: "open", buyer: { status: "active" }, ...visibleTo(viewerOrganisationId) },
        ...(viewerOrganisationId ? [{ buyerId: viewerOrganisationId }] : []),
      ],
    },
    select: { ...NEED_FIELDS, buyerId: true, buyer: { select: { name: true, buyerType: true, verification: true } } },
  });
  return row ? { ...view(row), buyerId: row.buyerId, buyerName: row.buyer.name, buyerType: row.buyer.buyerType, buyerVerified: isVerifiedBuyer(row.buyer) } : null;
}
