import type { Activity } from '@rapport/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Formatter } from '../base/locale/formatter.js';
import type { Messages } from '../base/locale/messages.js';
import type { VirtualWindow } from '../base/virtual-window.js';
import type { TimelineFilterKey, ViewMessages } from './contact-card-views.messages.js';
import { isOverdue, timelineFilters, type ArrangedTimeline } from './timeline-filter.js';

/** Height of a collapsed timeline row in CSS pixels; the styles fix rows to it so windowing stays exact. */
export const TIMELINE_ROW_HEIGHT = 80;

/** What the user can do to one activity from its row. */
export interface ActivityRowActions {
  readonly onToggle: (activity: Activity) => void;
  readonly onDone: (activity: Activity, done: boolean) => void;
  readonly onEdit: (activity: Activity) => void;
  readonly onPin: (activity: Activity) => void;
  readonly onDelete: (activity: Activity) => void;
}

export interface TimelineProps extends ActivityRowActions {
  readonly timeline: ArrangedTimeline;
  readonly window: VirtualWindow;
  readonly m: ViewMessages;
  readonly messages: Messages;
  readonly format: Formatter;
  readonly now: Date;
  /** Ids of the rows opened to their whole text and their actions. */
  readonly expanded: ReadonlySet<string>;
  /** Extra height of opened rows, by activity id, as last measured. */
  readonly grown: ReadonlyMap<string, number>;
  /** Index of the row holding the focus, kept rendered while scrolled away. */
  readonly keep: number | undefined;
  /** A person's display name by user id. */
  readonly nameOf: (userId: string) => string;
}

/** The kind filter: one pressed button per choice, each with how many activities it shows. */
export function renderTimelineFilter(
  active: TimelineFilterKey,
  counts: ArrangedTimeline['counts'],
  m: ViewMessages['activity'],
  format: Formatter,
  onFilter: (filter: TimelineFilterKey) => void,
): TemplateResult {
  return html`<div part="timeline-filter" class="timeline-filter" role="group" aria-label=${m.filter}>
    ${timelineFilters.map(
      (filter) => html`<button type="button" data-filter=${filter} aria-pressed=${String(filter === active)} @click=${() => onFilter(filter)}>
        ${m.filters[filter]} <span class="count">${format.number(counts[filter])}</span>
      </button>`,
    )}
  </div>`;
}

/**
 * The contact's activities, pinned first, then newest first, in a scrollable list that renders
 * only the rows in view. Rows carry their position in the whole list, so a screen reader still
 * says "12 of 5,000". A row opens in place to its whole text and its actions.
 */
export function renderTimeline(props: TimelineProps): TemplateResult {
  const { activities } = props.timeline;
  const m = props.m.timeline;
  const taller = new Map<number, number>();
  if (props.grown.size > 0) activities.forEach((activity, index) => props.grown.has(activity.id) && taller.set(index, props.grown.get(activity.id) ?? 0));
  return html`<div
    part="timeline"
    class="timeline"
    role="list"
    tabindex="0"
    aria-label=${m.count(props.format.number(activities.length))}
    @scroll=${props.window.onScroll}
  >
    ${props.window.render(activities, (activity, index) => renderRow(activity, index, activities.length, props), {
      key: (activity) => activity.id,
      keep: props.keep,
      taller,
    })}
  </div>`;
}

// A task's box is bound with `live`: a save the host vetoed or that failed leaves the data as it
// was, and the box must be set back all the same.
function renderRow(activity: Activity, index: number, total: number, props: TimelineProps): TemplateResult {
  const m = props.m.timeline;
  const a = props.m.activity;
  const { format } = props;
  const expanded = props.expanded.has(activity.id);
  const overdue = isOverdue(activity, props.now);
  const bodyId = `activity-${activity.id}-body`;
  const meta = [format.dateTime(activity.at), props.nameOf(activity.ownerId), ...callFacts(activity, a, format)];
  if (activity.dueAt) meta.push(m.due(format.dateTime(activity.dueAt)));
  if (activity.done) meta.push(m.done);
  return html`<div
    part="activity"
    class="activity"
    role="listitem"
    aria-posinset=${index + 1}
    aria-setsize=${total}
    data-id=${activity.id}
    data-kind=${activity.kind}
    ?data-expanded=${expanded}
    ?data-overdue=${overdue}
  >
    <span class="activity-kind">${m.kinds[activity.kind]}</span>
    <span class="activity-line">
      ${activity.kind === 'task'
        ? html`<input
            part="task-done"
            type="checkbox"
            .checked=${live(activity.done === true)}
            aria-label=${a.markDone(activity.subject)}
            @change=${(event: Event) => props.onDone(activity, (event.target as HTMLInputElement).checked)}
          />`
        : nothing}
      <button
        part="activity-toggle"
        class="activity-subject"
        type="button"
        aria-expanded=${String(expanded)}
        aria-controls=${bodyId}
        @click=${() => props.onToggle(activity)}
      >
        ${activity.subject}
      </button>
      ${activity.pinned ? html`<span part="pinned" class="flag">${a.pinned}</span>` : nothing}
      ${overdue ? html`<span part="overdue" class="flag overdue">${a.overdue}</span>` : nothing}
    </span>
    <span class="activity-meta">${meta.join(' · ')}</span>
    <div class="activity-body" id=${bodyId}>
      ${activity.body ? html`<p part="activity-body" class="body-text">${activity.body}</p>` : nothing}
      ${expanded ? renderActions(activity, props) : nothing}
    </div>
  </div>`;
}

function renderActions(activity: Activity, props: TimelineProps): TemplateResult {
  const m = props.m.activity;
  const common = props.messages.common;
  return html`<div part="activity-actions" class="activity-actions">
    <button type="button" data-action="edit" @click=${() => props.onEdit(activity)}>${common.edit(m.activity)}</button>
    <button type="button" data-action="pin" @click=${() => props.onPin(activity)}>${activity.pinned ? m.unpin : m.pin}</button>
    <button type="button" data-action="delete" @click=${() => props.onDelete(activity)}>${common.remove(m.activity)}</button>
  </div>`;
}

/** Direction, outcome and length of a call, as far as they were logged. */
function callFacts(activity: Activity, m: ViewMessages['activity'], format: Formatter): string[] {
  if (activity.kind !== 'call') return [];
  const facts: string[] = [];
  if (activity.direction) facts.push(m.directions[activity.direction]);
  if (activity.outcome) facts.push(m.outcomes[activity.outcome]);
  if (activity.durationSeconds !== undefined) facts.push(m.minutes(format.number(Math.max(1, Math.round(activity.durationSeconds / 60)))));
  return facts;
}
