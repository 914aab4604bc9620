import type { Deal, Stage } from '@rapport/core';
import { daysBetween, enteredCurrentStageAt } from '@rapport/core/domain';

/** What the board shows of each column; every condition given must hold. */
export interface DealFilter {
  readonly ownerId?: string;
  /** Case-insensitive text in the deal's name or tags. */
  readonly text?: string;
  /** Bounds on the amount, in the deal's own currency. */
  readonly minAmount?: number;
  readonly maxAmount?: number;
  /** Bounds on the expected close date (`YYYY-MM-DD`, inclusive); deals without one fall outside any bound. */
  readonly closesFrom?: string;
  readonly closesTo?: string;
  /** Only deals idle longer than their stage's rotting days (`idleDays`). */
  readonly idle?: boolean;
}

export function isFilterActive(filter: DealFilter): boolean {
  return Object.values(filter).some((value) => value !== undefined && value !== '');
}

/** A predicate for `filter`, with the text lowered once rather than once per deal; `isIdle` judges a deal of the stage matched. */
export function dealMatcher(filter: DealFilter, isIdle: (deal: Deal) => boolean = () => false): (deal: Deal) => boolean {
  const text = filter.text?.trim().toLocaleLowerCase() ?? '';
  const { ownerId, minAmount, maxAmount, closesFrom, closesTo } = filter;
  return (deal) => {
    if (ownerId && deal.ownerId !== ownerId) return false;
    if (filter.idle && !isIdle(deal)) return false;
    if (minAmount !== undefined && deal.amount < minAmount) return false;
    if (maxAmount !== undefined && deal.amount > maxAmount) return false;
    if (closesFrom && !(deal.expectedCloseDate && deal.expectedCloseDate >= closesFrom)) return false;
    if (closesTo && !(deal.expectedCloseDate && deal.expectedCloseDate <= closesTo)) return false;
    if (text && !deal.name.toLocaleLowerCase().includes(text) && !deal.tags.some((tag) => tag.toLocaleLowerCase().includes(text))) return false;
    return true;
  };
}

/** Whether a deal has sat in its stage longer than the stage's rotting days, at `nowMs`. */
export function isIdleIn(stage: Pick<Stage, 'idleDays'>, deal: Deal, nowMs: number): boolean {
  return stage.idleDays !== undefined && daysBetween(enteredCurrentStageAt(deal), nowMs) > stage.idleDays;
}
