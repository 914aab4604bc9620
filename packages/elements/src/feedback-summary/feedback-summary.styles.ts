import { css } from 'lit';

export const feedbackSummaryStyles = css`
  :host {
    --_summary-background: var(--crm-feedback-summary-background, var(--_color-surface));
    --_summary-border: var(--crm-feedback-summary-border, 1px solid var(--_color-border));
    --_bar: var(--crm-feedback-summary-bar-color, var(--_color-primary));
    --_bar-good: var(--crm-feedback-summary-good-color, var(--_color-success));
    --_bar-neutral: var(--crm-feedback-summary-neutral-color, var(--_color-warning));
    --_bar-bad: var(--crm-feedback-summary-bad-color, var(--_color-danger));
    --_chart-height: var(--crm-feedback-summary-chart-height, 10rem);
  }
  .frame {
    display: grid;
    gap: var(--_space-4);
    padding: var(--_space-4);
    background: var(--_summary-background);
    border: var(--_summary-border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }
  .title,
  .question-label {
    margin: 0;
    font-weight: 600;
  }
  .title {
    font-size: var(--_font-size-large);
  }
  .questions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    gap: var(--_space-4);
  }
  .question {
    display: grid;
    align-content: start;
    gap: var(--_space-2);
    padding: var(--_space-3);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-small);
  }
  .question button {
    justify-self: start;
  }
  .score,
  .muted {
    margin: 0;
  }
  .muted,
  .score-name {
    color: var(--_color-on-surface-muted);
  }
  .score-value {
    font-size: 2rem;
    font-variant-numeric: tabular-nums;
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
  .table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  .table caption {
    text-align: start;
    color: var(--_color-on-surface-muted);
  }
  .table th,
  .table td {
    padding: var(--_space-1) var(--_space-3);
    border-bottom: 1px solid var(--_color-border);
    text-align: end;
  }
  .table th[scope='col']:first-child,
  .table th[scope='row'] {
    text-align: start;
  }
`;
