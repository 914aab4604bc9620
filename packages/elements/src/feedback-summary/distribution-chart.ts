import { html, svg, type TemplateResult } from 'lit';
import { barsOf, type Bar } from './chart-geometry.js';
import type { ScoreKind } from './feedback-summary.messages.js';
import { toneOf } from './score-tone.js';

/** Room above the bars for their counts, and below for the points of the scale. */
const TOP = 16;
const PLOT = 96;
const BOTTOM = 20;
const SLOT = 32;

export interface DistributionChartProps {
  readonly kind: ScoreKind;
  readonly distribution: readonly number[];
  /** The scale's lowest point: 0 for NPS, 1 for the others. */
  readonly min: number;
  /** The chart's text alternative, every count in words. */
  readonly label: string;
  readonly formatNumber: (value: number) => string;
}

function renderBar(bar: Bar, { kind, formatNumber }: DistributionChartProps): TemplateResult {
  const centre = bar.x + bar.width / 2;
  // A bar with answers stays visible however small its share.
  const height = bar.count > 0 ? Math.max(bar.height, 1) : 0;
  return svg`<g class=${`bar ${toneOf(kind, bar.point)}`}>
    <rect x=${bar.x} y=${TOP + PLOT - height} width=${bar.width} height=${height} rx="2"></rect>
    <text class="count" x=${centre} y=${TOP + PLOT - height - 4} text-anchor="middle">${formatNumber(bar.count)}</text>
    <text class="point" x=${centre} y=${TOP + PLOT + 14} text-anchor="middle">${formatNumber(bar.point)}</text>
  </g>`;
}

/**
 * Answers per point of the scale as bars, drawn by hand in SVG. Screen readers get the whole
 * distribution as the image's name; the same numbers are in the table alternative.
 */
export function renderDistributionChart(props: DistributionChartProps): TemplateResult {
  const width = props.distribution.length * SLOT;
  const bars = barsOf(props.distribution, props.min, { width, plotHeight: PLOT, gapShare: 0.25 });
  return html`<svg part="chart" class="chart" viewBox=${`0 0 ${width} ${TOP + PLOT + BOTTOM}`} role="img" aria-label=${props.label}>
    ${bars.map((bar) => renderBar(bar, props))}
    <line class="baseline" x1="0" x2=${width} y1=${TOP + PLOT} y2=${TOP + PLOT}></line>
  </svg>`;
}
