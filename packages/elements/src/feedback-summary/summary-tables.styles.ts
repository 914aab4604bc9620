import { css } from 'lit';

/** The summary's tables (a chart's numbers, the segments), adopted with the first part that shows one (see `adoptViewStyles`). */
export const summaryTablesStyles = css`
  .table-scroll {
    overflow-x: auto;
  }
  .table-scroll[hidden] {
    display: none;
  }
  .table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  .table caption {
    text-align: start;
    color: var(--_color-on-surface-muted);
  }
  .table th,
  .table td {
    padding: var(--_space-1) var(--_space-3);
    border-bottom: 1px solid var(--_color-border);
    text-align: end;
  }
  .table th[scope='col']:first-child,
  .table th[scope='row'] {
    text-align: start;
  }
`;
