// Outgoing e-mail goes to the Email table (the outbox). In the embedded default it stays
// there and is readable at /dev/outbox; a production SMTP sender drains the same table.
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

export function listOutbox(db: Db, take = 50) {
  return db.email.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, to: true, subject: true, text: true, kind: true, createdAt: true, sentAt: true },
  });
}
