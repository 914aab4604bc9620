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
