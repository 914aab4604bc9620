import type { Activity, ActivityCreate, ActivityKind, ActivityUpdate, CallDirection, CallOutcome } from '@rapport/core';

/**
 * An activity as the user types it, new or edited; times are `datetime-local` values in the
 * user's time zone, a call's length whole minutes, a call's direction and outcome `''` when unset.
 */
export interface ActivityDraft {
  readonly kind: ActivityKind;
  readonly subject: string;
  readonly body: string;
  readonly start: string;
  readonly end: string;
  readonly due: string;
  readonly direction: CallDirection | '';
  readonly outcome: CallOutcome | '';
  readonly duration: string;
}

export type ActivityDraftField = Exclude<keyof ActivityDraft, 'kind'>;

const MEETING_MINUTES = 30;

/**
 * A draft with sensible defaults, so logging a call is one click: the subject is filled in, a
 * meeting starts at the next full hour for thirty minutes, a task is due the next day at that hour.
 */
export function newDraft(kind: ActivityKind, subject: string, now: Date): ActivityDraft {
  const nextHour = new Date(now);
  nextHour.setMinutes(60, 0, 0);
  const end = new Date(nextHour.getTime() + MEETING_MINUTES * 60_000);
  const due = new Date(nextHour);
  due.setDate(due.getDate() + 1);
  return {
    kind,
    subject,
    body: '',
    start: toLocalInput(nextHour),
    end: toLocalInput(end),
    due: toLocalInput(due),
    direction: kind === 'call' ? 'outbound' : '',
    outcome: '',
    duration: '',
  };
}

/** The draft of an activity being edited: what it holds now, in the form's terms. */
export function draftOf(activity: Activity): ActivityDraft {
  const local = (iso: string | undefined) => (iso ? toLocalInput(new Date(iso)) : '');
  return {
    kind: activity.kind,
    subject: activity.subject,
    body: activity.body ?? '',
    start: local(activity.at),
    end: local(activity.endAt),
    due: local(activity.dueAt),
    direction: activity.direction ?? '',
    outcome: activity.outcome ?? '',
    duration: activity.durationSeconds === undefined ? '' : String(Math.round(activity.durationSeconds / 60)),
  };
}

/** What the user changed in an activity's draft: only those fields, so a save never rewrites the rest. */
export function activityPatch(activity: Activity, draft: ActivityDraft): ActivityUpdate {
  const before = draftOf(activity);
  const after = fieldsOf(draft);
  const was = fieldsOf(before);
  const patch: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(after)) {
    if (JSON.stringify(value) !== JSON.stringify(was[field as keyof typeof was])) patch[field] = value;
  }
  if (draft.body !== before.body && !draft.body.trim()) patch['body'] = '';
  return patch as ActivityUpdate;
}

/** The activity fields a draft sets, for its kind; unset optional fields are left out. */
function fieldsOf(draft: ActivityDraft): Partial<ActivityCreate> {
  return {
    subject: draft.subject,
    ...(draft.body.trim() ? { body: draft.body } : {}),
    ...(draft.kind === 'meeting' ? { at: fromLocalInput(draft.start), endAt: fromLocalInput(draft.end) } : {}),
    ...(draft.kind === 'task' && draft.due ? { dueAt: fromLocalInput(draft.due) } : {}),
    ...(draft.kind === 'call' ? callFields(draft) : {}),
  };
}

/** A call's direction, outcome and length as the activity stores them (seconds). */
function callFields(draft: ActivityDraft): Partial<ActivityCreate> {
  const minutes = draft.duration.trim() === '' ? undefined : Number(draft.duration);
  return {
    ...(draft.direction ? { direction: draft.direction } : {}),
    ...(draft.outcome ? { outcome: draft.outcome } : {}),
    // Not a number stays as typed, so validation names the field instead of the value vanishing.
    ...(minutes === undefined ? {} : { durationSeconds: Number.isFinite(minutes) ? Math.round(minutes * 60) : (draft.duration as unknown as number) }),
  };
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
    ...(draft.kind === 'call' ? callFields(draft) : {}),
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
