import type { Attachment, MessageAuthorKind, MessageVisibility, Ticket, TicketMessage } from '@rapport/core';
import { html, nothing, type TemplateResult } from 'lit';
import { renderAttachments } from './attachment-list.js';
import { renderMessageText } from './message-text.js';
import type { WidgetContext } from './widget-context.js';

/** Who reads the thread: the customer sees their own messages as theirs; agents see names. */
export type ThreadViewer = 'customer' | 'agent';

interface ThreadEntry {
  readonly id: string;
  readonly authorKind: MessageAuthorKind;
  readonly authorName?: string | undefined;
  readonly visibility: MessageVisibility;
  readonly body: string;
  readonly createdAt: string;
  readonly attachments: readonly Attachment[];
}

/**
 * A ticket's conversation, oldest first, opened by the request itself (unless the thread already
 * starts with it, as where every message, the first included, is stored). Internal notes carry a
 * label and their own look, so an agent never mistakes one for a reply the customer saw; a
 * customer's thread never contains them (filtered at the query, and here again). `requesterName`
 * names the customer's messages for agents.
 */
export function renderThread(ticket: Ticket, messages: readonly TicketMessage[], viewer: ThreadViewer, { m, format }: WidgetContext, requesterName?: string): TemplateResult {
  const shown = messages.filter((message) => viewer === 'agent' || message.visibility === 'public');
  const first = shown[0];
  const opening: ThreadEntry = { ...ticket, authorKind: 'customer', visibility: 'public', body: ticket.description };
  const entries = first?.authorKind === 'customer' && first.body === ticket.description ? shown : [opening, ...shown];
  const authorOf = (entry: ThreadEntry) => {
    // Agents see who wrote: the requester by name (their contact's, or what a public page's visitor gave).
    if (entry.authorKind === 'customer') return viewer === 'customer' ? m.thread.you : (entry.authorName ?? requesterName ?? ticket.requesterName ?? m.thread.customer);
    return entry.authorName ?? (entry.authorKind === 'agent' ? m.thread.agent : m.thread.system);
  };
  return html`<ol part="thread" class="thread" aria-label=${m.thread.label}>
    ${entries.map((entry) => {
      const internal = entry.visibility === 'internal';
      return html`<li part=${internal ? 'message internal-note' : 'message'} class="message from-${entry.authorKind} ${entry.visibility}">
        <p class="message-meta">
          <strong>${authorOf(entry)}</strong>
          ${internal ? html`<span part="internal-badge" class="badge internal-badge">${m.thread.internal}</span>` : nothing}
          <time datetime=${entry.createdAt}>${format.dateTime(entry.createdAt)}</time>
        </p>
        <div class="message-body">${renderMessageText(entry.body)}</div>
        ${renderAttachments(entry.attachments, format.locale)}
      </li>`;
    })}
  </ol>`;
}
