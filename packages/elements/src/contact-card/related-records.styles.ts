import { css } from 'lit';

/** The related records' styles, adopted by the card when they arrive (see `adoptViewStyles`). */
export const relatedRecordsStyles = css`
  .related-group h4 {
    margin: 0;
    font-size: var(--_font-size-small);
    font-weight: 400;
    color: var(--_color-on-surface-muted);
  }
  .related-list {
    display: grid;
    gap: var(--_space-1);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* While loading, a group is as tall as one row of it, so the card does not shrink when the row comes. */
  .related-group .skeleton {
    padding: calc((1lh - 0.75rem) / 2 + var(--_space-1) + 1px) var(--_space-3);
  }
  .related-none {
    margin: 0;
    color: var(--_color-on-surface-muted);
  }
  [part~='related-link'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 var(--_space-2);
    width: 100%;
    min-width: 0;
    text-align: start;
    overflow-wrap: anywhere;
  }
  .related-meta {
    color: var(--_color-on-surface-muted);
    font-size: var(--_font-size-small);
  }
  .sla[data-sla='breached'] {
    color: var(--_color-danger);
    font-weight: 600;
  }
  .sla[data-sla='due-soon'] {
    color: var(--_color-warning);
  }
`;
