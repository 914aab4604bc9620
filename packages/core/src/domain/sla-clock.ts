import type { SlaPolicy } from '../schema/sla-policy.js';
import type { Ticket } from '../schema/ticket.js';
import { addBusinessMinutes, businessMinutesBetween, isBusinessTime } from './business-calendar.js';

/** Which clock of an SLA policy: the time to the first reply, to the reply each later customer message is owed, or to the resolution. */
export type SlaTargetKind = 'first-response' | 'next-reply' | 'resolution';

export type SlaTicket = Pick<Ticket, 'priority' | 'createdAt' | 'firstRespondedAt' | 'resolvedAt' | 'pausedAt' | 'pausedMinutes'> &
  Partial<Pick<Ticket, 'awaitingReplySince'>>;
export type SlaPolicyInput = Pick<SlaPolicy, 'targets' | 'calendar' | 'escalation'>;

/**
 * Where a clock stands against its target, as a desk shows it: `ok`, then `warning` once the
 * warning share is used, `breached` once the time ran out (it stands); a clock stopped in time is
 * `met`, and a first-response clock stopped by a resolution without any reply is `cancelled`.
 */
export type SlaPhase = 'ok' | 'warning' | 'breached' | 'met' | 'cancelled';

/** Why a clock is not moving: the ticket waits on the customer, or the business is closed now. */
export type SlaPauseReason = 'waiting-on-customer' | 'outside-business-hours';

/** The share of a target after which a clock is in `warning`, unless the caller says otherwise. */
export const DEFAULT_WARNING_PERCENT = 75;

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
  readonly phase: SlaPhase;
  /** Why the clock does not move now; `undefined` while it counts, and once it stopped. */
  readonly pausedBecause: SlaPauseReason | undefined;
}

export interface SlaStatus {
  readonly firstResponse: SlaClock;
  /** `null` unless the policy has a next-reply target and a customer message waits for an answer. */
  readonly nextReply: SlaClock | null;
  readonly resolution: SlaClock;
}

export interface SlaStatusOptions {
  /** The share of a target (percent) from which a clock is in `warning`. Default 75. */
  readonly warningPercent?: number;
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
export function slaStatus(ticket: SlaTicket, policy: SlaPolicyInput, now: Date, options: SlaStatusOptions = {}): SlaStatus | null {
  const target = policy.targets.find((t) => t.priority === ticket.priority);
  if (!target) return null;
  const { warningPercent = DEFAULT_WARNING_PERCENT } = options;
  const created = new Date(ticket.createdAt);
  const nowMs = now.getTime();
  const respondedMs = msOf(ticket.firstRespondedAt) ?? msOf(ticket.resolvedAt);
  const resolvedMs = msOf(ticket.resolvedAt);
  const pausedMs = resolvedMs === undefined && pauseStopsClock(ticket, policy) ? msOf(ticket.pausedAt) : undefined;
  const pausedMinutes = ticket.pausedMinutes ?? 0;
  // Asked only of a running clock, and once per status: the desk works this out every second for every row.
  let openNow: boolean | undefined;
  const isOpenNow = () => (openNow ??= isBusinessTime(now, policy.calendar));

  const clock = (kind: SlaTargetKind, start: Date, targetMinutes: number, stopMs: number | undefined, paused: boolean, excludedMinutes: number): SlaClock => {
    const endMs = Math.min(stopMs ?? nowMs, nowMs);
    const elapsedMinutes = Math.max(0, businessMinutesBetween(start, new Date(endMs), policy.calendar) - excludedMinutes);
    const state = stopMs !== undefined && stopMs <= nowMs ? (paused ? 'paused' : 'stopped') : 'running';
    const escalationLevel = policy.escalation.reduce((level, step) => (elapsedMinutes >= stepMinutes(step.atPercent, targetMinutes) ? Math.max(level, step.level) : level), 0);
    // Only a reply or resolution at the due minute is on time; a paused clock cannot reach it.
    const breached = state === 'stopped' ? elapsedMinutes > targetMinutes : elapsedMinutes >= targetMinutes;
    const percentUsed = (100 * elapsedMinutes) / targetMinutes;
    const cancelled = kind === 'first-response' && state === 'stopped' && ticket.firstRespondedAt === undefined;
    return {
      target: kind,
      targetMinutes,
      elapsedMinutes,
      remainingMinutes: targetMinutes - elapsedMinutes,
      percentUsed,
      dueAt: state === 'paused' ? null : addBusinessMinutes(start, targetMinutes + excludedMinutes, policy.calendar),
      state,
      breached,
      escalationLevel,
      phase: breached ? 'breached' : state === 'stopped' ? (cancelled ? 'cancelled' : 'met') : percentUsed >= warningPercent ? 'warning' : 'ok',
      pausedBecause: state === 'paused' ? 'waiting-on-customer' : state === 'running' && !isOpenNow() ? 'outside-business-hours' : undefined,
    };
  };

  // A next reply is owed only while the ticket is open: a resolution answers everything.
  const awaitingMs = resolvedMs === undefined ? msOf(ticket.awaitingReplySince) : undefined;
  return {
    firstResponse: clock('first-response', created, target.firstResponseMinutes, respondedMs, false, 0),
    nextReply:
      target.nextReplyMinutes === undefined || awaitingMs === undefined ? null : clock('next-reply', new Date(awaitingMs), target.nextReplyMinutes, undefined, false, 0),
    resolution: clock('resolution', created, target.resolutionMinutes, resolvedMs ?? pausedMs, resolvedMs === undefined && pausedMs !== undefined, pausedMinutes),
  };
}

/** The clocks of a status that are still counting or waiting: the ones a desk and the rules watch. */
export function openSlaClocks(status: SlaStatus): SlaClock[] {
  return [status.firstResponse, status.nextReply, status.resolution].filter((clock): clock is SlaClock => clock !== null && clock.state !== 'stopped');
}
