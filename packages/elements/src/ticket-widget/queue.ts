import type { SlaPolicy, Ticket, TicketPriority, TicketStatus } from '@rapport/core';
import { ticketSla, type SlaState, type TicketSla } from './ticket-sla.js';

/** One row of the agent queue: a ticket with its SLA at the time the queue was worked out. */
export interface QueueEntry {
  readonly ticket: Ticket;
  readonly sla: TicketSla;
}

/** The statuses the queue asks the adapter for: `unresolved` is new, open and pending together. */
export type StatusFilter = TicketStatus | 'unresolved' | '';

/** The columns a queue can be sorted by; without a sort the queue is in SLA working order. */
export const queueSortKeys = ['number', 'subject', 'requester', 'status', 'priority', 'assignee', 'age', 'sla'] as const;
export type QueueSortKey = (typeof queueSortKeys)[number];

export interface QueueSort {
  readonly key: QueueSortKey;
  readonly direction: 'ascending' | 'descending';
}

/** The names a queue shows for the ids a ticket names, which its sort by requester or assignee follows. */
export interface QueueNames {
  readonly requester: (ticket: Ticket) => string;
  readonly assignee: (ticket: Ticket) => string;
}

/** The names a queue row shows, and whether each is still being read: the row then holds a placeholder, not a guess or an id. */
export interface QueueRowNames extends QueueNames {
  readonly pending: (ticket: Ticket, who: 'requester' | 'assignee') => boolean;
}

/** Filters applied to the loaded queue; an absent field matches every ticket. */
export interface QueueFilter {
  readonly priority?: TicketPriority | undefined;
  /** An agent's id, or `null` for unassigned tickets. */
  readonly assignee?: string | null | undefined;
  readonly sla?: SlaState | undefined;
}

// Listed here rather than read from the schemas, which would bring the validator into the widget's bundle.
export const ticketStatuses: readonly TicketStatus[] = ['new', 'open', 'pending', 'resolved', 'closed'];
export const ticketPriorities: readonly TicketPriority[] = ['low', 'normal', 'high', 'urgent'];

export const priorityRank: Readonly<Record<TicketPriority, number>> = { urgent: 0, high: 1, normal: 2, low: 3 };
/** The next sort when a column's header is chosen: ascending, then descending, then back to working order. */
export function nextSort(current: QueueSort | undefined, key: QueueSortKey): QueueSort | undefined {
  if (current?.key !== key) return { key, direction: 'ascending' };
  return current.direction === 'ascending' ? { key, direction: 'descending' } : undefined;
}

/**
 * The search text as the adapter should get it: trimmed, and a ticket number without its `#`
 * (`#1042` finds ticket 1042); `undefined` for no search.
 */
export function searchText(input: string): string | undefined {
  const text = input.trim().replace(/^#(?=\d+$)/, '');
  return text === '' ? undefined : text;
}

/** Text split around each case-insensitive occurrence of `query`, so matches can be marked without HTML. */
export function highlightParts(text: string, query: string | undefined): Array<{ readonly text: string; readonly match: boolean }> {
  if (!query) return [{ text, match: false }];
  const parts: Array<{ text: string; match: boolean }> = [];
  const lower = text.toLowerCase();
  const needle = query.toLowerCase();
  let from = 0;
  for (let at = lower.indexOf(needle); at !== -1 && needle; at = lower.indexOf(needle, from)) {
    if (at > from) parts.push({ text: text.slice(from, at), match: false });
    parts.push({ text: text.slice(at, at + needle.length), match: true });
    from = at + needle.length;
  }
  if (from < text.length) parts.push({ text: text.slice(from), match: false });
  return parts;
}

/**
 * The queue in working order: the SLA due soonest first (overdue tickets lead, since their due
 * time has passed), tickets with no running clock last; ties go to the higher priority, then the
 * older ticket.
 */
export function queueEntries(tickets: readonly Ticket[], policyOf: (ticket: Ticket) => SlaPolicy | undefined, now: Date): QueueEntry[] {
  return tickets
    .map((ticket) => ({ ticket, sla: ticketSla(ticket, policyOf(ticket), now) }))
    .sort(
      (a, b) =>
        // Two tickets without a due time give Infinity − Infinity = NaN, which is falsy: the tie-breaks decide.
        a.sla.dueAt - b.sla.dueAt ||
        priorityRank[a.ticket.priority] - priorityRank[b.ticket.priority] ||
        a.ticket.createdAt.localeCompare(b.ticket.createdAt),
    );
}

export function filterQueue(entries: readonly QueueEntry[], filter: QueueFilter): readonly QueueEntry[] {
  const { priority, assignee, sla } = filter;
  if (priority === undefined && assignee === undefined && sla === undefined) return entries;
  return entries.filter(
    ({ ticket, sla: ticketSla }) =>
      (priority === undefined || ticket.priority === priority) &&
      (assignee === undefined || (ticket.assigneeId ?? null) === assignee) &&
      (sla === undefined || ticketSla.state === sla),
  );
}
