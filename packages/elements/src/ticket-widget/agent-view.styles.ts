import { css, unsafeCSS } from 'lit';
import { QUEUE_ROW_HEIGHT } from './queue-list.js';

/** The agent's desk: queue, filters, SLA clocks and the open ticket beside them. */
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
  .queue-item {
    display: grid;
    align-content: center;
    gap: 2px;
    height: ${unsafeCSS(QUEUE_ROW_HEIGHT)}px;
    padding: 0 var(--_space-3);
    border-bottom: 1px solid var(--_color-border);
    border-left: 3px solid transparent;
    cursor: pointer;
  }
  .queue-item[aria-selected='true'] {
    border-left-color: var(--_color-primary);
    background: var(--_color-surface-muted);
  }
  .queue:focus-visible .queue-item.active {
    outline: var(--_focus-ring-width) solid var(--_color-primary);
    outline-offset: -2px;
  }
  .sla-time {
    font-variant-numeric: tabular-nums;
  }
  .sla-time.breached,
  .sla-time.missed,
  .sla-clock.breached,
  .sla-clock.missed {
    color: var(--_tw-breach);
    font-weight: 600;
  }
  .sla-time.at-risk,
  .sla-clock.at-risk {
    color: var(--_color-warning);
  }
  .sla-clock {
    display: grid;
    padding: var(--_space-1) var(--_space-2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-small);
  }
  .sla-clock.breached {
    border-color: var(--_tw-breach);
    background: var(--_tw-breach-background);
    animation: crm-breach 2s ease-in-out infinite;
  }
  @keyframes crm-breach {
    50% {
      box-shadow: 0 0 0 3px var(--_tw-breach-background);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .sla-clock.breached {
      animation: none;
    }
  }
  .detail {
    display: grid;
    gap: var(--_space-3);
  }
  .detail-body {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(12rem, 16rem);
    gap: var(--_space-4);
    align-items: start;
  }
  @container (max-width: 48rem) {
    .agent,
    .detail-body {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
