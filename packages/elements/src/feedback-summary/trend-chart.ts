import { html, nothing, svg, type TemplateResult } from 'lit';
import { trendLineOf, type TrendDot } from './chart-geometry.js';

const WIDTH = 320;
const TOP = 8;
const PLOT = 88;
const BOTTOM = 20;
const INSET = 12;

export interface TrendChartProps {
  readonly id: string;
  /** Each bucket's score, `null` without answers, oldest first. */
  readonly values: readonly (number | null)[];
  /** Each bucket's short name (`3 Mar`, `Mar 2026`), for the first and last ticks. */
  readonly labels: readonly string[];
  readonly scale: { readonly min: number; readonly max: number };
  /** The text alternative: every bucket's score in words. */
  readonly label: string;
  readonly format: (value: number) => string;
}

/**
 * A score over time as a line, drawn by hand in SVG: the scale's ends on the left, the first and
 * last bucket below; a bucket without answers breaks the line. Screen readers get every point as
 * the image's name, and the same numbers are in the table alternative.
 */
export function renderTrendChart({ id, values, labels, scale, label, format }: TrendChartProps): TemplateResult {
  const { dots, path } = trendLineOf(values, scale, { width: WIDTH, top: TOP, plotHeight: PLOT, inset: INSET });
  const zero = scale.min < 0 && scale.max > 0 ? TOP + PLOT * (scale.max / (scale.max - scale.min)) : undefined;
  const tick = (x: number, text: string | undefined, anchor: string) =>
    text === undefined ? nothing : svg`<text class="tick" x=${x} y=${TOP + PLOT + 15} text-anchor=${anchor}>${text}</text>`;
  return html`<svg part="trend-chart" class="trend-chart" id=${id} viewBox=${`0 0 ${WIDTH} ${TOP + PLOT + BOTTOM}`} role="img" aria-label=${label}>
    <line class="grid" x1="0" x2=${WIDTH} y1=${TOP} y2=${TOP}></line>
    <line class="grid" x1="0" x2=${WIDTH} y1=${TOP + PLOT} y2=${TOP + PLOT}></line>
    ${zero === undefined ? nothing : svg`<line class="grid zero" x1="0" x2=${WIDTH} y1=${zero} y2=${zero}></line>`}
    <text class="tick" x="0" y=${TOP - 1}>${format(scale.max)}</text>
    <text class="tick" x="0" y=${TOP + PLOT - 2}>${format(scale.min)}</text>
    <path class="line" d=${path}></path>
    ${dots.map((dot: TrendDot | undefined) => (dot ? svg`<circle class="dot" cx=${dot.x} cy=${dot.y} r="2.5"></circle>` : nothing))}
    ${tick(INSET, labels[0], 'start')} ${labels.length > 1 ? tick(WIDTH - INSET, labels[labels.length - 1], 'end') : nothing}
  </svg>`;
}
