import type { Deal, Pipeline } from '@rapport/core';
import type { forecast, ForecastGroup } from '@rapport/core/domain';
import type { BoardColumn, sumGroups } from './board-columns.js';

/** The sums the board works out, handed in (`lane-kit.ts` says why). */
export interface LaneSums {
  readonly forecast: typeof forecast;
  readonly sumGroups: typeof sumGroups;
}

/** What the board's rows of deals are grouped by: nothing (plain columns), the deal's owner or its account. */
export type BoardSwimlanes = 'none' | 'owner' | 'account';

/** A row of the board: the deals of one owner or account, a cell per stage. */
export interface Lane {
  /** The owner's or account's id; empty for the deals that have none. */
  readonly id: string;
  /** The lane's cell of each stage shown, as columns: a move within the lane asks them where it lands. */
  readonly columns: readonly BoardColumn[];
  /** Count, face value and weighted value of the lane's deals. */
  readonly summary: ForecastGroup;
}

/** The lane a deal sits in; a move between stages keeps it there. */
export function laneIdOf(deal: Deal, by: Exclude<BoardSwimlanes, 'none'>): string {
  return (by === 'owner' ? deal.ownerId : deal.accountId) ?? '';
}

/**
 * Splits the board's columns into lanes. Each stage's deals are split once per array the board's
 * columns hand over (they keep an unchanged stage's array), so a move splits only the two stages
 * it touched, and each cell keeps its array and its sums.
 */
export class LaneGrouping {
  readonly #split = new WeakMap<readonly Deal[], { readonly by: string; readonly cells: ReadonlyMap<string, readonly Deal[]> }>();
  readonly #summaries = new WeakMap<readonly Deal[], ForecastGroup>();
  readonly #sums: LaneSums;

  constructor(sums: LaneSums) {
    this.#sums = sums;
  }

  /** The lanes of the deals shown, in the order their first deal appears; each has a cell for every column. */
  lanes(pipeline: Pipeline, columns: readonly BoardColumn[], by: Exclude<BoardSwimlanes, 'none'>): Lane[] {
    const cellsByStage = columns.map((column) => this.#cells(column.deals, by));
    const ids = new Set<string>();
    for (const cells of cellsByStage) for (const id of cells.keys()) ids.add(id);
    return [...ids].map((id) => {
      const laneColumns = columns.map((column, index): BoardColumn => {
        const deals = cellsByStage[index]?.get(id) ?? [];
        // The stage's WIP limit counts every open deal of the stage, in any lane.
        return { stage: column.stage, deals, openCount: column.openCount, summary: this.#summary(deals, pipeline, column), idleCount: 0 };
      });
      return { id, columns: laneColumns, summary: this.#sums.sumGroups(laneColumns.map((column) => column.summary)) };
    });
  }

  #cells(deals: readonly Deal[], by: Exclude<BoardSwimlanes, 'none'>): ReadonlyMap<string, readonly Deal[]> {
    const known = this.#split.get(deals);
    if (known?.by === by) return known.cells;
    const cells = new Map<string, Deal[]>();
    for (const deal of deals) {
      const id = laneIdOf(deal, by);
      const cell = cells.get(id);
      if (cell) cell.push(deal);
      else cells.set(id, [deal]);
    }
    this.#split.set(deals, { by, cells });
    return cells;
  }

  #summary(deals: readonly Deal[], pipeline: Pipeline, column: BoardColumn): ForecastGroup {
    const known = this.#summaries.get(deals);
    if (known) return known;
    const summary = this.#sums.forecast(deals, [{ id: pipeline.id, stages: [column.stage] }]).total;
    this.#summaries.set(deals, summary);
    return summary;
  }
}
