import { env } from "~/env.server.ts";
import { createSearchEngine, type SearchEngine } from "../search/index.ts";

// One engine per process, configured from the environment.
let engine: SearchEngine | undefined;
export function searchEngine(): SearchEngine {
  engine ??= createSearchEngine({ meiliUrl: env().MEILI_URL, meiliApiKey: env().MEILI_API_KEY });
  return engine;
}
