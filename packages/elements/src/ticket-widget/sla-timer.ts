import type { SlaClock } from '@rapport/core/domain';
import { html, nothing, type TemplateResult } from 'lit';
import { AT_RISK_PERCENT } from './ticket-sla.js';
import type { WidgetContext } from './widget-context.js';

const pad = (value: number) => String(value).padStart(2, '0');

/** Business minutes as `h:mm:ss`; hours go past 24, since business days are shorter than days. */
export function formatDuration(minutes: number): string {
  const seconds = Math.floor(Math.abs(minutes) * 60);
  return `${Math.floor(seconds / 3600)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

/** How a clock is styled: `breached` and `at-risk` only while it runs; `missed` once it stopped late. */
export function clockTone(clock: SlaClock): 'breached' | 'at-risk' | 'running' | 'paused' | 'met' | 'missed' {
  if (clock.state === 'paused') return 'paused';
  if (clock.state === 'stopped') return clock.breached ? 'missed' : 'met';
  if (clock.breached) return 'breached';
  return clock.percentUsed >= AT_RISK_PERCENT ? 'at-risk' : 'running';
}

/** The text of a clock: the business time left or overdue while it runs, else its outcome. */
export function clockText(clock: SlaClock, { m }: WidgetContext): string {
  switch (clockTone(clock)) {
    case 'paused':
      return m.sla.states.paused;
    case 'met':
      return m.sla.met;
    case 'missed':
      return m.sla.missed;
    case 'breached':
      return m.sla.overdue(formatDuration(-clock.remainingMinutes));
    default:
      return m.sla.left(formatDuration(clock.remainingMinutes));
  }
}

/** One SLA clock with its label, counting while it runs; the due time shows on hover. */
export function renderSlaClock(clock: SlaClock, context: WidgetContext): TemplateResult {
  const { m, format } = context;
  const label = clock.target === 'first-response' ? m.sla.firstResponse : m.sla.resolution;
  return html`<div part="sla-clock" class="sla-clock ${clockTone(clock)}" title=${clock.dueAt ? format.dateTime(clock.dueAt.toISOString()) : nothing}>
    <span class="muted">${label}</span> <span class="sla-time">${clockText(clock, context)}</span>
  </div>`;
}
