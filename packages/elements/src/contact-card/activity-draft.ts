import type { ActivityCreate } from '@rapport/core';
import type { QuickActionKind } from './quick-action.js';

/** A new activity as the user types it; times are `datetime-local` values in the user's time zone. */
export interface ActivityDraft {
  readonly kind: QuickActionKind;
  readonly subject: string;
  readonly body: string;
  readonly start: string;
  readonly end: string;
  readonly due: string;
}

export type ActivityDraftField = Exclude<keyof ActivityDraft, 'kind'>;

const MEETING_MINUTES = 30;

/**
 * A draft with sensible defaults, so logging a call is one click: the subject is filled in, a
 * meeting starts at the next full hour for thirty minutes, a task is due the next day at that hour.
 */
export function newDraft(kind: QuickActionKind, subject: string, now: Date): ActivityDraft {
  const nextHour = new Date(now);
  nextHour.setMinutes(60, 0, 0);
  const end = new Date(nextHour.getTime() + MEETING_MINUTES * 60_000);
  const due = new Date(nextHour);
  due.setDate(due.getDate() + 1);
  return { kind, subject, body: '', start: toLocalInput(nextHour), end: toLocalInput(end), due: toLocalInput(due) };
}

/** The activity to create from a draft; `at` is now for calls and notes, the start for meetings, the due time for tasks. */
export function activityFrom(draft: ActivityDraft, context: { readonly ownerId: string; readonly contactId: string; readonly accountId?: string | undefined; readonly now: Date }): ActivityCreate {
  const base = {
    kind: draft.kind,
    subject: draft.subject,
    ownerId: context.ownerId,
    contactId: context.contactId,
    ...(context.accountId ? { accountId: context.accountId } : {}),
    ...(draft.body.trim() ? { body: draft.body } : {}),
  };
  switch (draft.kind) {
    case 'meeting':
      return { ...base, at: fromLocalInput(draft.start), endAt: fromLocalInput(draft.end) };
    case 'task':
      return { ...base, at: context.now.toISOString(), dueAt: fromLocalInput(draft.due), done: false };
    default:
      return { ...base, at: context.now.toISOString() };
  }
}

/** `2025-03-01T09:30` in the user's zone, as an `<input type="datetime-local">` wants it. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A `datetime-local` value as an ISO timestamp, or the raw text when it is not a date (validation then reports it). */
export function fromLocalInput(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}
