export interface Summary {
  readonly count: number;
  readonly median: number;
  readonly p95: number;
}

/** Median and 95th percentile (nearest rank) of a list of measurements. */
export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) return { count: 0, median: Number.NaN, p95: Number.NaN };
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { count: sorted.length, median, p95: rank(0.95) };
}
