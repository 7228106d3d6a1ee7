// The median of a list of numbers. Pure: shared by the dashboard's funnel (tens of thousands
// of step durations) and buyers' payment speed.

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: ArrayLike<number>): number | null {
  if (values.length === 0) return null;
  // A typed array sorts numerically without a comparator, and fast.
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
