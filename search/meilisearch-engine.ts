// Meilisearch through its official client: creates and configures its indexes from
// settings.ts, waits for its tasks, and turns its errors into SearchEngineError.
import { Meilisearch, MeilisearchApiError, MeilisearchError, type Settings } from "meilisearch";
import type { EngineHealth, SearchDocument, SearchEngine, SearchQuery, SearchResult } from "./engine.ts";
import { SearchEngineError } from "./engine.ts";
import { toMeilisearchFilter } from "./filters.ts";
import { segmentsFromMarkers } from "./highlight.ts";
import { INDEX_SETTINGS, meilisearchSynonyms, type IndexName } from "./settings.ts";

// Markers no product text contains, turned into segments (never into HTML).
const PRE = "\u0002";
const POST = "\u0003";

/** Our settings in Meilisearch's words. */
export function meilisearchSettings(index: IndexName): Settings {
  const s = INDEX_SETTINGS[index];
  return {
    searchableAttributes: [...s.searchableAttributes],
    filterableAttributes: [...s.filterableAttributes],
    sortableAttributes: [...s.sortableAttributes],
    synonyms: meilisearchSynonyms(),
    stopWords: [...s.stopWords],
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: s.typoTolerance.minWordSizeForOneTypo, twoTypos: s.typoTolerance.minWordSizeForTwoTypos } },
    rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
    pagination: { maxTotalHits: 100_000 },
    faceting: { maxValuesPerFacet: 500 },
  };
}

export class MeilisearchEngine implements SearchEngine {
  readonly name = "meilisearch" as const;
  readonly shared = true;
  readonly #client: Meilisearch;
  readonly #timeoutMs: number;

  constructor(host: string, apiKey: string | undefined, timeoutMs: number) {
    this.#client = new Meilisearch({ host, apiKey, timeout: timeoutMs });
    this.#timeoutMs = timeoutMs;
  }

  /** Runs a call, turning the client's errors into ours (network and 5xx are worth a retry). */
  async #call<T>(what: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      const status = error instanceof MeilisearchApiError ? error.response.status : undefined;
      const retryable = !(error instanceof MeilisearchApiError) || (status !== undefined && status >= 500);
      const message = error instanceof MeilisearchError || error instanceof Error ? error.message : String(error);
      throw new SearchEngineError(`Meilisearch ${what}: ${message}`, this.name, retryable);
    }
  }

  #wait = { timeout: 60_000, interval: 50 };

  async health(): Promise<EngineHealth> {
    const started = performance.now();
    try {
      const { status } = await this.#client.health();
      return { engine: this.name, ok: status === "available", latencyMs: elapsed(started), detail: status };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { engine: this.name, ok: false, latencyMs: elapsed(started), detail };
    }
  }

  async prepare(index: IndexName): Promise<void> {
    await this.#call("prepare", async () => {
      const created = await this.#client.createIndex(index, { primaryKey: INDEX_SETTINGS[index].primaryKey }).waitTask(this.#wait);
      // "index_already_exists" is fine: the settings below bring it up to date.
      if (created.status === "failed" && created.error?.code !== "index_already_exists") throw new Error(created.error?.message ?? "createIndex failed");
      const task = await this.#client.index(index).updateSettings(meilisearchSettings(index)).waitTask(this.#wait);
      if (task.status === "failed") throw new Error(task.error?.message ?? "updateSettings failed");
    });
  }

  async upsert(index: IndexName, documents: readonly SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await this.#call("upsert", async () => {
      const task = await this.#client.index(index).addDocuments([...documents]).waitTask(this.#wait);
      if (task.status === "failed") throw new Error(task.error?.message ?? "addDocuments failed");
    });
  }

  async remove(index: IndexName, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.#call("remove", async () => {
      await this.#client.index(index).deleteDocuments([...ids]).waitTask(this.#wait);
    });
  }

  async clear(index: IndexName): Promise<void> {
    await this.#call("clear", async () => {
      await this.#client.index(index).deleteAllDocuments().waitTask(this.#wait);
    });
  }

  async count(index: IndexName): Promise<number> {
    return this.#call("count", async () => (await this.#client.index(index).getStats()).numberOfDocuments);
  }

  async search<D extends SearchDocument = SearchDocument>(index: IndexName, query: SearchQuery): Promise<SearchResult<D>> {
    const hitsPerPage = query.all ? 1000 : (query.hitsPerPage ?? 20);
    const page = query.all ? 1 : (query.page ?? 1);
    const highlightAttributes = [...INDEX_SETTINGS[index].highlightAttributes];
    const response = await this.#call("search", () =>
      this.#client.index<D>(index).search(query.q, {
        filter: toMeilisearchFilter(query.filter),
        attributesToSearchOn: query.attributesToSearchOn ? [...query.attributesToSearchOn] : undefined,
        facets: query.facets ? [...query.facets] : undefined,
        page,
        hitsPerPage,
        attributesToHighlight: query.highlight === false ? undefined : highlightAttributes,
        highlightPreTag: PRE,
        highlightPostTag: POST,
        showRankingScore: true,
      }, { signal: AbortSignal.timeout(this.#timeoutMs) }),
    );
    return {
      total: response.totalHits ?? response.hits.length,
      page,
      hitsPerPage,
      facets: (response.facetDistribution ?? {}) as Record<string, Record<string, number>>,
      hits: response.hits.map((hit) => {
        const { _formatted, _rankingScore, ...document } = hit as D & { _formatted?: Record<string, unknown>; _rankingScore?: number };
        const highlights = Object.fromEntries(
          highlightAttributes
            .filter((field) => typeof _formatted?.[field] === "string")
            .map((field) => [field, segmentsFromMarkers(_formatted![field] as string, PRE, POST)]),
        );
        return { document: document as unknown as D, score: _rankingScore ?? 0, highlights };
      }),
    };
  }
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}
