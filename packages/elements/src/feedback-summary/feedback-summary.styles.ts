import { css } from 'lit';

/** The summary's frame, period controls and scores; each part below them brings its own styles. */
export const feedbackSummaryStyles = css`
  :host {
    --_summary-background: var(--crm-feedback-summary-background, var(--_color-surface));
    --_summary-border: var(--crm-feedback-summary-border, 1px solid var(--_color-border));
    --_bar: var(--crm-feedback-summary-bar-color, var(--_color-primary));
    --_bar-good: var(--crm-feedback-summary-good-color, var(--_color-success));
    --_bar-neutral: var(--crm-feedback-summary-neutral-color, var(--_color-warning));
    --_bar-bad: var(--crm-feedback-summary-bad-color, var(--_color-danger));
    --_chart-height: var(--crm-feedback-summary-chart-height, 10rem);
    container-type: inline-size;
  }
  .range {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-2) var(--_space-3);
  }
  .period {
    flex-basis: 100%;
  }
  .control {
    display: grid;
    gap: var(--_space-1);
    color: var(--_color-on-surface-muted);
    font-size: var(--_font-size-small);
  }
  .control select,
  .control input {
    font-size: var(--_font-size);
  }
  .control.check {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    font-size: var(--_font-size);
  }
  .count {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-2);
  }
  .figures {
    display: grid;
    gap: var(--_space-1);
  }
  .delta {
    font-size: var(--_font-size-small);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .delta.good {
    color: var(--_color-success);
  }
  .delta.bad {
    color: var(--_color-danger);
  }
  .delta.flat,
  .delta.none {
    color: var(--_color-on-surface-muted);
    font-weight: 400;
  }
  .chart-title,
  .section-title {
    margin: 0;
    font-size: var(--_font-size);
    font-weight: 600;
  }
  .comments {
    display: grid;
    gap: var(--_space-2);
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
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
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
`;
