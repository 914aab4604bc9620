import type { Ticket, TicketStatus } from '@rapport/core';
import { priorityRank, type QueueEntry, type QueueNames, type QueueSort } from './queue.js';

const statusRank: Readonly<Record<TicketStatus, number>> = { new: 0, open: 1, pending: 2, resolved: 3, closed: 4 };

/**
 * The queue sorted by one column, ties kept in working order (the sort is stable). Ascending means
 * what a person expects first: lowest number, A–Z, most urgent, oldest first, SLA due soonest;
 * names compare in the locale's order and empty names go last either way.
 */
export function sortQueue(entries: readonly QueueEntry[], sort: QueueSort | undefined, names: QueueNames, locale: string): readonly QueueEntry[] {
  if (!sort) return entries;
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byText = (text: (ticket: Ticket) => string) => {
    // Each name is read once, not once per comparison: 10,000 rows take ~140,000 comparisons.
    const texts = new Map(entries.map(({ ticket }) => [ticket.id, text(ticket)]));
    return (a: QueueEntry, b: QueueEntry) => {
      const [x, y] = [texts.get(a.ticket.id) ?? '', texts.get(b.ticket.id) ?? ''];
      if (!x || !y) return (x ? 0 : 1) - (y ? 0 : 1);
      return sign * collator.compare(x, y);
    };
  };
  const byNumber = (value: (entry: QueueEntry) => number) => (a: QueueEntry, b: QueueEntry) => {
    const [x, y] = [value(a), value(b)];
    if (x === y) return 0;
    // Infinity (no number, no running clock) goes last either way.
    if (!Number.isFinite(x) || !Number.isFinite(y)) return Number.isFinite(x) ? -1 : 1;
    return sign * (x - y);
  };
  const compare = {
    number: byNumber(({ ticket }) => ticket.number ?? Infinity),
    subject: byText((ticket) => ticket.subject),
    requester: byText(names.requester),
    assignee: byText(names.assignee),
    status: byNumber(({ ticket }) => statusRank[ticket.status]),
    priority: byNumber(({ ticket }) => priorityRank[ticket.priority]),
    age: byNumber(({ ticket }) => Date.parse(ticket.createdAt)),
    sla: byNumber(({ sla }) => sla.dueAt),
  }[sort.key];
  return [...entries].sort(compare);
}

