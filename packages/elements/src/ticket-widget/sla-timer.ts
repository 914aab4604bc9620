import type { SlaClock } from '@rapport/core/domain';
import { html, nothing, type TemplateResult } from 'lit';
import { humanDuration } from './human-duration.js';
import { AT_RISK_PERCENT } from './ticket-sla.js';
import type { WidgetContext } from './widget-context.js';

/** How a clock is styled: `breached` and `at-risk` only while it runs; `missed` once it stopped late. */
export function clockTone(clock: SlaClock): 'breached' | 'at-risk' | 'running' | 'paused' | 'met' | 'missed' {
  if (clock.state === 'paused') return 'paused';
  if (clock.state === 'stopped') return clock.breached ? 'missed' : 'met';
  if (clock.breached) return 'breached';
  return clock.percentUsed >= AT_RISK_PERCENT ? 'at-risk' : 'running';
}

/**
 * How long until a running clock's due time, or since it (negative once overdue), in calendar
 * time as the agent lives it; business minutes only when the clock has no due time.
 */
function untilDue(clock: SlaClock, now: Date): number {
  return clock.dueAt ? clock.dueAt.getTime() - now.getTime() : clock.remainingMinutes * 60_000;
}

/** The text of a clock: the time left or overdue while it runs (`3d 4h overdue`, `45 min left`), else its outcome. */
export function clockText(clock: SlaClock, { m, format }: WidgetContext, now: Date): string {
  switch (clockTone(clock)) {
    case 'paused':
      return m.sla.states.paused;
    case 'met':
      return m.sla.met;
    case 'missed':
      return m.sla.missed;
    case 'breached':
      return m.sla.overdue(humanDuration(untilDue(clock, now), format.locale));
    default:
      return m.sla.left(humanDuration(untilDue(clock, now), format.locale));
  }
}

/** The exact due time of a running clock, for its title and screen readers; `undefined` without one. */
export function clockDueText(clock: SlaClock, { format }: WidgetContext): string | undefined {
  return clock.state === 'running' && clock.dueAt ? format.dateTime(clock.dueAt.toISOString()) : undefined;
}

/**
 * One SLA clock with its label, counting while it runs. The exact due time shows on hover and as
 * text beside it (so keyboard and screen-reader users have it too); `reason` says why a clock
 * does not count (waiting on the customer, outside business hours).
 */
export function renderSlaClock(clock: SlaClock, context: WidgetContext, now: Date = context.client.now(), reason: string | undefined = clock.pausedBecause && context.m.sla.pausedBecause[clock.pausedBecause]): TemplateResult {
  const { m } = context;
  const label = clock.target === 'first-response' ? m.sla.firstResponse : clock.target === 'next-reply' ? m.sla.nextReply : m.sla.resolution;
  const due = clockDueText(clock, context);
  return html`<div part="sla-clock" class="sla-clock ${clockTone(clock)}" title=${due ?? nothing}>
    <span class="muted">${label}</span> <span class="sla-time">${clockText(clock, context, now)}</span>
    ${due ? html`<time class="muted sla-due" datetime=${clock.dueAt?.toISOString() ?? ''}>${due}</time>` : nothing}
    ${reason ? html`<span class="muted sla-reason">${reason}</span>` : nothing}
  </div>`;
}
