import type { RulesEngine } from '@rapport/core/rules';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CrmElement } from '../base/crm-element.js';
import { renderEmpty, renderError } from '../base/states.js';
import type { Agent } from './agent.js';
import type { AgentView } from './agent-view.js';
import { DEFAULT_ACCEPTED_TYPES, DEFAULT_MAX_ATTACHMENT_SIZE, parseAcceptedTypes } from './attachment-policy.js';
import type { CustomerView } from './customer-view.js';
import type { LauncherView } from './launcher-view.js';
import { ChunkLoader, renderPending } from '../base/chunk-loader.js';
import type { TicketCategory } from './submit-form.js';
import { ticketWidgetChunks } from './ticket-widget.chunks.js';
import { ticketWidgetMessages } from './ticket-widget.messages.js';
import { ticketWidgetStyles } from './ticket-widget.styles.js';
import type { WidgetContext } from './widget-context.js';

export type TicketWidgetMode = 'customer' | 'agent';
/** Where the launcher button floats. */
export type LauncherPosition = 'bottom-right' | 'bottom-left';
export type { Agent, TicketCategory };

/**
 * Customer service in one tag, for its two audiences. `mode="customer"` is self-service for a
 * shop's customer: ask for help (with knowledge-base suggestions that can make the request
 * unnecessary), follow one's own requests, reply, reopen and rate the help. `mode="agent"` is the
 * agent's desk: a queue ordered by SLA due time with live timers, and the ticket's thread with
 * internal notes, status, priority, assignee, canned replies and the requester's card.
 *
 * The desk shows SLA states and escalations as the data says, live: over a Rapport server, its
 * automation worker escalates breaches and the desk only reads. Over local storage (memory,
 * IndexedDB), where no server runs the rules, set `local-escalation` to have the page escalate.
 *
 * With `launcher`, customer mode is a floating button that opens the widget in a modal panel, as
 * help launchers of shop pages do; on a CDN page only the button loads (a few KB) until a visitor
 * points at, focuses or clicks it. After sending, the customer sees the ticket's number and where
 * to follow it (`follow-url`, and "My requests").
 *
 * Attachments travel in the ticket record as data URLs, so each is limited (`max-attachment-size`,
 * 1 MiB by default) and checked against `accepted-types` before it is read.
 *
 * @summary A self-service help desk for customers and a ticket queue with SLA timers for agents.
 * @tag crm-ticket-widget
 *
 * @csspart tabs - The customer's tab bar; each tab is a `tab` part.
 * @csspart ticket-form - The new request form.
 * @csspart field - One labelled input with its errors.
 * @csspart field-error - The problems of one field.
 * @csspart suggestions - The knowledge-base articles suggested while typing; each is a `suggestion`.
 * @csspart solved-button - "This solved it" under a suggested article.
 * @csspart attachments - A list of attached files; each is an `attachment`, with an `attachment-remove` button in a draft.
 * @csspart file-picker - The attachments field: a `drop-zone` holding the `file-button` that opens the system's picker; each refused file is a `file-error`.
 * @csspart submit-button - Sends a new request.
 * @csspart notice - The message after a request was sent or made unnecessary, with the `ticket-number` and a `follow-link`.
 * @csspart launcher - The floating button of `launcher` mode.
 * @csspart launcher-panel - The panel (a modal dialog) it opens, with `launcher-title` and a `launcher-close` button.
 * @csspart ticket-list - The customer's requests; each opens from a `ticket-link`.
 * @csspart back-button - Back from one request to the list.
 * @csspart ticket-subject - The open ticket's subject.
 * @csspart thread - A ticket's conversation; each entry is a `message`, internal notes also `internal-note`.
 * @csspart internal-badge - The label of an internal note.
 * @csspart message-link - A link in message text (only `https:` and `mailto:`).
 * @csspart reply-form - The reply box; its send button is `reply-button`, the prepared replies `canned-replies`.
 * @csspart reopen-button - Reopens a resolved or closed request.
 * @csspart csat-form - The satisfaction question; its send button is `csat-button`, the thanks `csat-thanks`.
 * @csspart agent - The agent layout: `queue-pane` beside `detail-pane`.
 * @csspart search - The queue's search box (number, subject, message text, requester).
 * @csspart filters - The queue's filters.
 * @csspart sort-bar - The queue's column headers; each sorts by its column from a `sort-button`.
 * @csspart selection - The selection's size with `select-all` and `clear-selection` buttons.
 * @csspart bulk-bar - The change applied to every selected ticket, with its `bulk-apply` button.
 * @csspart queue - The scrolling ticket queue; each row is a `queue-item` with a `row-check`.
 * @csspart match - Search text marked where it occurs in a queue row.
 * @csspart detail - The open ticket in agent mode, with `ticket-controls`, `sla` and `requester`.
 * @csspart sla-clock - One SLA clock (first response or resolution).
 * @csspart escalation-badge - The escalation level of a ticket.
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - The message shown when there is nothing to show.
 * @csspart error - A failure message, with a `retry-button` when trying again can help.
 *
 * @cssprop --crm-ticket-widget-background - Background of the widget (default: the surface colour).
 * @cssprop --crm-ticket-widget-border - Border of the widget.
 * @cssprop --crm-ticket-widget-queue-height - Height of the agent queue.
 * @cssprop --crm-ticket-widget-customer-message-background - Background of the customer's messages.
 * @cssprop --crm-ticket-widget-internal-note-background - Background of internal notes (default: the warning surface).
 * @cssprop --crm-ticket-widget-internal-note-accent - Border and label colour of internal notes.
 * @cssprop --crm-ticket-widget-breach-color - Colour of breached SLA timers and escalations (default: the danger colour).
 * @cssprop --crm-ticket-widget-breach-background - Background of a breached SLA clock.
 * @cssprop --crm-ticket-widget-launcher-background - Background of the launcher button (default: the primary colour).
 * @cssprop --crm-ticket-widget-launcher-color - Text colour of the launcher button.
 * @cssprop --crm-ticket-widget-launcher-radius - Corner radius of the launcher button.
 * @cssprop --crm-ticket-widget-launcher-offset - Distance of the launcher and its panel from the page's edges (default: 1.25rem).
 * @cssprop --crm-ticket-widget-launcher-z-index - Stacking of the launcher button over the page.
 * @cssprop --crm-ticket-widget-panel-width - Width of the launcher's panel (default: 26rem, never wider than the screen).
 * @cssprop --crm-ticket-widget-panel-height - Largest height of the launcher's panel.
 * @cssprop --crm-ticket-widget-backdrop - What covers the page behind the open panel.
 * @cssprop --crm-color-primary - Accent colour of buttons, links and focus rings.
 * @cssprop --crm-color-surface - Background of widgets.
 * @cssprop --crm-color-on-surface - Text colour.
 * @cssprop --crm-font-family - Font of every widget.
 * @cssprop --crm-radius - Corner radius of cards.
 *
 * @fires {CrmTicketSubmitEvent} crm-ticket-submit - Before a new request is stored; cancelable.
 * @fires {CrmTicketSubmittedEvent} crm-ticket-submitted - After a new request was stored.
 * @fires {CrmTicketDeflectEvent} crm-ticket-deflect - A suggested article answered the question, so no request was sent.
 * @fires {CrmTicketOpenEvent} crm-ticket-open - A ticket was opened.
 * @fires {CrmTicketReplyEvent} crm-ticket-reply - Before a reply or internal note is stored; cancelable.
 * @fires {CrmTicketRepliedEvent} crm-ticket-replied - After a reply or internal note was stored.
 * @fires {CrmTicketStatusChangeEvent} crm-ticket-status-change - Before the status changes; cancelable.
 * @fires {CrmTicketStatusChangedEvent} crm-ticket-status-changed - After the status changed.
 * @fires {CrmTicketUpdateEvent} crm-ticket-update - Before an agent changes priority or assignee; cancelable.
 * @fires {CrmTicketUpdatedEvent} crm-ticket-updated - After priority or assignee changed.
 * @fires {CrmCsatSubmitEvent} crm-csat-submit - Before a satisfaction rating is stored; cancelable.
 * @fires {CrmCsatSubmittedEvent} crm-csat-submitted - After a satisfaction rating was stored.
 * @fires {CrmSlaBreachEvent} crm-sla-breach - An SLA clock of a queued ticket passed an escalation step or its target, as seen by the rules engine the desk runs (`rules` or `local-escalation`).
 */
export class CrmTicketWidget extends CrmElement {
  static override styles = [...CrmElement.styles, ticketWidgetStyles];

  /** `customer` (self-service, the default) or `agent` (queue and ticket desk). */
  @property({ reflect: true }) accessor mode: TicketWidgetMode = 'customer';

  /** Customer mode: the signed-in contact; only their tickets are listed. */
  @property({ attribute: 'contact-id' }) accessor contactId = '';

  /** The open ticket; set it to open one, and read it to follow what the user opened. */
  @property({ attribute: 'ticket-id', reflect: true }) accessor ticketId = '';

  /** Agent mode: the agent using the widget; their replies carry this id and "Me" filters by it. */
  @property({ attribute: 'agent-id' }) accessor agentId = '';

  /** Agent mode: only this account's tickets are queued (an ERP's customer screen shows that customer's tickets). */
  @property({ attribute: 'account-id' }) accessor accountId = '';

  /** Agent mode: who tickets can be assigned to (`[{ "id": …, "name": … }]`, also as a JSON attribute). */
  @property({ type: Array }) accessor agents: readonly Agent[] = [];

  /** Customer mode: the categories to choose from; a standard set, translated, when not set. */
  @property({ attribute: false }) accessor categories: readonly TicketCategory[] | undefined = undefined;

  /**
   * Customer mode: the survey a resolved ticket's rating is stored under; when not set, the first
   * survey with a CSAT question and no NPS question. The server keeps one rating per ticket.
   */
  @property({ attribute: 'csat-survey-id' }) accessor csatSurveyId = '';

  /**
   * Customer mode: a floating button that opens the widget in a panel, as help launchers on shop
   * pages do, instead of showing it in the page. On a CDN page only the button loads until a
   * visitor points at, focuses or clicks it.
   */
  @property({ type: Boolean, reflect: true }) accessor launcher = false;

  /** With `launcher`: whether the panel is open. Set it to open or close the panel. */
  @property({ type: Boolean, reflect: true }) accessor open = false;

  /** With `launcher`: the corner the button floats in, `bottom-right` (the default) or `bottom-left`. */
  @property({ attribute: 'launcher-position', reflect: true }) accessor launcherPosition: LauncherPosition = 'bottom-right';

  /** With `launcher`: the button's text; "Help" in the widget's language when not set. */
  @property({ attribute: 'launcher-label' }) accessor launcherLabel = '';

  /**
   * Customer mode: where the customer can follow a request they sent, shown as a link after
   * sending; `{id}` and `{number}` are replaced by the ticket's. Only `https:` links are shown.
   */
  @property({ attribute: 'follow-url' }) accessor followUrl = '';

  /** Largest attachment in bytes. */
  @property({ attribute: 'max-attachment-size', type: Number }) accessor maxAttachmentSize = DEFAULT_MAX_ATTACHMENT_SIZE;

  /** Comma-separated MIME types (or `image/*`-style families) a customer may attach. */
  @property({ attribute: 'accepted-types' }) accessor acceptedTypes = DEFAULT_ACCEPTED_TYPES;

  /**
   * Agent mode: the host's rules engine to check the queue's SLA with. Checking escalates
   * breached tickets, so leave it unset where a server runs the rules.
   */
  @property({ attribute: false }) accessor rules: RulesEngine | undefined = undefined;

  /**
   * Agent mode, for local storage (memory, IndexedDB) where no server runs the rules: the widget
   * runs the SLA rules itself and escalates breached tickets of its queue. Off by default, so a
   * desk that is only looked at never writes; the server's escalations show as they happen.
   */
  @property({ attribute: 'local-escalation', type: Boolean }) accessor localEscalation = false;

  readonly #messages = this.i18n.use(ticketWidgetMessages);

  // Each mode's view is fetched the first time the widget shows it.
  readonly #customer = new ChunkLoader<CustomerView>(this, async () => {
    // What the view shows first is fetched alongside it rather than after it (a failure is the view's to show).
    void (this.ticketId ? ticketWidgetChunks.replyForm() : ticketWidgetChunks.submitForm()).catch(() => undefined);
    const { CustomerView } = await ticketWidgetChunks.customerView();
    return new CustomerView(
      this,
      () => this.#contextIn('customer'),
      () => ({
        ticketId: this.ticketId,
        contactId: this.contactId,
        csatSurveyId: this.csatSurveyId,
        categories: this.categories,
        followUrl: this.followUrl,
        policy: { maxSize: this.maxAttachmentSize, acceptedTypes: parseAcceptedTypes(this.acceptedTypes) },
      }),
      (ticketId) => this.#select(ticketId),
    );
  });

  readonly #agent = new ChunkLoader<AgentView>(this, async () => {
    const { AgentView } = await ticketWidgetChunks.agentView();
    return new AgentView(
      this,
      () => this.#contextIn('agent'),
      () => ({ ticketId: this.ticketId, agentId: this.agentId, accountId: this.accountId, agents: this.agents, rules: this.rules, localEscalation: this.localEscalation }),
      (ticketId) => this.#select(ticketId),
    );
  });

  readonly #launcher = new ChunkLoader<LauncherView>(this, async () => {
    const { LauncherView } = await ticketWidgetChunks.launcher();
    return new LauncherView(this);
  });

  /** The user opened a ticket (or went back from one, with `''`); the view announces it, so the events stay out of the first load. */
  #select = (ticketId: string): void => {
    this.ticketId = ticketId;
  };

  /** What the parts of `mode` work with; `undefined` while the widget is in the other mode or has no client. */
  #contextIn(mode: TicketWidgetMode): WidgetContext | undefined {
    const client = this.activeClient;
    if (!client || mode !== this.mode) return undefined;
    const attachments = { maxSize: this.maxAttachmentSize, acceptedTypes: parseAcceptedTypes(this.acceptedTypes) };
    return { client, messages: this.i18n.messages, m: this.i18n.pick(this.#messages), format: this.i18n.format, attachments };
  }

  #renderCustomer(): TemplateResult {
    const m = this.i18n.pick(this.#messages);
    const context = this.#contextIn('customer');
    if (!context) return html`<div class="frame">${renderError(m.noClient)}</div>`;
    if (!this.contactId) return html`<div class="frame">${renderEmpty(m.noContact)}</div>`;
    return this.#customer.get()?.render(context) ?? html`<div class="frame">${renderPending(this.#customer, context.messages, 6)}</div>`;
  }

  /** The floating button and its panel, once their code is here (on a CDN page the shell's button shows meanwhile). */
  #renderLauncher(): TemplateResult | typeof nothing {
    const launcher = this.#launcher.get();
    if (!launcher) {
      // A CDN page drew the button before (`launcher-shell.ts`), so a visitor reached for it: the panel's content is about to be wanted.
      if (this.shadowRoot?.querySelector('[data-launcher-shell]')) this.#customer.prefetch();
      return nothing;
    }
    return launcher.render(this.i18n.locale, this.i18n.pick(this.#messages).label, () => this.#renderCustomer(), this.#customer.prefetch);
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.mode === 'customer' && this.launcher) return this.#renderLauncher();
    if (this.mode === 'customer') return this.#renderCustomer();
    const m = this.i18n.pick(this.#messages);
    const context = this.#contextIn(this.mode);
    if (!context) return html`<div class="frame">${renderError(m.noClient)}</div>`;
    return this.#agent.get()?.render(context) ?? html`<div class="frame">${renderPending(this.#agent, context.messages, 6)}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-ticket-widget': CrmTicketWidget;
  }
}
