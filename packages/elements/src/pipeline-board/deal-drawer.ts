import { ConflictError, ValidationError, type Activity, type ActivityKind, type Deal, type DealUpdate } from '@rapport/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { errorText } from '../base/locale/error-text.js';
import { renderFieldErrors } from '../base/states.js';
import type { BoardEditing } from './board-editing.js';
import { createInput, draftOf, draftProblems, DRAFT_FIELD_ORDER, emptyDraft, updatePatch, type DealDraft, type DraftProblems } from './deal-draft.js';
import { addLoaded, editingMessages, nowOf, ownerChoices, problemsFromIssues, standIn } from './deal-editing.js';
import type { DealField } from './deal-editing.messages.js';
import { movePatch, withPatch } from './deal-patches.js';
import { RANK_FIELD } from './deal-order.js';
import { renderOwnerField } from './owner-field.js';
import { CrmDealCreatedEvent, CrmDealCreateEvent, CrmDealUpdatedEvent } from './deal-editing.events.js';
import { CrmDealOpenEvent } from './pipeline-board.events.js';

const LOG_KINDS: readonly ActivityKind[] = ['note', 'call', 'email', 'meeting', 'task'];
const ACTIVITIES_SHOWN = 20;

interface Log {
  readonly kind: ActivityKind;
  readonly text: string;
  readonly busy: boolean;
  readonly status: string | undefined;
}

interface Open {
  /** The deal as the drawer was opened on it (or last saved or refused against); none for a new one. */
  readonly original: Deal | undefined;
  readonly draft: DealDraft;
  readonly problems: DraftProblems;
  readonly saving: boolean;
  readonly failure: string | undefined;
  /** `undefined` while loading. */
  readonly activities: readonly Activity[] | undefined;
  readonly activitiesFailure: string | undefined;
  readonly log: Log;
  /** What takes focus when the drawer closes: the card it was opened from, or the button. */
  readonly returnTo: string;
}

/**
 * The deal drawer: every field of a deal to edit (or, for a new deal, to fill in), the deal's
 * activities with a quick log. A modal `<dialog>` at the board's side: focus stays inside, Escape
 * closes it and focus goes back where it came from. A failed save keeps the form as typed.
 */
export class DealDrawer {
  readonly #board: BoardEditing;
  #open: Open | undefined;

  constructor(board: BoardEditing) {
    this.#board = board;
  }

  get isOpen(): boolean {
    return this.#open !== undefined;
  }

  /**
   * A card clicked or Enter pressed on it: the host may open the deal its own way (`crm-deal-open`
   * is cancelable), else the drawer opens. Sent from here, with the part, so the event's class
   * stays out of the board's first load.
   */
  openCard(deal: Deal, returnTo: string): void {
    if (this.#board.host.dispatchEvent(new CrmDealOpenEvent({ deal }))) this.openDeal(deal, returnTo);
  }

  /** Opens the drawer on a deal of the board, and loads its activities. */
  openDeal(deal: Deal, returnTo: string): void {
    this.#open = { ...this.#fresh(draftOf(deal), returnTo), original: deal };
    void this.#loadActivities(deal.id);
    this.#board.host.requestUpdate();
  }

  /** Opens the drawer on a new deal for `stageId`. */
  openNew(stageId: string, returnTo: string): void {
    const pipeline = this.#board.pipeline();
    if (!pipeline) return;
    this.#open = { ...this.#fresh(emptyDraft(stageId, pipeline.currency, this.#board.host.userId), returnTo), activities: [] };
    this.#board.host.requestUpdate();
  }

  close(): void {
    const open = this.#open;
    this.#open = undefined;
    if (open) this.#board.focusLater(open.returnTo);
    this.#board.host.requestUpdate();
  }

  #fresh(draft: DealDraft, returnTo: string): Open {
    return {
      original: undefined,
      draft,
      problems: {},
      saving: false,
      failure: undefined,
      activities: undefined,
      activitiesFailure: undefined,
      log: { kind: 'note', text: '', busy: false, status: undefined },
      returnTo,
    };
  }

  #set(change: Partial<Open>): void {
    if (!this.#open) return;
    this.#open = { ...this.#open, ...change };
    this.#board.host.requestUpdate();
  }

  #edit(field: keyof DealDraft, value: string): void {
    const open = this.#open;
    if (!open) return;
    const problems = { ...open.problems };
    delete problems[field as DealField];
    this.#open = { ...open, draft: { ...open.draft, [field]: value }, problems };
  }

  #editCustom(key: string, value: string): void {
    const open = this.#open;
    if (open) this.#open = { ...open, draft: { ...open.draft, customFields: { ...open.draft.customFields, [key]: value } } };
  }

  async #loadActivities(dealId: string): Promise<void> {
    const client = this.#board.client();
    if (!client) return;
    try {
      const page = await client.activities.list({ where: { dealId }, sort: [{ field: 'at', direction: 'desc' }], limit: ACTIVITIES_SHOWN });
      if (this.#open?.original?.id === dealId) this.#set({ activities: page.items, activitiesFailure: undefined });
    } catch (error) {
      if (this.#open?.original?.id === dealId) this.#set({ activities: [], activitiesFailure: errorText(error, this.#board.i18n.messages) });
    }
  }

  async #save(): Promise<void> {
    const open = this.#open;
    const board = this.#board;
    const client = board.client();
    const pipeline = board.pipeline();
    if (!open || open.saving || !client || !pipeline) return;
    const problems = draftProblems(open.draft);
    const first = DRAFT_FIELD_ORDER.find((field) => problems[field]);
    if (first) {
      this.#set({ problems });
      board.focusLater(`.drawer [name="${first}"]`);
      return;
    }
    const m = editingMessages(board);
    const original = open.original;
    if (!original) {
      const input = createInput(open.draft, pipeline.id);
      if (!board.host.dispatchEvent(new CrmDealCreateEvent({ input }))) return;
      const shown = standIn(input, nowOf(board));
      board.pending(shown.id, shown);
      this.#set({ saving: true, failure: undefined });
      try {
        const saved = await client.deals.create(input);
        addLoaded(client, pipeline.id, saved);
        board.announce(m.drawer.saved(saved.name));
        board.host.dispatchEvent(new CrmDealCreatedEvent({ deal: saved }));
        if (this.#open === open || this.#open?.draft === open.draft) this.#closeOn(`.columns [data-deal-id="${CSS.escape(saved.id)}"]`);
      } catch (error) {
        this.#refused(error, input.name);
      } finally {
        board.pending(shown.id, undefined);
      }
      return;
    }
    const patch: DealUpdate = {
      ...updatePatch(original, open.draft),
      ...(open.draft.stageId === original.stageId ? {} : movePatch(original, open.draft.stageId, undefined, nowOf(board))),
    };
    if (Object.keys(patch).length === 0) {
      this.close();
      return;
    }
    board.pending(original.id, withPatch(original, patch));
    this.#set({ saving: true, failure: undefined });
    try {
      const saved = await client.deals.update(original.id, patch, { expectedVersion: original.version });
      board.announce(m.drawer.saved(saved.name));
      board.host.dispatchEvent(new CrmDealUpdatedEvent({ deal: saved, previous: original }));
      if (this.#open?.original?.id === original.id) this.close();
    } catch (error) {
      this.#refused(error, open.draft.name || original.name);
    } finally {
      board.pending(original.id, undefined);
    }
  }

  /** A save that did not happen: the form stays as typed, and says why. */
  #refused(error: unknown, name: string): void {
    const m = editingMessages(this.#board);
    if (error instanceof ConflictError && this.#open?.original) {
      // Their version becomes the base of the next save; the user's edits stay in the form.
      this.#set({ saving: false, failure: m.drawer.conflict, original: { ...this.#open.original, ...(error.current as Partial<Deal>) } });
      return;
    }
    const problems = error instanceof ValidationError ? problemsFromIssues(error.issues) : {};
    this.#set({ saving: false, problems, failure: m.drawer.failed(name, errorText(error, this.#board.i18n.messages)) });
    this.#board.focusLater('.drawer .drawer-failure');
  }

  #closeOn(returnTo: string): void {
    if (this.#open) this.#open = { ...this.#open, returnTo };
    this.close();
  }

  async #log(): Promise<void> {
    const open = this.#open;
    const board = this.#board;
    const client = board.client();
    const deal = open?.original;
    if (!open || !deal || !client || open.log.busy) return;
    const text = open.log.text.trim();
    const ownerId = board.host.userId || deal.ownerId;
    if (!text || !ownerId) return;
    const m = editingMessages(board);
    this.#set({ log: { ...open.log, busy: true, status: undefined } });
    try {
      const subject = (text.split('\n')[0] ?? text).slice(0, 200);
      const activity = await client.activities.create({
        kind: open.log.kind,
        subject,
        ...(subject === text ? {} : { body: text }),
        at: nowOf(board).toISOString(),
        ownerId,
        dealId: deal.id,
        ...(deal.accountId ? { accountId: deal.accountId } : {}),
        ...(deal.contactId ? { contactId: deal.contactId } : {}),
      });
      const now = this.#open;
      if (now?.original?.id === deal.id) {
        this.#set({ activities: [activity, ...(now.activities ?? [])], log: { kind: now.log.kind, text: '', busy: false, status: m.drawer.logged } });
      }
    } catch (error) {
      const now = this.#open;
      if (now?.original?.id === deal.id) this.#set({ log: { ...now.log, busy: false, status: m.drawer.logFailed(errorText(error, board.i18n.messages)) } });
    }
  }

  #renderField(open: Open, field: DealField, input: (id: string, invalid: boolean, describedBy: string | typeof nothing) => TemplateResult): TemplateResult {
    const m = editingMessages(this.#board);
    const problem = open.problems[field];
    const id = `drawer-${field}`;
    return html`<label class="field">
      <span>${m.fields[field]}</span>
      ${input(id, problem !== undefined, problem ? `${id}-error` : nothing)} ${renderFieldErrors(`${id}-error`, problem ? [m.problems[problem]] : [])}
    </label>`;
  }

  #text(open: Open, field: 'name' | 'amount' | 'currency' | 'probability', inputMode = 'text'): TemplateResult {
    return this.#renderField(
      open,
      field,
      (id, invalid, describedBy) => html`<input
        id=${id}
        name=${field}
        inputmode=${inputMode}
        autocomplete="off"
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${describedBy}
        .value=${open.draft[field]}
        @input=${(event: Event) => this.#edit(field, (event.target as HTMLInputElement).value)}
      />`,
    );
  }

  #renderActivities(open: Open): TemplateResult {
    const m = editingMessages(this.#board);
    const format = this.#board.i18n.format;
    const deal = open.original;
    if (!deal) return html``;
    const canLog = Boolean(this.#board.host.userId || deal.ownerId);
    const activities = open.activities;
    return html`<section class="drawer-activities" aria-labelledby="drawer-activities-title">
      <h3 id="drawer-activities-title">${m.drawer.activities}</h3>
      ${canLog
        ? html`<form
            class="quick-log"
            aria-label=${m.drawer.logLabel}
            @submit=${(event: Event) => {
              event.preventDefault();
              void this.#log();
            }}
          >
            <label class="field">
              <span>${m.drawer.logKind}</span>
              <select
                name="log-kind"
                @change=${(event: Event) => open.log && this.#set({ log: { ...this.#open!.log, kind: (event.target as HTMLSelectElement).value as ActivityKind } })}
              >
                ${LOG_KINDS.map((kind) => html`<option value=${kind} ?selected=${kind === open.log.kind}>${m.activityKinds[kind]}</option>`)}
              </select>
            </label>
            <label class="field">
              <span>${m.drawer.logLabel}</span>
              <textarea
                name="log-text"
                rows="2"
                .value=${live(open.log.text)}
                @input=${(event: Event) => {
                  if (this.#open) this.#open = { ...this.#open, log: { ...this.#open.log, text: (event.target as HTMLTextAreaElement).value } };
                }}
              ></textarea>
            </label>
            <button type="submit" aria-busy=${open.log.busy ? 'true' : 'false'}>${m.drawer.log}</button>
            <p class="log-status" role="status">${open.log.status ?? ''}</p>
          </form>`
        : html`<p class="muted">${m.drawer.loggingNeedsOwner}</p>`}
      ${activities === undefined
        ? html`<p class="muted" role="status">${this.#board.i18n.messages.common.loading}</p>`
        : activities.length === 0
          ? html`<p class="muted">${open.activitiesFailure ?? m.drawer.noActivities}</p>`
          : html`<ul class="activity-list">
              ${activities.map(
                (activity) => html`<li>
                  <span class="activity-head"
                    ><strong>${m.activityKinds[activity.kind]}</strong> · <time datetime=${activity.at}>${format.dateTime(activity.at)}</time></span
                  >
                  <span class="activity-subject">${activity.subject}</span>
                  ${activity.body ? html`<span class="activity-body">${activity.body}</span>` : nothing}
                </li>`,
              )}
            </ul>`}
    </section>`;
  }

  render(): TemplateResult | typeof nothing {
    const open = this.#open;
    const pipeline = this.#board.pipeline();
    if (!open || !pipeline) return nothing;
    const m = editingMessages(this.#board);
    const format = this.#board.i18n.format;
    const title = open.original ? m.drawer.editTitle(open.original.name) : m.drawer.newTitle;
    const customKeys = Object.keys(open.draft.customFields).filter((key) => key !== RANK_FIELD);
    return html`<dialog
      part="drawer"
      class="drawer"
      aria-labelledby="drawer-title"
      @cancel=${(event: Event) => {
        event.preventDefault();
        this.close();
      }}
      @keydown=${(event: KeyboardEvent) => event.stopPropagation()}
      @pointerdown=${(event: Event) => event.stopPropagation()}
    >
      <header class="drawer-header">
        <h2 id="drawer-title" class="dialog-title">${title}</h2>
        <button type="button" class="drawer-close" @click=${() => this.close()}>${m.drawer.close}</button>
      </header>
      ${open.failure ? html`<p class="error drawer-failure" role="alert" tabindex="-1">${open.failure}</p>` : nothing}
      <form
        class="drawer-form"
        novalidate
        @submit=${(event: Event) => {
          event.preventDefault();
          void this.#save();
        }}
      >
        ${this.#text(open, 'name')}
        <div class="field-row">${this.#text(open, 'amount', 'decimal')} ${this.#text(open, 'currency')}</div>
        <div class="field-row">
          ${this.#renderField(
            open,
            'expectedCloseDate',
            (id, invalid, describedBy) => html`<input
              id=${id}
              name="expectedCloseDate"
              type="date"
              aria-invalid=${invalid ? 'true' : 'false'}
              aria-describedby=${describedBy}
              .value=${open.draft.expectedCloseDate}
              @input=${(event: Event) => this.#edit('expectedCloseDate', (event.target as HTMLInputElement).value)}
            />`,
          )}
          ${this.#text(open, 'probability', 'numeric')}
        </div>
        ${this.#renderField(
          open,
          'stageId',
          (id) => html`<select id=${id} name="stageId" @change=${(event: Event) => this.#edit('stageId', (event.target as HTMLSelectElement).value)}>
            ${pipeline.stages.map(
              (stage) => html`<option value=${stage.id} ?selected=${stage.id === open.draft.stageId}>${stage.name} · ${format.percent(stage.probability)}</option>`,
            )}
          </select>`,
        )}
        ${renderOwnerField({
          id: 'drawer-ownerId',
          label: m.fields.ownerId,
          noOwner: m.drawer.noOwner,
          value: open.draft.ownerId,
          owners: ownerChoices(this.#board),
          onChange: (ownerId) => this.#edit('ownerId', ownerId),
        })}
        <label class="field">
          <span>${m.fields.tags}</span>
          <input name="tags" aria-describedby="drawer-tags-hint" .value=${open.draft.tags} @input=${(event: Event) => this.#edit('tags', (event.target as HTMLInputElement).value)} />
          <span id="drawer-tags-hint" class="hint">${m.drawer.tagsHint}</span>
        </label>
        ${customKeys.length
          ? html`<fieldset class="custom-fields">
              <legend>${m.fields.customFields}</legend>
              ${customKeys.map(
                (key) => html`<label class="field">
                  <span>${key}</span>
                  <input name=${`custom-${key}`} .value=${open.draft.customFields[key] ?? ''} @input=${(event: Event) => this.#editCustom(key, (event.target as HTMLInputElement).value)} />
                </label>`,
              )}
            </fieldset>`
          : nothing}
        <div class="dialog-actions">
          <button type="button" @click=${() => this.close()}>${this.#board.i18n.messages.common.cancel}</button>
          <button type="submit" class="primary" aria-busy=${open.saving ? 'true' : 'false'}>${open.original ? m.drawer.save : m.drawer.create}</button>
        </div>
      </form>
      ${this.#renderActivities(open)}
    </dialog>`;
  }
}


