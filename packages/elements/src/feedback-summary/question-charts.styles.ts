import { css } from 'lit';

/** The trend and distribution charts' styles, adopted by the summary when its charts arrive (see `adoptViewStyles`). */
export const questionChartsStyles = css`
  .trend-chart {
    width: 100%;
    height: auto;
    overflow: visible;
  }
  .trend-chart .line {
    fill: none;
    stroke: var(--_bar);
    stroke-width: 2;
    stroke-linejoin: round;
  }
  .trend-chart .dot {
    fill: var(--_bar);
  }
  .trend-chart .grid {
    stroke: var(--_color-border);
  }
  .trend-chart .zero {
    stroke-dasharray: 3 3;
  }
  .trend-chart text {
    fill: var(--_color-on-surface-muted);
    font-size: 10px;
  }
  .chart {
    width: 100%;
    height: var(--_chart-height);
    overflow: visible;
  }
  .bar rect {
    fill: var(--_bar);
  }
  .bar.good rect {
    fill: var(--_bar-good);
  }
  .bar.neutral rect {
    fill: var(--_bar-neutral);
  }
  .bar.bad rect {
    fill: var(--_bar-bad);
  }
  .chart text {
    fill: var(--_color-on-surface-muted);
    font-size: 11px;
    font-variant-numeric: tabular-nums;
  }
  .baseline {
    stroke: var(--_color-border);
  }
`;
