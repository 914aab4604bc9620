import type { SlaPolicy, Ticket } from '@rapport/core';
import { slaStatus, type SlaClock, type SlaStatus } from '@rapport/core/domain';

/**
 * Where a ticket stands against its SLA, for the queue's filter and badges: `breached` once a
 * running clock is past its target, `at-risk` from `AT_RISK_PERCENT` of it, `paused` while waiting
 * on the customer, `none` when no clock runs (no policy, or the reply and resolution are done).
 */
export type SlaState = 'breached' | 'at-risk' | 'on-track' | 'paused' | 'none';

export const slaStates: readonly SlaState[] = ['breached', 'at-risk', 'on-track', 'paused', 'none'];

export const AT_RISK_PERCENT = 75;

export interface TicketSla {
  /** Both clocks, or `null` without a policy that covers the ticket's priority. */
  readonly status: SlaStatus | null;
  readonly state: SlaState;
  /** When the running clock due first runs out, in epoch ms; `Infinity` when none runs. */
  readonly dueAt: number;
}

/** The clocks of an SLA status, first response first. */
export function clocksOf(status: SlaStatus | null): readonly SlaClock[] {
  return status ? [status.firstResponse, ...(status.nextReply ? [status.nextReply] : []), status.resolution] : [];
}

/** A ticket's SLA at `now` under `policy` (none when `undefined`). */
export function ticketSla(ticket: Ticket, policy: SlaPolicy | undefined, now: Date): TicketSla {
  const status = policy ? slaStatus(ticket, policy, now) : null;
  const running = clocksOf(status).filter((clock) => clock.state === 'running');
  const dueAt = Math.min(...running.map((clock) => clock.dueAt?.getTime() ?? Infinity));
  let state: SlaState = 'none';
  if (running.some((clock) => clock.breached)) state = 'breached';
  else if (running.some((clock) => clock.percentUsed >= AT_RISK_PERCENT)) state = 'at-risk';
  else if (running.length > 0) state = 'on-track';
  else if (status?.resolution.state === 'paused') state = 'paused';
  return { status, state, dueAt };
}
