// The thread of a partnership: the buyer's and the producer's people, and the dinas office
// that brokers it, write to each other (a document may go with a message) from the first
// suggestion on, before contacts are shared (contacts still follow contacts.server.ts). Who is in a thread is the match's rule
// (sideOf): someone with no side does not learn that it exists. A new message is told to the
// other parties in the app and by e-mail, once per unread run: a reader with unread messages
// in the thread is not told again until they have read it.
import type { Db } from "~/db.server.ts";
import { MEMBERS, notify, usersOf, type Recipient } from "../platform/notification.server.ts";
import { scopeCovers } from "../region-scope.ts";
import type { MatchActor } from "./match.server.ts";
import { sideOf, type Side } from "./match-workflow.ts";

export const MAX_MESSAGE_LENGTH = 4000;

const THREAD = {
  id: true,
  state: true,
  need: { select: { id: true, title: true, buyerId: true, buyer: { select: { name: true, status: true, memberships: MEMBERS } } } },
  producer: { select: { organisationId: true, regencyCode: true, provinceCode: true, legalName: true, organisation: { select: { status: true, memberships: MEMBERS } } } },
} as const;

async function threadWithSide(db: Db, matchId: string, actor: MatchActor) {
  const match = await db.match.findUnique({ where: { id: matchId }, select: THREAD });
  if (!match) return null;
  const side: Side | null = sideOf(actor.role, {
    isBuyer: match.need.buyerId === actor.organisationId,
    isProducer: match.producer.organisationId === actor.organisationId,
    brokers: actor.scope !== null && scopeCovers(actor.scope, match.producer.regencyCode),
  });
  return side ? { match, side } : null;
}

/** A thread as its reader sees it (oldest first), and the time they had read it up to. */
export async function threadFor(db: Db, matchId: string, actor: MatchActor) {
  const found = await threadWithSide(db, matchId, actor);
  if (!found) return null;
  const { match, side } = found;
  const [messages, read] = await Promise.all([
    db.message.findMany({ where: { matchId }, orderBy: { createdAt: "asc" }, take: 500, select: { id: true, authorUserId: true, authorSide: true, body: true, createdAt: true, attachmentName: true, attachmentSizeBytes: true } }),
    db.messageRead.findUnique({ where: { matchId_userId: { matchId, userId: actor.userId } }, select: { readAt: true } }),
  ]);
  const authors = await db.user.findMany({ where: { id: { in: [...new Set(messages.flatMap((m) => (m.authorUserId ? [m.authorUserId] : [])))] } }, select: { id: true, name: true } });
  const nameOf = new Map(authors.map((a) => [a.id, a.name]));
  return {
    side,
    match: { id: match.id, state: match.state, needId: match.need.id, needTitle: match.need.title, buyer: match.need.buyer.name, producer: match.producer.legalName },
    messages: messages.map((m) => ({ ...m, authorName: m.authorUserId ? (nameOf.get(m.authorUserId) ?? null) : null, mine: m.authorUserId === actor.userId, unread: m.authorUserId !== actor.userId && (!read || m.createdAt > read.readAt) })),
  };
}

/** A message's document, for a party to its thread; null for anyone else. */
export async function messageAttachment(db: Db, matchId: string, messageId: string, actor: MatchActor) {
  if (!(await threadWithSide(db, matchId, actor))) return null;
  const message = await db.message.findFirst({ where: { id: messageId, matchId, attachmentPath: { not: null } }, select: { attachmentPath: true, attachmentMimeType: true, attachmentName: true } });
  return message?.attachmentPath ? { path: message.attachmentPath, mimeType: message.attachmentMimeType, fileName: message.attachmentName ?? "lampiran" } : null;
}

/** The reader has seen the thread up to now. */
export async function markThreadRead(db: Db, matchId: string, userId: string, at = new Date()): Promise<void> {
  await db.messageRead.upsert({ where: { matchId_userId: { matchId, userId } }, create: { matchId, userId, readAt: at }, update: { readAt: at } });
}

export type PostResult = { ok: true; id: string } | { ok: false; error: "not_found" };

/** A document already stored by content (uploads.server.ts), with the name the reader sees. */
export interface MessageAttachment {
  path: string;
  mimeType: string;
  sizeBytes: number;
  fileName: string;
}

export async function postMessage(db: Db, matchId: string, actor: MatchActor, body: string, attachment: MessageAttachment | null = null): Promise<PostResult> {
  const found = await threadWithSide(db, matchId, actor);
  if (!found) return { ok: false, error: "not_found" };
  const { match, side } = found;
  return db.$transaction(async (tx) => {
    const now = new Date();
    const stored = attachment ? { attachmentPath: attachment.path, attachmentMimeType: attachment.mimeType, attachmentSizeBytes: attachment.sizeBytes, attachmentName: attachment.fileName } : {};
    const message = await tx.message.create({ data: { matchId, authorUserId: actor.userId, authorSide: side, body, createdAt: now, ...stored } });
    // The writer has read their own thread.
    await tx.messageRead.upsert({ where: { matchId_userId: { matchId, userId: actor.userId } }, create: { matchId, userId: actor.userId, readAt: now }, update: { readAt: now } });
    // The other parties: the buyer's and the producer's people, and the brokering office's
    // when it already takes part in the thread (looked up only then).
    const officeTakesPart = side !== "broker" && (await tx.message.count({ where: { matchId, authorSide: "broker" } })) > 0;
    const offices = officeTakesPart ? await tx.organisation.findMany({ where: { kind: "dinas", status: "active", regionCode: { in: [match.producer.provinceCode, match.producer.regencyCode] } }, select: { memberships: MEMBERS } }) : [];
    // A suspended or pending party is not written to.
    const others: Recipient[] = [
      ...(side !== "buyer" && match.need.buyer.status === "active" ? usersOf(match.need.buyer) : []),
      ...(side !== "producer" && match.producer.organisation.status === "active" ? usersOf(match.producer.organisation) : []),
      ...offices.flatMap(usersOf),
    ].filter((u) => u.id !== actor.userId);
    const link = `/matches/${matchId}/messages`;
    const told = await toldSinceRead(tx, matchId, link, others);
    // The office that brokers writes under its own name (a dinas, or MitraIKM's admins).
    const from = side === "buyer" ? match.need.buyer.name : side === "producer" ? match.producer.legalName : ((await tx.organisation.findUnique({ where: { id: actor.organisationId ?? "" }, select: { name: true } }))?.name ?? "MitraIKM");
    await notify(tx, others.filter((u) => !told.has(u.id)), { kind: "message", params: { need: match.need.title, from }, link }, { email: true });
    return { ok: true, id: message.id } as const;
  });
}

/**
 * Readers already told of this thread since they last opened it: not told again. (Whether the
 * earlier messages were from their own side, or from before they took part, does not matter:
 * what counts is a notice they have not followed up.)
 */
async function toldSinceRead(db: Pick<Db, "messageRead" | "notification">, matchId: string, link: string, readers: readonly Recipient[]): Promise<Set<string>> {
  const told = new Set<string>();
  for (const reader of readers) {
    const read = await db.messageRead.findUnique({ where: { matchId_userId: { matchId, userId: reader.id } }, select: { readAt: true } });
    const notices = await db.notification.count({ where: { userId: reader.id, kind: "message", link, ...(read ? { createdAt: { gt: read.readAt } } : {}) } });
    if (notices > 0) told.add(reader.id);
  }
  return told;
}
