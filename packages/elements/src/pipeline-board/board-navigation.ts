import type { Deal, Stage } from '@rapport/core';
import type { BoardModel, DealPlace, SlotPlace } from './board-model.js';
import { cardAfterKey as cardAfterKeyIn } from './card-focus.js';
import { effectiveRank, insertionIndex, rankBetween } from './deal-order.js';
import { slotAfterKey as slotAfterKeyIn, type DropSlot, type SlotKey } from './drop-slot.js';

// The questions the keyboard, the pointer and saving a move ask of what the board shows. Apart
// from the model, since only moving deals asks them: they load with the drag code, not with the board.

/** The stage of that id, if the board's pipeline has it. */
function stageOf(model: BoardModel, stageId: string): Stage | undefined {
  return model.pipeline.stages.find((candidate) => candidate.id === stageId);
}

/** A stage's deals as its column shows them, without `deal` (which only its own stage's column can hold). */
export function dealsWithout(model: BoardModel, stageId: string, deal: Deal): readonly Deal[] {
  const deals = model.columns.find((column) => column.stage.id === stageId)?.deals ?? [];
  return stageId === deal.stageId ? deals.filter((other) => other.id !== deal.id) : deals;
}

/** The card to focus once `dealId` leaves the board: the next one in its stage, else the one before. */
export function neighbourOf(model: BoardModel, dealId: string): { readonly stageId: string; readonly deal: Deal } | undefined {
  const found = model.locate(dealId);
  if (!found) return undefined;
  const deals = model.deals.get(found.stageId) ?? [];
  const neighbour = deals[found.index + 1] ?? deals[found.index - 1];
  return neighbour && { stageId: found.stageId, deal: neighbour };
}

/** The rank `deal` takes dropped at `index` of a stage, between its new neighbours; `undefined` unless the board is in rank order. */
export function rankAt(model: BoardModel, stageId: string, index: number, deal: Deal): number | undefined {
  if (model.sort !== 'rank') return undefined;
  const others = dealsWithout(model, stageId, deal);
  const previous = others[index - 1];
  const next = others[index];
  return rankBetween(previous && effectiveRank(previous), next && effectiveRank(next), effectiveRank(deal));
}

/** Where `deal` would land among the others of a stage the board sorts by something other than rank. */
export function sortedIndex(model: BoardModel, stageId: string, deal: Deal, others: readonly Deal[] = dealsWithout(model, stageId, deal)): number {
  return insertionIndex(others, { ...deal, stageId }, model.sort, { stageProbability: stageOf(model, stageId)?.probability ?? 0, collator: model.collator });
}

/** The slot an arrow key moves the held deal to, from `slot`. */
export function slotAfterKey(model: BoardModel, key: SlotKey, slot: DropSlot, deal: Deal): DropSlot {
  const columns = model.columns.map((column) => {
    const others = dealsWithout(model, column.stage.id, deal);
    return { stageId: column.stage.id, length: others.length, sortedIndex: model.sort === 'rank' ? 0 : sortedIndex(model, column.stage.id, deal, others) };
  });
  return slotAfterKeyIn(key, slot, columns, model.sort === 'rank');
}

/**
 * The slot of a stage a pointer is over, at `row` of its column: in rank order that row (at most
 * one past the others), else where the sort puts the deal; `undefined` in rank order without a row.
 */
export function slotIn(model: BoardModel, stageId: string, deal: Deal, row: number | undefined): DropSlot | undefined {
  const others = dealsWithout(model, stageId, deal);
  if (model.sort !== 'rank') return { kind: 'stage', stageId, index: sortedIndex(model, stageId, deal, others) };
  return row === undefined ? undefined : { kind: 'stage', stageId, index: Math.min(row, others.length) };
}

/** Place `index` of a stage as `deal` would take it: among the others there, one more place with it. */
export function placeOf(model: BoardModel, stageId: string, index: number, deal: Deal): SlotPlace {
  return { stage: stageOf(model, stageId)?.name ?? stageId, index, size: dealsWithout(model, stageId, deal).length + 1 };
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
