import { css } from 'lit';

/**
 * The card's forms (the contact's editor, a new contact, the quick actions' composer) and their
 * notices, adopted by the card when one of them arrives (see `adoptViewStyles`).
 */
export const cardFormsStyles = css`
  .edit-form,
  .composer {
    display: grid;
    gap: var(--_space-2);
  }
  .field {
    display: grid;
    gap: var(--_space-1);
  }
  .field :is(input, select, textarea) {
    min-width: 0;
    max-width: 100%;
  }
  .form-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .conflict,
  .overlap-warning {
    padding: var(--_space-3);
    border-radius: var(--_radius-small);
    background: var(--_color-warning-surface);
    color: var(--_color-warning);
  }
  .conflict p,
  .overlap-warning p {
    margin: var(--_space-1) 0;
  }
  .conflict table {
    width: 100%;
    border-collapse: collapse;
    color: var(--_color-on-surface);
  }
  .conflict th,
  .conflict td {
    padding: var(--_space-1);
    text-align: start;
    border-bottom: 1px solid var(--_color-border);
  }
`;
