import { css } from 'lit';

/** The customer's tabs, request form suggestions, notices and list of requests. */
export const customerViewStyles = css`
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
  .ticket-link {
    display: grid;
    gap: var(--_space-1);
    width: 100%;
    padding: var(--_space-2) var(--_space-3);
    text-align: start;
  }
  .ticket-number {
    font-size: 1.125rem;
    font-weight: 600;
  }
  .follow-link {
    align-self: center;
    color: var(--_color-primary);
  }
  .drop-zone {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    padding: var(--_space-3);
    border: 2px dashed var(--_color-border);
    border-radius: var(--_radius-small);
  }
  .drop-zone[data-over] {
    border-color: var(--_color-primary);
    background: var(--_color-surface-muted);
  }
  .file-errors {
    display: grid;
    gap: var(--_space-1);
  }
`;
