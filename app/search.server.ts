// The search engine of this process. Kept on globalThis because the server (app/cli/serve.ts,
// which runs the indexing worker) and the Remix build each load their own copy of this
// module, and the embedded engine's index must be one and the same for both.
import { env } from "~/env.server.ts";
import { createSearchEngine, type SearchEngine } from "../search/index.ts";

const holder = globalThis as unknown as { __mitraikmSearch?: SearchEngine };

export function searchEngine(): SearchEngine {
  holder.__mitraikmSearch ??= createSearchEngine({ meiliUrl: env().MEILI_URL, meiliApiKey: env().MEILI_API_KEY });
  return holder.__mitraikmSearch;
}
