import type { EarlyReads } from '@rapport/adapter-rest/early-reads';
import type { ListQuery } from '@rapport/core';
import { LARGEST_PAGE } from '../base/largest-page.js';
import type { StatusFilter } from './queue.js';

/** Enough SLA policies for any tenant: one per tier, a few contracts on top. */
export const POLICY_QUERY = { limit: 100 } as const;

/** The adapter condition of a status filter; `undefined` for every status. */
export function statusCondition(status: StatusFilter): ListQuery['where'] {
  if (status === '') return undefined;
  return { status: status === 'unresolved' ? { in: ['new', 'open', 'pending'] } : status };
}

/** The agent's queue: the tickets of a status filter, of one account or all, matching the search. */
export const queueListQuery = (status: StatusFilter, accountId: string, q?: string): ListQuery => ({
  where: { ...statusCondition(status), ...(accountId ? { accountId } : {}) },
  ...(q ? { q } : {}),
});

/**
 * What the agent's desk reads first: the unresolved tickets (of the `account-id` when it has one)
 * and the SLA policies that order them. The CDN entry asks for them while the desk's code downloads.
 */
export function startAgentDeskReads(widget: Element, reads: EarlyReads): void {
  if (widget.getAttribute('mode') !== 'agent' || widget.hasAttribute('ticket-id')) return;
  reads.list('tickets', { ...queueListQuery('unresolved', widget.getAttribute('account-id') ?? ''), limit: LARGEST_PAGE });
  reads.list('slaPolicies', POLICY_QUERY);
}
