/**
 * The parts that the board's part fetches in its turn, when they are asked for. Import these
 * modules only through here (a static import puts them back into the board's part); one table,
 * so a test can stand in for a fetch that fails.
 */
export const boardPartChunks = {
  /** Swimlanes, once a board shows them. */
  lanes: () => import('./board-lanes.js'),
  /** The won and lost lists, the first time one is chosen. */
  closed: () => import('./closed-deals-list.js'),
};
