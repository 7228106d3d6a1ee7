// The in-process engine of the embedded default, on MiniSearch (chosen by measurement: see
// tests/bench/search-engines.bench.ts and the README). It lives inside the app's process, so
// it is up whenever the app answers, and it is rebuilt from the database at start.
import MiniSearch, { type Query } from "minisearch";
import type { EngineHealth, SearchDocument, SearchEngine, SearchQuery, SearchResult, Segment } from "./engine.ts";
import { matches } from "./filters.ts";
import { highlight } from "./highlight.ts";
import { INDEX_SETTINGS, type IndexName, type IndexSettings } from "./settings.ts";
import { term, words } from "./text.ts";
import { PHRASES_FOUND } from "./vocabulary.ts";

/** Below this many documents with every word, documents with some of them are added. */
const FEW = 10;

interface Index {
  settings: IndexSettings;
  indexed: (word: string) => string | null;
  search: MiniSearch<SearchDocument>;
  documents: Map<string, SearchDocument>;
  /** Sub-indexes by the value of settings.partitionAttribute, with their documents' ids. */
  partitions: Map<string, { search: MiniSearch<SearchDocument>; ids: Set<string> }>;
}

/** Field weights from the settings' order: the first field counts most. */
function boosts(settings: IndexSettings): Record<string, number> {
  const n = settings.searchableAttributes.length;
  return Object.fromEntries(settings.searchableAttributes.map((field, i) => [field, 1 + (n - 1 - i) * 0.75]));
}

/** The typed words: synonym phrases found (as their groups) and the words left over. */
interface ParsedQuery {
  words: string[];
  groups: (readonly string[])[];
}

function parseQuery(q: string): ParsedQuery | null {
  let rest = ` ${words(q).join(" ")} `;
  if (!rest.trim()) return null;
  const groups: (readonly string[])[] = [];
  for (const [phrase, found] of PHRASES_FOUND) {
    if (!rest.includes(` ${phrase} `)) continue;
    rest = rest.replace(` ${phrase} `, " ");
    groups.push(found);
  }
  return { words: words(rest), groups };
}

/**
 * The typed words as a MiniSearch query: words combined as asked, and each synonym phrase
 * found replaced by "any phrase of its group". One query, however many synonyms: a query per
 * swapped variant cost seven searches for "seragam kerja wearpack" (160 ms on 3,800 products).
 */
export function queryTree(q: string, combineWith: "AND" | "OR"): Query | null {
  const parsed = parseQuery(q);
  return parsed && treeOf(parsed, combineWith);
}

function treeOf(parsed: ParsedQuery, combineWith: "AND" | "OR"): Query {
  const remaining = parsed.words.join(" ");
  const groups: Query[] = parsed.groups.map((group) => ({ combineWith: "OR", prefix: false, queries: group.map((phrase) => ({ combineWith: "AND", queries: [phrase] })) }));
  return { combineWith, queries: [...(remaining ? [remaining] : []), ...groups] };
}

/**
 * Whether a hit of the OR query would also be a hit of the AND query, judged from the query
 * terms it matched: every word, and a whole phrase of every synonym group. Its score is the
 * same in both (MiniSearch adds the parts' scores either way), so one OR search answers both
 * and the AND search is not run first: it cost as much as the OR search and, for a buyer's
 * long need title, usually found nothing.
 */
function matchesEveryWord(parsed: ParsedQuery, indexed: (word: string) => string | null): (matched: readonly string[]) => boolean {
  const termsOf = (text: string) => words(text).flatMap((word) => indexed(word) ?? []);
  const clauses = [...parsed.words.flatMap((word) => indexed(word) ?? []).map((t) => [[t]]), ...parsed.groups.map((group) => group.map(termsOf))];
  return (matched) => clauses.every((alternatives) => alternatives.some((phrase) => phrase.every((t) => matched.includes(t))));
}

/** A word as the index holds it; null for a stop word. */
function indexedTerm(settings: IndexSettings): (word: string) => string | null {
  const stop = new Set(settings.stopWords);
  return (word) => (stop.has(word) ? null : term(word));
}

const byNewest = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}

function miniSearch(settings: IndexSettings): MiniSearch<SearchDocument> {
  const { minWordSizeForOneTypo, minWordSizeForTwoTypos } = settings.typoTolerance;
  return new MiniSearch<SearchDocument>({
    idField: "id",
    fields: [...settings.searchableAttributes],
    tokenize: words,
    processTerm: indexedTerm(settings),
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
  });
}

export class EmbeddedEngine implements SearchEngine {
  readonly name = "embedded" as const;
  readonly shared = false;
  readonly #indexes = new Map<IndexName, Index>();

  async health(): Promise<EngineHealth> {
    return { engine: this.name, ok: true, latencyMs: 0, detail: "in-process" };
  }

  #index(name: IndexName): Index {
    let index = this.#indexes.get(name);
    if (!index) {
      const settings = INDEX_SETTINGS[name];
      index = { settings, indexed: indexedTerm(settings), documents: new Map(), search: miniSearch(settings), partitions: new Map() };
      this.#indexes.set(name, index);
    }
    return index;
  }

  /** The partition a document belongs to, or null when the index is not partitioned. */
  #partitionOf(index: Index, document: SearchDocument, create: boolean) {
    const attribute = index.settings.partitionAttribute;
    if (!attribute) return null;
    const value = String(document[attribute] ?? "");
    let partition = index.partitions.get(value);
    if (!partition && create) index.partitions.set(value, (partition = { search: miniSearch(index.settings), ids: new Set() }));
    return partition ?? null;
  }

  #discard(index: Index, id: string) {
    const old = index.documents.get(id);
    if (!old) return;
    index.search.discard(id);
    const partition = this.#partitionOf(index, old, false);
    partition?.search.discard(id);
    partition?.ids.delete(id);
    index.documents.delete(id);
  }

  async prepare(name: IndexName): Promise<void> {
    this.#index(name);
  }

  async upsert(name: IndexName, documents: readonly SearchDocument[]): Promise<void> {
    const index = this.#index(name);
    for (const document of documents) {
      this.#discard(index, document.id);
      index.search.add(document);
      const partition = this.#partitionOf(index, document, true);
      partition?.search.add(document);
      partition?.ids.add(document.id);
      index.documents.set(document.id, document);
    }
  }

  async remove(name: IndexName, ids: readonly string[]): Promise<void> {
    const index = this.#index(name);
    for (const id of ids) this.#discard(index, id);
  }

  async clear(name: IndexName): Promise<void> {
    const index = this.#index(name);
    index.search.removeAll();
    index.partitions.clear();
    index.documents.clear();
  }

  async count(name: IndexName): Promise<number> {
    return this.#index(name).documents.size;
  }

  /**
   * Where a query looks: the partition its filter pins down (with the rest of the filter left
   * to check), or the whole index.
   */
  #scope(index: Index, filter: SearchQuery["filter"]): { search: MiniSearch<SearchDocument>; ids: Iterable<string>; filter: SearchQuery["filter"] } {
    const attribute = index.settings.partitionAttribute;
    const condition = attribute ? filter?.[attribute] : undefined;
    if (attribute && condition && "eq" in condition) {
      const partition = index.partitions.get(String(condition.eq));
      const rest = Object.fromEntries(Object.entries(filter!).filter(([field]) => field !== attribute));
      return { ...(partition ?? { search: miniSearch(index.settings), ids: [] }), filter: rest };
    }
    return { search: index.search, ids: index.documents.keys(), filter };
  }

  async search<D extends SearchDocument = SearchDocument>(name: IndexName, query: SearchQuery): Promise<SearchResult<D>> {
    const index = this.#index(name);
    const hitsPerPage = query.hitsPerPage ?? 20;
    const page = query.page ?? 1;
    const scope = this.#scope(index, query.filter);
    const unfiltered = !scope.filter || Object.keys(scope.filter).length === 0;
    const passes = (id: string) => {
      const document = index.documents.get(id);
      return document !== undefined && matches(document, scope.filter);
    };
    let ranked: { id: string; score: number; terms: string[] }[];
    const parsed = parseQuery(query.q);
    if (parsed === null) {
      ranked = [...scope.ids]
        .filter(passes)
        .map((id) => index.documents.get(id)!)
        // ISO timestamps order as plain strings; localeCompare cost 10 ms on a category of 7,000.
        .sort((a, b) => byNewest(String(a.updatedAt ?? ""), String(b.updatedAt ?? "")))
        .map((d) => ({ id: d.id, score: 0, terms: [] }));
    } else {
      // Like Meilisearch's "last" matching strategy: documents with every word first; when
      // they are few, documents with some of the words follow.
      const hits = scope.search.search(treeOf(parsed, "OR"), {
        fields: query.attributesToSearchOn ? [...query.attributesToSearchOn] : undefined,
        // A document the filter leaves out is skipped before it is scored (a document boost of
        // 0), not scored and dropped after: a word in a province scored the whole catalogue's
        // documents with it. MiniSearch drops a removed document from its results itself.
        boostDocument: unfiltered ? undefined : (id: string) => (passes(id) ? 1 : 0),
      });
      const every = matchesEveryWord(parsed, index.indexed);
      const [strict, some] = partition(hits, (r) => every(r.queryTerms));
      const chosen = strict.length < FEW && words(query.q).length > 1 ? [...strict, ...some] : strict;
      ranked = chosen.map((r) => ({ id: r.id as string, score: r.score, terms: r.terms }));
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
