import type { Deal } from '@rapport/core';

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
}

export function isFilterActive(filter: DealFilter): boolean {
  return Object.values(filter).some((value) => value !== undefined && value !== '');
}

/** A predicate for `filter`, with the text lowered once rather than once per deal. */
export function dealMatcher(filter: DealFilter): (deal: Deal) => boolean {
  const text = filter.text?.trim().toLocaleLowerCase() ?? '';
  const { ownerId, minAmount, maxAmount, closesFrom, closesTo } = filter;
  return (deal) => {
    if (ownerId && deal.ownerId !== ownerId) return false;
    if (minAmount !== undefined && deal.amount < minAmount) return false;
    if (maxAmount !== undefined && deal.amount > maxAmount) return false;
    if (closesFrom && !(deal.expectedCloseDate && deal.expectedCloseDate >= closesFrom)) return false;
    if (closesTo && !(deal.expectedCloseDate && deal.expectedCloseDate <= closesTo)) return false;
    if (text && !deal.name.toLocaleLowerCase().includes(text) && !deal.tags.some((tag) => tag.toLocaleLowerCase().includes(text))) return false;
    return true;
  };
}
