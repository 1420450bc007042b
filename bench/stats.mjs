// What the benchmark scripts (bench/run.mjs, bench/stages.mjs) compute over their rounds.

/** The median of `values` (the mean of the middle two when there is an even number). */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
