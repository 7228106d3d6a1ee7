import type { EngineHealth, SearchEngine } from "./engine.ts";

/**
 * The in-process engine of the embedded default. It lives inside the app's own process,
 * so it is up whenever the app answers. Its indexes and the choice of library (Orama,
 * MiniSearch or FlexSearch, by measurement) arrive with the search issue.
 */
export class EmbeddedEngine implements SearchEngine {
  readonly name = "embedded" as const;

  async health(): Promise<EngineHealth> {
    return { engine: this.name, ok: true, latencyMs: 0, detail: "in-process" };
  }
}
