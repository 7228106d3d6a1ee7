import { Meilisearch } from "meilisearch";
import type { EngineHealth, SearchEngine } from "./engine.ts";

/** Meilisearch through its official client. */
export class MeilisearchEngine implements SearchEngine {
  readonly name = "meilisearch" as const;
  readonly #client: Meilisearch;

  constructor(host: string, apiKey: string | undefined, timeoutMs: number) {
    this.#client = new Meilisearch({ host, apiKey, timeout: timeoutMs });
  }

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
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}
