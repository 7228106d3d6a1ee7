// Buyers' lessons to the matcher (lessons.ts) as rows: written when a buyer moves a match,
// read when a need's suggestions are computed and shown.
import type { Db, Tx } from "~/db.server.ts";
import { Prisma } from "~/generated/prisma/client.ts";
import { readRows } from "~/db-reads.server.ts";
import type { MatchState } from "~/models/domain.ts";
import { NOT_THE_PRODUCT } from "~/models/matches/match-workflow.ts";
import { recordIndexChange } from "~/models/indexing/search-outbox.server.ts";
import { thingOf, type Taught } from "./fit.ts";
import { needKeys, taughtBy, type LessonCount } from "./lessons.ts";

/** What a buyer's move says of the product: taken for the need (shortlisted, accepted), declined as not it, or nothing. */
function takenBy(to: MatchState, reason: string | null): boolean | null {
  if (to === "shortlisted" || to === "accepted") return true;
  return to === "declined" && reason === NOT_THE_PRODUCT ? false : null;
}

/**
 * The open needs that read lessons kept under any of these keys (needKeys): the indexing
 * worker ranks them again when a lesson changed. Every open need's title is read: a stem need
 * not be part of the word as written ("sapu" of "Penyapu lantai"), so no text filter in SQL
 * finds them all; the worker does it, off the request that changed the lesson.
 */
export async function openNeedsReading(db: Db, keys: readonly string[], now = new Date()): Promise<string[]> {
  if (keys.length === 0) return [];
  const wanted = new Set(keys);
  const open = await readRows<{ id: string; title: string }>(db, `SELECT "id", "title" FROM "Need" WHERE "status" = 'open' AND julianday("neededBy") >= julianday(?)`, [now.toISOString()]);
  return open.filter((n) => needKeys(n.title).some((k) => wanted.has(k))).map((n) => n.id);
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
  const product = match?.product && thingOf(match.product.name, { isTitle: false });
  if (!match || !need || !product) return;
  const key = { needKey: need.key, productKey: product.key, organisationId: match.need.buyerId };
  const before = await tx.matchLesson.findUnique({ where: { needKey_productKey_organisationId: key }, select: { taken: true } });
  const phrases = { needPhrase: need.phrase, productPhrase: product.phrase };
  await tx.matchLesson.upsert({
    where: { needKey_productKey_organisationId: key },
    create: { ...key, ...phrases, taken, decidedAt: at },
    update: { ...phrases, taken, decidedAt: at },
  });
  // The needs reading it are ranked again by the indexing worker (refresh.server.ts).
  if (before?.taken !== taken) await recordIndexChange(tx, "lesson", need.key);
}

/** The buyer organisations whose decisions count: active and verified (a throwaway account teaches nothing). */
const COUNTED_SQL = `o."status" = 'active' AND o."verification" = 'verified'`;
const COUNTED = Prisma.raw(COUNTED_SQL);

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
    WHERE l."needKey" IN (SELECT value FROM json_each(?)) AND ${COUNTED_SQL}
    GROUP BY l."needKey", l."productKey" ORDER BY l."needKey", l."productKey"`,
    [JSON.stringify(keys)],
  );
  return rows.map((r) => ({ needKey: r.needKey, productKey: r.productKey, productPhrase: r.productPhrase, taken: Number(r.taken), declined: Number(r.declined) }));
}

/** What the fit reads of a need's lessons. */
export async function taughtFor(db: Db, title: string): Promise<Taught | undefined> {
  return taughtBy(await lessonCounts(db, title));
}

/** A kind of product's decisions under one need key, as the platform's admins review them. */
export interface KeptLesson extends LessonCount {
  needPhrase: string;
  /** Decisions of buyers that do not count (not verified, or no longer active). */
  uncounted: number;
  lastDecidedAt: Date;
}

/** The decisions kept, newest first (at most `limit`). */
export async function keptLessons(db: Db, limit = 100): Promise<KeptLesson[]> {
  const rows = await db.$queryRaw<{ needKey: string; needPhrase: string; productKey: string; productPhrase: string; taken: bigint | number; declined: bigint | number; uncounted: bigint | number; lastDecidedAt: Date | string }[]>`
    SELECT l."needKey", MAX(l."needPhrase") AS "needPhrase", l."productKey", MAX(l."productPhrase") AS "productPhrase",
      SUM(CASE WHEN ${COUNTED} THEN l."taken" ELSE 0 END) AS "taken",
      SUM(CASE WHEN ${COUNTED} THEN 1 - l."taken" ELSE 0 END) AS "declined",
      SUM(CASE WHEN ${COUNTED} THEN 0 ELSE 1 END) AS "uncounted",
      MAX(l."decidedAt") AS "lastDecidedAt"
    FROM "MatchLesson" l JOIN "Organisation" o ON o."id" = l."organisationId"
    GROUP BY l."needKey", l."productKey" ORDER BY MAX(l."decidedAt") DESC, l."needKey", l."productKey" LIMIT ${limit}`;
  return rows.map((r) => ({ ...r, taken: Number(r.taken), declined: Number(r.declined), uncounted: Number(r.uncounted), lastDecidedAt: new Date(r.lastDecidedAt) }));
}

/**
 * Forgets every decision on a kind of product under a need key: an admin's undo of a lesson
 * taught wrongly, or by buyers acting together. The decisions go into the audit log (who
 * decided what, when), and the open needs reading them are ranked again. The number of
 * decisions forgotten (0: there were none).
 */
export async function forgetLesson(db: Db, key: { needKey: string; productKey: string }, actorUserId: string): Promise<number> {
  return db.$transaction(async (tx) => {
    const decisions = await tx.matchLesson.findMany({ where: key, select: { organisationId: true, taken: true, decidedAt: true, needPhrase: true, productPhrase: true } });
    if (decisions.length === 0) return 0;
    await tx.matchLesson.deleteMany({ where: key });
    await tx.auditLog.create({
      data: {
        actorUserId,
        action: "match_lesson.forgotten",
        entity: "match_lesson",
        entityId: `${key.needKey} | ${key.productKey}`,
        data: { decisions: decisions.map(({ organisationId, taken, decidedAt }) => ({ organisationId, taken, decidedAt: decidedAt.toISOString() })) },
      },
    });
    await recordIndexChange(tx, "lesson", key.needKey);
    return decisions.length;
  });
}
