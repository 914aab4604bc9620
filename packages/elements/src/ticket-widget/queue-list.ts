import type { SlaPolicy, Ticket } from '@rapport/core';
import { html, nothing, type TemplateResult } from 'lit';
import { renderEmpty } from '../base/states.js';
import type { VirtualWindow } from '../base/virtual-window.js';
import type { QueueEntry } from './queue.js';
import { clockText, clockTone } from './sla-timer.js';
import { clocksOf, ticketSla } from './ticket-sla.js';
import type { WidgetContext } from './widget-context.js';

/** Every queue row has this height in CSS pixels, which is what lets 10,000 tickets scroll as twenty rows. */
export const QUEUE_ROW_HEIGHT = 56;

export interface QueueListProps {
  readonly context: WidgetContext;
  readonly entries: readonly QueueEntry[];
  readonly window: VirtualWindow;
  /** Index of the row the keyboard is on. */
  readonly activeIndex: number;
  readonly selectedId: string;
  readonly now: Date;
  readonly policyOf: (ticket: Ticket) => SlaPolicy | undefined;
  readonly onKeyDown: (event: KeyboardEvent) => void;
  readonly onPick: (index: number) => void;
}

export const rowId = (index: number) => `queue-row-${index}`;

/**
 * The queue as one listbox (a single tab stop; arrows move, Enter opens), windowed so only the
 * rows in view exist. Each row's SLA is worked out again at `now`, so the visible timers count.
 */
export function renderQueueList(props: QueueListProps): TemplateResult {
  const { context, entries, activeIndex } = props;
  if (entries.length === 0) return renderEmpty(context.m.queue.empty);
  return html`<div
    part="queue"
    class="queue"
    role="listbox"
    tabindex="0"
    aria-label=${context.m.queue.label}
    aria-activedescendant=${activeIndex >= 0 ? rowId(activeIndex) : nothing}
    @scroll=${props.window.onScroll}
    @keydown=${props.onKeyDown}
  >
    ${props.window.render(entries, ({ ticket }, index) => renderRow(ticket, index, props), {
      key: (entry) => entry.ticket.id,
      // The keyboard's row stays rendered, so `aria-activedescendant` always names an element.
      keep: activeIndex >= 0 ? activeIndex : undefined,
    })}
  </div>`;
}

function renderRow(ticket: Ticket, index: number, { context, entries, activeIndex, selectedId, now, policyOf, onPick }: QueueListProps): TemplateResult {
  const { m } = context;
  const sla = ticketSla(ticket, policyOf(ticket), now);
  const clock = clocksOf(sla.status)
    .filter((candidate) => candidate.state === 'running')
    .sort((a, b) => (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity))[0];
  return html`<div
    role="option"
    id=${rowId(index)}
    part="queue-item"
    class="queue-item ${sla.state} ${index === activeIndex ? 'active' : ''}"
    aria-selected=${ticket.id === selectedId ? 'true' : 'false'}
    aria-setsize=${entries.length}
    aria-posinset=${index + 1}
    @click=${() => onPick(index)}
  >
    <span class="row-title">${ticket.subject}</span>
    <span class="row-meta">
      <span class="badge priority-${ticket.priority}">${m.priority[ticket.priority]}</span>
      <span>${m.status[ticket.status]}</span>
      <span class="sla-time ${clock ? clockTone(clock) : ''}">${clock ? clockText(clock, context) : m.sla.states[sla.state]}</span>
    </span>
  </div>`;
}
