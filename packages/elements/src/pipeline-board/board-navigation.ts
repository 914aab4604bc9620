import type { Deal } from '@rapport/core';
import type { BoardModel, DealPlace, SlotPlace } from './board-model.js';
import { cardAfterKey as cardAfterKeyIn } from './card-focus.js';
import { insertionIndex } from './deal-order.js';
import { slotAfterKey as slotAfterKeyIn, type DropSlot, type SlotKey } from './drop-slot.js';

// The questions the keyboard and the pointer ask of what the board shows. Apart from the model,
// since only moving deals asks them: they load with the drag code, not with the board.

/** Where `deal` would land among the others of a stage the board sorts by something other than rank. */
export function sortedIndex(model: BoardModel, stageId: string, deal: Deal, others: readonly Deal[] = model.dealsWithout(stageId, deal)): number {
  return insertionIndex(others, { ...deal, stageId }, model.sort, { stageProbability: model.stage(stageId)?.probability ?? 0, collator: model.collator });
}

/** The slot an arrow key moves the held deal to, from `slot`. */
export function slotAfterKey(model: BoardModel, key: SlotKey, slot: DropSlot, deal: Deal): DropSlot {
  const columns = model.columns.map((column) => {
    const others = model.dealsWithout(column.stage.id, deal);
    return { stageId: column.stage.id, length: others.length, sortedIndex: model.sort === 'rank' ? 0 : sortedIndex(model, column.stage.id, deal, others) };
  });
  return slotAfterKeyIn(key, slot, columns, model.sort === 'rank');
}

/**
 * The slot of a stage a pointer is over, at `row` of its column: in rank order that row (at most
 * one past the others), else where the sort puts the deal; `undefined` in rank order without a row.
 */
export function slotIn(model: BoardModel, stageId: string, deal: Deal, row: number | undefined): DropSlot | undefined {
  const others = model.dealsWithout(stageId, deal);
  if (model.sort !== 'rank') return { kind: 'stage', stageId, index: sortedIndex(model, stageId, deal, others) };
  return row === undefined ? undefined : { kind: 'stage', stageId, index: Math.min(row, others.length) };
}

/** Place `index` of a stage as `deal` would take it: among the others there, one more place with it. */
export function placeOf(model: BoardModel, stageId: string, index: number, deal: Deal): SlotPlace {
  return { stage: model.stage(stageId)?.name ?? stageId, index, size: model.dealsWithout(stageId, deal).length + 1 };
}

/**
 * The card a navigation key moves focus to from `from` (no deal held): along the column, to its
 * ends, or to the nearest column with cards; `undefined` for a key that moves nothing.
 */
export function cardAfterKey(model: BoardModel, key: string, from: DealPlace): DealPlace | undefined {
  const stageIds = model.columns.map((column) => column.stage.id);
  const lengths = stageIds.map((id) => model.deals.get(id)?.length ?? 0);
  const next = cardAfterKeyIn(key, { column: stageIds.indexOf(from.stageId), index: from.index }, lengths);
  if (!next) return undefined;
  const stageId = stageIds[next.column] as string;
  const deal = model.deals.get(stageId)?.[next.index];
  return deal && { deal, stageId, index: next.index };
}
