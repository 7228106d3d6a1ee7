// Notices to users: a row per recipient for the in-app list (the header's count and
// /notifications) and, when the change is one people act on, an e-mail in the outbox. Both
// are written in the transaction of the change they announce, so a notice never tells of a
// change that did not happen, and a change never goes untold.
import type { Db } from "~/db.server.ts";
import { z } from "zod";
import { env } from "~/env.server.ts";
import { noticeText } from "~/lib/notice-text.ts";
import { valueReader } from "../domain.ts";
import { type Locale } from "~/lib/locale.ts";
import { queueEmail } from "./email.server.ts";
import { fixedT } from "~/i18n/translations.server.ts";

export const NOTICE_KINDS = ["match_state", "match_interest", "need_suggested", "need_help", "meeting_request", "meeting_answer", "agenda_published", "order_state", "payment_proof", "payment_overdue", "bank_account_changed", "buyer_verified", "buyer_rejected", "buyer_suspended", "message", "quotation_requested", "quotation_answered", "quotation_decided"] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
const readNoticeKind = valueReader(NOTICE_KINDS, "notice kind");
/** A notice's stored values (JSON): the words its text needs, all strings. */
const NoticeParams = z.record(z.string(), z.string());

/** What happened, as a kind and the values its message needs; the text is made per reader. */
export interface Notice {
  kind: NoticeKind;
  params: Record<string, string>;
  /** A path inside the app where the reader acts on it. */
  link: string;
}

export interface Recipient {
  id: string;
  email: string;
  locale: string;
}

/** Selects an organisation's members as recipients: `{ memberships: MEMBERS }`. */
export const MEMBERS = { select: { user: { select: { id: true, email: true, locale: true } } } } as const;

export function usersOf(org: { memberships: { user: Recipient }[] }): Recipient[] {
  return org.memberships.map((m) => m.user);
}

type Tx = Pick<Db, "notification" | "email">;

/** The e-mail of a notice, in the reader's language, with the full address of its link. */
export async function noticeEmail(locale: string, notice: Notice): Promise<{ subject: string; text: string }> {
  const t = await fixedT(locale === "en" ? "en" : "id", ["notifications", "matching", "orders", "quotations"]);
  const { title, body } = noticeText(t, notice);
  return { subject: title, text: `${body}\n\n${t("notifications:signIn", { link: env().APP_URL + notice.link })}` };
}

/**
 * Tells each recipient once in the app and, with `email`, in the e-mail outbox too; an
 * `appendix` adds text to the e-mail in the reader's language (an agenda, say).
 */
export async function notify(
  tx: Tx,
  recipients: readonly Recipient[],
  notice: Notice,
  { email, appendix }: { email: boolean; appendix?: (locale: Locale) => Promise<string> },
): Promise<void> {
  const unique = [...new Map(recipients.map((r) => [r.id, r])).values()];
  if (unique.length === 0) return;
  await tx.notification.createMany({ data: unique.map((r) => ({ userId: r.id, kind: notice.kind, params: notice.params, link: notice.link })) });
  if (!email) return;
  for (const r of unique) {
    const locale: Locale = r.locale === "en" ? "en" : "id";
    const { subject, text } = await noticeEmail(locale, notice);
    const extra = appendix ? `\n\n${await appendix(locale)}` : "";
    await queueEmail(tx, { to: r.email, subject, text: text + extra, kind: "match_update" });
  }
}

export function unreadCount(db: Db, userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

export async function recentNotifications(db: Db, userId: string, take = 50) {
  const rows = await db.notification.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, kind: true, params: true, link: true, readAt: true, createdAt: true },
  });
  return rows.map((r) => ({ ...r, kind: readNoticeKind(r.kind), params: NoticeParams.parse(r.params) }));
}

/** Marks one of the user's notices read and gives where it leads; null if it is not theirs. */
export async function openNotification(db: Db, userId: string, id: string): Promise<string | null> {
  const row = await db.notification.findFirst({ where: { id, userId }, select: { link: true } });
  if (!row) return null;
  await db.notification.updateMany({ where: { id, userId, readAt: null }, data: { readAt: new Date() } });
  return row.link;
}

export async function markAllRead(db: Db, userId: string): Promise<number> {
  const { count } = await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } });
  return count;
}
