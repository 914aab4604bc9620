import type { CannedReply, CrmError, ListQueryKey, Page, Ticket } from '@rapport/core';
import { html, nothing, type TemplateResult } from 'lit';
import { ChunkLoader } from '../base/chunk-loader.js';
import { QueryController } from '../base/query-controller.js';
import { fillPlaceholders, placeholderValues, unfilledPlaceholders, withCannedReply } from './canned-reply.js';
import type { CannedReplyManager } from './canned-reply-manager.js';
import type { TicketActions } from './ticket-actions.js';
import type { TicketDetailMessages } from './ticket-detail.messages.js';
import { agentDeskChunks } from './agent-desk.chunks.js';
import type { WidgetContext, WidgetHost } from './widget-context.js';

/** The tenant's canned replies an agent picks from: at most this many, by title. */
const LISTED = 200;

/**
 * The tenant's canned replies (the `cannedReplies` collection) on the agent's desk: picked by
 * title into the reply with its placeholders filled for the open ticket, and managed (create,
 * edit, delete) in a dialog fetched on first use.
 */
export class CannedReplies {
  readonly #host: WidgetHost;
  readonly #context: () => WidgetContext | undefined;
  readonly #list: QueryController<Page<CannedReply>, CrmError, ListQueryKey<'cannedReplies'>>;
  readonly #manager: ChunkLoader<CannedReplyManager>;

  constructor(host: WidgetHost, context: () => WidgetContext | undefined) {
    this.#host = host;
    this.#context = context;
    this.#list = new QueryController(host, () => {
      const client = context()?.client;
      return client ? { queryClient: client.queryClient, options: client.cannedReplies.listQuery({ sort: [{ field: 'title' }], limit: LISTED }) } : undefined;
    });
    this.#manager = new ChunkLoader(host, async () => {
      const { CannedReplyManager } = await agentDeskChunks.cannedReplyManager();
      return new CannedReplyManager(host, context);
    });
  }

  get replies(): readonly CannedReply[] {
    return this.#list.result?.data?.items ?? [];
  }

  /** Adds `reply` to the draft with its placeholders filled for `ticket`; the ones it cannot fill stay, flagged under the reply. */
  async insert(reply: CannedReply, ticket: Ticket, actions: TicketActions, agentName: string | undefined): Promise<void> {
    const client = this.#context()?.client;
    // The requester's card has usually read the contact already: the cache answers.
    const requester = ticket.requesterId && client ? await client.contacts.fetch(ticket.requesterId).catch(() => undefined) : undefined;
    actions.setDraft(withCannedReply(actions.draft, fillPlaceholders(reply.body, placeholderValues(ticket, requester, agentName))));
  }

  /** The picker beside the send button, and the button that opens the manager. */
  renderPicker(ticket: Ticket, actions: TicketActions, agentName: string | undefined, d: TicketDetailMessages): TemplateResult {
    const replies = this.replies;
    const pick = (event: Event) => {
      const select = event.target as HTMLSelectElement;
      const reply = replies.find((candidate) => candidate.id === select.value);
      select.value = '';
      if (reply) void this.insert(reply, ticket, actions, agentName);
    };
    const manage = async () => {
      (await this.#manager.load())?.open();
    };
    return html`${replies.length > 0
        ? html`<select part="canned-replies" aria-label=${d.canned.insert} @change=${pick}>
            <option value="">${d.canned.insert}</option>
            ${replies.map((reply) => html`<option value=${reply.id}>${reply.title}</option>`)}
          </select>`
        : nothing}
      <button part="canned-manage-button" type="button" @pointerenter=${this.#manager.prefetch} @focusin=${this.#manager.prefetch} @click=${manage}>${d.canned.manage}</button>
      ${this.#manager.value?.render(replies, d) ?? nothing}`;
  }
}

/** Placeholders left in the draft (unknown, or with no value for this ticket), flagged for the agent to replace before sending. */
export function renderUnfilled(draft: string, d: TicketDetailMessages): TemplateResult | typeof nothing {
  const left = unfilledPlaceholders(draft);
  return left.length > 0 ? html`<p part="unfilled-placeholders" class="unfilled" role="status">${d.canned.unfilled(left.join(' '))}</p>` : nothing;
}
