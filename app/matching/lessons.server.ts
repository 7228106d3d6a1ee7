// Buyers' lessons to the matcher (lessons.ts) as rows: written when a buyer moves a match,
// read when a need's suggestions are computed and shown.
import type { Db, Tx } from "~/db.server.ts";
import { readRows } from "~/db-reads.server.ts";
import type { MatchState } from "~/models/domain.ts";
import type { DeclineReason } from "~/models/matches/match-workflow.ts";
import type { Taught } from "./fit.ts";
import { recordIndexChanges } from "~/models/indexing/search-outbox.server.ts";
import { lessonOf, needThing, productKind, taughtBy, type LessonCount } from "./lessons.ts";

/** The decline reason saying the product is not the thing asked for (match-workflow.ts, DECLINE_REASONS). */
export const NOT_THE_PRODUCT: DeclineReason = "not_the_product";

/** What a buyer's move says of the product: taken for the need (shortlisted, accepted), declined as not it, or nothing. */
function takenBy(to: MatchState, reason: string | null): boolean | null {
  if (to === "shortlisted" || to === "accepted") return true;
  return to === "declined" && reason === NOT_THE_PRODUCT ? false : null;
}

/** What buyers teach now of one kind of product for one need's thing (lessons.ts, lessonOf). */
async function lessonOn(tx: Tx, needKey: string, productKey: string): Promise<boolean | null> {
  const [row] = await readRows<{ taken: number | bigint | null; declined: number | bigint | null }>(
    tx,
    `SELECT SUM("taken") AS "taken", SUM(1 - "taken") AS "declined" FROM "MatchLesson" WHERE "needKey" = ? AND "productKey" = ?`,
    [needKey, productKey],
  );
  return lessonOf({ taken: Number(row?.taken ?? 0), declined: Number(row?.declined ?? 0) });
}

/** The open needs naming this thing: their suggestions change with its lessons. */
async function openNeedsNaming(tx: Tx, needKey: string, now: Date): Promise<string[]> {
  const open = await tx.need.findMany({ where: { status: "open", neededBy: { gte: now } }, select: { id: true, title: true } });
  return open.filter((n) => needThing(n.title)?.key === needKey).map((n) => n.id);
}

/**
 * Keeps what a buyer's move of a match says, as that buyer organisation's latest decision on
 * this kind of product for this kind of need. A decline for price, capacity or the like says
 * nothing of the product's kind and changes no lesson. When the lesson buyers teach changes
 * (LESSON_BUYERS have agreed, or no longer do), the open needs naming the thing are queued
 * for the indexing worker, which computes their stored suggestions again.
 */
export async function learnFromMove(tx: Tx, matchId: string, to: MatchState, reason: string | null, at: Date): Promise<void> {
  const taken = takenBy(to, reason);
  if (taken === null) return;
  const match = await tx.match.findUnique({ where: { id: matchId }, select: { need: { select: { title: true, buyerId: true } }, product: { select: { name: true } } } });
  const need = match && needThing(match.need.title);
  const product = match?.product && productKind(match.product.name);
  if (!match || !need || !product) return;
  const key = { needKey: need.key, productKey: product.key, organisationId: match.need.buyerId };
  const before = await lessonOn(tx, need.key, product.key);
  await tx.matchLesson.upsert({
    where: { needKey_productKey_organisationId: key },
    create: { ...key, productPhrase: product.phrase, taken, decidedAt: at },
    update: { productPhrase: product.phrase, taken, decidedAt: at },
  });
  if ((await lessonOn(tx, need.key, product.key)) !== before) await recordIndexChanges(tx, "need", await openNeedsNaming(tx, need.key, at), at);
}

/** The decisions of every buyer organisation on the kinds of product for a need's thing, most taken first. */
export async function lessonCounts(db: Db, title: string): Promise<LessonCount[]> {
  const need = needThing(title);
  if (!need) return [];
  // Read with every view of a buyer's suggestions page, so off Prisma (db-reads.server.ts).
  const rows = await readRows<{ productKey: string; productPhrase: string; taken: number | bigint; declined: number | bigint }>(
    db,
    `SELECT "productKey", MAX("productPhrase") AS "productPhrase", SUM("taken") AS "taken", SUM(1 - "taken") AS "declined"
    FROM "MatchLesson" WHERE "needKey" = ? GROUP BY "productKey" ORDER BY SUM("taken") DESC, "productKey" ASC`,
    [need.key],
  );
  return rows.map((r) => ({ productKey: r.productKey, productPhrase: r.productPhrase, taken: Number(r.taken), declined: Number(r.declined) }));
}

/** What the fit reads of a need's lessons. */
export async function taughtFor(db: Db, title: string): Promise<Taught | undefined> {
  return taughtBy(await lessonCounts(db, title));
}
