/** Discounted cumulative gain of a ranking at k, normalised by the ideal one (unlisted ids: grade 0). */
export function ndcg(ranking: readonly string[], grades: Readonly<Record<string, number>>, k = 10): number {
  const gain = (grade: number) => 2 ** grade - 1;
  const dcg = ranking.slice(0, k).reduce((sum, id, i) => sum + gain(grades[id] ?? 0) / Math.log2(i + 2), 0);
  const ideal = Object.values(grades)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, grade, i) => sum + gain(grade) / Math.log2(i + 2), 0);
  return ideal === 0 ? 0 : dcg / ideal;
}
