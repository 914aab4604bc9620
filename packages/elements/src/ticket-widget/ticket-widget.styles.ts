import { css } from 'lit';

/** The widget's frame and its `--crm-ticket-widget-*` properties; each view brings its own styles when it arrives. */
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
`;
