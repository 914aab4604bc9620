import type { Activity } from '@rapport/core';

/**
 * The meetings that overlap the span `start`…`end` (有冲突时，系统会提示). Touching ends (one meeting
 * ends as the next starts) do not overlap; a meeting without an end is a moment inside the span or not.
 */
export function overlappingMeetings(activities: readonly Activity[], start: Date, end: Date): Activity[] {
  const spanStart = start.getTime();
  const spanEnd = end.getTime();
  return activities.filter((activity) => {
    if (activity.kind !== 'meeting') return false;
    const from = Date.parse(activity.at);
    const to = Date.parse(activity.endAt ?? activity.at);
    return to > from ? from < spanEnd && to > spanStart : from >= spanStart && from < spanEnd;
  });
}
