import type { Ticket, TicketStatus } from '../schema/ticket.js';
import { businessMinutesBetween, type CalendarInput } from './business-calendar.js';

export type SlaPauseTicket = Pick<Ticket, 'pausedAt' | 'pausedMinutes'>;

/** The pause fields to write with a status change; `pausedAt: undefined` means remove the field. */
export interface SlaPausePatch {
  readonly pausedAt: string | undefined;
  readonly pausedMinutes?: number;
}

/**
 * What a status change does to the SLA pause: moving to `pending` (waiting on the customer) starts
 * a pause at `now`; leaving it adds the paused business minutes to `pausedMinutes`. `null` when the
 * change does not touch the pause.
 */
export function slaPausePatch(ticket: SlaPauseTicket, nextStatus: TicketStatus, now: Date, calendar: CalendarInput): SlaPausePatch | null {
  if (nextStatus === 'pending' && ticket.pausedAt === undefined) return { pausedAt: now.toISOString() };
  if (nextStatus !== 'pending' && ticket.pausedAt !== undefined) {
    const minutes = businessMinutesBetween(new Date(ticket.pausedAt), now, calendar);
    return { pausedAt: undefined, pausedMinutes: (ticket.pausedMinutes ?? 0) + minutes };
  }
  return null;
}
