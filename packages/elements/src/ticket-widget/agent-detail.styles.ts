import { css } from 'lit';

/** The open ticket on the agent's desk: its SLA clocks and the thread beside the requester; adopted when its chunk arrives. */
export const agentDetailStyles = css`
  .sla-clock.breached,
  .sla-clock.missed {
    color: var(--_tw-breach);
    font-weight: 600;
  }
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
    .detail-body {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
