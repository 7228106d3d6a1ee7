// Suggestions for a need: the engine finds candidate products by text (and the need's
// category), the database gives their facts (certificates and their validity, capacity,
// price, region, track record), and search/matcher.ts scores them. One suggestion per
// producer: its best-fitting product. The database stays the judge of hard requirements.
import type { Db } from "~/db.server.ts";
import type { SearchEngine } from "../../search/engine.ts";
import { evaluate, textCandidates, type CandidateFacts, type Evaluation, type NeedFacts } from "../../search/matcher.ts";
import type { ProductDocument } from "./search-documents.server.ts";

/** How many candidates by text are scored; enough for the tail, bounded for speed. */
const CANDIDATES = 300;
export const SHOWN_MATCHES = 20;
export const SHOWN_NEAR_MISSES = 10;

export interface Suggestion extends Evaluation {
  productId: string;
  productName: string;
  producerId: string;
  producerName: string;
  producerSlug: string;
  regencyCode: string;
}

export interface Suggestions {
  matches: Suggestion[];
  nearMisses: Suggestion[];
  /** The engine did not answer: candidates come from the need's category only. */
  degraded: boolean;
}

async function candidates(db: Db, engine: SearchEngine, need: { title: string; category: string }) {
  const relevance = new Map<string, number>();
  let degraded = false;
  try {
    const byText = await engine.search<ProductDocument>("products", { q: need.title, hitsPerPage: CANDIDATES, highlight: false });
    const shares = textCandidates(byText.hits.map((h) => ({ id: h.document.id, score: h.score, category: h.document.category })), need.category);
    for (const [id, share] of shares) relevance.set(id, share);
  } catch {
    degraded = true;
  }
  // Products of the same category the words missed still deserve a look, ranked low on text.
  const sameCategory = await db.product.findMany({
    where: { category: need.category, status: "active", producer: { organisation: { status: "active" } } },
    select: { id: true },
    take: CANDIDATES,
  });
  for (const { id } of sameCategory) if (!relevance.has(id)) relevance.set(id, 0.2);
  return { relevance, degraded };
}

export async function suggestionsFor(db: Db, engine: SearchEngine, needId: string, now = new Date()): Promise<Suggestions | null> {
  const need = await db.need.findUnique({ where: { id: needId }, include: { requiredCertifications: true } });
  if (!need) return null;
  const facts: NeedFacts = {
    quantity: need.quantity,
    unit: need.unit,
    neededBy: need.neededBy,
    requiredCertifications: need.requiredCertifications.map((c) => c.type),
    minTkdnPercent: need.minTkdnPercent,
    budgetPerUnit: need.budgetPerUnit,
    deliveryProvinceCode: need.deliveryProvinceCode,
    deliveryRegencyCode: need.deliveryRegencyCode,
  };
  const { relevance, degraded } = await candidates(db, engine, need);
  const products = await db.product.findMany({
    where: { id: { in: [...relevance.keys()] }, status: "active", producer: { organisation: { status: "active" } } },
    select: {
      id: true,
      name: true,
      unit: true,
      monthlyCapacity: true,
      leadTimeDays: true,
      priceMin: true,
      tkdnPercent: true,
      producer: {
        select: {
          id: true,
          legalName: true,
          provinceCode: true,
          regencyCode: true,
          organisation: { select: { slug: true } },
          certifications: {
            where: { status: { not: "rejected" } },
            select: { type: true, status: true, validUntil: true, products: { select: { productId: true } } },
          },
          _count: { select: { matches: { where: { state: "completed" } } } },
        },
      },
    },
  });
  const bestByProducer = new Map<string, Suggestion>();
  for (const p of products) {
    const candidate: CandidateFacts = {
      relevance: relevance.get(p.id) ?? 0,
      unit: p.unit,
      monthlyCapacity: p.monthlyCapacity,
      leadTimeDays: p.leadTimeDays,
      priceMin: p.priceMin,
      tkdnPercent: p.tkdnPercent,
      provinceCode: p.producer.provinceCode,
      regencyCode: p.producer.regencyCode,
      // Business-wide certificates cover every product; product ones only theirs.
      certificates: p.producer.certifications
        .filter((c) => c.products.length === 0 || c.products.some((x) => x.productId === p.id))
        .map((c) => ({ type: c.type, status: c.status === "verified" ? "verified" : "pending", validUntil: c.validUntil })),
      completed: p.producer._count.matches,
    };
    const evaluation = evaluate(facts, candidate, now);
    if (evaluation.verdict === "no") continue;
    const suggestion: Suggestion = {
      ...evaluation,
      productId: p.id,
      productName: p.name,
      producerId: p.producer.id,
      producerName: p.producer.legalName,
      producerSlug: p.producer.organisation.slug,
      regencyCode: p.producer.regencyCode,
    };
    const current = bestByProducer.get(p.producer.id);
    const better = !current || (current.verdict === "near" && suggestion.verdict === "match") || (current.verdict === suggestion.verdict && suggestion.score > current.score);
    if (better) bestByProducer.set(p.producer.id, suggestion);
  }
  const all = [...bestByProducer.values()].sort((a, b) => b.score - a.score);
  return {
    matches: all.filter((s) => s.verdict === "match").slice(0, SHOWN_MATCHES),
    nearMisses: all.filter((s) => s.verdict === "near").slice(0, SHOWN_NEAR_MISSES),
    degraded,
  };
}
