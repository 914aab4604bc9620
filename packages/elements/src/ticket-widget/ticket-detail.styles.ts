import { css } from 'lit';

/** The open ticket's extras: the split send button and its menu, tags, fields, presence and the canned-reply manager. */
export const ticketDetailStyles = css`
  .split-button {
    display: inline-flex;
  }
  .split-button > button:first-child:not(:only-child) {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  .split-button > button + button {
    border-start-start-radius: 0;
    border-end-start-radius: 0;
    border-inline-start-color: var(--_color-on-primary);
  }
  .menu {
    margin: 0;
    inset: auto;
    padding: var(--_space-1);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-small);
    background: var(--_color-surface);
    color: var(--_color-on-surface);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.15);
  }
  .menu:popover-open {
    display: grid;
  }
  .menu [role='menuitem'] {
    border: 0;
    text-align: start;
  }
  .menu [role='menuitem']:focus-visible,
  .menu [role='menuitem']:hover {
    background: var(--_color-surface-muted);
    outline: var(--_focus-ring-width) solid var(--_color-primary);
  }
  .tags,
  .tag-list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-2);
    align-items: center;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tag {
    display: inline-flex;
    gap: var(--_space-1);
    align-items: center;
  }
  .tag button {
    padding: 0 var(--_space-1);
    border: 0;
    background: transparent;
    color: inherit;
    line-height: 1;
  }
  .tag-input {
    min-width: 8rem;
    flex: 1 1 8rem;
    max-width: 16rem;
  }
  .unfilled {
    margin: 0;
    color: var(--_color-warning);
    font-size: var(--_font-size-small);
  }
  .canned-manager {
    width: min(40rem, calc(100vw - 2rem));
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-small);
    background: var(--_color-surface);
    color: var(--_color-on-surface);
  }
  .canned-manager .row {
    justify-content: space-between;
  }
  .canned-list {
    display: grid;
    gap: var(--_space-1);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .canned-list .row-title {
    flex: 1;
  }
  .presence {
    display: grid;
    gap: var(--_space-1);
  }
  .presence p {
    margin: 0;
    padding: var(--_space-1) var(--_space-2);
    border-inline-start: 3px solid var(--_color-warning);
    background: var(--_color-surface-muted);
  }
  .presence .presence-typing {
    font-weight: 600;
  }
  .ticket-fields h4 {
    margin: 0;
    font-size: var(--_font-size-small);
  }
  .ticket-fields-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: var(--_space-2) var(--_space-3);
  }
  .custom-field {
    display: grid;
    gap: var(--_space-1);
  }
`;
