// The site search for products: the engine answers with ranking, facets and highlights;
// when the engine is down or failing, the database answers plain word matches instead, and
// the page says results may be incomplete.
import { z } from "zod";
import type { Prisma } from "~/generated/prisma/client.ts";
import type { Db } from "~/db.server.ts";
import type { Filter } from "../../../search/filters.ts";
import type { SearchEngine, Segment } from "../../../search/engine.ts";
import { translatedQuery } from "~/matching/equivalents.ts";
import { correctedWords } from "~/lib/spelling.ts";
import { words } from "../../../search/text.ts";
import { catalogWords } from "./catalog-words.server.ts";
import { CatalogFilterSchema } from "./catalog-forms.ts";
import { heldToday } from "./catalog.server.ts";
import { type ProductDocument, productDocuments } from "../indexing/search-documents.server.ts";

export const SEARCH_PAGE_SIZE = 20;
export const SEARCH_FACETS = ["sector", "provinceCode", "certifications", "verified"] as const;

export const ProductSearchSchema = CatalogFilterSchema.extend({
  q: z.string().trim().max(100, "too_long").optional(),
});
export type ProductSearchInput = z.infer<typeof ProductSearchSchema>;

export interface ProductSearchResult {
  hits: { product: ProductDocument; name: Segment[]; description: Segment[] }[];
  total: number;
  page: number;
  pageCount: number;
  facets: Partial<Record<(typeof SEARCH_FACETS)[number], Record<string, number>>>;
  /** The engine did not answer: these are the database's plain matches. */
  degraded: boolean;
  /** Nothing matched the words as typed: these results are for this translation of them. */
  translatedQuery?: string;
  /** Nothing matched the words as typed: these results are for them with their slips corrected. */
  correctedQuery?: string;
  /** Words as typed found something, but one of them is not the catalogue's: perhaps this was meant. */
  suggestedQuery?: string;
}

function filterOf(input: ProductSearchInput): Filter {
  return {
    ...(input.sector ? { sector: { eq: input.sector } } : {}),
    ...(input.province ? { provinceCode: { eq: input.province } } : {}),
    ...(input.certification ? { [input.verified ? "verifiedCertifications" : "certifications"]: { all: [input.certification] } } : {}),
    ...(input.verified && !input.certification ? { verified: { eq: true } } : {}),
  };
}

/**
 * The engine's matches for the words and filters, a page at a time. When the words as typed
 * find nothing, the same search runs once more in the other language ("banana chips" finds
 * "keripik pisang"), then with each word the catalogue does not hold corrected to its closest
 * word of the catalogue ("keripk" to "keripik"), and the result says which. When the words
 * found something but one of them is not the catalogue's, the correction is offered instead.
 */
export async function searchProducts(db: Db, engine: SearchEngine, input: ProductSearchInput): Promise<ProductSearchResult> {
  let found: ProductSearchResult;
  try {
    found = await searchEngineFor(engine, input);
  } catch {
    return searchDatabase(db, input);
  }
  if (!input.q) return found;
  try {
    if (found.total === 0) {
      const translated = translatedQuery(input.q);
      const retried = translated ? await searchEngineFor(engine, { ...input, q: translated }) : null;
      if (retried && retried.total > 0) return { ...retried, translatedQuery: translated! };
    }
    const corrected = correctedWords(words(input.q), await catalogWords(db))?.join(" ");
    if (!corrected) return found;
    if (found.total > 0) return { ...found, suggestedQuery: corrected };
    const retried = await searchEngineFor(engine, { ...input, q: corrected });
    return retried.total > 0 ? { ...retried, correctedQuery: corrected } : found;
  } catch {
    // A second try is a courtesy: the answer to the words as typed stands.
    return found;
  }
}

/** One search of the engine, as the page shows it. */
async function searchEngineFor(engine: SearchEngine, input: ProductSearchInput): Promise<ProductSearchResult> {
  const page = input.page ?? 1;
  const result = await engine.search<ProductDocument>("products", {
    q: input.q ?? "",
    filter: filterOf(input),
    facets: SEARCH_FACETS,
    page,
    hitsPerPage: SEARCH_PAGE_SIZE,
  });
  return {
    hits: result.hits.map((h) => ({
      product: h.document,
      name: h.highlights.name ?? [{ text: h.document.name, match: false }],
      description: h.highlights.description ?? [{ text: h.document.description, match: false }],
    })),
    total: result.total,
    page,
    pageCount: Math.max(1, Math.ceil(result.total / SEARCH_PAGE_SIZE)),
    facets: result.facets,
    degraded: false,
  };
}

/** Plain word matches in the database, with the same filters: no ranking, facets or typos. */
async function searchDatabase(db: Db, input: ProductSearchInput): Promise<ProductSearchResult> {
  const page = input.page ?? 1;
  const now = new Date();
  const words = (input.q ?? "").split(/\s+/).filter((w) => w.length >= 2).slice(0, 6);
  const certification = heldToday(now, { ...(input.verified ? { status: "verified" } : {}), ...(input.certification ? { type: input.certification } : {}) });
  const where: Prisma.ProductWhereInput = {
    status: "active",
    AND: words.map((w) => ({ OR: [{ name: { contains: w } }, { description: { contains: w } }] })),
    producer: {
      organisation: { status: "active" },
      ...(input.sector ? { sector: input.sector } : {}),
      ...(input.province ? { provinceCode: input.province } : {}),
      ...(input.certification || input.verified ? { certifications: { some: certification } } : {}),
    },
  };
  const [total, rows] = await Promise.all([
    db.product.count({ where }),
    db.product.findMany({ where, orderBy: { updatedAt: "desc" }, skip: (page - 1) * SEARCH_PAGE_SIZE, take: SEARCH_PAGE_SIZE, select: { id: true } }),
  ]);
  const documents = await productDocuments(db, rows.map((r) => r.id), now);
  const byId = new Map(documents.map((d) => [d.id, d]));
  return {
    hits: rows.flatMap((r) => {
      const product = byId.get(r.id);
      return product ? [{ product, name: [{ text: product.name, match: false }], description: [{ text: product.description, match: false }] }] : [];
    }),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)),
    facets: {},
    degraded: true,
  };
}
