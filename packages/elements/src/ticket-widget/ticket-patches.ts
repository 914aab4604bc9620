import type { MessageAuthorKind, MessageVisibility, SlaPolicy, Ticket, TicketStatus, TicketUpdate } from '@rapport/core';
import { replyClockPatch, slaPausePatch } from '@rapport/core/domain';

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
 * What a new message changes on its ticket, or `null` for nothing: an agent's public reply moves
 * the reply clocks (see `replyClockPatch`) and the first one opens a new ticket; a customer's reply
 * to a ticket waiting on them opens it again, which ends the SLA pause.
 */
export function replyPatch(
  ticket: Ticket,
  author: MessageAuthorKind,
  visibility: MessageVisibility,
  now: Date,
  policy: SlaPolicy | undefined,
): TicketUpdate | null {
  // A customer may not change the ticket over a server, whose automation starts the next-reply clock.
  if (author === 'customer') return ticket.status === 'pending' ? statusPatch(ticket, 'open', now, policy) : null;
  const clocks = author === 'agent' ? replyClockPatch(ticket, { authorKind: author, visibility, createdAt: now.toISOString() }) : null;
  if (!clocks) return null;
  return { ...clocks, ...(clocks.firstRespondedAt !== undefined && ticket.status === 'new' ? statusPatch(ticket, 'open', now, policy) : {}) };
}
