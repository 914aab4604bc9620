import type { Deal, Pipeline, Stage } from '@rapport/core';
import type { BoardColumn } from './board-columns.js';
import type { CardState } from './deal-card.js';
import { breaksWipLimit } from './deal-move.js';
import type { DealSortKey } from './deal-order.js';
import type { DropSlot } from './drop-slot.js';

/** A deal picked up, where it came from and where it would land now. */
export interface Drag {
  readonly mode: 'keyboard' | 'pointer';
  readonly deal: Deal;
  readonly origin: { readonly stageId: string; readonly index: number };
  readonly target: DropSlot;
}

/** Where a deal sits on the board: its stage and its place in the stage's column. */
export interface DealPlace {
  readonly deal: Deal;
  readonly stageId: string;
  readonly index: number;
}

/** A place in a stage as announced: the stage's name, the 0-based place and how many places there are. */
export interface SlotPlace {
  readonly stage: string;
  readonly index: number;
  readonly size: number;
}

/**
 * What the board shows, without a DOM: its columns, each column's cards as shown (a dragged deal
 * already where it would land), and the questions the keyboard, the pointer and the drop ask of
 * it (those of moving deals, and of saving a move, are in `board-navigation.ts`). The keyboard and the pointer act on
 * what the user sees, so the drag controller keeps the last one the board rendered.
 */
export class BoardModel {
  readonly pipeline: Pipeline;
  readonly columns: readonly BoardColumn[];
  readonly sort: DealSortKey;
  readonly drag: Drag | undefined;
  readonly collator: Intl.Collator;
  /** Whether a drop into a stage at its WIP limit is refused, rather than only shown. */
  readonly #enforceWipLimits: boolean;
  /** Each stage's cards as shown: a dragged deal is taken out of its column and put where it would land. */
  readonly deals: ReadonlyMap<string, readonly Deal[]>;

  constructor(pipeline: Pipeline, columns: readonly BoardColumn[], drag: Drag | undefined, sort: DealSortKey, collator: Intl.Collator, enforceWipLimits = false) {
    this.pipeline = pipeline;
    this.columns = columns;
    this.sort = sort;
    this.drag = drag;
    this.collator = collator;
    this.#enforceWipLimits = enforceWipLimits;
    this.deals = withDrag(columns, drag);
  }

  /** Where a deal is shown now. */
  locate(dealId: string): DealPlace | undefined {
    for (const [stageId, deals] of this.deals) {
      const index = deals.findIndex((deal) => deal.id === dealId);
      if (index >= 0) return { deal: deals[index] as Deal, stageId, index };
    }
    return undefined;
  }

  /** How a deal's card shows: held (and how), being saved, or at rest. */
  cardState(deal: Deal, saving: boolean): CardState {
    const drag = this.drag;
    if (drag?.deal.id === deal.id) {
      if (drag.target.kind === 'outcome') return 'leaving';
      return drag.mode === 'pointer' ? 'placeholder' : 'lifted';
    }
    return saving ? 'saving' : 'resting';
  }

  /** Whether some stage holds more open deals than its WIP limit. */
  get wipExceeded(): boolean {
    return this.columns.some(overWipLimit);
  }

  /** The stage whose WIP limit a drop of `deal` would break, when limits are enforced; `undefined` when the drop may go ahead. */
  wipRefusal(stageId: string, deal: Deal): Stage | undefined {
    if (!this.#enforceWipLimits || stageId === deal.stageId) return undefined;
    const column = this.columns.find((candidate) => candidate.stage.id === stageId);
    return column && breaksWipLimit(column.stage.wipLimit, column.openCount) ? column.stage : undefined;
  }
}

/** Whether a stage holds more open deals than its WIP limit. */
export function overWipLimit(column: BoardColumn): boolean {
  return column.stage.wipLimit !== undefined && column.openCount > column.stage.wipLimit;
}

function withDrag(columns: readonly BoardColumn[], drag: Drag | undefined): Map<string, readonly Deal[]> {
  const shown = new Map(columns.map((column) => [column.stage.id, column.deals]));
  if (!drag || drag.target.kind !== 'stage') return shown;
  const { deal, target } = drag;
  const from = shown.get(deal.stageId);
  if (from) shown.set(deal.stageId, from.filter((other) => other.id !== deal.id));
  const into = shown.get(target.stageId) ?? [];
  shown.set(target.stageId, [...into.slice(0, target.index), deal, ...into.slice(target.index)]);
  return shown;
}
