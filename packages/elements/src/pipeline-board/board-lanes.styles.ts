import { css, unsafeCSS } from 'lit';
import { LANE_CELL_ROWS } from './board-lanes.js';
import { CARD_ROW_HEIGHT } from './deal-card.js';

/** A cell's cards scroll past this height, which is what its window assumes before it is measured. */
const cellHeight = unsafeCSS(`${LANE_CELL_ROWS * CARD_ROW_HEIGHT}px`);

/**
 * The board in swimlanes: one scrolling area, whose row of stages stays at its top and whose lane
 * names stay at its left. Adopted with the board's part, which alone renders lanes.
 */
export const boardLanesStyles = css`
  .columns.lanes {
    display: block;
    overflow: auto;
    overscroll-behavior: contain;
  }
  .lane-stages,
  .lane-cells {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: var(--_column-width);
    gap: var(--_space-3);
    width: max-content;
  }
  .lane-stages {
    position: sticky;
    top: 0;
    z-index: 1;
    padding-bottom: var(--_space-2);
    background: var(--_color-surface);
  }
  .lane-stage {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space-2);
    padding: var(--_space-2) var(--_space-3);
    border-radius: var(--_radius);
    background: var(--_column-background);
  }
  .lane-stage .stage-name {
    flex-basis: 100%;
  }
  .lane {
    width: max-content;
    margin-bottom: var(--_space-3);
  }
  .lane-header {
    position: sticky;
    left: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-1) var(--_space-3);
    width: fit-content;
    padding: var(--_space-1) 0;
  }
  .lane-name {
    margin: 0;
    font-size: var(--_font-size);
  }
  .lane-toggle {
    display: inline-flex;
    gap: var(--_space-1);
    align-items: baseline;
    border: 0;
    padding: 0 var(--_space-1);
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .lane-toggle::before {
    content: '▾';
  }
  .lane-toggle[aria-expanded='false']::before {
    content: '▸';
  }
  .lane-cell {
    border-radius: var(--_radius);
    background: var(--_column-background);
    outline: 2px solid transparent;
    outline-offset: -2px;
  }
  .lane-cell .cards {
    min-height: 3rem;
    max-height: ${cellHeight};
  }
  .lane-cell.drop-target {
    outline-color: var(--_drop-color);
  }
  .lane-cell.refuses-drop {
    outline-color: var(--_color-danger);
  }
`;
