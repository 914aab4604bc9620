/** One bar of a distribution chart, in the chart's own units (its viewBox). */
export interface Bar {
  /** The point of the scale the bar counts (0–10 for NPS). */
  readonly point: number;
  readonly count: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface ChartBox {
  readonly width: number;
  /** Height of the tallest bar; the baseline sits at this y. */
  readonly plotHeight: number;
  /** Space between bars, as a share of each bar's slot. */
  readonly gapShare: number;
}

/**
 * Bars for counts per point of a scale (index 0 = `min`), side by side across the width, the
 * largest count reaching the full plot height. Without answers every bar is flat.
 */
export function barsOf(distribution: readonly number[], min: number, { width, plotHeight, gapShare }: ChartBox): Bar[] {
  const largest = Math.max(0, ...distribution);
  const slot = width / Math.max(1, distribution.length);
  const barWidth = slot * (1 - gapShare);
  return distribution.map((count, index) => {
    const height = largest === 0 ? 0 : (count / largest) * plotHeight;
    return { point: min + index, count, x: index * slot + (slot - barWidth) / 2, y: plotHeight - height, width: barWidth, height };
  });
}
