import { ValidationError, type FieldIssue, type KbArticle, type Ticket } from '@rapport/core';
import type { AttachmentPolicy } from './attachment-policy.js';
import { readAttachments, type RefusedFile } from './attachment-reader.js';
import { KbSuggestions } from './kb-suggestions.js';
import { draftFields, draftIssues, emptyDraft, ticketFrom, type DraftField, type TicketDraft } from './ticket-draft.js';
import { CrmTicketDeflectEvent, CrmTicketSubmittedEvent, CrmTicketSubmitEvent } from './ticket-widget.events.js';
import type { WidgetContext, WidgetHost } from './widget-context.js';

export type { RefusedFile };

/** How the flow ended: a ticket was sent, or an article answered the question. */
export type SubmitOutcome = { readonly sent: Ticket } | { readonly deflectedBy: KbArticle };

/**
 * A customer asking for help: the draft with its attachments, field checks once a field was left
 * (or on send), article suggestions while typing, and the outcome. The draft survives failures,
 * cancelled events and switching to the ticket list.
 */
export class SubmitFlow {
  readonly #host: WidgetHost;
  readonly #context: () => WidgetContext | undefined;
  readonly suggestions: KbSuggestions;
  #draft = emptyDraft;
  #touched = new Set<DraftField>();
  #refused: RefusedFile[] = [];
  #error: unknown;
  #busy = false;
  #outcome: SubmitOutcome | undefined;

  constructor(host: WidgetHost, context: () => WidgetContext | undefined) {
    this.#host = host;
    this.#context = context;
    this.suggestions = new KbSuggestions(host, () => context()?.client);
  }

  get draft(): TicketDraft {
    return this.#draft;
  }

  get busy(): boolean {
    return this.#busy;
  }

  get refused(): readonly RefusedFile[] {
    return this.#refused;
  }

  get outcome(): SubmitOutcome | undefined {
    return this.#outcome;
  }

  /** The failure of the last send that is not about one field. */
  get failure(): unknown {
    return this.#error instanceof ValidationError ? undefined : this.#error;
  }

  /** Problems of a field the customer has left, or that the client refused. */
  issuesAt(field: DraftField): FieldIssue[] {
    const local = this.#touched.has(field) ? draftIssues(this.#draft, field) : [];
    if (local.length > 0) return local;
    return this.#error instanceof ValidationError ? this.#error.issuesAt(field) : [];
  }

  set(field: DraftField, value: string): void {
    this.#draft = { ...this.#draft, [field]: value };
    if (field !== 'category') this.suggestions.search(`${this.#draft.subject}\n${this.#draft.description}`);
    this.#host.requestUpdate();
  }

  /** The customer left a field: from now on its problems show. */
  leave(field: DraftField): void {
    this.#touched.add(field);
    this.#host.requestUpdate();
  }

  /** Checks each file against the policy, then reads the accepted ones into the draft as data URLs. */
  async attach(files: readonly File[], policy: AttachmentPolicy): Promise<void> {
    const { added, refused } = await readAttachments(files, policy);
    this.#refused = refused;
    this.#draft = { ...this.#draft, attachments: [...this.#draft.attachments, ...added] };
    this.#host.requestUpdate();
  }

  detach(index: number): void {
    this.#draft = { ...this.#draft, attachments: this.#draft.attachments.filter((_, i) => i !== index) };
    this.#host.requestUpdate();
  }

  /** Sends the draft as a ticket of `contactId`, unless a field needs fixing or the host cancels. */
  async submit(contactId: string): Promise<void> {
    const context = this.#context();
    if (!context || this.#busy) return;
    for (const field of draftFields) this.#touched.add(field);
    this.#error = undefined;
    if (draftFields.some((field) => draftIssues(this.#draft, field).length > 0)) {
      this.#host.requestUpdate();
      return;
    }
    const { client } = context;
    this.#busy = true;
    this.#host.requestUpdate();
    try {
      // The account chooses the SLA tier; a contact that cannot be read still gets help.
      const requester = await client.contacts.fetch(contactId).catch(() => ({ id: contactId, accountId: undefined }));
      const input = ticketFrom(this.#draft, requester);
      if (!this.#host.dispatchEvent(new CrmTicketSubmitEvent({ ticket: input }))) return;
      const ticket = await client.tickets.create(input);
      this.#finish({ sent: ticket });
      this.#host.dispatchEvent(new CrmTicketSubmittedEvent({ ticket }));
    } catch (error) {
      this.#error = error;
    } finally {
      this.#busy = false;
      this.#host.requestUpdate();
    }
  }

  /** The customer says `article` answered their question: no ticket is sent, and the host can count it. */
  deflect(article: KbArticle): void {
    const subject = this.#draft.subject;
    this.#finish({ deflectedBy: article });
    this.#host.requestUpdate();
    this.#host.dispatchEvent(new CrmTicketDeflectEvent({ article, subject }));
  }

  /** Back to an empty form after an outcome. */
  restart(): void {
    this.#outcome = undefined;
    this.#host.requestUpdate();
  }

  #finish(outcome: SubmitOutcome): void {
    this.#outcome = outcome;
    this.#draft = emptyDraft;
    this.#touched = new Set();
    this.#refused = [];
    this.suggestions.clear();
  }
}
