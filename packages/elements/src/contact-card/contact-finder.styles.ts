import { css } from 'lit';

/** The search box's styles, adopted by the card when it arrives (see `adoptViewStyles`). */
export const contactFinderStyles = css`
  .finder {
    display: grid;
    gap: var(--_space-2);
    position: relative;
  }
  .finder-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .finder-row input {
    flex: 1 1 12rem;
    min-width: 0;
  }
  .suggestions {
    display: grid;
    margin: 0;
    padding: 0;
    list-style: none;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-small);
    max-height: 18rem;
    overflow-y: auto;
  }
  .suggestions[hidden] {
    display: none;
  }
  [part~='suggestion'] {
    display: grid;
    padding: var(--_space-2) var(--_space-3);
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  [part~='suggestion'][aria-selected='true'] {
    background: var(--_color-surface-muted);
    box-shadow: inset 3px 0 0 var(--_color-primary);
  }
  .suggestion-meta,
  .finder-status {
    color: var(--_color-on-surface-muted);
    font-size: var(--_font-size-small);
  }
`;
