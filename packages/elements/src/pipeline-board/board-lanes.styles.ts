import { css, unsafeCSS } from 'lit';
import { LANE_CELL_PADDING, LANE_GAP, LANE_HEADER_HEIGHT } from './lane-layout.js';

// The lanes' heights are worked out before they render (lane-layout.ts): the styles hold to them.
const headerHeight = unsafeCSS(`${LANE_HEADER_HEIGHT}px`);
const gap = unsafeCSS(`${LANE_GAP}px`);
const cellPadding = unsafeCSS(`${LANE_CELL_PADDING}px`);

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
    margin-bottom: ${gap};
  }
  .lane-header {
    position: sticky;
    left: 0;
    display: flex;
    align-items: center;
    gap: var(--_space-3);
    width: fit-content;
    height: ${headerHeight};
    white-space: nowrap;
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
  .lane-cell {
    min-height: 0;
  }
  .lane-cell .cards {
    height: 100%;
    padding: ${cellPadding};
  }
  .lane-cell.drop-target {
    outline-color: var(--_drop-color);
  }
  .lane-cell.refuses-drop {
    outline-color: var(--_color-danger);
  }
`;
