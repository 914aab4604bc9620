import type { TicketStatus } from '../schema/ticket.js';
import { businessMinutesBetween } from './business-calendar.js';
import { pauseStopsClock, type SlaPausedTicket, type SlaPolicyInput } from './sla-clock.js';

export type SlaPauseTicket = SlaPausedTicket;

/** The pause fields to write with a status change; `pausedAt: undefined` means remove the field. */
export interface SlaPausePatch {
  readonly pausedAt: string | undefined;
  readonly pausedMinutes?: number;
}

/**
 * What a status change does to the SLA pause: moving to `pending` (waiting on the customer) starts
 * a pause at `now`; leaving it adds the paused business minutes to `pausedMinutes`, unless the
 * pause started once the resolution target had run out (a breach stands; see `pauseStopsClock`).
 * `null` when the change does not touch the pause.
 */
export function slaPausePatch(ticket: SlaPauseTicket, nextStatus: TicketStatus, now: Date, policy: SlaPolicyInput): SlaPausePatch | null {
  if (nextStatus === 'pending' && ticket.pausedAt === undefined) return { pausedAt: now.toISOString() };
  if (nextStatus !== 'pending' && ticket.pausedAt !== undefined) {
    if (!pauseStopsClock(ticket, policy)) return { pausedAt: undefined };
    const minutes = businessMinutesBetween(new Date(ticket.pausedAt), now, policy.calendar);
    return { pausedAt: undefined, pausedMinutes: (ticket.pausedMinutes ?? 0) + minutes };
  }
  return null;
}
