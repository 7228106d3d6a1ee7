// Outgoing e-mail goes to the Email table (the outbox). In the embedded default it stays
// there and is readable at /dev/outbox, by its recipient only (see outboxReader); a
// production SMTP sender drains the same table.
import type { Db } from "~/db.server.ts";

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  kind: "password_reset" | "welcome" | "organisation_approved" | "need_invitation" | "match_update" | "account_locked";
}

export async function queueEmail(db: Pick<Db, "email">, email: OutgoingEmail): Promise<string> {
  const row = await db.email.create({ data: email, select: { id: true } });
  return row.id;
}

/**
 * Whose mail the development outbox may show: none in production (mail leaves by SMTP);
 * otherwise the mail sent to the signed-in person, or all of it when a developer turned
 * DEV_OUTBOX_OPEN on for their own machine. Mail holds reset links: a stranger reading it
 * takes the account over, so signed out, nothing.
 */
export type OutboxReader = { kind: "none" } | { kind: "sign_in" } | { kind: "recipient"; email: string } | { kind: "all" };

export function outboxReader(config: { production: boolean; open: boolean }, viewerEmail: string | undefined): OutboxReader {
  if (config.production) return { kind: "none" };
  if (config.open) return { kind: "all" };
  return viewerEmail ? { kind: "recipient", email: viewerEmail } : { kind: "sign_in" };
}

export function listOutbox(db: Db, reader: Extract<OutboxReader, { kind: "recipient" | "all" }>, take = 50) {
  return db.email.findMany({
    where: reader.kind === "recipient" ? { to: reader.email.toLowerCase() } : {},
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, to: true, subject: true, text: true, kind: true, createdAt: true, sentAt: true },
  });
}
