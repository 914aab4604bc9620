import type { Deal, Pipeline, Stage } from '@rapport/core';
import { addTo, DAY_MS, forecast, type ForecastGroup } from '@rapport/core/domain';
import { memo } from '../base/memo.js';
import { dealMatcher, isIdleIn, type DealFilter } from './deal-filter.js';
import { resorted, sortDeals, type DealSortKey } from './deal-order.js';

export interface BoardColumn {
  readonly stage: Stage;
  /** The deals shown: filtered, in order. */
  readonly deals: readonly Deal[];
  /** Every open deal in the stage, shown or filtered out: what a WIP limit counts. */
  readonly openCount: number;
  /** Count, face value and weighted value (Σ amount × probability) of the deals shown. */
  readonly summary: ForecastGroup;
  /** How many of the deals shown are idle (past the stage's rotting days). */
  readonly idleCount: number;
}

export interface BoardInput {
  readonly pipeline: Pipeline;
  /** The open deals of the pipeline as loaded. */
  readonly deals: readonly Deal[];
  /** Deals whose change is being saved, as they will be once saved: shown in place of the loaded ones. */
  readonly pending: ReadonlyMap<string, Deal>;
  readonly filter: DealFilter;
  readonly sort: DealSortKey;
  readonly collator: Intl.Collator;
  /** Now, to judge idleness; counted in whole days so a view stays the same within a day. */
  readonly nowMs: number;
}

/**
 * The last stage, when its probability is 1, is where won deals end up: the board offers it as
 * the "won" outcome rather than as a column, unless open deals sit in it.
 */
export function wonStageOf(pipeline: Pick<Pipeline, 'stages'>): Stage | undefined {
  const last = pipeline.stages.at(-1);
  return last && last.probability === 1 && pipeline.stages.length > 1 ? last : undefined;
}

/** Totals of several groups, kept per currency. */
export function sumGroups(groups: readonly ForecastGroup[]): ForecastGroup {
  const amount: Record<string, number> = {};
  const weighted: Record<string, number> = {};
  let count = 0;
  for (const group of groups) {
    count += group.count;
    for (const [currency, value] of Object.entries(group.amount)) addTo(amount, currency, value);
    for (const [currency, value] of Object.entries(group.weighted)) addTo(weighted, currency, value);
  }
  return { count, amount, weighted };
}

interface ShownEntry {
  readonly group: readonly Deal[];
  readonly filter: DealFilter;
  readonly sort: DealSortKey;
  readonly collator: Intl.Collator;
  readonly stageProbability: number;
  readonly idleDays: number | undefined;
  readonly day: number;
  readonly deals: readonly Deal[];
}

/**
 * The columns of a board, recomputed only where their input changed: a move touches two columns,
 * so it places the deal in those two (without sorting them again) and sums them, and reuses every
 * other column as it was. Grouping all deals by stage happens once per loaded data set.
 */
export class BoardColumns {
  #groups = new Map<string, readonly Deal[]>();
  readonly #shown = new Map<string, ShownEntry>();
  readonly #summaries = new WeakMap<readonly Deal[], ForecastGroup>();

  columns(input: BoardInput): BoardColumn[] {
    const groups = this.#applyPending(this.#group(input.deals, input.pipeline), input.pending);
    const wonStage = wonStageOf(input.pipeline);
    const columns: BoardColumn[] = [];
    for (const stage of input.pipeline.stages) {
      const group = groups.get(stage.id) ?? [];
      if (stage === wonStage && group.length === 0) continue;
      const deals = this.#shownDeals(stage, group, input);
      columns.push({ stage, deals, openCount: group.length, summary: this.#summary(deals, input.pipeline, stage), idleCount: this.#idleCount(deals, stage, input.nowMs) });
    }
    return columns;
  }

  readonly #group = memo((deals: readonly Deal[], pipeline: Pipeline): ReadonlyMap<string, readonly Deal[]> => {
    const next = new Map<string, Deal[]>(pipeline.stages.map((stage) => [stage.id, []]));
    for (const deal of deals) {
      if (deal.status === 'open' && deal.pipelineId === pipeline.id) next.get(deal.stageId)?.push(deal);
    }
    const groups = new Map<string, readonly Deal[]>();
    for (const [stageId, group] of next) {
      const before = this.#groups.get(stageId);
      // An unchanged stage keeps its array, and with it everything computed from it.
      groups.set(stageId, before && sameItems(before, group) ? before : group);
    }
    this.#groups = groups;
    return groups;
  });

  readonly #applyPending = memo((groups: ReadonlyMap<string, readonly Deal[]>, pending: ReadonlyMap<string, Deal>): ReadonlyMap<string, readonly Deal[]> => {
    if (pending.size === 0) return groups;
    const result = new Map(groups);
    for (const [id, deal] of pending) {
      for (const [stageId, group] of result) {
        const index = group.findIndex((candidate) => candidate.id === id);
        if (index >= 0) result.set(stageId, [...group.slice(0, index), ...group.slice(index + 1)]);
      }
      const target = result.get(deal.stageId);
      if (target && deal.status === 'open') result.set(deal.stageId, [...target, deal]);
    }
    return result;
  });

  #shownDeals(stage: Stage, group: readonly Deal[], { filter, sort, collator, nowMs }: BoardInput): readonly Deal[] {
    const before = this.#shown.get(stage.id);
    const day = filter.idle ? Math.floor(nowMs / DAY_MS) : 0;
    const sameView =
      before !== undefined && before.filter === filter && before.sort === sort && before.collator === collator && before.stageProbability === stage.probability && before.idleDays === stage.idleDays && before.day === day;
    if (sameView && before.group === group) return before.deals;
    const matches = dealMatcher(filter, (deal) => isIdleIn(stage, deal, nowMs));
    const context = { stageProbability: stage.probability, collator };
    const deals = sameView ? resorted(before.deals, before.group, group, matches, sort, context) : sortDeals(group.filter(matches), sort, context);
    this.#shown.set(stage.id, { group, filter, sort, collator, stageProbability: stage.probability, idleDays: stage.idleDays, day, deals });
    return deals;
  }

  #idleCount(deals: readonly Deal[], stage: Stage, nowMs: number): number {
    if (stage.idleDays === undefined) return 0;
    let count = 0;
    for (const deal of deals) if (isIdleIn(stage, deal, nowMs)) count++;
    return count;
  }

  #summary(deals: readonly Deal[], pipeline: Pipeline, stage: Stage): ForecastGroup {
    const known = this.#summaries.get(deals);
    if (known) return known;
    const summary = forecast(deals, [{ id: pipeline.id, stages: [stage] }]).total;
    this.#summaries.set(deals, summary);
    return summary;
  }
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
