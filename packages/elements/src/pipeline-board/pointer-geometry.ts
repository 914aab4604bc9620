import type { Point } from './pointer-drag.js';

/** Pointer within this many pixels of a scroll area's edge scrolls it. */
const EDGE_PX = 48;
const MAX_STEP_PX = 18;

export function contains(rect: DOMRect, point: Point): boolean {
  return point.x >= rect.left && point.x <= rect.right && point.y >= rect.top && point.y <= rect.bottom;
}

/** The row of a list of fixed-height rows a pointer is over, from 0 (above the first row too). */
export function rowAt(list: HTMLElement, point: Point, rowHeight: number): number {
  return Math.max(0, Math.floor((point.y - list.getBoundingClientRect().top + list.scrollTop) / rowHeight));
}

/**
 * Scrolls `row` (sideways) and each of `lists` (up and down) when the pointer is near their
 * edges, faster the nearer it is. `true` when anything moved.
 */
export function scrollNearEdges(row: HTMLElement | null, lists: Iterable<HTMLElement>, point: Point): boolean {
  let scrolled = false;
  const scroll = (element: HTMLElement, start: number, end: number, at: number, axis: 'scrollTop' | 'scrollLeft') => {
    const step = at < start + EDGE_PX ? -speed(at - start) : at > end - EDGE_PX ? speed(end - at) : 0;
    if (step === 0) return;
    const before = element[axis];
    element[axis] = before + step;
    scrolled ||= element[axis] !== before;
  };
  if (row) {
    const rect = row.getBoundingClientRect();
    if (contains(rect, point)) scroll(row, rect.left, rect.right, point.x, 'scrollLeft');
  }
  for (const list of lists) {
    const rect = list.getBoundingClientRect();
    if (point.x >= rect.left && point.x <= rect.right) scroll(list, rect.top, rect.bottom, point.y, 'scrollTop');
  }
  return scrolled;
}

function speed(distanceFromEdge: number): number {
  return Math.ceil(MAX_STEP_PX * (1 - Math.max(0, distanceFromEdge) / EDGE_PX));
}
