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
  /** The time ran out before the reply or resolution; a stop exactly at the due minute is on time. Once reached it stands. */
  readonly breached: boolean;
  /** The highest escalation step whose `atPercent` of the target (rounded up to whole minutes) is used up; 0 for none. */
  readonly escalationLevel: number;
}

export interface SlaStatus {
  readonly firstResponse: SlaClock;
  readonly resolution: SlaClock;
}

const msOf = (iso: string | undefined): number | undefined => (iso === undefined ? undefined : Date.parse(iso));

/**
 * The business minutes an escalation step waits for: `atPercent` of the target, rounded up to a
 * whole minute. Rounding to six decimals first drops the float noise of a fractional `atPercent`.
 */
const stepMinutes = (atPercent: number, targetMinutes: number): number => Math.ceil(Number(((atPercent * targetMinutes) / 100).toFixed(6)));

/** When the resolution clock runs out, with the business minutes of earlier pauses added; `null` without a target. */
function resolutionDueMs(ticket: SlaPausedTicket, policy: SlaPolicyInput): number | null {
  const target = policy.targets.find((t) => t.priority === ticket.priority);
  if (!target) return null;
  return addBusinessMinutes(new Date(ticket.createdAt), target.resolutionMinutes + (ticket.pausedMinutes ?? 0), policy.calendar).getTime();
}

export type SlaPausedTicket = Pick<Ticket, 'priority' | 'createdAt' | 'pausedAt' | 'pausedMinutes'>;

/**
 * Whether the ticket's current wait on the customer stops its resolution clock: only a pause that
 * starts before the target runs out does. A breach, once reached, stands: a pause from the due
 * minute on neither clears it nor moves the due time, and its minutes are not excluded.
 */
export function pauseStopsClock(ticket: SlaPausedTicket, policy: SlaPolicyInput): boolean {
  const pausedMs = msOf(ticket.pausedAt);
  if (pausedMs === undefined) return false;
  const dueMs = resolutionDueMs(ticket, policy);
  return dueMs === null || pausedMs < dueMs;
}

/**
 * Both SLA clocks of a ticket under its policy at `now`, in the policy's business hours. `null`
 * when the policy has no target for the ticket's priority. Only the resolution clock pauses
 * (`pausedAt`, `pausedMinutes`), and only before it runs out: waiting on the customer happens
 * after a first reply; a resolution before any reply also stops the first-response clock.
 */
export function slaStatus(ticket: SlaTicket, policy: SlaPolicyInput, now: Date): SlaStatus | null {
  const target = policy.targets.find((t) => t.priority === ticket.priority);
  if (!target) return null;
  const created = new Date(ticket.createdAt);
  const nowMs = now.getTime();
  const respondedMs = msOf(ticket.firstRespondedAt) ?? msOf(ticket.resolvedAt);
  const resolvedMs = msOf(ticket.resolvedAt);
  const pausedMs = resolvedMs === undefined && pauseStopsClock(ticket, policy) ? msOf(ticket.pausedAt) : undefined;
  const pausedMinutes = ticket.pausedMinutes ?? 0;

  const clock = (kind: SlaTargetKind, targetMinutes: number, stopMs: number | undefined, paused: boolean, excludedMinutes: number): SlaClock => {
    const endMs = Math.min(stopMs ?? nowMs, nowMs);
    const elapsedMinutes = Math.max(0, businessMinutesBetween(created, new Date(endMs), policy.calendar) - excludedMinutes);
    const state = stopMs !== undefined && stopMs <= nowMs ? (paused ? 'paused' : 'stopped') : 'running';
    const escalationLevel = policy.escalation.reduce((level, step) => (elapsedMinutes >= stepMinutes(step.atPercent, targetMinutes) ? Math.max(level, step.level) : level), 0);
    return {
      target: kind,
      targetMinutes,
      elapsedMinutes,
      remainingMinutes: targetMinutes - elapsedMinutes,
      percentUsed: (100 * elapsedMinutes) / targetMinutes,
      dueAt: state === 'paused' ? null : addBusinessMinutes(created, targetMinutes + excludedMinutes, policy.calendar),
      state,
      // Only a reply or resolution at the due minute is on time; a paused clock cannot reach it.
      breached: state === 'stopped' ? elapsedMinutes > targetMinutes : elapsedMinutes >= targetMinutes,
      escalationLevel,
    };
  };

  return {
    firstResponse: clock('first-response', target.firstResponseMinutes, respondedMs, false, 0),
    resolution: clock('resolution', target.resolutionMinutes, resolvedMs ?? pausedMs, resolvedMs === undefined && pausedMs !== undefined, pausedMinutes),
  };
}
