import { css, unsafeCSS } from 'lit';
import { QUEUE_ROW_HEIGHT } from './queue-list.js';

/** The agent's desk: the queue with its filters and SLA times, and the pane of the open ticket (whose own styles arrive with it, as do the bulk bar's). */
export const agentViewStyles = css`
  .priority-high,
  .priority-urgent,
  .escalated {
    border-color: currentColor;
    color: var(--_tw-breach);
  }
  .agent {
    display: grid;
    grid-template-columns: minmax(16rem, 1fr) minmax(0, 2fr);
    gap: var(--_space-4);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .filters label,
  .controls label {
    display: grid;
    gap: 2px;
    font-size: var(--_font-size-small);
  }
  .queue {
    position: relative;
    height: var(--_tw-queue-height);
    overflow-y: auto;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-small);
  }
  .search {
    font: inherit;
    padding: var(--_space-1) var(--_space-2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-small);
    background: var(--_color-surface);
    color: inherit;
  }
  .sort-row,
  .selection {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1);
    align-items: center;
  }
  .sort-button {
    font: inherit;
    font-size: var(--_font-size-small);
    padding: 0 var(--_space-2);
    border: 1px solid var(--_color-border);
    border-radius: 999px;
    background: none;
    color: inherit;
    cursor: pointer;
  }
  .sort-button.ascending,
  .sort-button.descending {
    border-color: var(--_color-primary);
    font-weight: 600;
  }
  .queue-item {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    grid-template-rows: auto auto;
    column-gap: var(--_space-2);
    align-content: center;
    height: ${unsafeCSS(QUEUE_ROW_HEIGHT)}px;
    padding: 0 var(--_space-3) 0 var(--_space-2);
    border-bottom: 1px solid var(--_color-border);
    border-left: 3px solid transparent;
    cursor: pointer;
  }
  .check {
    grid-row: span 2;
    align-self: center;
    width: 1rem;
    height: 1rem;
    border: 1px solid var(--_color-on-surface-muted);
    border-radius: 3px;
  }
  .check.checked {
    border-color: var(--_color-primary);
    background: var(--_color-primary);
    box-shadow: inset 0 0 0 2px var(--_color-surface);
  }
  .row-line,
  .row-meta {
    display: flex;
    gap: var(--_space-2);
    min-width: 0;
    align-items: baseline;
    white-space: nowrap;
  }
  .row-meta {
    font-size: var(--_font-size-small);
    color: var(--_color-on-surface-muted);
  }
  .row-title,
  .row-requester {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  /* The subject keeps room beside a long SLA text (the keyboard's row adds its due time and why it is paused). */
  .row-title {
    flex: 1 1 auto;
    min-width: min(8rem, 40%);
    font-weight: 500;
  }
  .row-number {
    font-variant-numeric: tabular-nums;
    color: var(--_color-on-surface-muted);
  }
  mark {
    background: var(--_color-warning-surface);
    color: inherit;
  }
  /* The exact due time: shown in the keyboard's row, always read to screen readers. */
  .queue-item:not(.active) .sla-due {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .queue-item[aria-current='true'] {
    border-left-color: var(--_color-primary);
  }
  .queue-item[aria-selected='true'] {
    background: var(--_color-surface-muted);
  }
  .queue:focus-visible .queue-item.active {
    outline: var(--_focus-ring-width) solid var(--_color-primary);
    outline-offset: -2px;
  }
  .sla-time {
    flex: 0 1 auto;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    font-variant-numeric: tabular-nums;
  }
  .sla-time.breached,
  .sla-time.missed {
    color: var(--_tw-breach);
    font-weight: 600;
  }
  .sla-time.at-risk {
    color: var(--_color-warning);
  }
  @container (max-width: 48rem) {
    .agent {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
