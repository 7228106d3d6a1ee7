// The search engine seen by the rest of the product: one interface, two engines
// (Meilisearch in production, an in-process engine by default). Pure TypeScript: no Remix,
// no process.env; the caller passes the configuration in.
import type { Filter } from "./filters.ts";
import type { IndexName } from "./settings.ts";

export interface EngineHealth {
  engine: "embedded" | "meilisearch";
  ok: boolean;
  latencyMs: number;
  detail?: string;
}

/** A document: an id and flat fields (strings, numbers, booleans, lists of strings). */
export type SearchDocument = { id: string } & Record<string, string | number | boolean | null | readonly string[]>;

export interface SearchQuery {
  /** Words typed; empty lists every document that passes the filter. */
  q: string;
  filter?: Filter;
  /** Fields to count values of, among all matches. */
  facets?: readonly string[];
  page?: number;
  hitsPerPage?: number;
  /** Ask for every match's id in rank order, without paging. */
  all?: boolean;
  /** Search only these searchable fields (default: all of them). */
  attributesToSearchOn?: readonly string[];
  /** Mark matched words (default true); the matcher does without. */
  highlight?: boolean;
}

/** A piece of a highlighted field: matched words are marked, the rest is plain. */
export interface Segment {
  text: string;
  match: boolean;
}

export interface SearchHit<D extends SearchDocument = SearchDocument> {
  document: D;
  /** Relevance as the engine ranks it; comparable within one result only. */
  score: number;
  highlights: Partial<Record<string, Segment[]>>;
}

export interface SearchResult<D extends SearchDocument = SearchDocument> {
  hits: SearchHit<D>[];
  total: number;
  page: number;
  hitsPerPage: number;
  facets: Record<string, Record<string, number>>;
}

export interface SearchEngine {
  readonly name: EngineHealth["engine"];
  /**
   * Whether every process sees the same index (Meilisearch) or each process keeps its own
   * (the embedded engine): a process-local index must apply every change itself.
   */
  readonly shared: boolean;
  health(): Promise<EngineHealth>;
  /** Creates the index if needed and applies its settings (settings.ts); safe to repeat. */
  prepare(index: IndexName): Promise<void>;
  upsert(index: IndexName, documents: readonly SearchDocument[]): Promise<void>;
  remove(index: IndexName, ids: readonly string[]): Promise<void>;
  /** Empties the index (before a rebuild). */
  clear(index: IndexName): Promise<void>;
  search<D extends SearchDocument = SearchDocument>(index: IndexName, query: SearchQuery): Promise<SearchResult<D>>;
  count(index: IndexName): Promise<number>;
}

/** Any engine failure, so callers handle one kind of error. */
export class SearchEngineError extends Error {
  constructor(
    message: string,
    readonly engine: EngineHealth["engine"],
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = "SearchEngineError";
  }
}

export interface SearchConfig {
  meiliUrl?: string;
  meiliApiKey?: string;
  /** How long a call may take before the engine counts as down. */
  timeoutMs?: number;
}
