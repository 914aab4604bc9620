import { addBusinessMinutes, openSlaClocks, slaStatus, type SlaPolicyInput } from '@rapport/core/domain';
import type { SlaPolicy, Ticket } from '@rapport/core/schema';

/**
 * The policy as the rules see it: one without escalation steps warns at the tenant's warning
 * share (level 1) and escalates at the breach (level 2).
 */
export function withWarningStep<P extends SlaPolicyInput>(policy: P, warningPercent: number): P {
  if (policy.escalation.length > 0) return policy;
  return { ...policy, escalation: [{ level: 1, atPercent: warningPercent }, { level: 2, atPercent: 100 }] };
}

/**
 * The next instant an SLA rule has something to do for this ticket: the earliest threshold of a
 * running clock whose level the ticket has not reached yet. `undefined` when none is left (or
 * every clock is stopped or paused: the ticket's next change re-plans it).
 */
export function nextSlaDeadline(ticket: Ticket, policy: SlaPolicyInput, now: Date): Date | undefined {
  const status = slaStatus(ticket, policy, now);
  if (!status) return undefined;
  const levelAt = (percent: number) => policy.escalation.reduce((level, step) => (percent >= step.atPercent ? Math.max(level, step.level) : level), 0);
  const percents = [...new Set([...policy.escalation.map((step) => step.atPercent), 100])];
  let next: Date | undefined;
  for (const clock of openSlaClocks(status)) {
    if (clock.state !== 'running') continue;
    const excluded = clock.target === 'resolution' ? (ticket.pausedMinutes ?? 0) : 0;
    // The next-reply clock runs from the customer message that waits for an answer.
    const start = new Date(clock.target === 'next-reply' ? (ticket.awaitingReplySince as string) : ticket.createdAt);
    for (const percent of percents) {
      if (percent <= clock.percentUsed || Math.max(levelAt(percent), percent >= 100 ? 1 : 0) <= ticket.escalationLevel) continue;
      const at = addBusinessMinutes(start, (clock.targetMinutes * percent) / 100 + excluded, policy.calendar);
      if (!next || at < next) next = at;
    }
  }
  return next;
}

/** The SLA fields the server keeps on a ticket: its policy and when each clock runs out. */
export function slaFieldsOf(ticket: Ticket, policy: SlaPolicy, now: Date): Record<string, string | null> {
  const status = slaStatus(ticket, policy, now);
  const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);
  return {
    slaPolicyId: policy.id,
    firstResponseDueAt: iso(status?.firstResponse.dueAt),
    resolutionDueAt: iso(status?.resolution.dueAt),
    nextReplyDueAt: iso(status?.nextReply?.dueAt),
  };
}
