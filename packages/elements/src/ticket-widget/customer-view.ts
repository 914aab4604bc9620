import type { CrmError, DetailQueryKey, ListQueryKey, Page, Ticket, TicketMessage } from '@rapport/core';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { allPagesQuery } from '../base/list-all.js';
import { errorText } from '../base/locale/error-text.js';
import { QueryController } from '../base/query-controller.js';
import { renderEmpty, renderError, renderSkeleton } from '../base/states.js';
import type { AttachmentPolicy } from './attachment-policy.js';
import type { CsatPrompt } from './csat-prompt.js';
import type { renderCsatForm } from './csat-form.js';
import { customerViewStyles } from './customer-view.styles.js';
import { ChunkLoader, renderPending } from '../base/chunk-loader.js';
import type { renderReplyForm } from './reply-form.js';
import { sharedViewStyles } from './shared-view.styles.js';
import type { SubmitFlow, SubmitOutcome } from './submit-flow.js';
import type { renderSubmitForm, TicketCategory } from './submit-form.js';
import type { TicketActions } from './ticket-actions.js';
import type { TicketCategories } from './ticket-categories.js';
import { ticketWidgetChunks } from './ticket-widget.chunks.js';
import { myTicketsQuery } from './first-reads.js';
import { CrmTicketOpenEvent } from './ticket-widget.events.js';
import { defaultCategories } from './ticket-widget.messages.js';
import { renderThreadSection } from './thread-section.js';
import { followHref, ticketReference } from './ticket-number.js';
import { adoptViewStyles } from '../base/view-styles.js';
import type { WidgetContext, WidgetHost } from './widget-context.js';

/** What the customer view reads from its element. */
export interface CustomerSettings {
  readonly ticketId: string;
  readonly contactId: string;
  readonly csatSurveyId: string;
  readonly categories: readonly TicketCategory[] | undefined;
  readonly policy: AttachmentPolicy;
  /** The host's page for following a request (`{id}`, `{number}` filled in); `''` for none. */
  readonly followUrl: string;
}

type Tab = 'new' | 'tickets';

/** The request form, fetched when the "New request" tab first shows. */
interface SubmitPart {
  readonly flow: SubmitFlow;
  readonly render: typeof renderSubmitForm;
  /** The tenant's categories, by their labels. */
  readonly categories: TicketCategories;
}

/** The reply box and reopening, fetched when a ticket first shows. */
interface ReplyPart {
  readonly actions: TicketActions;
  readonly render: typeof renderReplyForm;
}

/** The satisfaction question, fetched when a resolved ticket first shows. */
interface CsatPart {
  readonly prompt: CsatPrompt;
  readonly render: typeof renderCsatForm;
}
const tabs: readonly Tab[] = ['new', 'tickets'];

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
  readonly #submit: ChunkLoader<SubmitPart>;
  readonly #reply: ChunkLoader<ReplyPart>;
  readonly #csat: ChunkLoader<CsatPart>;
  readonly #tickets: QueryController<Page<Ticket>, CrmError, ListQueryKey<'tickets'>>;
  readonly #ticket: QueryController<Ticket, CrmError, DetailQueryKey<'tickets'>>;
  readonly #thread: QueryController<Page<TicketMessage>, CrmError>;

  constructor(host: WidgetHost, context: () => WidgetContext | undefined, settings: () => CustomerSettings, select: (ticketId: string) => void) {
    this.#host = host;
    this.#settings = settings;
    this.#select = select;
    host.addController(this);
    adoptViewStyles(host, [sharedViewStyles, customerViewStyles]);
    this.#submit = new ChunkLoader(host, async () => {
      const [{ SubmitFlow }, { renderSubmitForm }, { TicketCategories }] = await ticketWidgetChunks.submitForm();
      return { flow: new SubmitFlow(host, context), render: renderSubmitForm, categories: new TicketCategories(host, context) };
    });
    this.#reply = new ChunkLoader(host, async () => {
      const [{ TicketActions }, { renderReplyForm }] = await ticketWidgetChunks.replyForm();
      return { actions: new TicketActions(host, context), render: renderReplyForm };
    });
    this.#tickets = new QueryController(host, () => {
      const client = context()?.client;
      const { contactId } = settings();
      if (!client || !contactId) return undefined;
      return { queryClient: client.queryClient, options: client.tickets.listQuery(myTicketsQuery(contactId)) };
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
    this.#csat = new ChunkLoader(host, async () => {
      const [{ CsatPrompt }, { renderCsatForm }] = await ticketWidgetChunks.csatForm();
      const prompt = new CsatPrompt(host, () => {
        const current = context();
        const ticket = this.#ownTicket();
        const { contactId, csatSurveyId } = settings();
        return current && ticket?.status === 'resolved' ? { context: current, ticket, contactId, surveyId: csatSurveyId } : undefined;
      });
      return { prompt, render: renderCsatForm };
    });
  }

  hostUpdate(): void {
    const { ticketId } = this.#settings();
    if (ticketId === this.#shownTicketId) return;
    this.#shownTicketId = ticketId;
    this.#reply.value?.actions.reset();
    this.#csat.value?.prompt.reset();
    if (ticketId) this.#tab = 'tickets';
  }

  hostUpdated(): void {
    // A request was sent or made unnecessary: the notice takes focus from the form that is gone; back to the form, its first field does.
    const outcome = this.#submit.value?.flow.outcome;
    if (outcome !== this.#shownOutcome) {
      this.#focus = outcome ? '[part~="notice"]' : '#subject';
      this.#shownOutcome = outcome;
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
    if (ticketId) this.#host.dispatchEvent(new CrmTicketOpenEvent({ ticketId }));
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
          @pointerenter=${tab === 'new' ? this.#submit.prefetch : nothing}
          @focusin=${tab === 'new' ? this.#submit.prefetch : nothing}
        >
          ${tab === 'new' ? m.newRequest : m.myTickets}
        </button>`,
      )}
    </div>`;
  }

  #renderNew(context: WidgetContext): TemplateResult {
    const { m, messages } = context;
    const settings = this.#settings();
    const submit = this.#submit.get();
    if (!submit) return renderPending(this.#submit, messages, 5);
    const { flow } = submit;
    const outcome = flow.outcome;
    if (outcome) {
      const sent = 'sent' in outcome ? outcome.sent : undefined;
      if (!sent) {
        return html`<div part="notice" class="notice stack" role="status" tabindex="-1">
          <p>${m.kb.deflected}</p>
          <div class="row"><button type="button" @click=${() => flow.restart()}>${m.newRequest}</button></div>
        </div>`;
      }
      // The number to quote and where to follow the request: the host's page when it gave one, and this widget's list.
      const reference = ticketReference(sent);
      const follow = followHref(settings.followUrl, sent);
      return html`<div part="notice" class="notice stack" role="status" tabindex="-1">
        <p>${m.form.sent}</p>
        ${reference ? html`<p part="ticket-number" class="ticket-number">${m.form.number(reference)}</p>` : nothing}
        <p>${m.form.followHere}</p>
        <div class="row">
          ${follow ? html`<a part="follow-link" class="follow-link" href=${follow}>${m.form.follow}</a>` : nothing}
          <button type="button" @click=${() => this.#open(sent.id)} @pointerenter=${this.#reply.prefetch} @focusin=${this.#reply.prefetch}>${m.myTickets}</button>
          <button type="button" @click=${() => flow.restart()}>${m.newRequest}</button>
        </div>
      </div>`;
    }
    return submit.render({
      context,
      flow,
      // The host's list, else the tenant's, else a standard set.
      categories: settings.categories ?? submit.categories.offered(context) ?? defaultCategories.map((value) => ({ value, label: m.categories[value] })),
      policy: settings.policy,
      onSubmit: () => void flow.submit(settings.contactId),
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
          <button
            part="ticket-link"
            class="ticket-link"
            type="button"
            @click=${() => this.#open(ticket.id)}
            @pointerenter=${() => this.#prefetchTicket(ticket)}
            @focusin=${() => this.#prefetchTicket(ticket)}
          >
            <span class="row-title">${ticket.subject}</span>
            <span class="row-meta"><span class="badge status-${ticket.status}">${m.status[ticket.status]}</span> ${m.tickets.updated(format.date(ticket.updatedAt))}</span>
          </button>
        </li>`,
      )}
    </ul>`;
  }

  #renderTicket(context: WidgetContext): TemplateResult {
    const { m, messages } = context;
    // The reply box is fetched alongside the ticket's data.
    const reply = this.#reply.get();
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
      ${reply?.actions.failure ? renderError(errorText(reply.actions.failure, messages)) : nothing}
      ${!reply
        ? renderPending(this.#reply, messages, 2)
        : done
          ? html`<div><button part="reopen-button" type="button" ?disabled=${reply.actions.busy} @click=${() => void reply.actions.changeStatus(ticket, 'open')}>${m.thread.reopen}</button></div>`
          : reply.render(context, reply.actions, () => void reply.actions.reply(ticket, { kind: 'customer', id: this.#settings().contactId }, 'public'))}
      ${this.#renderCsat(ticket, context)}`;
  }

  /** The satisfaction question of a resolved ticket; until its form arrives nothing shows, as while its survey is read. */
  #renderCsat(ticket: Ticket, context: WidgetContext): TemplateResult | typeof nothing {
    const csat = ticket.status === 'resolved' ? this.#csat.get() : this.#csat.value;
    if (csat) return csat.render(csat.prompt, context);
    return this.#csat.failure ? renderPending(this.#csat, context.messages, 0) : nothing;
  }

  /** The pointer or focus is on a ticket: fetch what its page will need. */
  #prefetchTicket(ticket: Ticket): void {
    this.#reply.prefetch();
    if (ticket.status === 'resolved') this.#csat.prefetch();
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
