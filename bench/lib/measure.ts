/** Timing helpers shared by every benchmark: median of several runs after a warm-up. */
export interface Measurement {
  readonly name: string;
  readonly medianMs: number;
  readonly minMs: number;
  readonly runs: number;
}

export interface MeasureOptions {
  readonly runs?: number;
  readonly warmup?: number;
}

export async function measure(
  name: string,
  fn: () => unknown | Promise<unknown>,
  { runs = 7, warmup = 2 }: MeasureOptions = {},
): Promise<Measurement> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return summarize(name, times);
}

/** The median and the least of timings taken elsewhere (steps timed one by one, modes taking turns). */
export function summarize(name: string, times: readonly number[]): Measurement {
  const sorted = [...times].sort((a, b) => a - b);
  return { name, medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0, minMs: sorted[0] ?? 0, runs: sorted.length };
}

/** Prints one result line: the figure, and the goal it is held to (✓ met, ✗ missed). */
export function report(m: Measurement, goalMs?: number, extra = ''): void {
  const goal = goalMs === undefined ? '' : `  goal ≤ ${goalMs} ms ${m.medianMs <= goalMs ? '✓' : '✗'}`;
  console.log(`  ${m.name.padEnd(58)} ${m.medianMs.toFixed(2).padStart(9)} ms (median of ${m.runs})${goal}${extra ? `  ${extra}` : ''}`);
}

/** Prints how many times faster `ours` is than `peer`, both measured in the same run. */
export function reportRatio(label: string, ours: Measurement, peer: Measurement, goal?: number): void {
  const ratio = peer.medianMs / ours.medianMs;
  const verdict = goal === undefined ? '' : `  goal ≥ ${goal}× ${ratio >= goal ? '✓' : '✗'}`;
  console.log(`  ${label.padEnd(58)} ${ratio.toFixed(1).padStart(9)} ×${verdict}`);
}
