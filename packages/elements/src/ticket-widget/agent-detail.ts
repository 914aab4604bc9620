import type { CrmError, MessageVisibility, Page, Ticket, TicketMessage, TicketPriority, TicketStatus } from '@rapport/core';
import type { QueryObserverResult } from '@tanstack/query-core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { errorText } from '../base/locale/error-text.js';
import type { LocaleCode } from '../base/locale/locale.js';
import { loadMessages } from '../base/locale/message-pack.js';
import { renderError } from '../base/states.js';
import { adoptViewStyles } from '../base/view-styles.js';
import { agentDetailStyles } from './agent-detail.styles.js';
import type { Agent } from './agent.js';
import { renderUnfilled, type CannedReplies } from './canned-replies.js';
import { ticketPriorities, ticketStatuses } from './queue.js';
import { renderReplyForm } from './reply-form.js';
import { chunkMessages } from '../base/locale/chunk-messages.js';
import { renderSlaClock } from './sla-timer.js';
import type { TicketFields } from './ticket-fields.js';
import type { TicketPresence } from './ticket-presence.js';
import { renderTicketTags } from './ticket-tags.js';
import { renderThreadSection } from './thread-section.js';
import { renderUnverifiedRequester } from './unverified-requester.js';

export { tagsInUse } from './ticket-tags.js';
export { CannedReplies } from './canned-replies.js';
export { TicketPresence } from './ticket-presence.js';
export { TicketFields } from './ticket-fields.js';
export { TicketCategories } from './ticket-categories.js';
import { ticketDetailMessages } from './ticket-detail.messages.js';
import type { TicketActions } from './ticket-actions.js';
import { clocksOf, type TicketSla } from './ticket-sla.js';
import type { WidgetContext } from './widget-context.js';

export interface AgentDetailProps {
  readonly context: WidgetContext;
  readonly ticket: Ticket;
  readonly sla: TicketSla;
  /** The ticket's messages as they load; the thread (with its attachments) arrives with this chunk, not with the queue. */
  readonly thread: QueryObserverResult<Page<TicketMessage>, CrmError> | undefined;
  readonly onThreadRetry: () => void;
  /** The requester's name from their contact, for the thread. */
  readonly requesterName: string | undefined;
  readonly agents: readonly Agent[];
  readonly actions: TicketActions;
  readonly visibility: MessageVisibility;
  readonly cannedReplies: CannedReplies;
  /** The ticket's category as the tenant names it in the reader's locale. */
  readonly categoryName: string | undefined;
  /** The tenant's ticket fields. */
  readonly fields: TicketFields;
  /** Who else has the ticket open or is writing to it. */
  readonly presence: TicketPresence;
  /** The agent using the desk, for `{{agent.name}}`. */
  readonly agentName: string | undefined;
  /** Tags used on the tickets shown, offered while tagging. */
  readonly tagSuggestions: readonly string[];
  /** The requester's compact contact card; without one, the unverified details a public page sent show. */
  readonly requesterCard: Element | undefined;
  readonly onVisibility: (visibility: MessageVisibility) => void;
  /** Sends the draft, and sets the status to `then` in the same step when given. */
  readonly onReply: (then?: TicketStatus) => void;
}

/** Fetches the detail's strings in `locale` with the chunk, so the reply box shows complete at once. */
export function loadDetailMessages(locale: LocaleCode): Promise<unknown> {
  return loadMessages(ticketDetailMessages, locale).catch(() => undefined);
}

/** What "send and mark …" offers: waiting on the customer, or solved. */
const thenStatuses: readonly TicketStatus[] = ['pending', 'resolved'];

/**
 * One ticket for the agent: what it is about, its status, priority and assignee, both SLA clocks,
 * the thread with internal notes set apart, the reply box and the requester's card beside it.
 */
export function renderAgentDetail(props: AgentDetailProps): TemplateResult {
  const { context, ticket, actions } = props;
  const { m, messages, format } = context;
  adoptViewStyles(actions.host, [agentDetailStyles]);
  // `live`: after a refused or failed change the select shows the ticket again, not the user's pick.
  const select = (label: string, value: string, options: TemplateResult[], onChange: (value: string) => void) =>
    html`<label
      >${label}
      <select .value=${live(value)} ?disabled=${actions.busy} @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value)}>
        ${options}
      </select></label
    >`;
  const option = (value: string, label: string, selected: boolean) => html`<option value=${value} ?selected=${selected}>${label}</option>`;
  const clocks = clocksOf(props.sla.status);
  // Loaded with the chunk; in a locale switched to since, English stands in for a moment.
  const d = chunkMessages(actions.host, ticketDetailMessages, format.locale) ?? ticketDetailMessages.en;
  return html`<article part="detail" class="detail" aria-labelledby="detail-subject">
    <header class="field">
      <h3 id="detail-subject" part="ticket-subject" class="heading">${ticket.subject}</h3>
      <p class="muted">
        ${[props.categoryName, format.dateTime(ticket.createdAt)].filter(Boolean).join(' · ')}
        ${ticket.escalationLevel > 0 ? html`<span part="escalation-badge" class="badge escalated">${m.sla.escalated(ticket.escalationLevel)}</span>` : nothing}
      </p>
    </header>
    ${props.presence.render(context, d)}
    <div part="ticket-controls" class="row controls">
      ${select(
        m.queue.status,
        ticket.status,
        ticketStatuses.map((status) => option(status, m.status[status], status === ticket.status)),
        (status) => void actions.changeStatus(ticket, status as TicketStatus),
      )}
      ${select(
        m.queue.priority,
        ticket.priority,
        ticketPriorities.map((priority) => option(priority, m.priority[priority], priority === ticket.priority)),
        (priority) => void actions.change(ticket, { priority: priority as TicketPriority }),
      )}
      ${select(
        m.queue.assignee,
        ticket.assigneeId ?? '',
        [option('', m.queue.unassigned, !ticket.assigneeId), ...props.agents.map((agent) => option(agent.id, agent.name, agent.id === ticket.assigneeId))],
        (assigneeId) => void actions.change(ticket, { assigneeId: assigneeId || undefined }),
      )}
    </div>
    ${renderTicketTags({ tags: ticket.tags ?? [], suggestions: props.tagSuggestions, busy: actions.busy, d, onChange: (tags) => void actions.change(ticket, { tags }) })}
    ${props.fields.render(ticket, actions, context, d)}
    <div part="sla" class="row">${clocks.length > 0 ? clocks.map((clock) => renderSlaClock(clock, context)) : html`<span class="muted">${m.sla.states.none}</span>`}</div>
    ${actions.failure ? renderError(errorText(actions.failure, messages)) : nothing}
    <div class="detail-body">
      <div class="stack">
        ${renderThreadSection(ticket, props.thread, 'agent', context, props.onThreadRetry, props.requesterName)}
        ${renderReplyForm(context, actions, props.onReply, {
          visibility: props.visibility,
          thenStatuses: thenStatuses.filter((status) => status !== ticket.status),
          onVisibility: props.onVisibility,
          cannedReplies: props.cannedReplies.renderPicker(ticket, actions, props.agentName, d),
          draftNotice: renderUnfilled(actions.draft, d),
        })}
      </div>
      <aside part="requester" class="requester" aria-label=${m.queue.requester}>${renderRequester(ticket, props)}</aside>
    </div>
  </article>`;
}

/**
 * The requester beside the ticket: their contact card when the page registered one (the desk
 * never fetches the card itself, which would split its first load), else their name; a public
 * page's visitor as they typed it.
 */
function renderRequester(ticket: Ticket, { requesterCard, requesterName, context }: AgentDetailProps): TemplateResult | Element {
  if (!requesterCard) return renderUnverifiedRequester(ticket, context);
  if (customElements.get(requesterCard.localName)) return requesterCard;
  return html`<p part="requester-name">${requesterName ?? ''}</p>`;
}
