import type { ListQuery, SlaPolicy, Ticket, TicketPriority, TicketStatus } from '@rapport/core';
import { ticketSla, type SlaState, type TicketSla } from './ticket-sla.js';

/** One row of the agent queue: a ticket with its SLA at the time the queue was worked out. */
export interface QueueEntry {
  readonly ticket: Ticket;
  readonly sla: TicketSla;
}

/** The statuses the queue asks the adapter for: `unresolved` is new, open and pending together. */
export type StatusFilter = TicketStatus | 'unresolved' | '';

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

const priorityRank: Readonly<Record<TicketPriority, number>> = { urgent: 0, high: 1, normal: 2, low: 3 };

/** The adapter condition of a status filter; `undefined` for every status. */
export function statusCondition(status: StatusFilter): ListQuery['where'] {
  if (status === '') return undefined;
  return { status: status === 'unresolved' ? { in: ['new', 'open', 'pending'] } : status };
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
