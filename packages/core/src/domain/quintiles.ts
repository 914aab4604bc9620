/**
 * Quintile scores 1…5 of values where higher is better. A value's score comes from its mid-rank
 * percentile p = (values below + half the equal values) / n, as ⌈5p⌉: equal values always get the
 * same score, ten distinct values get 1,1,2,2,…,5,5, and a lone value (or all-equal values)
 * gets the middle score 3, since nothing says it is better or worse than the others.
 */
export function quintileScores(values: Float64Array): Uint8Array {
  const n = values.length;
  const sorted = values.slice().sort();
  const scores = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const value = values[i]!;
    const below = lowerBound(sorted, value);
    scores[i] = quintileScoreOf(below, upperBound(sorted, value) - below, n);
  }
  return scores;
}

/**
 * The quintile score of one value among `n` (itself included): `below` of them are lower and
 * `equal` level with it (itself included). Lets a store rank one value by counting, without
 * loading the others.
 */
export function quintileScoreOf(below: number, equal: number, n: number): number {
  // ⌈5 (2·below + equal) / 2n⌉ in integers, so no rounding error moves a boundary.
  return Math.min(5, Math.max(1, Math.ceil((5 * (2 * below + equal)) / (2 * n))));
}

function lowerBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function upperBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Where the quintile score of a new value steps up: at `at` itself (`inclusive`) or just above it. */
export interface QuintileStep {
  readonly at: number;
  readonly inclusive: boolean;
  readonly score: number;
}

/**
 * The quintile scores a ranked population gives a value that joins it, as at most five steps:
 * the score of the lowest values, and where it steps up. A store keeps these instead of every
 * value, so one customer is scored in constant time against the last full ranking.
 */
export interface QuintileCuts {
  readonly lowest: number;
  readonly steps: readonly QuintileStep[];
}

/**
 * The cuts of a population: `quintileScoreAt(cuts, v)` is the score `v` would get among these
 * values and itself, `quintileScoreOf(below, equal + 1, n + 1)`. That score never falls as `v`
 * grows (on a value it counts half of those equal to it, just above it all of them), so walking
 * the distinct values and the gaps between them in order finds every step.
 */
export function quintileCuts(values: Float64Array): QuintileCuts {
  const n = values.length + 1;
  const sorted = values.slice().sort();
  const lowest = quintileScoreOf(0, 1, n);
  const steps: QuintileStep[] = [];
  let current = lowest;
  const reach = (score: number, at: number, inclusive: boolean) => {
    if (score > current) steps.push({ at, inclusive, score: (current = score) });
  };
  for (let start = 0; start < sorted.length && current < 5; ) {
    const value = sorted[start]!;
    const end = upperBound(sorted, value);
    reach(quintileScoreOf(start, end - start + 1, n), value, true);
    reach(quintileScoreOf(end, 1, n), value, false);
    start = end;
  }
  return { lowest, steps };
}

/** The score of `value` against the cuts of a population (see `quintileCuts`). */
export function quintileScoreAt(cuts: QuintileCuts, value: number): number {
  let score = cuts.lowest;
  for (const step of cuts.steps) if (value > step.at || (step.inclusive && value === step.at)) score = step.score;
  return score;
}
