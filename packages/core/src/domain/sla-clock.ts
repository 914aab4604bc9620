import type { SlaPolicy } from '../schema/sla-policy.js';
import type { Ticket } from '../schema/ticket.js';
import { addBusinessMinutes, businessMinutesBetween } from './business-calendar.js';

/** Which clock of an SLA policy: the time to the first reply, or to the resolution. */
export type SlaTargetKind = 'first-response' | 'resolution';

export type SlaTicket = Pick<Ticket, 'priority' | 'createdAt' | 'firstRespondedAt' | 'resolvedAt' | 'pausedAt' | 'pausedMinutes'>;
export type SlaPolicyInput = Pick<SlaPolicy, 'targets' | 'calendar' | 'escalation'>;

/**
 * One SLA clock of a ticket at an instant. `running`: time is counting; `paused`: waiting on the
 * customer; `stopped`: the reply or resolution happened.
 */
export interface SlaClock {
  readonly target: SlaTargetKind;
  readonly targetMinutes: number;
  /** Business minutes used so far (until the stop), pauses excluded. */
  readonly elapsedMinutes: number;
  /** Business minutes left; negative once overdue. */
  readonly remainingMinutes: number;
  readonly percentUsed: number;
  /** When the target runs out (or ran out); `null` while paused, since it moves with the pause. */
  readonly dueAt: Date | null;
  readonly state: 'running' | 'paused' | 'stopped';
  /** The time ran out before the reply or resolution; a stop exactly at the due minute is on time. */
  readonly breached: boolean;
  /** The highest escalation step whose `atPercent` has been used up; 0 for none. */
  readonly escalationLevel: number;
}

export interface SlaStatus {
  readonly firstResponse: SlaClock;
  readonly resolution: SlaClock;
}

const msOf = (iso: string | undefined): number | undefined => (iso === undefined ? undefined : Date.parse(iso));

/**
 * Both SLA clocks of a ticket under its policy at `now`, in the policy's business hours. `null`
 * when the policy has no target for the ticket's priority. Only the resolution clock pauses
 * (`pausedAt`, `pausedMinutes`): waiting on the customer happens after a first reply; a
 * resolution before any reply also stops the first-response clock.
 */
export function slaStatus(ticket: SlaTicket, policy: SlaPolicyInput, now: Date): SlaStatus | null {
  const target = policy.targets.find((t) => t.priority === ticket.priority);
  if (!target) return null;
  const created = new Date(ticket.createdAt);
  const nowMs = now.getTime();
  const respondedMs = msOf(ticket.firstRespondedAt) ?? msOf(ticket.resolvedAt);
  const resolvedMs = msOf(ticket.resolvedAt);
  const pausedMs = resolvedMs === undefined ? msOf(ticket.pausedAt) : undefined;
  const pausedMinutes = ticket.pausedMinutes ?? 0;

  const clock = (kind: SlaTargetKind, targetMinutes: number, stopMs: number | undefined, paused: boolean, excludedMinutes: number): SlaClock => {
    const endMs = Math.min(stopMs ?? nowMs, nowMs);
    const elapsedMinutes = Math.max(0, businessMinutesBetween(created, new Date(endMs), policy.calendar) - excludedMinutes);
    const percentUsed = (elapsedMinutes / targetMinutes) * 100;
    const state = stopMs !== undefined && stopMs <= nowMs ? (paused ? 'paused' : 'stopped') : 'running';
    const escalationLevel = policy.escalation.reduce((level, step) => (percentUsed >= step.atPercent ? Math.max(level, step.level) : level), 0);
    return {
      target: kind,
      targetMinutes,
      elapsedMinutes,
      remainingMinutes: targetMinutes - elapsedMinutes,
      percentUsed,
      dueAt: state === 'paused' ? null : addBusinessMinutes(created, targetMinutes + excludedMinutes, policy.calendar),
      state,
      breached: state === 'running' ? elapsedMinutes >= targetMinutes : elapsedMinutes > targetMinutes,
      escalationLevel,
    };
  };

  return {
    firstResponse: clock('first-response', target.firstResponseMinutes, respondedMs, false, 0),
    resolution: clock('resolution', target.resolutionMinutes, resolvedMs ?? pausedMs, resolvedMs === undefined && pausedMs !== undefined, pausedMinutes),
  };
}
