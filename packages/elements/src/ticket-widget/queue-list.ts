import type { SlaPolicy, Ticket } from '@rapport/core';
import type { SlaClock } from '@rapport/core/domain';
import { html, nothing, type TemplateResult } from 'lit';
import { renderEmpty } from '../base/states.js';
import type { VirtualWindow } from '../base/virtual-window.js';
import type { DeskMessages } from './desk.messages.js';
import { humanDuration } from './human-duration.js';
import { highlightParts, queueSortKeys, type QueueEntry, type QueueRowNames, type QueueSort, type QueueSortKey } from './queue.js';
import type { QueueSelection } from './queue-selection.js';
import { clockDueText, clockText, clockTone } from './sla-timer.js';
import { clocksOf } from './ticket-sla.js';
import type { WidgetContext } from './widget-context.js';

/** Every queue row has this height in CSS pixels, which is what lets 10,000 tickets scroll as twenty rows. */
export const QUEUE_ROW_HEIGHT = 56;

export interface QueueListProps {
  readonly context: WidgetContext;
  readonly desk: DeskMessages;
  readonly entries: readonly QueueEntry[];
  readonly window: VirtualWindow;
  /** Index of the row the keyboard is on. */
  readonly activeIndex: number;
  /** The ticket open beside the queue. */
  readonly openId: string;
  readonly now: Date;
  readonly policyOf: (ticket: Ticket) => SlaPolicy | undefined;
  /** The search text, marked where it occurs. */
  readonly query: string | undefined;
  readonly names: QueueRowNames;
  readonly sort: QueueSort | undefined;
  readonly selection: QueueSelection;
  readonly onKeyDown: (event: KeyboardEvent) => void;
  readonly onPick: (index: number) => void;
  /** Toggles a row's selection, or (`extend`) selects up to it from the last one chosen. */
  readonly onSelect: (index: number, extend: boolean) => void;
  readonly onSort: (key: QueueSortKey) => void;
  /** Told each requester contact a rendered row names, so its name can be read. */
  readonly onRequesterShown: (contactId: string) => void;
}

export const rowId = (index: number) => `queue-row-${index}`;

/** A ticket's number as people write it. */
export const ticketReference = (ticket: Ticket): string => (ticket.number === undefined ? '' : `#${ticket.number}`);

/** `text` with each occurrence of the search marked; text nodes only, never HTML. */
export function renderHighlighted(text: string, query: string | undefined): TemplateResult {
  return html`${highlightParts(text, query).map((part) => (part.match ? html`<mark part="match">${part.text}</mark>` : part.text))}`;
}

/**
 * The column headers the queue sorts by: each says how the queue is sorted (`aria-sort`) and
 * sorts by its column when chosen (ascending, descending, then back to SLA working order).
 */
export function renderSortBar({ desk, sort, onSort, onPrefetch }: Pick<QueueListProps, 'desk' | 'sort' | 'onSort'> & { readonly onPrefetch: () => void }): TemplateResult {
  return html`<div part="sort-bar" class="sort-bar" role="table" aria-label=${desk.sortBy} @pointerenter=${onPrefetch} @focusin=${onPrefetch}>
    <div role="row" class="sort-row">
      ${queueSortKeys.map((key) => {
        const direction = sort?.key === key ? sort.direction : undefined;
        return html`<div role="columnheader" aria-sort=${direction ?? 'none'}>
          <button type="button" part="sort-button" class="sort-button ${direction ?? ''}" @click=${() => onSort(key)}>
            ${desk.columns[key]}<span aria-hidden="true" class="sort-arrow">${direction === 'ascending' ? '↑' : direction === 'descending' ? '↓' : ''}</span>
          </button>
        </div>`;
      })}
    </div>
  </div>`;
}

/**
 * The queue as one multi-select listbox (a single tab stop; arrows move, Enter opens, Space
 * selects), windowed so only the rows in view exist. Each row's SLA is worked out again at `now`,
 * so the visible timers count.
 */
export function renderQueueList(props: QueueListProps): TemplateResult {
  const { context, entries, activeIndex } = props;
  if (entries.length === 0) return renderEmpty(context.m.queue.empty);
  return html`<div
    part="queue"
    class="queue"
    role="listbox"
    tabindex="0"
    aria-multiselectable="true"
    aria-label=${context.m.queue.label}
    aria-describedby="queue-keys"
    aria-activedescendant=${activeIndex >= 0 ? rowId(activeIndex) : nothing}
    @scroll=${props.window.onScroll}
    @keydown=${props.onKeyDown}
  >
    ${props.window.render(entries, (entry, index) => renderRow(entry, index, props), {
      key: (entry) => entry.ticket.id,
      // The keyboard's row stays rendered, so `aria-activedescendant` always names an element.
      keep: activeIndex >= 0 ? activeIndex : undefined,
    })}
  </div>
  <p id="queue-keys" class="visually-hidden">${props.desk.selection.hint}</p>`;
}

/** The running clock due first, if any. */
function firstRunning(entry: QueueEntry): SlaClock | undefined {
  return clocksOf(entry.sla.status)
    .filter((candidate) => candidate.state === 'running')
    .sort((a, b) => (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity))[0];
}

/** Why a ticket's SLA does not count now, as the SLA model says: waiting on the customer, or outside business hours. */
function pauseReason(entry: QueueEntry, running: SlaClock | undefined, { m }: WidgetContext): string | undefined {
  const clock = running ?? clocksOf(entry.sla.status).find((candidate) => candidate.state === 'paused');
  return clock?.pausedBecause && m.sla.pausedBecause[clock.pausedBecause];
}

function renderSla(entry: QueueEntry, { context, desk, now }: QueueListProps): TemplateResult {
  const running = firstRunning(entry);
  const reason = pauseReason(entry, running, context);
  const due = running && clockDueText(running, context);
  const text = running ? clockText(running, context, now) : entry.sla.state === 'paused' && reason ? reason : context.m.sla.states[entry.sla.state];
  const title = [due && desk.due(due), running && reason].filter(Boolean).join(' · ');
  return html`<span class="sla-time ${running ? clockTone(running) : entry.sla.state}" title=${title || nothing}
    >${text}${title ? html`<span class="sla-due"> · ${title}</span>` : nothing}</span
  >`;
}

function renderRow(entry: QueueEntry, index: number, props: QueueListProps): TemplateResult {
  const { context, desk, activeIndex, openId, now, query, names, selection, onPick, onSelect } = props;
  const { m, format } = context;
  const { ticket } = entry;
  const selected = selection.has(ticket.id);
  if (ticket.requesterId) props.onRequesterShown(ticket.requesterId);
  const requester = names.requester(ticket);
  const assignee = names.assignee(ticket);
  const age = humanDuration(now.getTime() - Date.parse(ticket.createdAt), format.locale);
  return html`<div
    role="option"
    id=${rowId(index)}
    part="queue-item"
    class="queue-item ${entry.sla.state} ${index === activeIndex ? 'active' : ''} ${ticket.id === openId ? 'open' : ''}"
    aria-selected=${selected ? 'true' : 'false'}
    aria-current=${ticket.id === openId ? 'true' : nothing}
    aria-setsize=${props.entries.length}
    aria-posinset=${index + 1}
    @click=${(event: MouseEvent) => (event.shiftKey || event.ctrlKey || event.metaKey ? onSelect(index, event.shiftKey) : onPick(index))}
  >
    <span
      class="check ${selected ? 'checked' : ''}"
      part="row-check"
      aria-hidden="true"
      @click=${(event: MouseEvent) => {
        event.stopPropagation();
        onSelect(index, event.shiftKey);
      }}
    ></span>
    <span class="row-line">
      <span class="row-number">${renderHighlighted(ticketReference(ticket), query)}</span>
      <span class="row-title">${renderHighlighted(ticket.subject, query)}</span>
      ${renderSla(entry, props)}
    </span>
    <span class="row-meta">
      <span class="row-requester">${requester ? renderHighlighted(requester, query) : names.pending(ticket, 'requester') ? '…' : desk.unknownRequester}</span>
      <span class="badge priority-${ticket.priority}">${m.priority[ticket.priority]}</span>
      <span>${m.status[ticket.status]}</span>
      <span class="row-assignee">${names.pending(ticket, 'assignee') ? '…' : assignee || m.queue.unassigned}</span>
      <span class="row-age" title=${format.dateTime(ticket.createdAt)}>${desk.age(age)}</span>
    </span>
  </div>`;
}
