import type { CrmError, DetailQueryKey, ListQueryKey, Page, Ticket, TicketMessage } from '@rapport/core';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { allPagesQuery } from '../base/list-all.js';
import { errorText } from '../base/locale/error-text.js';
import { QueryController } from '../base/query-controller.js';
import { renderEmpty, renderError, renderSkeleton } from '../base/states.js';
import type { AttachmentPolicy } from './attachment-policy.js';
import { CsatPrompt } from './csat-prompt.js';
import { renderCsatForm } from './csat-form.js';
import { renderReplyForm } from './reply-form.js';
import { SubmitFlow, type SubmitOutcome } from './submit-flow.js';
import { renderSubmitForm, type TicketCategory } from './submit-form.js';
import { TicketActions } from './ticket-actions.js';
import { defaultCategories } from './ticket-widget.messages.js';
import { renderThreadSection } from './thread-section.js';
import type { WidgetContext, WidgetHost } from './widget-context.js';

/** What the customer view reads from its element. */
export interface CustomerSettings {
  readonly ticketId: string;
  readonly contactId: string;
  readonly csatSurveyId: string;
  readonly categories: readonly TicketCategory[] | undefined;
  readonly policy: AttachmentPolicy;
}

type Tab = 'new' | 'tickets';
const tabs: readonly Tab[] = ['new', 'tickets'];

/** The customer's own tickets, most recently active first; a customer rarely has more than a page. */
const MY_TICKETS_LIMIT = 100;

/**
 * `<crm-ticket-widget mode="customer">`: a self-service page in two tabs. "New request" is the
 * form with article suggestions; "My requests" lists the contact's tickets, and one ticket shows its
 * public thread, a reply box, reopening, and the satisfaction question once it is resolved.
 */
export class CustomerView implements ReactiveController {
  readonly #host: WidgetHost;
  readonly #settings: () => CustomerSettings;
  readonly #select: (ticketId: string) => void;
  #tab: Tab = 'new';
  #shownTicketId = '';
  #focus: string | undefined;
  #shownOutcome: SubmitOutcome | undefined;
  readonly flow: SubmitFlow;
  readonly actions: TicketActions;
  readonly csat: CsatPrompt;
  readonly #tickets: QueryController<Page<Ticket>, CrmError, ListQueryKey<'tickets'>>;
  readonly #ticket: QueryController<Ticket, CrmError, DetailQueryKey<'tickets'>>;
  readonly #thread: QueryController<Page<TicketMessage>, CrmError>;

  constructor(host: WidgetHost, context: () => WidgetContext | undefined, settings: () => CustomerSettings, select: (ticketId: string) => void) {
    this.#host = host;
    this.#settings = settings;
    this.#select = select;
    host.addController(this);
    this.flow = new SubmitFlow(host, context);
    this.actions = new TicketActions(host, context);
    this.#tickets = new QueryController(host, () => {
      const client = context()?.client;
      const { contactId } = settings();
      if (!client || !contactId) return undefined;
      const query = { where: { requesterId: contactId }, sort: [{ field: 'updatedAt', direction: 'desc' as const }], limit: MY_TICKETS_LIMIT };
      return { queryClient: client.queryClient, options: client.tickets.listQuery(query) };
    });
    this.#ticket = new QueryController(host, () => {
      const client = context()?.client;
      const { ticketId, contactId } = settings();
      return client && ticketId && contactId ? { queryClient: client.queryClient, options: client.tickets.detailQuery(ticketId) } : undefined;
    });
    // Internal notes are never requested: the filter is part of the query, not only of the view.
    this.#thread = new QueryController(host, () => {
      const client = context()?.client;
      const ticket = this.#ownTicket();
      return client && ticket ? allPagesQuery(client.queryClient, client.ticketMessages, { where: { ticketId: ticket.id, visibility: 'public' }, sort: [{ field: 'createdAt' }] }) : undefined;
    });
    this.csat = new CsatPrompt(host, () => {
      const current = context();
      const ticket = this.#ownTicket();
      const { contactId, csatSurveyId } = settings();
      return current && ticket?.status === 'resolved' ? { context: current, ticket, contactId, surveyId: csatSurveyId } : undefined;
    });
  }

  hostUpdate(): void {
    const { ticketId } = this.#settings();
    if (ticketId === this.#shownTicketId) return;
    this.#shownTicketId = ticketId;
    this.actions.reset();
    this.csat.reset();
    if (ticketId) this.#tab = 'tickets';
  }

  hostUpdated(): void {
    // A request was sent or made unnecessary: the notice takes focus from the form that is gone; back to the form, its first field does.
    if (this.flow.outcome !== this.#shownOutcome) {
      this.#focus = this.flow.outcome ? '[part~="notice"]' : '#subject';
      this.#shownOutcome = this.flow.outcome;
    }
    // The target may still be loading: focus moves once it is rendered.
    const target = this.#focus && this.#host.shadowRoot?.querySelector<HTMLElement>(this.#focus);
    if (!target) return;
    target.focus();
    this.#focus = undefined;
  }

  /** The open ticket, once loaded, when it is the contact's own; another customer's ticket is not shown. */
  #ownTicket(): Ticket | undefined {
    const ticket = this.#ticket.result?.data;
    return ticket && ticket.requesterId === this.#settings().contactId ? ticket : undefined;
  }

  #show(tab: Tab, focus?: string): void {
    this.#tab = tab;
    this.#focus = focus;
    this.#host.requestUpdate();
  }

  #open(ticketId: string): void {
    this.#select(ticketId);
    this.#show('tickets', ticketId ? '#ticket-subject' : '#tab-tickets');
  }

  #onTabKey = (event: KeyboardEvent): void => {
    const other: Tab = this.#tab === 'new' ? 'tickets' : 'new';
    const targets: Readonly<Record<string, Tab>> = { ArrowLeft: other, ArrowRight: other, Home: 'new', End: 'tickets' };
    const next = targets[event.key];
    if (!next) return;
    event.preventDefault();
    this.#show(next, `#tab-${next}`);
  };

  #renderTabs({ m }: WidgetContext): TemplateResult {
    return html`<div part="tabs" class="tabs" role="tablist" aria-label=${m.label} @keydown=${this.#onTabKey}>
      ${tabs.map(
        (tab) => html`<button
          part="tab"
          id="tab-${tab}"
          role="tab"
          type="button"
          aria-selected=${tab === this.#tab ? 'true' : 'false'}
          aria-controls="panel"
          tabindex=${tab === this.#tab ? 0 : -1}
          @click=${() => this.#show(tab)}
        >
          ${tab === 'new' ? m.newRequest : m.myTickets}
        </button>`,
      )}
    </div>`;
  }

  #renderNew(context: WidgetContext): TemplateResult {
    const { m } = context;
    const settings = this.#settings();
    const outcome = this.flow.outcome;
    if (outcome) {
      const sent = 'sent' in outcome ? outcome.sent : undefined;
      return html`<div part="notice" class="notice stack" role="status" tabindex="-1">
        <p>${sent ? m.form.sent : m.kb.deflected}</p>
        <div class="row">
          ${sent ? html`<button type="button" @click=${() => this.#open(sent.id)}>${m.myTickets}</button>` : nothing}
          <button type="button" @click=${() => this.flow.restart()}>${m.newRequest}</button>
        </div>
      </div>`;
    }
    return renderSubmitForm({
      context,
      flow: this.flow,
      categories: settings.categories ?? defaultCategories.map((value) => ({ value, label: m.categories[value] })),
      policy: settings.policy,
      onSubmit: () => void this.flow.submit(settings.contactId),
    });
  }

  #renderList(context: WidgetContext): TemplateResult {
    const { m, messages, format } = context;
    const result = this.#tickets.result;
    if (!result || result.isPending) return renderSkeleton(messages.common.loading, 3);
    if (result.isError) return renderError(errorText(result.error, messages), { label: messages.common.retry, onRetry: () => void this.#tickets.refetch() });
    if (result.data.items.length === 0) return renderEmpty(m.tickets.empty);
    return html`<ul part="ticket-list" class="ticket-list">
      ${result.data.items.map(
        (ticket) => html`<li>
          <button part="ticket-link" class="ticket-link" type="button" @click=${() => this.#open(ticket.id)}>
            <span class="row-title">${ticket.subject}</span>
            <span class="row-meta"><span class="badge status-${ticket.status}">${m.status[ticket.status]}</span> ${m.tickets.updated(format.date(ticket.updatedAt))}</span>
          </button>
        </li>`,
      )}
    </ul>`;
  }

  #renderTicket(context: WidgetContext): TemplateResult {
    const { m, messages } = context;
    const back = html`<div><button part="back-button" type="button" @click=${() => this.#open('')}>← ${m.tickets.back}</button></div>`;
    const result = this.#ticket.result;
    if (!result || result.isPending) return html`${back}${renderSkeleton(messages.common.loading, 4)}`;
    const ticket = this.#ownTicket();
    if (result.isError) {
      const retry = result.error.kind === 'not-found' ? undefined : { label: messages.common.retry, onRetry: () => void this.#ticket.refetch() };
      return html`${back}${renderError(errorText(result.error, messages), retry)}`;
    }
    // Another customer's ticket reads as missing: whether it exists is not this customer's business.
    if (!ticket) return html`${back}${renderError(messages.errors['not-found'])}`;
    const done = ticket.status === 'resolved' || ticket.status === 'closed';
    return html`${back}
      <header class="row">
        <h3 id="ticket-subject" part="ticket-subject" class="heading" tabindex="-1">${ticket.subject}</h3>
        <span class="badge status-${ticket.status}">${m.status[ticket.status]}</span>
      </header>
      ${renderThreadSection(ticket, this.#thread.result, 'customer', context, () => void this.#thread.refetch())}
      ${this.actions.failure ? renderError(errorText(this.actions.failure, messages)) : nothing}
      ${done
        ? html`<div><button part="reopen-button" type="button" ?disabled=${this.actions.busy} @click=${() => void this.actions.changeStatus(ticket, 'open')}>${m.thread.reopen}</button></div>`
        : renderReplyForm(context, this.actions, () => void this.actions.reply(ticket, { kind: 'customer', id: this.#settings().contactId }, 'public'))}
      ${renderCsatForm(this.csat, context)}`;
  }

  render(context: WidgetContext): TemplateResult {
    const { ticketId } = this.#settings();
    return html`<div part="customer" class="customer stack">
      ${this.#renderTabs(context)}
      <div id="panel" role="tabpanel" class="stack" aria-labelledby="tab-${this.#tab}">
        ${this.#tab === 'new' ? this.#renderNew(context) : ticketId ? this.#renderTicket(context) : this.#renderList(context)}
      </div>
    </div>`;
  }
}
