import type { MessageAuthorKind, MessageVisibility, SlaPolicy, Ticket, TicketStatus, TicketUpdate } from '@rapport/core';
import { slaPausePatch } from '@rapport/core/domain';

/**
 * What moving a ticket to `next` writes besides the status: the resolution time when it is
 * resolved or closed (cleared again when it reopens, so the resolution clock runs on), and the SLA
 * pause while it waits on the customer, counted in the policy's business hours.
 */
export function statusPatch(ticket: Ticket, next: TicketStatus, now: Date, policy: SlaPolicy | undefined): TicketUpdate {
  const done = next === 'resolved' || next === 'closed';
  const patch: TicketUpdate = { status: next };
  if (done && !ticket.resolvedAt) patch.resolvedAt = now.toISOString();
  if (!done && ticket.resolvedAt) patch.resolvedAt = undefined;
  // Without a policy no clock runs, so a pause only needs to end.
  const pause = policy ? slaPausePatch(ticket, next, now, policy) : next !== 'pending' && ticket.pausedAt ? { pausedAt: undefined } : null;
  return { ...patch, ...pause };
}

/**
 * What a new message changes on its ticket, or `null` for nothing: the first public reply of an
 * agent stops the first-response clock and opens a new ticket; a customer's reply to a ticket
 * waiting on them opens it again, which ends the SLA pause.
 */
export function replyPatch(
  ticket: Ticket,
  author: MessageAuthorKind,
  visibility: MessageVisibility,
  now: Date,
  policy: SlaPolicy | undefined,
): TicketUpdate | null {
  if (author === 'customer') return ticket.status === 'pending' ? statusPatch(ticket, 'open', now, policy) : null;
  if (author !== 'agent' || visibility !== 'public' || ticket.firstRespondedAt) return null;
  return { firstRespondedAt: now.toISOString(), ...(ticket.status === 'new' ? statusPatch(ticket, 'open', now, policy) : {}) };
}
