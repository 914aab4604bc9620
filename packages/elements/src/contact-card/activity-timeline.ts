import type { Activity } from '@rapport/core';
import { html, type TemplateResult } from 'lit';
import type { Formatter } from '../base/locale/formatter.js';
import type { VirtualWindow } from '../base/virtual-window.js';
import type { ContactCardMessages } from './contact-card.messages.js';

/** Height of one timeline row in CSS pixels; the styles fix rows to it so windowing stays exact. */
export const TIMELINE_ROW_HEIGHT = 56;

export interface TimelineProps {
  readonly activities: readonly Activity[];
  readonly window: VirtualWindow;
  readonly m: ContactCardMessages;
  readonly format: Formatter;
  /** A person's display name by user id. */
  readonly nameOf: (userId: string) => string;
}

/**
 * The contact's activities, newest first, in a scrollable list that renders only the rows in view.
 * Rows carry their position in the whole list, so a screen reader still says "12 of 5,000".
 */
export function renderTimeline({ activities, window, m: { timeline: m }, format, nameOf }: TimelineProps): TemplateResult {
  return html`<div
    part="timeline"
    class="timeline"
    role="list"
    tabindex="0"
    aria-label=${m.count(format.number(activities.length))}
    @scroll=${window.onScroll}
  >
    ${window.render(activities, (activity, index) => {
      const when = format.dateTime(activity.at);
      const due = activity.dueAt ? ` · ${m.due(format.dateTime(activity.dueAt))}` : '';
      return html`<div part="activity" class="activity" role="listitem" aria-posinset=${index + 1} aria-setsize=${activities.length} data-kind=${activity.kind}>
        <span class="activity-kind">${m.kinds[activity.kind]}</span>
        <span class="activity-subject">${activity.subject}</span>
        <span class="activity-meta">${when} · ${nameOf(activity.ownerId)}${due}${activity.done ? ` · ${m.done}` : ''}</span>
      </div>`;
    })}
  </div>`;
}
