import { css } from 'lit';

/** What both views show alike: layout helpers, badges, choices, attachments and the thread. */
export const sharedViewStyles = css`
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
`;
