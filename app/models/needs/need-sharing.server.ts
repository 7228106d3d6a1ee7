// Who a buyer shares a need with, and what it carries: invited producers (the only producers
// who see an "invited" need, and a nudge for public ones) and attached documents. Every
// function takes the buyer's organisation id, so another buyer's need is "not found".
import type { Db } from "~/db.server.ts";
import { queueEmail } from "../platform/email.server.ts";

/** A file uploads.server.ts stored. */
export interface StoredFile {
  path: string;
  mimeType: string;
  sizeBytes: number;
}

export const MAX_ATTACHMENTS = 5;
export const MAX_INVITATIONS = 100;

export function listInvitations(db: Db, needId: string) {
  return db.needInvitation.findMany({
    where: { needId },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true, producer: { select: { id: true, legalName: true, regencyCode: true, organisation: { select: { slug: true } } } } },
  });
}

/** Active producers whose name contains the words typed, for the invite search. */
export function findProducersToInvite(db: Db, query: string, take = 10) {
  const words = query.trim().split(/\s+/).filter((w) => w.length >= 2).slice(0, 5);
  if (words.length === 0) return Promise.resolve([]);
  return db.producerProfile.findMany({
    where: { organisation: { status: "active" }, AND: words.map((w) => ({ legalName: { contains: w } })) },
    orderBy: { legalName: "asc" },
    take,
    select: { id: true, legalName: true, regencyCode: true, sector: true },
  });
}

export type SharingResult = { ok: true } | { ok: false; error: "not_found" | "not_editable" | "too_many" };

/** One of the buyer's needs that still takes invitations and attachments (not closed or awarded). */
async function liveNeed(db: Db, buyerId: string, needId: string) {
  const need = await db.need.findFirst({ where: { id: needId, buyerId }, select: { id: true, title: true, status: true } });
  if (!need) return { ok: false, error: "not_found" } as const;
  if (!["draft", "open"].includes(need.status)) return { ok: false, error: "not_editable" } as const;
  return { ok: true, need } as const;
}

/**
 * Invites an active producer to one of the buyer's live needs and e-mails its members (in
 * their language) once the need is open; inviting twice changes nothing.
 */
export async function inviteProducer(
  db: Db,
  input: { buyerId: string; needId: string; producerId: string; actorUserId: string },
  message: (locale: string, need: string, buyer: string) => Promise<{ subject: string; text: string }>,
): Promise<SharingResult> {
  const found = await liveNeed(db, input.buyerId, input.needId);
  if (!found.ok) return found;
  const producer = await db.producerProfile.findFirst({
    where: { id: input.producerId, organisation: { status: "active" } },
    select: { organisationId: true, organisation: { select: { memberships: { select: { user: { select: { email: true, locale: true } } } } } } },
  });
  if (!producer) return { ok: false, error: "not_found" };
  return db.$transaction(async (tx) => {
    const existing = await tx.needInvitation.findUnique({ where: { needId_producerId: { needId: input.needId, producerId: input.producerId } } });
    if (existing) return { ok: true } as const;
    if ((await tx.needInvitation.count({ where: { needId: input.needId } })) >= MAX_INVITATIONS) return { ok: false, error: "too_many" } as const;
    await tx.needInvitation.create({ data: { needId: input.needId, producerId: input.producerId } });
    await tx.auditLog.create({
      data: { actorUserId: input.actorUserId, organisationId: input.buyerId, action: "need.invited", entity: "need", entityId: input.needId, data: { producerId: input.producerId } },
    });
    const buyer = await tx.organisation.findUniqueOrThrow({ where: { id: input.buyerId }, select: { name: true } });
    for (const { user } of producer.organisation.memberships) {
      const { subject, text } = await message(user.locale, found.need.title, buyer.name);
      await queueEmail(tx, { to: user.email, subject, text, kind: "need_invitation" });
    }
    return { ok: true } as const;
  });
}

export async function removeInvitation(db: Db, input: { buyerId: string; needId: string; producerId: string; actorUserId: string }): Promise<SharingResult> {
  const found = await liveNeed(db, input.buyerId, input.needId);
  if (!found.ok) return found;
  await db.$transaction(async (tx) => {
    const { count } = await tx.needInvitation.deleteMany({ where: { needId: input.needId, producerId: input.producerId } });
    if (count > 0) {
      await tx.auditLog.create({
        data: { actorUserId: input.actorUserId, organisationId: input.buyerId, action: "need.uninvited", entity: "need", entityId: input.needId, data: { producerId: input.producerId } },
      });
    }
  });
  return { ok: true };
}

export function listAttachments(db: Db, needId: string) {
  return db.needAttachment.findMany({ where: { needId }, orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, mimeType: true, sizeBytes: true } });
}

export async function addAttachment(
  db: Db,
  input: { buyerId: string; needId: string; file: StoredFile; fileName: string; actorUserId: string },
): Promise<SharingResult> {
  const found = await liveNeed(db, input.buyerId, input.needId);
  if (!found.ok) return found;
  return db.$transaction(async (tx) => {
    if ((await tx.needAttachment.count({ where: { needId: input.needId } })) >= MAX_ATTACHMENTS) return { ok: false, error: "too_many" } as const;
    const attachment = await tx.needAttachment.create({
      data: { needId: input.needId, path: input.file.path, mimeType: input.file.mimeType, sizeBytes: input.file.sizeBytes, fileName: input.fileName },
      select: { id: true },
    });
    await tx.auditLog.create({
      data: { actorUserId: input.actorUserId, organisationId: input.buyerId, action: "need.attachment_added", entity: "need", entityId: input.needId, data: { attachmentId: attachment.id } },
    });
    return { ok: true } as const;
  });
}

/** Removes an attachment; the caller deletes the file (returned) after the row is gone. */
export async function removeAttachment(db: Db, input: { buyerId: string; needId: string; attachmentId: string; actorUserId: string }) {
  const found = await liveNeed(db, input.buyerId, input.needId);
  if (!found.ok) return found;
  const attachment = await db.needAttachment.findFirst({ where: { id: input.attachmentId, needId: input.needId }, select: { path: true } });
  if (!attachment) return { ok: false, error: "not_found" } as const;
  await db.$transaction([
    db.needAttachment.delete({ where: { id: input.attachmentId } }),
    db.auditLog.create({
      data: { actorUserId: input.actorUserId, organisationId: input.buyerId, action: "need.attachment_removed", entity: "need", entityId: input.needId, data: { attachmentId: input.attachmentId } },
    }),
  ]);
  return { ok: true, path: attachment.path } as const;
}

/** One attachment of a need; the caller has checked that the viewer may read the need. */
export function findAttachment(db: Db, needId: string, attachmentId: string) {
  return db.needAttachment.findFirst({ where: { id: attachmentId, needId }, select: { path: true, mimeType: true, fileName: true } });
}
