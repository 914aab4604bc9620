import { ValidationError, type CannedReply } from '@rapport/core';
import { html, nothing, type TemplateResult } from 'lit';
import { errorText, issueText } from '../base/locale/error-text.js';
import { renderError } from '../base/states.js';
import { renderField } from './form-field.js';
import type { TicketDetailMessages } from './ticket-detail.messages.js';
import type { WidgetContext, WidgetHost } from './widget-context.js';

/** The reply being written or changed in the manager. */
interface CannedDraft {
  readonly id?: string;
  readonly version?: number;
  readonly title: string;
  readonly body: string;
}

/**
 * Creates, edits and deletes the tenant's canned replies, in a modal `<dialog>` (focus stays
 * inside, Escape closes) fetched the first time an agent opens it. Agents and admins may write;
 * for other roles the service refuses, and the refusal shows here.
 */
export class CannedReplyManager {
  readonly #host: WidgetHost;
  readonly #context: () => WidgetContext | undefined;
  #open = false;
  #draft: CannedDraft | undefined;
  #error: unknown;
  #busy = false;

  constructor(host: WidgetHost, context: () => WidgetContext | undefined) {
    this.#host = host;
    this.#context = context;
  }

  open(): void {
    this.#open = true;
    this.#draft = undefined;
    this.#error = undefined;
    this.#host.requestUpdate();
    // The dialog is in the shadow root after this render: open it modal there.
    void this.#host.updateComplete.then(() => this.#dialog()?.showModal());
  }

  close(): void {
    this.#open = false;
    this.#draft = undefined;
    this.#dialog()?.close();
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => this.#host.shadowRoot?.querySelector<HTMLElement>('[part~="canned-manage-button"]')?.focus());
  }

  #dialog(): HTMLDialogElement | null | undefined {
    return this.#host.shadowRoot?.querySelector<HTMLDialogElement>('dialog.canned-manager');
  }

  #edit(draft: CannedDraft | undefined): void {
    this.#draft = draft;
    this.#error = undefined;
    this.#host.requestUpdate();
    if (draft) void this.#host.updateComplete.then(() => this.#host.shadowRoot?.getElementById('canned-title')?.focus());
  }

  #change(fields: Partial<CannedDraft>): void {
    if (this.#draft) this.#draft = { ...this.#draft, ...fields };
  }

  async #run(action: () => Promise<unknown>): Promise<void> {
    this.#busy = true;
    this.#error = undefined;
    this.#host.requestUpdate();
    try {
      await action();
      this.#draft = undefined;
    } catch (error) {
      this.#error = error;
    } finally {
      this.#busy = false;
      this.#host.requestUpdate();
    }
  }

  async #save(): Promise<void> {
    const client = this.#context()?.client;
    const draft = this.#draft;
    if (!client || !draft || this.#busy) return;
    const fields = { title: draft.title, body: draft.body };
    await this.#run(() =>
      draft.id && draft.version !== undefined ? client.cannedReplies.update(draft.id, fields, { expectedVersion: draft.version }) : client.cannedReplies.create(fields),
    );
  }

  async #remove(reply: CannedReply): Promise<void> {
    const client = this.#context()?.client;
    if (client) await this.#run(() => client.cannedReplies.remove(reply.id, { expectedVersion: reply.version }));
  }

  #renderForm(draft: CannedDraft, context: WidgetContext, d: TicketDetailMessages): TemplateResult {
    const { messages } = context;
    const issues = (field: string) => (this.#error instanceof ValidationError ? this.#error.issuesAt(field).map((issue) => issueText(issue, messages)) : []);
    const submit = (event: Event) => {
      event.preventDefault();
      void this.#save();
    };
    return html`<form part="canned-form" class="stack" novalidate @submit=${submit}>
      ${renderField('canned-title', d.canned.title, issues('title'), (aria) =>
        html`<input id="canned-title" type="text" .value=${draft.title} aria-invalid=${aria.invalid} aria-describedby=${aria.describedBy}
          @input=${(event: Event) => this.#change({ title: (event.target as HTMLInputElement).value })} />`,
      )}
      ${renderField('canned-body', d.canned.body, issues('body'), (aria) =>
        html`<textarea id="canned-body" rows="6" .value=${draft.body} aria-invalid=${aria.invalid} aria-describedby="canned-body-hint ${aria.describedBy === nothing ? '' : aria.describedBy}"
          @input=${(event: Event) => this.#change({ body: (event.target as HTMLTextAreaElement).value })}></textarea>`,
      )}
      <p id="canned-body-hint" class="muted">${d.canned.bodyHint}</p>
      <div class="row">
        <button part="canned-save" class="primary" type="submit" ?disabled=${this.#busy}>${d.canned.save}</button>
        <button type="button" @click=${() => this.#edit(undefined)}>${d.canned.cancel}</button>
      </div>
    </form>`;
  }

  render(replies: readonly CannedReply[], d: TicketDetailMessages): TemplateResult | typeof nothing {
    const context = this.#context();
    if (!this.#open || !context) return nothing;
    const failure = this.#error instanceof ValidationError ? undefined : this.#error;
    return html`<dialog part="canned-manager" class="canned-manager" aria-labelledby="canned-manager-title" @cancel=${(event: Event) => (event.preventDefault(), this.close())}>
      <div class="stack">
        <div class="row">
          <h2 id="canned-manager-title" class="heading">${d.canned.manage}</h2>
          <button part="canned-close" type="button" @click=${() => this.close()}>${d.canned.close}</button>
        </div>
        ${failure ? renderError(errorText(failure, context.messages)) : nothing}
        ${this.#draft
          ? this.#renderForm(this.#draft, context, d)
          : html`<button part="canned-create" type="button" @click=${() => this.#edit({ title: '', body: '' })}>${d.canned.create}</button>`}
        ${replies.length === 0
          ? html`<p class="muted">${d.canned.none}</p>`
          : html`<ul part="canned-list" class="canned-list">
              ${replies.map(
                (reply) => html`<li part="canned-item" class="row">
                  <span class="row-title">${reply.title}</span>
                  <button type="button" aria-label=${d.canned.edit(reply.title)} ?disabled=${this.#busy} @click=${() => this.#edit({ id: reply.id, version: reply.version, title: reply.title, body: reply.body })}>✎</button>
                  <button type="button" aria-label=${d.canned.remove(reply.title)} ?disabled=${this.#busy} @click=${() => void this.#remove(reply)}>🗑</button>
                </li>`,
              )}
            </ul>`}
      </div>
    </dialog>`;
  }
}
