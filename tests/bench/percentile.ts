/** The value at percentile `p` (0–100) of an ascending list, as the benches report it; NaN for an empty list. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
}
