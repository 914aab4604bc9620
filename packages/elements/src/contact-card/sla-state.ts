import type { Ticket } from '@rapport/core';
import type { SlaState } from './contact-card-views.messages.js';

/** Within this much of its next SLA target, a ticket is due soon. */
const DUE_SOON_MS = 4 * 3_600_000;

/**
 * Where an open ticket stands against the next SLA target the server scheduled for it (the first
 * reply until there is one, then the resolution): paused while waiting on the customer, breached
 * past the target, due soon within four hours. `undefined` without a target (no SLA policy).
 */
export function slaStateOf(ticket: Ticket, now: Date): SlaState | undefined {
  if (ticket.status === 'pending' || ticket.pausedAt) return 'paused';
  const due = ticket.firstRespondedAt ? ticket.resolutionDueAt : (ticket.firstResponseDueAt ?? ticket.resolutionDueAt);
  if (!due) return undefined;
  const left = Date.parse(due) - now.getTime();
  return left < 0 ? 'breached' : left < DUE_SOON_MS ? 'due-soon' : 'on-track';
}
