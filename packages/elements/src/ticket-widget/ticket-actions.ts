import { ConflictError, ValidationError, type Attachment, type CrmClient, type FieldIssue, type MessageAuthorKind, type MessageVisibility, type Ticket, type TicketStatus, type TicketUpdate } from '@rapport/core';
import {
  CrmTicketRepliedEvent,
  CrmTicketReplyEvent,
  CrmTicketStatusChangedEvent,
  CrmTicketStatusChangeEvent,
  CrmTicketUpdatedEvent,
  CrmTicketUpdateEvent,
} from './ticket-widget.events.js';
import type { AttachmentPolicy } from './attachment-policy.js';
import { readAttachments, type RefusedFile } from './attachment-reader.js';
import { policyOfTicket } from './ticket-policy.js';
import { replyPatch, statusPatch } from './ticket-patches.js';
import type { WidgetContext, WidgetHost } from './widget-context.js';

/** Who writes a reply: the customer of the widget, or an agent (named in the thread when the name is known). */
export interface ReplyAuthor {
  readonly kind: MessageAuthorKind;
  readonly id?: string | undefined;
  readonly name?: string | undefined;
}

/**
 * What can be done to one open ticket: reply (or add an internal note), change its status,
 * priority or assignee. Each change is announced before (cancelable) and after; a failed change is
 * rolled back by the client and its error kept here to show.
 */
export class TicketActions {
  readonly #host: WidgetHost;
  readonly #context: () => WidgetContext | undefined;
  #busy = false;
  #error: unknown;

  /** The reply being written; kept when sending fails. */
  draft = '';
  /** Files attached to the reply being written. */
  draftAttachments: readonly Attachment[] = [];
  /** Files last chosen that were not attached, and why. */
  refused: readonly RefusedFile[] = [];

  constructor(host: WidgetHost, context: () => WidgetContext | undefined) {
    this.#host = host;
    this.#context = context;
  }

  /** The widget the actions announce their events from. */
  get host(): WidgetHost {
    return this.#host;
  }

  get busy(): boolean {
    return this.#busy;
  }

  /** The failure of the last action that is not about the reply's text. */
  get failure(): unknown {
    return this.#error instanceof ValidationError ? undefined : this.#error;
  }

  /** Problems with the reply's text. */
  get draftIssues(): readonly FieldIssue[] {
    return this.#error instanceof ValidationError ? this.#error.issuesAt('body') : [];
  }

  setDraft(value: string): void {
    this.draft = value;
    if (this.#error instanceof ValidationError) this.#error = undefined;
    this.#host.requestUpdate();
  }

  /** Checks the chosen files against `policy` and attaches the accepted ones to the draft. */
  async attach(files: readonly File[], policy: AttachmentPolicy): Promise<void> {
    const { added, refused } = await readAttachments(files, policy);
    this.refused = refused;
    this.draftAttachments = [...this.draftAttachments, ...added];
    this.#host.requestUpdate();
  }

  detach(index: number): void {
    this.draftAttachments = this.draftAttachments.filter((_, i) => i !== index);
    this.refused = [];
    this.#host.requestUpdate();
  }

  /** Forgets the draft and any failure: another ticket was opened. */
  reset(): void {
    this.draft = '';
    this.draftAttachments = [];
    this.refused = [];
    this.#error = undefined;
  }

  /**
   * Sends the draft; a customer's reply to a ticket waiting on them reopens it, an agent's first
   * reply stops the first-response clock. An agent's public reply to an unassigned ticket assigns
   * it to them, and `then` sets the status in the same step (send and mark solved).
   */
  async reply(ticket: Ticket, author: ReplyAuthor, visibility: MessageVisibility, then?: TicketStatus): Promise<void> {
    if (!this.draft.trim()) {
      this.#error = new ValidationError([{ path: ['body'], code: 'required', message: 'Write a reply first' }]);
      this.#host.requestUpdate();
      return;
    }
    const message = {
      ticketId: ticket.id,
      authorKind: author.kind,
      authorId: author.id,
      authorName: author.name,
      visibility,
      body: this.draft,
      attachments: [...this.draftAttachments],
    };
    if (!this.#host.dispatchEvent(new CrmTicketReplyEvent({ ticket, message, status: then }))) return;
    await this.#run(async ({ client }) => {
      const stored = await client.ticketMessages.create(message);
      this.draft = '';
      this.draftAttachments = [];
      this.refused = [];
      let updated = ticket;
      try {
        const policy = await policyOfTicket(client, ticket);
        updated = await write(client, ticket, (current) => {
          const now = client.now();
          let patch: TicketUpdate = replyPatch(current, author.kind, visibility, now, policy) ?? {};
          if (then && then !== current.status) patch = { ...patch, ...statusPatch({ ...current, ...patch } as Ticket, then, now, policy) };
          if (author.kind === 'agent' && author.id && visibility === 'public' && !current.assigneeId) patch = { ...patch, assigneeId: author.id };
          return Object.keys(patch).length > 0 ? patch : null;
        });
      } finally {
        // The reply is stored even when the ticket could not follow (its failure still shows).
        this.#host.dispatchEvent(new CrmTicketRepliedEvent({ ticket: updated, message: stored }));
      }
      if (updated.status !== ticket.status) this.#host.dispatchEvent(new CrmTicketStatusChangedEvent({ ticket: updated, previous: ticket.status }));
    });
  }

  async changeStatus(ticket: Ticket, status: TicketStatus): Promise<void> {
    if (status === ticket.status) return;
    // A refused change re-renders too, so a select the user moved shows the ticket's status again.
    if (!this.#host.dispatchEvent(new CrmTicketStatusChangeEvent({ ticket, status }))) return this.#host.requestUpdate();
    await this.#run(async ({ client }) => {
      const policy = await policyOfTicket(client, ticket);
      const updated = await write(client, ticket, (current) => statusPatch(current, status, client.now(), policy));
      this.#host.dispatchEvent(new CrmTicketStatusChangedEvent({ ticket: updated, previous: ticket.status }));
    });
  }

  /** Changes the priority, the assignee, the tags or the custom fields. */
  async change(ticket: Ticket, patch: Pick<TicketUpdate, 'priority' | 'assigneeId' | 'tags' | 'customFields'>): Promise<void> {
    if (!this.#host.dispatchEvent(new CrmTicketUpdateEvent({ ticket, patch }))) return this.#host.requestUpdate();
    await this.#run(async ({ client }) => {
      const updated = await write(client, ticket, () => patch);
      this.#host.dispatchEvent(new CrmTicketUpdatedEvent({ ticket: updated, previous: ticket }));
    });
  }

  async #run(action: (context: WidgetContext) => Promise<void>): Promise<void> {
    const context = this.#context();
    if (!context) return;
    this.#busy = true;
    this.#error = undefined;
    this.#host.requestUpdate();
    try {
      await action(context);
    } catch (error) {
      this.#error = error;
      // Someone else changed the ticket: show their version, so the next try starts from it.
      if (error instanceof ConflictError) void context.client.queryClient.invalidateQueries({ queryKey: context.client.tickets.keys.all });
    } finally {
      this.#busy = false;
      this.#host.requestUpdate();
    }
  }
}

/**
 * Writes `patchOf(ticket)`. When someone else changed the ticket meanwhile but left the fields
 * of this change alone (the rules engine raising its escalation level, say), the change is made
 * again on their version instead of failing; a change to the same fields stays a conflict.
 */
async function write(client: CrmClient, ticket: Ticket, patchOf: (ticket: Ticket) => TicketUpdate | null): Promise<Ticket> {
  const patch = patchOf(ticket);
  if (!patch) return ticket;
  try {
    return await client.tickets.update(ticket.id, patch, { expectedVersion: ticket.version });
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const current = await client.tickets.get(ticket.id);
    const same = (field: string) => JSON.stringify(current[field as keyof Ticket]) === JSON.stringify(ticket[field as keyof Ticket]);
    if (!Object.keys(patch).every(same)) throw error;
    const again = patchOf(current);
    return again ? client.tickets.update(ticket.id, again, { expectedVersion: current.version }) : current;
  }
}
