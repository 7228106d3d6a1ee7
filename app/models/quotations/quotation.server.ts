// Requests for quotation as records. A verified buyer asks one or several producers for a
// price on an open need; each request is a Quotation on the partnership (Match) of the need
// and the producer, created if the matcher had not made one. Every move goes through
// quotation-workflow.ts atomically: the state only changes if it is still the one read, so
// two clicks get one winner and a conflict. Each move is told to the other side in the app
// and by e-mail, in the same transaction. Who may see a quotation: the buyer's and the
// producer's people; anyone else does not learn it exists.
// Whole at ~350 lines: asking, moving and reading a quotation share one rule of who sees it
// (sideIn) and one shape of what they see (view); apart, each half would export them.
import type { Db, Tx } from "~/db.server.ts";
import type { Permission, Role } from "../accounts/permissions.ts";
import { type QuotationState, readMatchState, readQuotationState } from "../domain.ts";
import { followQuotation, matchFromStoredSuggestion } from "../matches/match.server.ts";
import { sideOf } from "../matches/match-workflow.ts";
import { MAX_ORDER_TOTAL } from "../orders/order-forms.ts";
import { MEMBERS, notify, usersOf } from "../platform/notification.server.ts";
import { nextYearlyNumber, retryOnClash } from "../platform/numbering.server.ts";
import type { QuotationAnswerInput, QuotationRequestInput, QuoteDeclineInput } from "./quotation-forms.ts";
import {
  bestOffers,
  isExpired,
  isQuotationRefusal,
  nextQuotationState,
  ANSWERABLE_MATCH_STATES,
  OPEN_QUOTATION_STATES,
  QUOTABLE_MATCH_STATES,
  quotationActionsFor,
  quotedTotal,
  type QuotationSide,
} from "./quotation-workflow.ts";

export interface QuotationActor {
  userId: string;
  role: Role | null;
  organisationId: string | null;
  /** The viewer's permissions: a suspended or pending organisation holds none, so it has no side. */
  permissions: readonly Permission[];
}

/** A file already stored by content (uploads.server.ts), with the name the browser sent. */
export interface StoredAttachment {
  path: string;
  mimeType: string;
  sizeBytes: number;
  fileName: string;
}

const FIELDS = {
  id: true,
  number: true,
  state: true,
  quantity: true,
  unit: true,
  deliveryPlace: true,
  deliveryDate: true,
  specs: true,
  sampleRequested: true,
  requestedAt: true,
  answeredAt: true,
  unitPrice: true,
  minOrderQuantity: true,
  leadTimeDays: true,
  validUntil: true,
  terms: true,
  sampleOffered: true,
  declineReason: true,
  note: true,
  decidedAt: true,
} as const;

const WITH_PARTIES = {
  ...FIELDS,
  attachments: { select: { id: true, side: true, fileName: true, sizeBytes: true }, orderBy: { createdAt: "asc" } },
  match: {
    select: {
      id: true,
      state: true,
      createdAt: true,
      product: { select: { id: true, name: true } },
      need: { select: { id: true, title: true, description: true, status: true, buyerId: true, buyer: { select: { name: true, memberships: MEMBERS } } } },
      producer: { select: { id: true, legalName: true, organisationId: true, organisation: { select: { slug: true, status: true, memberships: MEMBERS } } } },
    },
  },
} as const;

/** What each side needs to hold to take part: an active buyer acting on its matches, an active producer quoting. */
const SIDE_PERMISSION: Record<QuotationSide, Permission> = { buyer: "act:match:own", producer: "quote:quotation:own" };

/** The side an actor takes in a quotation (the partnership's rule, without brokers), or null. */
function sideIn(match: { need: { buyerId: string }; producer: { organisationId: string } }, actor: QuotationActor): QuotationSide | null {
  if (!actor.role) return null;
  const side = sideOf(actor.role, { isBuyer: match.need.buyerId === actor.organisationId, isProducer: match.producer.organisationId === actor.organisationId, brokers: false });
  return side === "buyer" || side === "producer" ? (actor.permissions.includes(SIDE_PERMISSION[side]) ? side : null) : null;
}

/** A stored quotation as pages read it: its state read, and whether its price still holds. */
function view<Q extends { state: string; validUntil: Date | null; quantity: number; unitPrice: number | null; minOrderQuantity: number | null }>(q: Q, now: Date) {
  const state = readQuotationState(q.state);
  return { ...q, state, expired: isExpired({ state, validUntil: q.validUntil }, now), total: quotedTotal(q) };
}

/** One quotation as one of its two sides reads it, with the moves open to that side. */
export async function quotationFor(db: Db, id: string, actor: QuotationActor, now = new Date()) {
  const row = await db.quotation.findUnique({ where: { id }, select: WITH_PARTIES });
  const side = row ? sideIn(row.match, actor) : null;
  if (!row || !side) return null;
  const { match, ...quotation } = row;
  const read = view(quotation, now);
  // Once the need has closed or the partnership ended or reached an order, the offer can no longer be made or taken.
  const live = match.need.status === "open" && ANSWERABLE_MATCH_STATES.includes(readMatchState(match.state));
  return {
    side,
    quotation: read,
    actions: quotationActionsFor(read, side, now).filter((a) => live || (a !== "quote" && a !== "accept")),
    need: { id: match.need.id, title: match.need.title, description: match.need.description },
    buyer: match.need.buyer.name,
    producer: { id: match.producer.id, slug: match.producer.organisation.slug, name: match.producer.legalName },
    product: match.product,
    matchId: match.id,
    orderable: match.state === "confirmed" && read.state === "accepted",
  };
}

export type RequestResult = { ok: true; ids: string[] } | { ok: false; error: "not_found" | "need_not_open" | "producer_unknown" | "producer_unavailable" | "match_closed" | "quotation_open"; producer?: string };

/** Thrown inside a transaction to undo every request of the batch, and caught to answer why. */
class Refusal extends Error {
  constructor(
    readonly error: Exclude<RequestResult, { ok: true }>["error"],
    readonly producer: string,
  ) {
    super(error);
  }
}

/**
 * A buyer asks producers for quotations on one of its open needs: all of them or, when one
 * cannot be asked (gone, its partnership ended, a request still open), none, naming it.
 * Asking shortlists a partnership still at "suggested".
 */
export async function requestQuotations(db: Db, needId: string, actor: { userId: string; buyerId: string }, input: QuotationRequestInput, attachment: StoredAttachment | null, now = new Date()): Promise<RequestResult> {
  const need = await db.need.findUnique({ where: { id: needId }, select: { buyerId: true, status: true, title: true, buyer: { select: { name: true } } } });
  if (!need || need.buyerId !== actor.buyerId) return { ok: false, error: "not_found" };
  if (need.status !== "open") return { ok: false, error: "need_not_open" };
  const producerIds = [...new Set(input.producerIds)];
  const producers = await db.producerProfile.findMany({ where: { id: { in: producerIds } }, select: { id: true, legalName: true, organisation: { select: { status: true, memberships: MEMBERS } } } });
  if (producers.length < producerIds.length) return { ok: false, error: "producer_unknown" };
  const unavailable = producers.find((p) => p.organisation.status !== "active");
  if (unavailable) return { ok: false, error: "producer_unavailable", producer: unavailable.legalName };
  // A request from a product page names the product it was about.
  const product = input.productId ? await db.product.findFirst({ where: { id: input.productId, producerId: { in: producerIds }, status: "active" }, select: { id: true, producerId: true } }) : null;
  try {
    const ids = await retryOnClash(() =>
      db.$transaction(async (tx) => {
        // Read again inside the transaction: the buyer may have closed the need meanwhile.
        if ((await tx.need.findUniqueOrThrow({ where: { id: needId }, select: { status: true } })).status !== "open") throw new Refusal("need_not_open", "");
        const created: string[] = [];
        for (const producer of producers) {
          const match = await partnershipFor(tx, needId, producer.id, product?.producerId === producer.id ? product.id : null);
          if (!QUOTABLE_MATCH_STATES.includes(readMatchState(match.state))) throw new Refusal("match_closed", producer.legalName);
          if ((await tx.quotation.count({ where: { matchId: match.id, state: { in: [...OPEN_QUOTATION_STATES] } } })) > 0) throw new Refusal("quotation_open", producer.legalName);
          const quotation = await tx.quotation.create({
            data: {
              number: await nextYearlyNumber("RFQ", now, async (prefix) => (await tx.quotation.findFirst({ where: { number: { startsWith: prefix } }, orderBy: { number: "desc" }, select: { number: true } }))?.number ?? null),
              matchId: match.id,
              requestedById: actor.userId,
              quantity: input.quantity,
              unit: input.unit,
              deliveryPlace: input.deliveryPlace,
              deliveryDate: input.deliveryDate,
              specs: input.specs ?? null,
              sampleRequested: input.sampleRequested ?? false,
              requestedAt: now,
              ...(attachment ? { attachments: { create: { side: "buyer", ...attachment } } } : {}),
            },
            select: { id: true, number: true },
          });
          await followQuotation(tx, match, "asked", actor.userId, now);
          const params = { number: quotation.number, need: need.title, buyer: need.buyer.name };
          await notify(tx, usersOf(producer.organisation), { kind: "quotation_requested", params, link: `/quotations/${quotation.id}` }, { email: true });
          created.push(quotation.id);
        }
        return created;
      }),
    );
    return { ok: true, ids };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.error, producer: error.producer };
    throw error;
  }
}

/** The partnership of a need and a producer: the existing one, the matcher's suggestion, or a new one the buyer starts. */
async function partnershipFor(tx: Tx, needId: string, producerId: string, productId: string | null): Promise<{ id: string; state: string; createdAt: Date }> {
  const select = { id: true, state: true, createdAt: true } as const;
  const existing = await tx.match.findUnique({ where: { needId_producerId: { needId, producerId } }, select });
  if (existing) return existing;
  if (await matchFromStoredSuggestion(tx, needId, producerId)) return tx.match.findUniqueOrThrow({ where: { needId_producerId: { needId, producerId } }, select });
  // Not suggested by the matcher: the buyer chose the producer itself, so no score to show.
  return tx.match.create({ data: { needId, producerId, productId, score: 0, scoreBreakdown: { parts: [], gaps: [] } }, select });
}

export type QuotationMove =
  | { action: "quote"; answer: QuotationAnswerInput; attachment: StoredAttachment | null }
  | { action: "decline"; decline: QuoteDeclineInput }
  | { action: "accept" | "reject" | "withdraw"; note: string | null };

type MoveError = "not_found" | "quotation_invalid_transition" | "quotation_expired" | "conflict" | "need_not_open" | "match_closed" | "order_total_too_large";
export type MoveResult = { ok: true; state: QuotationState } | { ok: false; error: MoveError };

/** Thrown inside a move's transaction to undo it (the partnership moved meanwhile), and caught to answer why. */
class MoveRefused extends Error {
  constructor(readonly error: MoveError) {
    super(error);
  }
}

/** What each move writes besides the state. */
function moveData(move: QuotationMove, userId: string, at: Date) {
  switch (move.action) {
    case "quote": {
      const { answer, attachment } = move;
      return {
        unitPrice: answer.unitPrice,
        minOrderQuantity: answer.minOrderQuantity ?? null,
        leadTimeDays: answer.leadTimeDays,
        validUntil: answer.validUntil,
        terms: answer.terms ?? null,
        sampleOffered: answer.sampleOffered ?? false,
        answeredById: userId,
        answeredAt: at,
        ...(attachment ? { attachments: { create: { side: "producer", ...attachment } } } : {}),
      };
    }
    case "decline":
      return { declineReason: move.decline.reason, note: move.decline.note ?? null, answeredById: userId, answeredAt: at };
    default:
      return { note: move.note, decidedById: userId, decidedAt: at };
  }
}

/**
 * A side's move on a quotation: the producer quotes or declines, the buyer accepts, rejects
 * or withdraws. Quoting and accepting need the need still open; accepting moves the
 * partnership on to confirmed (followQuotation), so the order can be drafted from it.
 */
export async function moveQuotation(db: Db, id: string, actor: QuotationActor, move: QuotationMove, now = new Date()): Promise<MoveResult> {
  const row = await db.quotation.findUnique({ where: { id }, select: WITH_PARTIES });
  const side = row ? sideIn(row.match, actor) : null;
  if (!row || !side) return { ok: false, error: "not_found" };
  const from = readQuotationState(row.state);
  const to = nextQuotationState({ state: from, validUntil: row.validUntil }, move.action, side, now);
  if (isQuotationRefusal(to)) return { ok: false, error: to };
  if (move.action === "quote" && quotedTotal({ ...row, unitPrice: move.answer.unitPrice, minOrderQuantity: move.answer.minOrderQuantity ?? null })! > MAX_ORDER_TOTAL) return { ok: false, error: "order_total_too_large" };
  try {
    return await db.$transaction(async (tx) => {
      const { count } = await tx.quotation.updateMany({ where: { id, state: from }, data: { state: to } });
      if (count === 0) throw new MoveRefused("conflict");
      if (move.action === "quote" || move.action === "accept") {
        // Read inside the transaction: the need may have closed, the partnership ended or reached an order meanwhile.
        const match = await tx.match.findUniqueOrThrow({ where: { id: row.match.id }, select: { id: true, state: true, createdAt: true, need: { select: { status: true } } } });
        if (match.need.status !== "open") throw new MoveRefused("need_not_open");
        if (!ANSWERABLE_MATCH_STATES.includes(readMatchState(match.state))) throw new MoveRefused("match_closed");
        // Accepting confirms the partnership, or nothing happens at all.
        if (move.action === "accept" && (await followQuotation(tx, match, "accepted", actor.userId, now)) !== "confirmed") throw new MoveRefused("conflict");
      }
      await tx.quotation.update({ where: { id }, data: moveData(move, actor.userId, now) });
      await tellOtherSide(tx, row, side, to);
      return { ok: true, state: to } as const;
    });
  } catch (error) {
    if (error instanceof MoveRefused) return { ok: false, error: error.error };
    throw error;
  }
}

async function tellOtherSide(tx: Tx, row: { id: string; number: string; match: { need: { title: string; buyer: { name: string; memberships: { user: { id: string; email: string; locale: string } }[] } }; producer: { legalName: string; organisation: { status: string; memberships: { user: { id: string; email: string; locale: string } }[] } } } }, side: QuotationSide, state: QuotationState) {
  const params = { number: row.number, need: row.match.need.title, buyer: row.match.need.buyer.name, producer: row.match.producer.legalName, quotationState: state };
  const link = `/quotations/${row.id}`;
  if (side === "producer") await notify(tx, usersOf(row.match.need.buyer), { kind: "quotation_answered", params, link }, { email: true });
  // A suspended producer is not written to.
  else if (row.match.producer.organisation.status === "active") await notify(tx, usersOf(row.match.producer.organisation), { kind: "quotation_decided", params, link }, { email: true });
}

const LIST_FIELDS = {
  ...FIELDS,
  match: { select: { id: true, need: { select: { id: true, title: true, buyer: { select: { name: true } } } }, producer: { select: { id: true, legalName: true, organisation: { select: { slug: true } } } }, product: { select: { id: true, name: true } } } },
} as const;

/** A need's quotations side by side for its buyer, with the best live offers named; null if not its need. */
export async function quotationsOfNeed(db: Db, needId: string, buyerId: string, now = new Date()) {
  const need = await db.need.findUnique({ where: { id: needId }, select: { id: true, title: true, status: true, buyerId: true, quantity: true, unit: true, neededBy: true } });
  if (!need || need.buyerId !== buyerId) return null;
  const rows = await db.quotation.findMany({ where: { match: { needId } }, orderBy: [{ requestedAt: "desc" }, { id: "asc" }], take: 200, select: LIST_FIELDS });
  const quotations = rows.map((q) => view(q, now));
  return { need, quotations, best: bestOffers(quotations, now) };
}

/**
 * The quotations an organisation asked for (buyer) or was asked for (producer), newest first;
 * `only` narrows them to one quotation or one need's.
 */
export async function quotationsOf(db: Db, actor: QuotationActor, now = new Date(), only: { id?: string; needId?: string } = {}) {
  if (!actor.role || !actor.organisationId || !(actor.role === "buyer" || actor.role === "producer") || !actor.permissions.includes(SIDE_PERMISSION[actor.role])) return [];
  const mine = actor.role === "buyer" ? { need: { buyerId: actor.organisationId } } : { producer: { organisationId: actor.organisationId } };
  const rows = await db.quotation.findMany({
    where: { ...(only.id !== undefined ? { id: only.id } : {}), match: { ...mine, ...(only.needId !== undefined ? { needId: only.needId } : {}) } },
    orderBy: [{ requestedAt: "desc" }, { id: "asc" }],
    take: 200,
    select: LIST_FIELDS,
  });
  return rows.map((q) => view(q, now));
}
export type ListedQuotation = Awaited<ReturnType<typeof quotationsOf>>[number];

/**
 * The producers a buyer may ask for a need: the matcher's current suggestions (matches
 * first) and the partnerships already started, each with its open quotation if any.
 */
export async function quotableProducers(db: Db, needId: string) {
  const [suggested, matches] = await Promise.all([
    db.needSuggestion.findMany({ where: { needId }, orderBy: [{ verdict: "asc" }, { rank: "asc" }], take: 20, select: { producerId: true, verdict: true, producer: { select: { legalName: true, organisation: { select: { status: true } } } }, product: { select: { name: true } } } }),
    db.match.findMany({ where: { needId }, select: { producerId: true, state: true, producer: { select: { legalName: true, organisation: { select: { status: true } } } }, product: { select: { name: true } }, quotations: { where: { state: { in: [...OPEN_QUOTATION_STATES] } }, select: { id: true, number: true } } } }),
  ]);
  const matchOf = new Map(matches.map((m) => [m.producerId, m]));
  const rows = [...suggested.map((s) => ({ producerId: s.producerId, producer: s.producer, product: s.product, verdict: s.verdict })), ...matches.filter((m) => !suggested.some((s) => s.producerId === m.producerId)).map((m) => ({ producerId: m.producerId, producer: m.producer, product: m.product, verdict: null }))];
  return rows
    .filter((r) => r.producer.organisation.status === "active")
    .map((r) => {
      const match = matchOf.get(r.producerId);
      const open = match?.quotations[0] ?? null;
      const askable = !open && (!match || QUOTABLE_MATCH_STATES.includes(readMatchState(match.state)));
      return { producerId: r.producerId, name: r.producer.legalName, product: r.product?.name ?? null, verdict: r.verdict, openQuotation: open, askable };
    });
}

/** The quotation the buyer accepted on a partnership, for drafting the order from it. */
export function acceptedQuotationOf(db: Db, matchId: string) {
  return db.quotation.findFirst({ where: { matchId, state: "accepted" }, orderBy: { decidedAt: "desc" }, select: { id: true, number: true, quantity: true, minOrderQuantity: true, unit: true, unitPrice: true, leadTimeDays: true, deliveryPlace: true, deliveryDate: true, decidedAt: true } });
}

/** A quotation's attachment for one of its two sides; null for anyone else. */
export async function quotationAttachment(db: Db, quotationId: string, attachmentId: string, actor: QuotationActor) {
  const row = await db.quotationAttachment.findFirst({
    where: { id: attachmentId, quotationId },
    select: { path: true, mimeType: true, fileName: true, quotation: { select: { match: { select: { need: { select: { buyerId: true } }, producer: { select: { organisationId: true } } } } } } },
  });
  return row && sideIn(row.quotation.match, actor) ? row : null;
}

