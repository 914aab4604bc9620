import type { Contact, CrmError, DetailQueryKey, MessageVisibility, Page, Ticket, TicketMessage } from '@rapport/core';
import type { RulesEngine } from '@rapport/core/rules';
import { html, type ReactiveController, type TemplateResult } from 'lit';
import { allPagesQuery } from '../base/list-all.js';
import { errorText } from '../base/locale/error-text.js';
import { MemberDirectory } from '../base/member-directory.js';
import { memo } from '../base/memo.js';
import { QueryController } from '../base/query-controller.js';
import { scopedTagName } from '../base/registry.js';
import { renderError, renderSkeleton } from '../base/states.js';
import { VirtualWindow } from '../base/virtual-window.js';
import { agentsWith, type Agent } from './agent.js';
import { agentViewStyles } from './agent-view.styles.js';
import type { renderAgentDetail } from './agent-detail.js';
import type { CannedReplies } from './canned-replies.js';
import type { TicketCategories } from './ticket-categories.js';
import type { TicketFields } from './ticket-fields.js';
import type { TicketPresence } from './ticket-presence.js';
import { ChunkLoader, renderPending } from '../base/chunk-loader.js';
import { AgentQueue } from './agent-queue.js';
import { LiveClock } from './live-clock.js';
import { filterQueue, type QueueEntry, type QueueFilter, type StatusFilter } from './queue.js';
import { renderQueueFilters } from './queue-filters.js';
import { QUEUE_ROW_HEIGHT, renderQueueList } from './queue-list.js';
import { sharedViewStyles } from './shared-view.styles.js';
import type { TicketActions } from './ticket-actions.js';
import { ticketWidgetChunks } from './ticket-widget.chunks.js';
import { CrmTicketOpenEvent } from './ticket-widget.events.js';
import { ticketSla } from './ticket-sla.js';
import { renderThreadSection } from './thread-section.js';
import { adoptViewStyles } from './view-styles.js';
import { renderUnverifiedRequester } from './unverified-requester.js';
import type { WidgetContext, WidgetHost } from './widget-context.js';

/** What the agent view reads from its element. */
export interface AgentSettings {
  readonly ticketId: string;
  readonly agentId: string;
  readonly agents: readonly Agent[];
  readonly rules: RulesEngine | undefined;
  readonly localEscalation: boolean;
}

const keyMoves: Readonly<Record<string, number>> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10, Home: -Infinity, End: Infinity };

/** The open ticket's controls, clocks and reply box, fetched when a ticket is first opened or the queue approached. */
interface DetailPart {
  readonly actions: TicketActions;
  readonly cannedReplies: CannedReplies;
  readonly presence: TicketPresence;
  readonly fields: TicketFields;
  readonly categories: TicketCategories;
  readonly render: typeof renderAgentDetail;
}

/**
 * `<crm-ticket-widget mode="agent">`: the queue (filtered, ordered by SLA due time, windowed)
 * beside the open ticket. The SLA of the whole queue is worked out when its data changes and once
 * a minute; only a host that asks for it (its own engine, or local escalation) has breaches escalated.
 */
export class AgentView implements ReactiveController {
  readonly #host: WidgetHost;
  readonly #context: () => WidgetContext | undefined;
  readonly #settings: () => AgentSettings;
  readonly #open: (ticketId: string) => void;
  #status: StatusFilter = 'unresolved';
  #filter: QueueFilter = {};
  #activeId: string | undefined;
  #visibility: MessageVisibility = 'public';
  #shownTicketId = '';
  readonly #filtered = memo(filterQueue);
  #tagsInUse: (tickets: readonly Ticket[]) => string[] = () => [];
  #card: HTMLElement | undefined;
  // Counts the SLA timers down while the desk shows; customers see no timers.
  readonly #clock: LiveClock;
  readonly #detail: ChunkLoader<DetailPart>;
  readonly #window: VirtualWindow;
  readonly #queue: AgentQueue;
  readonly #ticket: QueryController<Ticket, CrmError, DetailQueryKey<'tickets'>>;
  readonly #thread: QueryController<Page<TicketMessage>, CrmError>;
  /** Names the assignees the host's `agents` leave out, from the team (`users`). */
  readonly #members: MemberDirectory;
  /** The requester's contact, for their name in the thread (the requester's card reads the same, once). */
  readonly #requester: QueryController<Contact, CrmError, DetailQueryKey<'contacts'>>;

  constructor(host: WidgetHost, context: () => WidgetContext | undefined, settings: () => AgentSettings, open: (ticketId: string) => void) {
    this.#host = host;
    this.#context = context;
    this.#settings = settings;
    this.#open = open;
    host.addController(this);
    adoptViewStyles(host, [sharedViewStyles, agentViewStyles]);
    this.#members = new MemberDirectory(host, { client: () => this.#context()?.client });
    this.#clock = new LiveClock(host, () => context() !== undefined);
    this.#detail = new ChunkLoader(host, async () => {
      const [{ TicketActions }, { renderAgentDetail, loadDetailMessages, tagsInUse, CannedReplies, TicketPresence, TicketFields, TicketCategories }] = await ticketWidgetChunks.agentDetail();
      await loadDetailMessages(context()?.format.locale ?? 'en');
      this.#tagsInUse = memo(tagsInUse);
      // Present on the ticket the desk shows, as the agent it is for (`agent-id`).
      const presence = new TicketPresence(host, context, () => {
        const { ticketId, agentId } = settings();
        return ticketId && agentId ? { ticketId, agentId, agentName: this.#agentName() } : undefined;
      });
      return { actions: new TicketActions(host, context), cannedReplies: new CannedReplies(host, context), presence, fields: new TicketFields(host, context), categories: new TicketCategories(host, context), render: renderAgentDetail };
    });
    this.#window = new VirtualWindow(host, { rowHeight: QUEUE_ROW_HEIGHT });
    const client = () => context()?.client;
    this.#queue = new AgentQueue(host, () => ({ client: client(), status: this.#status, rules: settings().rules, localEscalation: settings().localEscalation }));
    this.#ticket = new QueryController(host, () => {
      const active = client();
      const { ticketId } = settings();
      return active && ticketId ? { queryClient: active.queryClient, options: active.tickets.detailQuery(ticketId) } : undefined;
    });
    this.#requester = new QueryController(host, () => {
      const active = client();
      const requesterId = this.#ticket.result?.data?.requesterId;
      return active && requesterId ? { queryClient: active.queryClient, options: active.contacts.detailQuery(requesterId) } : undefined;
    });
    this.#thread = new QueryController(host, () => {
      const active = client();
      const { ticketId } = settings();
      return active && ticketId ? allPagesQuery(active.queryClient, active.ticketMessages, { where: { ticketId }, sort: [{ field: 'createdAt' }] }) : undefined;
    });
  }

  hostUpdate(): void {
    const { ticketId } = this.#settings();
    if (ticketId === this.#shownTicketId) return;
    this.#shownTicketId = ticketId;
    this.#visibility = 'public';
    this.#detail.value?.actions.reset();
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    const entries = this.#visibleEntries();
    const active = this.#activeIndex(entries);
    if ((event.key === 'Enter' || event.key === ' ') && active >= 0) {
      event.preventDefault();
      this.#pick(entries, active);
      return;
    }
    const move = keyMoves[event.key];
    if (move === undefined || entries.length === 0) return;
    event.preventDefault();
    const next = Math.max(0, Math.min(entries.length - 1, (active < 0 && move > 0 ? -1 : active) + move));
    this.#activeId = entries[next]?.ticket.id;
    this.#window.reveal(event.currentTarget as HTMLElement, next);
    this.#host.requestUpdate();
  };

  #pick(entries: readonly QueueEntry[], index: number): void {
    const ticket = entries[index]?.ticket;
    if (!ticket) return;
    this.#activeId = ticket.id;
    this.#open(ticket.id);
    this.#host.dispatchEvent(new CrmTicketOpenEvent({ ticketId: ticket.id }));
  }

  /** The name of the agent at the desk: as the host gave it (`agents`), else the team's. */
  #agentName(): string | undefined {
    const { agents, agentId } = this.#settings();
    return agentId ? (agents.find((agent) => agent.id === agentId)?.name ?? this.#members.member(agentId)?.name) : undefined;
  }

  #visibleEntries(): readonly QueueEntry[] {
    const context = this.#context();
    const all = context ? this.#queue.entries(context.client.now()) : [];
    return this.#filtered(all, this.#filter);
  }

  #activeIndex(entries: readonly QueueEntry[]): number {
    const id = this.#activeId ?? this.#settings().ticketId;
    return entries.findIndex((entry) => entry.ticket.id === id);
  }

  /**
   * The requester's compact card: one element, kept across tickets, named in this widget's
   * registration, with the widget's client and fixed theme.
   */
  #requesterCard(context: WidgetContext, contactId: string): HTMLElement {
    const card = (this.#card ??= document.createElement(scopedTagName(this.#host, 'contact-card')));
    card.setAttribute('variant', 'compact');
    card.setAttribute('contact-id', contactId);
    const theme = this.#host.getAttribute('theme');
    if (theme) card.setAttribute('theme', theme);
    else card.removeAttribute('theme');
    Object.assign(card, { client: context.client });
    return card;
  }

  #renderQueue(context: WidgetContext, now: Date, agents: readonly Agent[]): TemplateResult {
    const { messages, m, format } = context;
    const { agentId, ticketId } = this.#settings();
    // The queue waits for every input of its SLA order, tiers included where tickets need them.
    const inputs = this.#queue.inputs();
    const failed = inputs.find((input) => input.result?.isError);
    let list: TemplateResult;
    let count = '';
    if (failed?.result?.error) {
      list = renderError(errorText(failed.result.error, messages), { label: messages.common.retry, onRetry: () => void failed.refetch() });
    } else if (inputs.some((input) => !input.result?.data)) {
      list = renderSkeleton(messages.common.loading, 6);
    } else {
      const entries = this.#visibleEntries();
      count = m.queue.count(entries.length, format.number(entries.length));
      list = renderQueueList({
        context,
        entries,
        window: this.#window,
        activeIndex: this.#activeIndex(entries),
        selectedId: ticketId,
        now,
        policyOf: this.#queue.policyOf(),
        onKeyDown: this.#onKeyDown,
        onPick: (index) => this.#pick(entries, index),
      });
    }
    // Pointing at or into the queue is about to open a ticket: its detail starts loading.
    return html`<section part="queue-pane" class="queue-pane stack" aria-label=${m.queue.label} @pointerenter=${this.#detail.prefetch} @focusin=${this.#detail.prefetch}>
      ${renderQueueFilters({
        context,
        status: this.#status,
        filter: this.#filter,
        agents,
        agentId,
        onStatus: (status) => {
          this.#status = status;
          this.#host.requestUpdate();
        },
        onFilter: (filter) => {
          this.#filter = filter;
          this.#host.requestUpdate();
        },
      })}
      <p class="muted count" role="status">${count}</p>
      ${list}
    </section>`;
  }

  #renderDetail(context: WidgetContext, now: Date, agents: readonly Agent[]): TemplateResult {
    const { messages, m } = context;
    const settings = this.#settings();
    const result = this.#ticket.result;
    if (!settings.ticketId) return html`<p class="empty">${m.queue.pick}</p>`;
    // Fetched alongside the ticket's data.
    const detail = this.#detail.get();
    if (!result || result.isPending) return renderSkeleton(messages.common.loading, 5);
    if (result.isError) {
      const retry = result.error.kind === 'not-found' ? undefined : { label: messages.common.retry, onRetry: () => void this.#ticket.refetch() };
      return renderError(errorText(result.error, messages), retry);
    }
    if (!detail) return renderPending(this.#detail, messages, 5);
    const { actions } = detail;
    const ticket = result.data;
    const agentName = this.#agentName();
    return detail.render({
      context,
      ticket,
      sla: ticketSla(ticket, this.#queue.policyOf()(ticket), now),
      thread: renderThreadSection(ticket, this.#thread.result, 'agent', context, () => void this.#thread.refetch(), this.#requester.result?.data?.name),
      agents: agentsWith(agents, [ticket.assigneeId], (id) => this.#members.nameOf(id)),
      actions,
      visibility: this.#visibility,
      cannedReplies: detail.cannedReplies,
      agentName,
      tagSuggestions: this.#tagsInUse(this.#queue.tickets ?? []),
      requester: ticket.requesterId ? this.#requesterCard(context, ticket.requesterId) : renderUnverifiedRequester(ticket, context),
      onVisibility: (visibility) => {
        this.#visibility = visibility;
        this.#host.requestUpdate();
      },
      presence: detail.presence,
      fields: detail.fields,
      categoryName: ticket.category ? detail.categories.nameOf(ticket.category, context) : undefined,
      onReply: (then) => {
        detail.presence.stopTyping();
        void actions.reply(ticket, { kind: 'agent', id: settings.agentId || undefined, name: agentName }, this.#visibility, then);
      },
    });
  }

  render(context: WidgetContext): TemplateResult {
    const now = context.client.now();
    const { agents, agentId } = this.#settings();
    // Everyone who can be filtered by or assigned: the given agents, the user, and any assignee in the queue.
    const everyone = agentsWith(agents, [agentId || undefined, ...(this.#queue.tickets?.map((ticket) => ticket.assigneeId) ?? [])], (id) => this.#members.nameOf(id));
    return html`<div part="agent" class="agent">
      ${this.#renderQueue(context, now, everyone)}
      <section part="detail-pane" class="detail-pane">${this.#renderDetail(context, now, everyone)}</section>
    </div>`;
  }
}
