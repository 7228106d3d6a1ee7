// The in-process engine of the embedded default, on MiniSearch (chosen by measurement: see
// tests/bench/search-engines.bench.ts and the README). It lives inside the app's process, so
// it is up whenever the app answers, and it is rebuilt from the database at start.
import MiniSearch, { type Query, type SearchResult as MiniResult } from "minisearch";
import type { EngineHealth, SearchDocument, SearchEngine, SearchQuery, SearchResult, Segment } from "./engine.ts";
import { matches } from "./filters.ts";
import { highlight } from "./highlight.ts";
import { INDEX_SETTINGS, type IndexName, type IndexSettings } from "./settings.ts";
import { term, words } from "./text.ts";
import { SYNONYMS } from "./vocabulary.ts";

/** Below this many documents with every word, documents with some of them are added. */
const FEW = 10;

interface Index {
  settings: IndexSettings;
  search: MiniSearch<SearchDocument>;
  documents: Map<string, SearchDocument>;
}

/** Field weights from the settings' order: the first field counts most. */
function boosts(settings: IndexSettings): Record<string, number> {
  const n = settings.searchableAttributes.length;
  return Object.fromEntries(settings.searchableAttributes.map((field, i) => [field, 1 + (n - 1 - i) * 0.75]));
}

/** The typed words, and the same with each synonym phrase swapped for the others of its group. */
export function expandSynonyms(q: string): string[] {
  const typed = ` ${words(q).join(" ")} `;
  const out = new Set([typed.trim()]);
  for (const group of SYNONYMS) {
    for (const phrase of group) {
      if (!typed.includes(` ${phrase} `)) continue;
      for (const other of group) if (other !== phrase) out.add(typed.replace(` ${phrase} `, ` ${other} `).trim());
    }
  }
  return [...out].filter(Boolean);
}

export class EmbeddedEngine implements SearchEngine {
  readonly name = "embedded" as const;
  readonly #indexes = new Map<IndexName, Index>();

  async health(): Promise<EngineHealth> {
    return { engine: this.name, ok: true, latencyMs: 0, detail: "in-process" };
  }

  #index(name: IndexName): Index {
    let index = this.#indexes.get(name);
    if (!index) {
      const settings = INDEX_SETTINGS[name];
      const { minWordSizeForOneTypo, minWordSizeForTwoTypos } = settings.typoTolerance;
      index = {
        settings,
        documents: new Map(),
        search: new MiniSearch<SearchDocument>({
          idField: "id",
          fields: [...settings.searchableAttributes],
          tokenize: words,
          processTerm: term,
          extractField: (document, field) => {
            const value = document[field];
            return Array.isArray(value) ? value.join(" ") : value === null || value === undefined ? "" : String(value);
          },
          searchOptions: {
            boost: boosts(settings),
            // Typos allowed by word length, as Meilisearch does; prefix only on the word being typed.
            fuzzy: (t) => (t.length >= minWordSizeForTwoTypos ? 2 : t.length >= minWordSizeForOneTypo ? 1 : 0),
            prefix: (_t, i, all) => i === all.length - 1,
          },
        }),
      };
      this.#indexes.set(name, index);
    }
    return index;
  }

  async prepare(name: IndexName): Promise<void> {
    this.#index(name);
  }

  async upsert(name: IndexName, documents: readonly SearchDocument[]): Promise<void> {
    const index = this.#index(name);
    for (const document of documents) {
      if (index.documents.has(document.id)) index.search.discard(document.id);
      index.search.add(document);
      index.documents.set(document.id, document);
    }
  }

  async remove(name: IndexName, ids: readonly string[]): Promise<void> {
    const index = this.#index(name);
    for (const id of ids) {
      if (!index.documents.has(id)) continue;
      index.search.discard(id);
      index.documents.delete(id);
    }
  }

  async clear(name: IndexName): Promise<void> {
    const index = this.#index(name);
    index.search.removeAll();
    index.documents.clear();
  }

  async count(name: IndexName): Promise<number> {
    return this.#index(name).documents.size;
  }

  async search<D extends SearchDocument = SearchDocument>(name: IndexName, query: SearchQuery): Promise<SearchResult<D>> {
    const index = this.#index(name);
    const hitsPerPage = query.hitsPerPage ?? 20;
    const page = query.page ?? 1;
    const passes = (id: string) => {
      const document = index.documents.get(id);
      return document !== undefined && matches(document, query.filter);
    };
    const variants = expandSynonyms(query.q);
    let ranked: { id: string; score: number; terms: string[] }[];
    if (variants.length === 0) {
      ranked = [...index.documents.values()]
        .filter((d) => passes(d.id))
        .sort((a, b) => String(b.updatedAt ?? "").localeCompare(String(a.updatedAt ?? "")))
        .map((d) => ({ id: d.id, score: 0, terms: [] }));
    } else {
      // Like Meilisearch's "last" matching strategy: documents with every word first; when
      // they are few, documents with some of the words follow.
      const tree: Query = variants.length === 1 ? variants[0]! : { combineWith: "OR", queries: variants };
      const run = (combineWith: "AND" | "OR") =>
        index.search.search(tree, { combineWith, filter: (r: MiniResult) => passes(r.id as string) }).map((r) => ({ id: r.id as string, score: r.score, terms: r.terms }));
      ranked = run("AND");
      if (ranked.length < FEW && words(query.q).length > 1) {
        const strict = new Set(ranked.map((r) => r.id));
        ranked = [...ranked, ...run("OR").filter((r) => !strict.has(r.id))];
      }
    }
    const facets: Record<string, Record<string, number>> = {};
    for (const field of query.facets ?? []) {
      const counts: Record<string, number> = {};
      for (const { id } of ranked) {
        const value = index.documents.get(id)?.[field];
        for (const v of Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]) counts[String(v)] = (counts[String(v)] ?? 0) + 1;
      }
      facets[field] = counts;
    }
    const shown = query.all ? ranked : ranked.slice((page - 1) * hitsPerPage, page * hitsPerPage);
    return {
      total: ranked.length,
      page,
      hitsPerPage,
      facets,
      hits: shown.map(({ id, score, terms }) => {
        const document = index.documents.get(id) as D;
        const highlights: Partial<Record<string, Segment[]>> = {};
        for (const field of query.highlight === false ? [] : index.settings.highlightAttributes) {
          const value = document[field];
          if (typeof value === "string") highlights[field] = highlight(value, new Set(terms));
        }
        return { document, score, highlights };
      }),
    };
  }
}
