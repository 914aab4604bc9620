import { ValidationError } from '@rapport/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { errorText } from '../base/locale/error-text.js';
import { renderFieldErrors } from '../base/states.js';
import type { BoardEditing } from './board-editing.js';
import { createInput, draftProblems, emptyDraft, type DealDraft, type DraftProblems } from './deal-draft.js';
import { addLoaded, editingMessages, nowOf, problemsFromIssues, standIn } from './deal-editing.js';
import type { DealField } from './deal-editing.messages.js';
import { CrmDealCreatedEvent, CrmDealCreateEvent } from './deal-editing.events.js';

const QUICK_FIELDS: readonly DealField[] = ['name', 'amount'];

interface Open {
  readonly stageId: string;
  readonly draft: DealDraft;
  readonly problems: DraftProblems;
}

/**
 * The quick-add at the top of a column: a name and an amount, Enter saves and leaves the form open
 * and focused for the next deal, Escape closes it. The new deal shows at once and goes again,
 * with what was typed put back into the form, if it cannot be saved.
 */
export class QuickAdd {
  readonly #board: BoardEditing;
  #open: Open | undefined;

  constructor(board: BoardEditing) {
    this.#board = board;
  }

  get stageId(): string | undefined {
    return this.#open?.stageId;
  }

  open(stageId: string): void {
    const pipeline = this.#board.pipeline();
    if (!pipeline) return;
    if (this.#open?.stageId !== stageId) this.#open = { stageId, draft: emptyDraft(stageId, pipeline.currency, this.#board.host.userId), problems: {} };
    this.#board.focusLater(`.quick-add[data-stage-id="${CSS.escape(stageId)}"] [name="name"]`);
    this.#board.host.requestUpdate();
  }

  close(): void {
    const stageId = this.#open?.stageId;
    this.#open = undefined;
    if (stageId) this.#board.focusLater(`.column[data-stage-id="${CSS.escape(stageId)}"] .add-deal`);
    this.#board.host.requestUpdate();
  }

  #edit(field: 'name' | 'amount', value: string): void {
    if (!this.#open) return;
    const problems = { ...this.#open.problems };
    delete problems[field];
    this.#open = { ...this.#open, draft: { ...this.#open.draft, [field]: value }, problems };
  }

  async #submit(): Promise<void> {
    const board = this.#board;
    const open = this.#open;
    const client = board.client();
    const pipeline = board.pipeline();
    if (!open || !client || !pipeline) return;
    const problems = draftProblems(open.draft, QUICK_FIELDS);
    const first = QUICK_FIELDS.find((field) => problems[field]);
    if (first) {
      this.#open = { ...open, problems };
      board.focusLater(`.quick-add [name="${first}"]`);
      board.host.requestUpdate();
      return;
    }
    const input = createInput(open.draft, pipeline.id);
    if (!board.host.dispatchEvent(new CrmDealCreateEvent({ input }))) return;
    const m = editingMessages(board);
    const stageName = pipeline.stages.find((stage) => stage.id === open.stageId)?.name ?? open.stageId;
    const shown = standIn(input, nowOf(board));
    // The form empties for the next deal at once; the first one is on its way.
    this.#open = { ...open, draft: emptyDraft(open.stageId, open.draft.currency, open.draft.ownerId), problems: {} };
    board.focusLater(`.quick-add [name="name"]`);
    board.pending(shown.id, shown);
    try {
      const saved = await client.deals.create(input);
      addLoaded(client, pipeline.id, saved);
      board.announce(m.quickAdd.added(saved.name, stageName));
      board.host.dispatchEvent(new CrmDealCreatedEvent({ deal: saved }));
    } catch (error) {
      board.notice(m.quickAdd.failed(input.name, errorText(error, board.i18n.messages)));
      // Nothing typed is lost: the failed deal goes back into the form unless a next one is being typed.
      const now = this.#open;
      if (now?.stageId === open.stageId && !now.draft.name && !now.draft.amount) {
        this.#open = { ...now, draft: open.draft, problems: error instanceof ValidationError ? problemsFromIssues(error.issues) : {} };
      }
    } finally {
      board.pending(shown.id, undefined);
    }
  }

  /** The form of `stageId`'s column, when it is the one open. */
  render(stageId: string): TemplateResult | typeof nothing {
    const open = this.#open;
    if (open?.stageId !== stageId) return nothing;
    const m = editingMessages(this.#board);
    const pipeline = this.#board.pipeline();
    const stageName = pipeline?.stages.find((stage) => stage.id === stageId)?.name ?? stageId;
    const id = (field: string) => `quick-${field}-${stageId}`;
    const field = (name: 'name' | 'amount', label: string, inputMode: string) => {
      const problem = open.problems[name];
      return html`<label class="field">
        <span>${label}</span>
        <input
          name=${name}
          id=${id(name)}
          inputmode=${inputMode}
          autocomplete="off"
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${problem ? id(`${name}-error`) : nothing}
          .value=${live(open.draft[name])}
          @input=${(event: Event) => this.#edit(name, (event.target as HTMLInputElement).value)}
        />
        ${renderFieldErrors(id(`${name}-error`), problem ? [m.problems[problem]] : [])}
      </label>`;
    };
    return html`<form
      part="quick-add"
      class="quick-add"
      data-stage-id=${stageId}
      aria-label=${m.quickAdd.label(stageName)}
      novalidate
      @submit=${(event: Event) => {
        event.preventDefault();
        void this.#submit();
      }}
      @keydown=${(event: KeyboardEvent) => {
        // Keys typed here are the form's, not the board's (Space would pick up a card).
        event.stopPropagation();
        if (event.key === 'Escape') {
          event.preventDefault();
          this.close();
        }
      }}
      @pointerdown=${(event: Event) => event.stopPropagation()}
    >
      ${field('name', m.fields.name, 'text')} ${field('amount', `${m.fields.amount} (${open.draft.currency})`, 'decimal')}
      <p class="hint">${m.quickAdd.hint}</p>
      <button type="submit" class="primary">${m.quickAdd.save}</button>
    </form>`;
  }
}

