import { outcomes, type DealOutcome } from './deal-move.js';

/** Where a dragged deal would land: a place in a stage, or one of the closing outcomes. */
export type DropSlot =
  | { readonly kind: 'stage'; readonly stageId: string; readonly index: number }
  | { readonly kind: 'outcome'; readonly outcome: DealOutcome };

/** A column as the keyboard sees it while a deal is lifted. */
export interface SlotColumn {
  readonly stageId: string;
  /** Deals shown in it, the lifted one left out. */
  readonly length: number;
  /** Where the lifted deal falls in it when the board is sorted by a key rather than by hand. */
  readonly sortedIndex: number;
}

export type SlotKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

export function isSlotKey(key: string): key is SlotKey {
  return key.startsWith('Arrow');
}


/**
 * The slot an arrow key leads to. Up and down change the place within a stage when the board is
 * in its own (`ranked`) order; in a sorted board the place follows the sort. Left and right go to
 * the neighbouring stage, and past the last stage to "won", then "lost".
 */
export function slotAfterKey(key: SlotKey, slot: DropSlot, columns: readonly SlotColumn[], ranked: boolean): DropSlot {
  const placeIn = (column: SlotColumn, index: number): DropSlot => ({
    kind: 'stage',
    stageId: column.stageId,
    index: ranked ? Math.min(Math.max(0, index), column.length) : column.sortedIndex,
  });
  if (slot.kind === 'outcome') {
    const at = outcomes.indexOf(slot.outcome);
    if (key === 'ArrowRight') return { kind: 'outcome', outcome: outcomes[Math.min(at + 1, outcomes.length - 1)] as DealOutcome };
    if (key !== 'ArrowLeft') return slot;
    if (at > 0) return { kind: 'outcome', outcome: outcomes[at - 1] as DealOutcome };
    const last = columns.at(-1);
    return last ? placeIn(last, 0) : slot;
  }
  const at = columns.findIndex((column) => column.stageId === slot.stageId);
  const column = columns[at];
  if (!column) return slot;
  switch (key) {
    case 'ArrowUp':
      return placeIn(column, slot.index - 1);
    case 'ArrowDown':
      return placeIn(column, slot.index + 1);
    case 'ArrowLeft': {
      const previous = columns[at - 1];
      return previous ? placeIn(previous, slot.index) : slot;
    }
    case 'ArrowRight': {
      const next = columns[at + 1];
      return next ? placeIn(next, slot.index) : { kind: 'outcome', outcome: 'won' };
    }
  }
}

export function sameSlot(a: DropSlot, b: DropSlot): boolean {
  if (a.kind === 'outcome') return b.kind === 'outcome' && a.outcome === b.outcome;
  return b.kind === 'stage' && a.stageId === b.stageId && a.index === b.index;
}
