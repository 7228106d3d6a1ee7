// Demo partnership history: the other buyers' needs already have matches at every step of the
// funnel (shortlisted, introduced, accepted, confirmed, ordered, completed, or declined with a
// reason; an order behind every ordered one, see orders.ts),
// each with its events and step times as the workflow writes them, so the dinas dashboard's
// funnel is not empty on a fresh start. The demo buyer and producer are left untouched: their
// partnerships are for the visitor to make (but for one request for quotation waiting for the
// demo producer's answer, quotations.ts). Rows only (no IO); the seed inserts them.
import { DECLINE_REASONS, type DeclineReason, EXPIRING_STATES, type FunnelStep, NOT_THE_PRODUCT, stepReached } from "../../app/models/matches/match-workflow.ts";
import type { MatchState } from "../../app/models/domain.ts";
import type { FactoryContext } from "./context.ts";
import type { MembershipRow, NeedRow, OrganisationRow, ProducerProfileRow, ProductRow } from "./rows.ts";
import { planDemoOrder, type OrderRows } from "./orders.ts";
import { fitsOf, needWords, thingOf } from "../../app/matching/fit.ts";
import { fitOf } from "../../app/matching/score.ts";

export interface PartnershipRows {
  matches: ({ id: string; needId: string; producerId: string; productId: string; state: MatchState; score: number; scoreBreakdown: object; createdAt: Date; updatedAt: Date } & ReturnType<typeof stepReached>)[];
  matchEvents: { id: string; matchId: string; fromState: string; toState: string; actorRole: string; note: string | null; createdAt: Date }[];
  messages: { id: string; matchId: string; authorUserId: string; authorSide: string; body: string; createdAt: Date }[];
  matchLessons: { needKey: string; needPhrase: string; productKey: string; productPhrase: string; organisationId: string; taken: boolean; decidedAt: Date }[];
}

export function emptyPartnershipRows(): PartnershipRows {
  return { matches: [], matchEvents: [], messages: [], matchLessons: [] };
}

const HOUR = 3_600_000;
/** Each step after "suggested": who takes it and how likely a match that got this far does. */
const WALK: { step: FunnelStep; by: string; odds: number }[] = [
  { step: "shortlisted", by: "buyer", odds: 0.7 },
  { step: "introduced", by: "broker", odds: 0.45 }, // optional: skipped, not a stop
  { step: "accepted", by: "buyer", odds: 0.6 },
  { step: "confirmed", by: "producer", odds: 0.85 },
];
/** Of the confirmed partnerships, how many went on to an order, and of those how many finished. */
const ORDERED_ODDS = 0.75;
/**
 * Why the history's buyers declined: any reason but "not the product", since these products
 * fit the need (planDemoLesson writes the one lesson).
 */
const HISTORY_DECLINE_REASONS = DECLINE_REASONS.filter((r) => r !== NOT_THE_PRODUCT);
const COMPLETED_ODDS = 0.6;

export function planPartnerships(
  ctx: FactoryContext,
  rows: PartnershipRows & OrderRows & { organisations: readonly OrganisationRow[]; producers: readonly ProducerProfileRow[] },
  needs: readonly NeedRow[],
  products: readonly ProductRow[],
  skip: { buyerId: string; producerId: string },
): void {
  const rng = ctx.rng;
  const organisations = new Map(rows.organisations.map((o) => [o.id, o]));
  const producerOrg = new Map(rows.producers.map((p) => [p.id, organisations.get(p.organisationId)]));
  rng.reseed("partnerships");
  for (const need of needs) {
    if (need.buyerId === skip.buyerId || !need.publishedAt) continue;
    // What the matcher would have offered: products listed by then that fit the need's words
    // (a history of "Seragam sekolah SMP" ordered for a wearpack need read as nonsense).
    const listed = products.filter((p) => p.category === need.category && p.status === "active" && p.createdAt < need.publishedAt! && p.producerId !== skip.producerId);
    const fits = fitsOf(needWords(need.title), listed);
    const offers = listed.filter((_, i) => fitOf(fits[i]!) === "words");
    const byProducer = new Map(offers.map((p) => [p.producerId, p]));
    if (byProducer.size === 0) continue;
    for (const product of rng.sample([...byProducer.values()], rng.int(1, 4))) {
      const id = ctx.nextId("match");
      const createdAt = new Date(Math.min(need.publishedAt.getTime() + rng.int(1, 72) * HOUR, ctx.now.getTime() - 2 * HOUR));
      let state = "suggested" as MatchState; // widened: the closure below moves it
      let at = createdAt;
      let times = {};
      const move = (to: MatchState, actorRole: string, note: string | null) => {
        at = new Date(Math.min(at.getTime() + rng.int(2, 240) * HOUR, ctx.now.getTime() - HOUR));
        rows.matchEvents.push({ id: ctx.nextId("mev"), matchId: id, fromState: state, toState: to, actorRole, note, createdAt: at });
        times = { ...times, ...stepReached(to, at, createdAt) };
        state = to;
      };
      for (const { step, by, odds } of WALK) {
        if (rng.chance(odds)) move(step, by, null);
        else if (step === "introduced") continue;
        else {
          // A buyer who looked and said no gives a reason; the rest never got past this point.
          if (state !== "confirmed" && rng.chance(0.35)) move("declined", "buyer", rng.pick<DeclineReason>(HISTORY_DECLINE_REASONS));
          break;
        }
      }
      if (state === "confirmed" && rng.chance(ORDERED_ODDS)) {
        move("ordered", "buyer", "order");
        const completedAt = planDemoOrder(ctx, rows, { matchId: id, need, product, agreedAt: at, complete: rng.chance(COMPLETED_ODDS), seller: producerOrg.get(product.producerId), buyer: organisations.get(need.buyerId) });
        if (completedAt) {
          rows.matchEvents.push({ id: ctx.nextId("mev"), matchId: id, fromState: "ordered", toState: "completed", actorRole: "buyer", note: "order", createdAt: completedAt });
          times = { ...times, ...stepReached("completed", completedAt, createdAt) };
          state = "completed";
          at = completedAt;
        }
      }
      // A need no longer open leaves nothing in progress: the worker would have expired it.
      if (need.status !== "open" && EXPIRING_STATES.includes(state)) {
        move("expired", "system", null);
      }
      rows.matches.push({ id, needId: need.id, producerId: product.producerId, productId: product.id, state, score: rng.int(55, 95), scoreBreakdown: { parts: [], gaps: [] }, createdAt, updatedAt: at, ...times });
    }
  }
}

/** Partnerships of the demo whose thread has a first exchange: a sample asked for and promised. */
const DEMO_THREADS = 6;
const THREAD_LINES = [
  ["buyer", "Apakah kami bisa meminta contoh barang sebelum memesan? Mohon info juga kapasitas per bulan."],
  ["producer", "Bisa, Bapak/Ibu. Contoh kami kirim minggu ini; kapasitas kami sesuai yang tertera di profil."],
] as const;

/**
 * A first exchange in the threads of some partnerships already introduced or further, by an
 * owner of each side, an hour apart after the partnership began. Fixed words and no random
 * draws, so the rest of the demo data is unchanged.
 */
export function planDemoThreads(
  rows: PartnershipRows & { memberships: readonly MembershipRow[]; producers: readonly ProducerProfileRow[]; needs: readonly NeedRow[] },
): void {
  const ownerOf = new Map<string, string>();
  for (const m of rows.memberships) if (m.role === "owner" && !ownerOf.has(m.organisationId)) ownerOf.set(m.organisationId, m.userId);
  const producerOrg = new Map(rows.producers.map((p) => [p.id, p.organisationId]));
  const buyerOf = new Map(rows.needs.map((n) => [n.id, n.buyerId]));
  const talking = rows.matches.filter((m) => ["introduced", "accepted", "confirmed"].includes(m.state)).slice(0, DEMO_THREADS);
  for (const match of talking) {
    const authors = { buyer: ownerOf.get(buyerOf.get(match.needId) ?? ""), producer: ownerOf.get(producerOrg.get(match.producerId) ?? "") };
    THREAD_LINES.forEach(([side, body], i) => {
      const authorUserId = authors[side];
      if (authorUserId) rows.messages.push({ id: `msg_${match.id}_${i}`, matchId: match.id, authorUserId, authorSide: side, body, createdAt: new Date(match.createdAt.getTime() + (i + 1) * HOUR) });
    });
  }
}
/**
 * One lesson to the matcher for the visitor to complete: another verified buyer asking for the
 * same wearpack as the demo buyer declined a uniform shirt as not the product (its match,
 * event and lesson as the workflow writes them). When the demo buyer declines that kind for
 * its own wearpack need, two buyers agree, and the matcher stops offering the shirts for
 * wearpacks (app/matching/lessons.ts; the README's walk through the demo).
 */
export function planDemoLesson(
  ctx: FactoryContext,
  rows: PartnershipRows & { organisations: readonly OrganisationRow[]; needs: readonly NeedRow[]; products: readonly ProductRow[] },
  demo: { buyerId: string; producerId: string },
): void {
  // Only a decision that counts: an active, verified buyer's published need, a product listed before it was.
  const counted = new Set(rows.organisations.filter((o) => o.verification === "verified" && o.status === "active").map((o) => o.id));
  const demoNeed = rows.needs.find((n) => n.buyerId === demo.buyerId && /wearpack/i.test(n.title));
  const need = rows.needs.find((n) => n.buyerId !== demo.buyerId && n.title === demoNeed?.title && n.publishedAt && counted.has(n.buyerId));
  const taken = new Set(rows.matches.filter((m) => m.needId === need?.id).map((m) => m.producerId));
  const product = rows.products.find(
    (p) => /^seragam kerja kemeja/i.test(p.name) && p.status === "active" && p.category === need?.category && p.createdAt < need.publishedAt! && p.producerId !== demo.producerId && !taken.has(p.producerId),
  );
  const [needThing, kind] = [need && thingOf(need.title), product && thingOf(product.name)];
  if (!need?.publishedAt || !product || !needThing || !kind) return;
  const createdAt = new Date(Math.min(need.publishedAt.getTime() + 24 * HOUR, ctx.now.getTime() - 3 * HOUR));
  const declinedAt = new Date(createdAt.getTime() + HOUR);
  const id = "match_demo_lesson";
  rows.matches.push({ id, needId: need.id, producerId: product.producerId, productId: product.id, state: "declined", score: 74, scoreBreakdown: { parts: [], gaps: [] }, createdAt, updatedAt: declinedAt });
  rows.matchEvents.push({ id: "mev_demo_lesson", matchId: id, fromState: "suggested", toState: "declined", actorRole: "buyer", note: NOT_THE_PRODUCT, createdAt: declinedAt });
  rows.matchLessons.push({ needKey: needThing.key, needPhrase: needThing.phrase, productKey: kind.key, productPhrase: kind.phrase, organisationId: need.buyerId, taken: false, decidedAt: declinedAt });
}
