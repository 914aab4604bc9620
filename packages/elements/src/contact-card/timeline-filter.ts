import type { Activity } from '@rapport/core';
import type { TimelineFilterKey } from './contact-card-views.messages.js';

/** The kind filter's choices, in the order they are shown. */
export const timelineFilters: readonly TimelineFilterKey[] = ['all', 'note', 'call', 'email', 'meeting', 'task'];

/** What the timeline shows under one filter, and how many activities each choice would show. */
export interface ArrangedTimeline {
  /** Pinned activities first, then the rest; each group keeps the newest-first order it came in. */
  readonly activities: readonly Activity[];
  readonly counts: Readonly<Record<TimelineFilterKey, number>>;
}

/**
 * The activities `filter` lets through, pinned first, leaving out `hidden` ones (deleted, while
 * the delete can still be undone). One pass over the list, so 5,000 activities cost one loop.
 */
export function arrangeTimeline(all: readonly Activity[], filter: TimelineFilterKey, hidden: ReadonlySet<string>): ArrangedTimeline {
  const counts: Record<TimelineFilterKey, number> = { all: 0, note: 0, call: 0, email: 0, meeting: 0, task: 0 };
  const pinned: Activity[] = [];
  const rest: Activity[] = [];
  for (const activity of all) {
    if (hidden.has(activity.id)) continue;
    counts.all += 1;
    if (activity.kind in counts) counts[activity.kind as TimelineFilterKey] += 1;
    if (filter !== 'all' && activity.kind !== filter) continue;
    (activity.pinned ? pinned : rest).push(activity);
  }
  return { activities: pinned.length > 0 ? [...pinned, ...rest] : rest, counts };
}

/** A task that is not done and whose due time has passed. */
export function isOverdue(activity: Activity, now: Date): boolean {
  return activity.kind === 'task' && !activity.done && activity.dueAt !== undefined && Date.parse(activity.dueAt) < now.getTime();
}
