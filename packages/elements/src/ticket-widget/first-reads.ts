import type { EarlyReads } from '@rapport/adapter-rest/early-reads';
import type { ListQuery } from '@rapport/core';
import { LARGEST_PAGE } from '../base/largest-page.js';
import type { StatusFilter } from './queue.js';
import type { TicketWidgetMode } from './ticket-widget.js';

/**
 * The mode a ticket widget shows without a `mode` attribute, a customer's page: the widget's own
 * default, which it does not import from here (this file would become a shared chunk of its first load).
 */
export const DEFAULT_TICKET_WIDGET_MODE: TicketWidgetMode = 'customer';

/** Enough SLA policies for any tenant: one per tier, a few contracts on top. */
export const POLICY_QUERY = { limit: 100 } as const;

/** The tenant's ticket categories, in their order: more than a tenant keeps, so they arrive in one read. */
export const CATEGORY_QUERY: ListQuery = { sort: [{ field: 'order' }, { field: 'key' }], limit: 200 };

/** A customer's own tickets, most recently active first; a customer rarely has more than a page. */
export const myTicketsQuery = (contactId: string): ListQuery => ({ where: { requesterId: contactId }, sort: [{ field: 'updatedAt', direction: 'desc' }], limit: 100 });

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
 * What the widget reads first, unless it opens on one ticket: the agent's desk its unresolved
 * tickets (of the `account-id` when it has one) and the SLA policies that order them; a customer's
 * page (the default mode) the ticket categories and, for a `contact-id`, that customer's tickets.
 * The CDN entry asks for them while the widget's code downloads.
 */
export function startTicketWidgetReads(widget: Element, reads: EarlyReads): void {
  if (widget.hasAttribute('ticket-id')) return;
  if ((widget.getAttribute('mode') ?? DEFAULT_TICKET_WIDGET_MODE) === 'agent') {
    reads.list('tickets', { ...queueListQuery('unresolved', widget.getAttribute('account-id') ?? ''), limit: LARGEST_PAGE });
    reads.list('slaPolicies', POLICY_QUERY);
    return;
  }
  reads.list('ticketCategories', CATEGORY_QUERY);
  const contactId = widget.getAttribute('contact-id');
  if (contactId) reads.list('tickets', myTicketsQuery(contactId));
}
