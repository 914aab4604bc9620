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

/** One point of a trend line, in the chart's own units; `undefined` y for a bucket without answers. */
export interface TrendDot {
  readonly x: number;
  readonly y: number;
  readonly value: number;
}

export interface TrendBox {
  readonly width: number;
  readonly top: number;
  readonly plotHeight: number;
  /** Room either side, so the first and last dots are whole. */
  readonly inset: number;
}

/**
 * A trend as a line: one slot per bucket, evenly across the width, the scale's range over the plot
 * height (highest on top). A bucket without answers has no dot and breaks the line, rather than
 * drawing a score nobody gave. Returns the dots and the SVG path of the line.
 */
export function trendLineOf(values: readonly (number | null)[], scale: { readonly min: number; readonly max: number }, { width, top, plotHeight, inset }: TrendBox): { readonly dots: Array<TrendDot | undefined>; readonly path: string } {
  const step = values.length > 1 ? (width - 2 * inset) / (values.length - 1) : 0;
  const span = scale.max - scale.min || 1;
  const dots = values.map((value, index) => {
    if (value === null) return undefined;
    const clamped = Math.min(scale.max, Math.max(scale.min, value));
    return { x: values.length > 1 ? inset + index * step : width / 2, y: top + plotHeight * (1 - (clamped - scale.min) / span), value };
  });
  let path = '';
  let drawing = false;
  for (const dot of dots) {
    if (!dot) {
      drawing = false;
      continue;
    }
    path += `${drawing ? 'L' : 'M'}${round(dot.x)} ${round(dot.y)}`;
    drawing = true;
  }
  return { dots, path };
}

const round = (value: number) => Math.round(value * 10) / 10;
