import { css, unsafeCSS } from 'lit';
import { QUEUE_ROW_HEIGHT } from './queue-list.js';

export const ticketWidgetStyles = css`
  :host {
    --_tw-background: var(--crm-ticket-widget-background, var(--_color-surface));
    --_tw-border: var(--crm-ticket-widget-border, 1px solid var(--_color-border));
    --_tw-queue-height: var(--crm-ticket-widget-queue-height, 28rem);
    --_tw-customer-message: var(--crm-ticket-widget-customer-message-background, var(--_color-surface-muted));
    --_tw-note-background: var(--crm-ticket-widget-internal-note-background, var(--_color-warning-surface));
    --_tw-note-accent: var(--crm-ticket-widget-internal-note-accent, var(--_color-warning));
    --_tw-breach: var(--crm-ticket-widget-breach-color, var(--_color-danger));
    --_tw-breach-background: var(--crm-ticket-widget-breach-background, var(--_color-danger-surface));
    container-type: inline-size;
  }
  .frame,
  .customer,
  .agent {
    padding: var(--_space-4);
    background: var(--_tw-background);
    border: var(--_tw-border);
    border-radius: var(--_radius);
  }
  .stack {
    display: grid;
    gap: var(--_space-3);
    align-content: start;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
  }
  .field {
    display: grid;
    gap: var(--_space-1);
  }
  .heading {
    margin: 0;
    font-size: var(--_font-size-large);
    font-weight: 600;
  }
  .muted {
    color: var(--_color-on-surface-muted);
    font-size: var(--_font-size-small);
  }
  p {
    margin: 0;
  }
  .badge {
    display: inline-block;
    padding: 0 var(--_space-2);
    border: 1px solid var(--_color-border);
    border-radius: 999px;
    font-size: var(--_font-size-small);
    white-space: nowrap;
  }
  .priority-high,
  .priority-urgent,
  .escalated {
    border-color: currentColor;
    color: var(--_tw-breach);
  }
  .tabs {
    display: flex;
    gap: var(--_space-1);
    border-bottom: 1px solid var(--_color-border);
  }
  [role='tab'] {
    border: 0;
    border-bottom: 2px solid transparent;
    border-radius: 0;
    background: none;
  }
  [role='tab'][aria-selected='true'] {
    border-bottom-color: var(--_color-primary);
    font-weight: 600;
  }
  .notice {
    padding: var(--_space-3);
    border-radius: var(--_radius-small);
    background: var(--_color-success-surface);
  }
  .choice {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-4);
    margin: 0;
    padding: 0;
    border: 0;
  }
  .choice legend {
    margin-bottom: var(--_space-2);
    font-weight: 600;
  }
  .suggestions {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-3);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-small);
  }
  .suggestions .heading {
    font-size: var(--_font-size);
  }
  .suggestion summary {
    cursor: pointer;
    color: var(--_color-primary);
  }
  .suggestion[open] {
    display: grid;
    gap: var(--_space-2);
  }
  .attachments,
  .ticket-list,
  .thread {
    display: grid;
    gap: var(--_space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .attachments {
    gap: var(--_space-1);
  }
  .attachment {
    display: flex;
    gap: var(--_space-2);
    align-items: baseline;
  }
  a {
    color: var(--_color-primary);
  }
  .ticket-link {
    display: grid;
    gap: var(--_space-1);
    width: 100%;
    padding: var(--_space-2) var(--_space-3);
    text-align: start;
  }
  .row-title {
    overflow: hidden;
    font-weight: 600;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .row-meta {
    display: flex;
    gap: var(--_space-2);
    align-items: center;
    overflow: hidden;
    color: var(--_color-on-surface-muted);
    font-size: var(--_font-size-small);
    white-space: nowrap;
  }
  .message {
    padding: var(--_space-3);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-small);
  }
  .message.from-customer {
    background: var(--_tw-customer-message);
  }
  .message.internal,
  .reply-form.internal textarea {
    border: 1px dashed var(--_tw-note-accent);
    background: var(--_tw-note-background);
  }
  .internal-badge {
    border-color: currentColor;
    color: var(--_tw-note-accent);
  }
  .message-meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: baseline;
    margin-bottom: var(--_space-1);
    color: var(--_color-on-surface-muted);
    font-size: var(--_font-size-small);
  }
  .message-meta strong {
    color: var(--_color-on-surface);
  }
  .message-body {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
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
