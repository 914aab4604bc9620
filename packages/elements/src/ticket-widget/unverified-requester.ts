import type { Ticket } from '@rapport/core';
import { html, type TemplateResult } from 'lit';
import type { WidgetContext } from './widget-context.js';

/** A public page's requester: the name and email the visitor typed, as text and marked as unchecked. */
export function renderUnverifiedRequester(ticket: Pick<Ticket, 'requesterName' | 'requesterEmail'>, { m }: WidgetContext): TemplateResult {
  return html`<p part="unverified-requester">
    ${[ticket.requesterName, ticket.requesterEmail].filter(Boolean).join(' · ')}<br /><small>${m.queue.unverifiedRequester}</small>
  </p>`;
}
