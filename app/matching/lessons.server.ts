// Buyers' lessons to the matcher (lessons.ts) as rows: written when a buyer moves a match,
// read when a need's suggestions are computed and shown.
import type { Db, Tx } from "~/db.server.ts";
import { readRows } from "~/db-reads.server.ts";
import type { MatchState } from "~/models/domain.ts";
import { NOT_THE_PRODUCT } from "~/models/matches/match-workflow.ts";
import { recordIndexChanges } from "~/models/indexing/search-outbox.server.ts";
import { thingOf, type Taught } from "./fit.ts";
import { needKeys, taughtBy, type LessonCount } from "./lessons.ts";

/** What a buyer's move says of the product: taken for the need (shortlisted, accepted), declined as not it, or nothing. */
function takenBy(to: MatchState, reason: string | null): boolean | null {
  if (to === "shortlisted" || to === "accepted") return true;
  return to === "declined" && reason === NOT_THE_PRODUCT ? false : null;
}

/**
 * The open needs that read lessons kept under this key (needKeys), found by the thing's
 * first word as written before each title is read: their suggestions change with the lesson.
 */
async function openNeedsReading(tx: Tx, needKey: string, firstWord: string, now: Date): Promise<string[]> {
  const open = await readRows<{ id: string; title: string }>(
    tx,
    `SELECT "id", "title" FROM "Need" WHERE "status" = 'open' AND julianday("neededBy") >= julianday(?) AND instr(lower("title"), ?) > 0`,
    [now.toISOString(), firstWord],
  );
  return open.filter((n) => needKeys(n.title).includes(needKey)).map((n) => n.id);
}

/**
 * Keeps what a buyer's move of a match says, as that buyer organisation's latest decision on
 * this kind of product for this need's thing; a need never published (a draft) teaches
 * nothing. A decline for price, capacity or the like says nothing of the product's kind and
 * changes no lesson. When the decision is new or changed, the open needs reading it are
 * queued for the indexing worker, which ranks them again.
 */
export async function learnFromMove(tx: Tx, matchId: string, to: MatchState, reason: string | null, at: Date): Promise<void> {
  const taken = takenBy(to, reason);
  if (taken === null) return;
  const match = await tx.match.findUnique({ where: { id: matchId }, select: { need: { select: { title: true, buyerId: true, publishedAt: true } }, product: { select: { name: true } } } });
  const need = match?.need.publishedAt ? thingOf(match.need.title) : null;
  const product = match?.product && thingOf(match.product.name);
  if (!match || !need || !product) return;
  const key = { needKey: need.key, productKey: product.key, organisationId: match.need.buyerId };
  const before = await tx.matchLesson.findUnique({ where: { needKey_productKey_organisationId: key }, select: { taken: true } });
  await tx.matchLesson.upsert({
    where: { needKey_productKey_organisationId: key },
    create: { ...key, productPhrase: product.phrase, taken, decidedAt: at },
    update: { productPhrase: product.phrase, taken, decidedAt: at },
  });
  if (before?.taken !== taken) await recordIndexChanges(tx, "need", await openNeedsReading(tx, need.key, need.phrase.split(" ")[0]!, at), at);
}

/**
 * The decisions under each key a need reads (needKeys) on each kind of product: how many
 * buyer organisations took it and how many declined it as not the product. Only active,
 * verified buyers count: an account made a minute ago cannot steer other buyers' suggestions.
 */
export async function lessonCounts(db: Db, title: string): Promise<LessonCount[]> {
  const keys = needKeys(title);
  if (keys.length === 0) return [];
  // Read with every view of a buyer's suggestions page, so off Prisma (db-reads.server.ts).
  const rows = await readRows<{ needKey: string; productKey: string; productPhrase: string; taken: number | bigint; declined: number | bigint }>(
    db,
    `SELECT l."needKey", l."productKey", MAX(l."productPhrase") AS "productPhrase", SUM(l."taken") AS "taken", SUM(1 - l."taken") AS "declined"
    FROM "MatchLesson" l JOIN "Organisation" o ON o."id" = l."organisationId"
    WHERE l."needKey" IN (SELECT value FROM json_each(?)) AND o."status" = 'active' AND o."verification" = 'verified'
    GROUP BY l."needKey", l."productKey"`,
    [JSON.stringify(keys)],
  );
  return rows.map((r) => ({ needKey: r.needKey, productKey: r.productKey, productPhrase: r.productPhrase, taken: Number(r.taken), declined: Number(r.declined) }));
}

/** What the fit reads of a need's lessons. */
export async function taughtFor(db: Db, title: string): Promise<Taught | undefined> {
  return taughtBy(await lessonCounts(db, title));
}
