// The search engine seen by the rest of the product: one interface, two engines
// (Meilisearch in production, an in-process engine by default). Pure TypeScript: no Remix,
// no process.env; the caller passes the configuration in.

export interface EngineHealth {
  engine: "embedded" | "meilisearch";
  ok: boolean;
  latencyMs: number;
  detail?: string;
}

export interface SearchEngine {
  readonly name: EngineHealth["engine"];
  health(): Promise<EngineHealth>;
}

export interface SearchConfig {
  meiliUrl?: string;
  meiliApiKey?: string;
  /** How long a health check may take before the engine counts as down. */
  timeoutMs?: number;
}
