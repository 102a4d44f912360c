/** Percentile of a list of numbers (nearest rank): `percentile([1, 2, 3, 4], 0.5)` → 2. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

/** Samples the process' resident memory (worker threads included) every 100 ms; `stop()` gives the peak in MB. */
export function sampleMemory(): { stop(): number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  return {
    stop() {
      clearInterval(timer);
      return Math.round(Math.max(peak, process.memoryUsage().rss) / 1048576);
    },
  };
}

/**
 * Pairwise precision and recall of a clustering against the truth: a pair of reports is predicted
 * together when they share a cluster, truly together when they tell the same story.
 */
export function pairwiseScores(items: readonly { story: number; cluster: number | null; id: number }[]): { precision: number; recall: number; truePairs: number; predictedPairs: number } {
  const pairs = (key: (item: (typeof items)[number]) => string): Map<string, number> => {
    const groups = new Map<string, number>();
    for (const item of items) groups.set(key(item), (groups.get(key(item)) ?? 0) + 1);
    return groups;
  };
  const count = (groups: Map<string, number>): number => [...groups.values()].reduce((sum, n) => sum + (n * (n - 1)) / 2, 0);
  const truth = count(pairs((item) => `s${item.story}`));
  const predicted = count(pairs((item) => (item.cluster === null ? `r${item.id}` : `c${item.cluster}`)));
  const both = count(pairs((item) => `${item.story}|${item.cluster === null ? `r${item.id}` : `c${item.cluster}`}`));
  return { precision: predicted === 0 ? 1 : both / predicted, recall: truth === 0 ? 1 : both / truth, truePairs: truth, predictedPairs: predicted };
}
