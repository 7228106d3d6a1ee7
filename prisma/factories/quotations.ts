// Demo requests for quotation, so a fresh start shows each state: asked and waiting for an
// answer (partnerships shortlisted or introduced), quoted and waiting for the buyer
// (partnerships accepted), accepted (partnerships confirmed or ordered: accepting confirms),
// and one request waiting for the demo producer, from another buyer, for the visitor to answer.
// Fixed values and no random draws, so the rest of the demo data is unchanged. Rows only.
import { stepReached } from "../../app/models/matches/match-workflow.ts";
import type { FactoryContext } from "./context.ts";
import type { PartnershipRows } from "./partnerships.ts";
import type { MembershipRow, NeedRow, OrganisationRow, ProducerProfileRow, ProductRow } from "./rows.ts";

export interface QuotationRows {
  quotations: {
    id: string;
    number: string;
    matchId: string;
    state: string;
    requestedById: string | null;
    quantity: number;
    unit: string;
    deliveryPlace: string;
    deliveryDate: Date;
    specs: string | null;
    sampleRequested: boolean;
    requestedAt: Date;
    answeredById: string | null;
    answeredAt: Date | null;
    unitPrice: number | null;
    minOrderQuantity: number | null;
    leadTimeDays: number | null;
    validUntil: Date | null;
    terms: string | null;
    decidedById: string | null;
    decidedAt: Date | null;
  }[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** How many partnerships of each kind get a quotation. */
const PER_KIND = 4;

export function planDemoQuotations(
  ctx: FactoryContext,
  rows: PartnershipRows & QuotationRows & { memberships: readonly MembershipRow[]; organisations: readonly OrganisationRow[]; producers: readonly ProducerProfileRow[]; needs: readonly NeedRow[]; products: readonly ProductRow[] },
  demo: { producer: ProducerProfileRow; buyerId: string },
): void {
  const demoProducer = demo.producer;
  const ownerOf = new Map<string, string>();
  for (const m of rows.memberships) if (m.role === "owner" && !ownerOf.has(m.organisationId)) ownerOf.set(m.organisationId, m.userId);
  const needs = new Map(rows.needs.map((n) => [n.id, n]));
  const products = new Map(rows.products.map((p) => [p.id, p]));
  const producerOrg = new Map(rows.producers.map((p) => [p.id, p.organisationId]));
  const year = ctx.now.getUTCFullYear();
  let serial = 0;
  const add = (match: { id: string; needId: string; producerId: string; productId: string; createdAt: Date }, state: "requested" | "quoted" | "accepted") => {
    const need = needs.get(match.needId)!;
    const product = products.get(match.productId);
    // Each step a while after the one before, never after now.
    const at = (offset: number) => new Date(Math.min(match.createdAt.getTime() + offset, ctx.now.getTime() - HOUR));
    const requestedAt = at(2 * HOUR);
    const answered = state !== "requested";
    const price = product?.priceMin ?? need.budgetPerUnit ?? 10_000;
    rows.quotations.push({
      id: `quo_${match.id}`,
      number: `RFQ-${year}-${String(++serial).padStart(6, "0")}`,
      matchId: match.id,
      state,
      requestedById: ownerOf.get(need.buyerId) ?? null,
      quantity: need.quantity,
      unit: need.unit,
      deliveryPlace: `Gudang penerimaan, provinsi ${need.deliveryProvinceCode}`,
      deliveryDate: need.neededBy,
      specs: null,
      sampleRequested: serial % 3 === 0,
      requestedAt,
      answeredById: answered ? (ownerOf.get(producerOrg.get(match.producerId) ?? "") ?? null) : null,
      answeredAt: answered ? at(DAY) : null,
      unitPrice: answered ? price : null,
      minOrderQuantity: answered ? (product?.minOrder ?? null) : null,
      leadTimeDays: answered ? (product ? 14 : 21) : null,
      validUntil: answered ? new Date(Math.max(need.neededBy.getTime(), ctx.now.getTime() + 14 * DAY)) : null,
      terms: answered ? "Uang muka 30%, pelunasan 30 hari setelah barang diterima. Harga belum termasuk PPN." : null,
      decidedById: state === "accepted" ? (ownerOf.get(need.buyerId) ?? null) : null,
      decidedAt: state === "accepted" ? at(2 * DAY) : null,
    });
  };
  const ofStates = (states: string[]) => rows.matches.filter((m) => states.includes(m.state)).slice(0, PER_KIND);
  for (const m of ofStates(["shortlisted", "introduced"])) add(m, "requested");
  for (const m of ofStates(["accepted"])) add(m, "quoted");
  for (const m of ofStates(["confirmed", "ordered"])) add(m, "accepted");

  // One request for the demo producer to answer: a verified buyer's open need in its line.
  const category = rows.products.find((p) => p.producerId === demoProducer.id)?.category;
  const buyers = new Map(rows.organisations.map((o) => [o.id, o]));
  // Not the demo buyer's: its partnerships are for the visitor to make.
  const need = rows.needs.find((n) => n.status === "open" && n.category === category && n.buyerId !== demo.buyerId && buyers.get(n.buyerId)?.verification === "verified" && n.neededBy > ctx.now && !rows.matches.some((m) => m.needId === n.id && m.producerId === demoProducer.id));
  const product = rows.products.find((p) => p.producerId === demoProducer.id && p.category === category);
  if (need && product) {
    const createdAt = new Date(ctx.now.getTime() - 30 * HOUR);
    const shortlistedAt = new Date(createdAt.getTime() + 2 * HOUR);
    const match = { id: `match_demo_rfq`, needId: need.id, producerId: demoProducer.id, productId: product.id, state: "shortlisted" as const, score: 78, scoreBreakdown: { parts: [], gaps: [] }, createdAt, updatedAt: shortlistedAt, ...stepReached("shortlisted", shortlistedAt, createdAt) };
    rows.matches.push(match);
    rows.matchEvents.push({ id: "mev_demo_rfq", matchId: match.id, fromState: "suggested", toState: "shortlisted", actorRole: "buyer", note: "quotation", createdAt: shortlistedAt });
    add(match, "requested");
  }
}
