// Every lane's height is known before it renders, as every card's is: the lanes out of view are
// rendered as their header and an empty block of the same height, so 10,000 deals in six lanes
// render the cards of the two or three lanes in view.

/** A lane's cell shows at most this many cards, and scrolls the rest. */
export const LANE_CELL_ROWS = 3;
/** Height of a lane's header, in CSS pixels; the styles hold it to this. */
export const LANE_HEADER_HEIGHT = 40;
/** Space below each lane. */
export const LANE_GAP = 12;
/** Padding of a cell around its cards. */
export const LANE_CELL_PADDING = 8;
/** Lanes this far (in CSS pixels) above or below the view are rendered too, so a scroll never shows an empty lane. */
const MARGIN = 200;

/** Height of a lane's row of cells of cards `rowHeight` high: its longest cell's cards, up to `LANE_CELL_ROWS`, at least one. */
export function laneCellsHeight(rowHeight: number, longest: number): number {
  return Math.min(LANE_CELL_ROWS, Math.max(1, longest)) * rowHeight + 2 * LANE_CELL_PADDING;
}

/** Indices of the lanes, given each one's height in order, that overlap the view from `top` down `height` pixels. */
export function lanesInView(heights: readonly number[], top: number, height: number): number[] {
  const shown: number[] = [];
  let start = 0;
  heights.forEach((laneHeight, index) => {
    const end = start + laneHeight;
    if (end > top - MARGIN && start < top + height + MARGIN) shown.push(index);
    start = end;
  });
  return shown;
}
