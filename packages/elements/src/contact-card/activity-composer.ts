import { ValidationError, type Activity, type Contact, type CrmClient, type FieldIssue } from '@rapport/core';
import type { ReactiveControllerHost } from 'lit';
import { activityFrom, activityPatch, draftOf, newDraft, type ActivityDraft, type ActivityDraftField } from './activity-draft.js';
import { CrmActivityCreatedEvent, CrmActivityCreateEvent, CrmActivityUpdateEvent } from './contact-card.events.js';
import { overlappingMeetings } from './meeting-overlap.js';
import type { QuickActionKind } from './quick-action.js';
import { adoptViewStyles } from '../base/view-styles.js';
import { cardFormsStyles } from './card-forms.styles.js';

type ComposerHost = ReactiveControllerHost & HTMLElement;

/** Who a new activity belongs to and what it is about. */
export interface ComposerContext {
  readonly client: CrmClient;
  readonly contact: Contact;
  readonly ownerId: string;
}

/**
 * The quick actions of a contact card: one activity being written, or edited, at a time. A new
 * meeting that overlaps one of the owner's meetings is held back with a warning until the user
 * confirms it.
 */
export class ActivityComposer {
  readonly #host: ComposerHost;
  readonly #context: () => ComposerContext | undefined;
  #draft: ActivityDraft | undefined;
  /** The activity the draft edits; `undefined` for a new one. */
  #editing: Activity | undefined;
  #overlaps: Activity[] = [];
  #checking = false;
  #saving = false;
  #error: unknown;

  constructor(host: ComposerHost, context: () => ComposerContext | undefined) {
    adoptViewStyles(host, [cardFormsStyles]);
    this.#host = host;
    this.#context = context;
  }

  get draft(): ActivityDraft | undefined {
    return this.#draft;
  }

  /** The activity being edited, if the draft is not a new one. */
  get editing(): Activity | undefined {
    return this.#editing;
  }

  /** Meetings of the owner the draft overlaps; non-empty means the user has been warned. */
  get overlaps(): readonly Activity[] {
    return this.#overlaps;
  }

  get busy(): boolean {
    return this.#checking || this.#saving;
  }

  /** The failure of the last save that is not about one field. */
  get failure(): unknown {
    return this.#error instanceof ValidationError ? undefined : this.#error;
  }

  issuesAt(path: string): FieldIssue[] {
    return this.#error instanceof ValidationError ? this.#error.issuesAt(path) : [];
  }

  open(kind: QuickActionKind, subject: string): void {
    const context = this.#context();
    if (!context) return;
    this.#draft = newDraft(kind, subject, context.client.now());
    this.#editing = undefined;
    this.#reset();
  }

  /** Opens the form on an existing activity. */
  edit(activity: Activity): void {
    this.#draft = draftOf(activity);
    this.#editing = activity;
    this.#reset();
  }

  close(): void {
    this.#draft = undefined;
    this.#editing = undefined;
    this.#reset();
  }

  set(field: ActivityDraftField, value: string): void {
    if (!this.#draft) return;
    this.#draft = { ...this.#draft, [field]: value } as ActivityDraft;
    // A changed time may no longer overlap: check again on the next save.
    if (field === 'start' || field === 'end') this.#overlaps = [];
    this.#host.requestUpdate();
  }

  /** Saves the draft, unless it is a meeting that overlaps another and the user was not warned yet. */
  async submit(): Promise<void> {
    const context = this.#context();
    if (!this.#draft || !context) return;
    if (this.#editing) return this.#saveEdit(context, this.#editing, this.#draft);
    if (this.#draft.kind === 'meeting' && this.#overlaps.length === 0) {
      this.#overlaps = await this.#findOverlaps(context, this.#draft);
      if (this.#overlaps.length > 0) return this.#host.requestUpdate();
    }
    await this.#save(context, this.#draft);
  }

  async #findOverlaps(context: ComposerContext, draft: ActivityDraft): Promise<Activity[]> {
    const start = new Date(draft.start);
    const end = new Date(draft.end);
    if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return [];
    this.#checking = true;
    this.#host.requestUpdate();
    try {
      // Meetings longer than a day are rare; starting a day early finds any that run into the span.
      const searchFrom = new Date(start.getTime() - 86_400_000).toISOString();
      const page = await context.client.activities.list({
        where: { ownerId: context.ownerId, kind: 'meeting', at: { gte: searchFrom, lt: end.toISOString() } },
        limit: 1000,
      });
      return overlappingMeetings(page.items, start, end);
    } catch {
      // Not being able to check must not stop the user from saving: the warning is advice.
      return [];
    } finally {
      this.#checking = false;
    }
  }

  async #save(context: ComposerContext, draft: ActivityDraft): Promise<void> {
    const input = activityFrom(draft, {
      ownerId: context.ownerId,
      contactId: context.contact.id,
      accountId: context.contact.accountId,
      now: context.client.now(),
    });
    if (!this.#host.dispatchEvent(new CrmActivityCreateEvent({ activity: input }))) return;
    this.#saving = true;
    this.#host.requestUpdate();
    try {
      const activity = await context.client.activities.create(input);
      this.close();
      this.#host.dispatchEvent(new CrmActivityCreatedEvent({ activity }));
    } catch (error) {
      this.#error = error;
    } finally {
      this.#saving = false;
      this.#host.requestUpdate();
    }
  }

  async #saveEdit(context: ComposerContext, activity: Activity, draft: ActivityDraft): Promise<void> {
    const patch = activityPatch(activity, draft);
    if (Object.keys(patch).length === 0) return this.close();
    if (!this.#host.dispatchEvent(new CrmActivityUpdateEvent({ activity, patch }))) return;
    this.#saving = true;
    this.#host.requestUpdate();
    try {
      await context.client.activities.update(activity.id, patch, { expectedVersion: activity.version });
      this.close();
    } catch (error) {
      this.#error = error;
    } finally {
      this.#saving = false;
      this.#host.requestUpdate();
    }
  }

  #reset(): void {
    this.#overlaps = [];
    this.#error = undefined;
    this.#host.requestUpdate();
  }
}
