import { EmbeddedEngine } from "./embedded-engine.ts";
import type { SearchConfig, SearchEngine } from "./engine.ts";
import { MeilisearchEngine } from "./meilisearch-engine.ts";

export type { EngineHealth, SearchConfig, SearchEngine } from "./engine.ts";

/** Meilisearch when a URL is configured, the embedded engine otherwise. */
export function createSearchEngine(config: SearchConfig): SearchEngine {
  if (config.meiliUrl) return new MeilisearchEngine(config.meiliUrl, config.meiliApiKey, config.timeoutMs ?? 2_000);
  return new EmbeddedEngine();
}
