import type { ListQuery } from '@rapport/core';
import { isFilterActive, type DealFilter } from './deal-filter.js';
import type { DealOutcome } from './deal-move.js';

/** How many closed deals the won and lost views list at first, and add with each "Show more". */
export const CLOSED_PAGE_SIZE = 25;

/**
 * The list query of a pipeline's won or lost deals, newest close first, with the board's owner
 * and search filters (the server has indexes for both; the amount, date and idle filters speak of
 * open deals). `shown` deals are asked for at once, so "Show more" is one request of the cache's own.
 */
export function closedDealsQuery(pipelineId: string, outcome: DealOutcome, filter: DealFilter, shown: number): ListQuery {
  const text = filter.text?.trim();
  return {
    where: { pipelineId, status: outcome, ...(filter.ownerId ? { ownerId: filter.ownerId } : {}) },
    sort: [{ field: 'closedAt', direction: 'desc' }],
    limit: shown,
    ...(text ? { q: text } : {}),
  };
}

/** Whether the filter holds a condition the closed views leave aside. */
export function hasOpenDealConditions({ ownerId: _owner, text: _text, ...openDealConditions }: DealFilter): boolean {
  return isFilterActive(openDealConditions);
}
