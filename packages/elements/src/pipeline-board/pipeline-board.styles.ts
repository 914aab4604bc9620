import { css, unsafeCSS } from 'lit';
import { CARD_ROW_HEIGHT } from './deal-card.js';

/** The card's own height: its row less the gap below it. */
const cardHeight = unsafeCSS(`${CARD_ROW_HEIGHT - 8}px`);

export const pipelineBoardStyles = css`
  :host {
    --_board-height: var(--crm-pipeline-board-height, 36rem);
    --_column-width: var(--crm-pipeline-board-column-width, 12rem);
    --_column-background: var(--crm-pipeline-board-column-background, var(--_color-surface-muted));
    --_card-background: var(--crm-pipeline-board-card-background, var(--_color-surface));
    --_drop-color: var(--crm-pipeline-board-drop-color, var(--_color-primary));
    background: var(--_color-surface);
    container-type: inline-size;
  }
  .board {
    display: grid;
    gap: var(--_space-3);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-2) var(--_space-3);
  }
  .field {
    display: grid;
    gap: var(--_space-1);
  }
  .field > span {
    font-size: var(--_font-size-small);
    color: var(--_color-on-surface-muted);
  }
  .field.search input {
    min-width: 12rem;
  }
  .field.number input {
    width: 8rem;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-4);
    margin: 0;
    color: var(--_color-on-surface-muted);
  }
  .summary strong {
    color: var(--_color-on-surface);
  }
  .filtered {
    color: var(--_color-warning);
  }
  .columns {
    display: flex;
    gap: var(--_space-3);
    height: var(--_board-height);
    overflow-x: auto;
    overscroll-behavior-x: contain;
  }
  .column {
    flex: 1 0 var(--_column-width);
    max-width: 24rem;
    display: flex;
    flex-direction: column;
    min-height: 0;
    border-radius: var(--_radius);
    background: var(--_column-background);
    outline: 2px solid transparent;
    outline-offset: -2px;
  }
  .column-header {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto auto;
    align-items: center;
    gap: var(--_space-1) var(--_space-2);
    padding: var(--_space-3);
    border-bottom: 1px solid var(--_color-border);
  }
  .stage-name,
  .card-name {
    margin: 0;
    font-size: var(--_font-size);
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .count {
    grid-area: 2 / 1;
    color: var(--_color-on-surface-muted);
    font-size: var(--_font-size-small);
    white-space: nowrap;
  }
  .wip {
    grid-column: 1 / -1;
    font-size: var(--_font-size-small);
    color: var(--_color-on-surface-muted);
  }
  .wip[data-exceeded] {
    padding: 0 var(--_space-2);
    border-radius: var(--_radius-small);
    background: var(--_color-warning-surface);
    color: var(--crm-pipeline-board-wip-exceeded-color, var(--_color-warning));
    font-weight: 600;
  }
  .sums {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    margin: 0;
    font-size: var(--_font-size-small);
  }
  .sums div {
    display: flex;
    gap: var(--_space-1);
  }
  .sums dt {
    color: var(--_color-on-surface-muted);
  }
  .sums dd {
    margin: 0;
    font-weight: 600;
  }
  .cards {
    flex: 1;
    min-height: 0;
    overflow-y: auto;
    overscroll-behavior-y: contain;
    padding: var(--_space-2);
  }
  .column-empty {
    margin: var(--_space-4) 0;
    text-align: center;
    color: var(--_color-on-surface-muted);
  }
  .card {
    display: grid;
    align-content: start;
    gap: 2px;
    height: ${cardHeight};
    padding: var(--_space-2) var(--_space-3);
    overflow: hidden;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-small);
    background: var(--_card-background);
    box-shadow: var(--_shadow);
    cursor: grab;
    user-select: none;
    -webkit-touch-callout: none;
  }
  .card.idle {
    border-inline-start: 3px solid var(--_color-warning);
  }
  .card.idle .age,
  .idle-count {
    color: var(--_color-warning);
  }
  .idle-count {
    grid-area: 2 / 2 / auto / -1;
    justify-self: end;
    font-size: var(--_font-size-small);
    font-weight: 600;
  }
  .idle-only {
    display: flex;
    gap: var(--_space-1);
    align-items: center;
  }
  .card.saving {
    cursor: progress;
  }
  .card.saving .age {
    color: var(--_color-primary);
  }
  .card-line {
    display: flex;
    justify-content: space-between;
    gap: var(--_space-2);
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-size: var(--_font-size-small);
  }
  .card-line > span {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  /* An amount or a date is never cut short: the probability and the age beside them give way. */
  .card-line > .amount,
  .card-line > .closes {
    flex-shrink: 0;
  }
  .muted {
    color: var(--_color-on-surface-muted);
  }
  .amount {
    font-weight: 600;
  }
  .outcomes {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: var(--_space-3);
  }
  .outcome {
    display: grid;
    justify-items: center;
    padding: var(--_space-2);
    border: 2px dashed var(--_color-border);
    border-radius: var(--_radius);
    color: var(--_color-on-surface-muted);
    font-size: var(--_font-size-small);
  }
  .outcome strong {
    font-size: var(--_font-size);
  }
  .outcome.won strong {
    color: var(--_color-success);
  }
  .outcome.lost strong {
    color: var(--_color-danger);
  }
  .add-deal {
    min-width: 1.75rem;
    min-height: 1.75rem;
    padding: 0 var(--_space-2);
    line-height: 1;
  }
  .new-deal {
    margin-inline-start: auto;
  }
  /* Where one column fits, the row shows one stage at a time, and a swipe moves to the next. */
  @container (max-width: 30rem) {
    .columns {
      scroll-snap-type: x mandatory;
    }
    .column {
      flex-basis: 100%;
      max-width: none;
      scroll-snap-align: start;
    }
  }
`;
