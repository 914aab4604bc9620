import type { Contact, CrmError, DetailQueryKey, MessageVisibility, Page, Ticket, TicketMessage } from '@rapport/core';
import type { RulesEngine } from '@rapport/core/rules';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
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
import type { BulkBar } from './bulk-bar.js';
import { chunkMessages } from '../base/locale/chunk-messages.js';
import { deskMessages, type DeskMessages } from './desk.messages.js';
import { filterQueue, nextSort, searchText, type QueueEntry, type QueueFilter, type QueueRowNames, type QueueSort, type StatusFilter } from './queue.js';
import { renderQueueFilters, renderQueueSearch } from './queue-filters.js';
import { QUEUE_ROW_HEIGHT, renderQueueList, renderSortBar } from './queue-list.js';
import { QueueSelection } from './queue-selection.js';
import type { QueueState, QueueViews } from './queue-views.js';
import { RequesterNames } from './requester-names.js';
import { sharedViewStyles } from './shared-view.styles.js';
import type { TicketActions } from './ticket-actions.js';
import { agentDeskChunks } from './agent-desk.chunks.js';
import { CrmTicketOpenEvent } from './ticket-widget.events.js';
import { ticketSla } from './ticket-sla.js';
import { adoptViewStyles } from '../base/view-styles.js';
import type { WidgetContext, WidgetHost } from './widget-context.js';

/** What the agent view reads from its element. */
export interface AgentSettings {
  readonly ticketId: string;
  readonly agentId: string;
  /** Only this account's tickets, when set. */
  readonly accountId: string;
  readonly agents: readonly Agent[];
  readonly rules: RulesEngine | undefined;
  readonly localEscalation: boolean;
}

const keyMoves: Readonly<Record<string, number>> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10, Home: -Infinity, End: Infinity };

/** Typing pauses this long before the adapter is asked: one search per word, not per key. */
const SEARCH_DELAY_MS = 250;

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
  /** What the agent typed in the search box, and (a moment later) what the adapter is asked. */
  #searchInput = '';
  #query: string | undefined;
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  #sort: QueueSort | undefined;
  readonly #selection = new QueueSelection();
  /** Said to screen readers and shown: the selection's size, or how a bulk change went. */
  #announcement = '';
  #sorted: { key: readonly unknown[]; entries: readonly QueueEntry[] } | undefined;
  readonly #requesters: RequesterNames;
  readonly #bulk: ChunkLoader<BulkBar>;
  readonly #views: ChunkLoader<QueueViews>;
  #viewsOpen = false;
  readonly #sorter: ChunkLoader<typeof import('./queue-sort.js')>;
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
      const [{ TicketActions }, { renderAgentDetail, loadDetailMessages, tagsInUse, CannedReplies, TicketPresence, TicketFields, TicketCategories }] = await agentDeskChunks.agentDetail();
      await loadDetailMessages(context()?.format.locale ?? 'en');
      this.#tagsInUse = memo(tagsInUse);
      // Present on the ticket the desk shows, as the agent it is for (`agent-id`).
      const presence = new TicketPresence(host, context, () => {
        const { ticketId, agentId } = settings();
        return ticketId && agentId ? { ticketId, agentId, agentName: this.#agentName() } : undefined;
      });
      return { actions: new TicketActions(host, context), cannedReplies: new CannedReplies(host, context), presence, fields: new TicketFields(host, context), categories: new TicketCategories(host, context), render: renderAgentDetail };
    });
    // A desk opened on a ticket shows it at once: its detail is fetched alongside the queue's data.
    if (settings().ticketId) this.#detail.prefetch();
    this.#window = new VirtualWindow(host, { rowHeight: QUEUE_ROW_HEIGHT });
    this.#requesters = new RequesterNames(host);
    this.#views = new ChunkLoader(host, async () => new (await agentDeskChunks.queueViews()).QueueViews(host, context, () => settings().agentId));
    this.#sorter = new ChunkLoader(host, () => agentDeskChunks.queueSort());
    this.#bulk = new ChunkLoader(host, async () => new (await agentDeskChunks.bulkBar()).BulkBar(host));
    const client = () => context()?.client;
    this.#queue = new AgentQueue(host, () => ({
      client: client(),
      status: this.#status,
      accountId: settings().accountId,
      q: this.#query,
      rules: settings().rules,
      localEscalation: settings().localEscalation,
    }));
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
    const ids = () => entries.map((entry) => entry.ticket.id);
    if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      this.#pick(entries, active);
      return;
    }
    if (event.key === ' ' && active >= 0) {
      event.preventDefault();
      this.#select(entries, active, event.shiftKey);
      return;
    }
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      this.#selection.selectAll(ids());
      this.#selectionChanged();
      return;
    }
    if (event.key === 'Escape' && this.#selection.size > 0) {
      event.preventDefault();
      this.#selection.clear();
      this.#selectionChanged();
      return;
    }
    const move = keyMoves[event.key];
    if (move === undefined || entries.length === 0) return;
    event.preventDefault();
    const next = Math.max(0, Math.min(entries.length - 1, (active < 0 && move > 0 ? -1 : active) + move));
    const from = entries[Math.max(active, 0)]?.ticket.id;
    this.#activeId = entries[next]?.ticket.id;
    // Shift with a move selects every row passed over, from where the selection started.
    if (event.shiftKey && from && this.#activeId) {
      this.#selection.extend(ids(), from, this.#activeId);
      this.#selectionChanged();
    }
    this.#window.reveal(event.currentTarget as HTMLElement, next);
    this.#host.requestUpdate();
  };

  /** Toggles a row's selection, or selects up to it from where the selection started. */
  #select(entries: readonly QueueEntry[], index: number, extend: boolean): void {
    const ticket = entries[index]?.ticket;
    if (!ticket) return;
    const from = this.#activeId ?? ticket.id;
    this.#activeId = ticket.id;
    if (extend) this.#selection.extend(entries.map((entry) => entry.ticket.id), from, ticket.id);
    else this.#selection.toggle(ticket.id);
    this.#selectionChanged();
  }

  #selectionChanged(): void {
    const context = this.#context();
    const desk = context && chunkMessages(this.#host, deskMessages, context.format.locale);
    const size = this.#selection.size;
    if (size > 0) this.#bulk.prefetch();
    if (desk && context) this.#announcement = desk.selection.count(size, context.format.number(size));
    this.#host.requestUpdate();
  }

  /** The saved views behind one button: their list and code load the first time it is opened. */
  #renderViews(context: WidgetContext, desk: DeskMessages): TemplateResult {
    const views = this.#viewsOpen ? this.#views.get() : undefined;
    return html`<div class="row">
        <button
          type="button"
          part="views-toggle"
          aria-expanded=${this.#viewsOpen ? 'true' : 'false'}
          @pointerenter=${this.#views.prefetch}
          @focus=${this.#views.prefetch}
          @click=${() => {
            this.#viewsOpen = !this.#viewsOpen;
            this.#host.requestUpdate();
          }}
        >
          ${desk.views.label}
        </button>
      </div>
      ${!this.#viewsOpen ? nothing : views ? views.render(context, desk, this.#state(), this.#applyState, this.#announce) : renderPending(this.#views, context.messages, 1)}`;
  }

  #state(): QueueState {
    return { status: this.#status, filter: this.#filter, search: this.#searchInput, sort: this.#sort };
  }

  /** A saved view picked: the queue takes its filters, search (asked at once) and sort. */
  #applyState = (state: QueueState): void => {
    this.#status = state.status;
    this.#filter = state.filter;
    this.#sort = state.sort;
    this.#searchInput = state.search;
    clearTimeout(this.#searchTimer);
    this.#query = searchText(state.search);
    this.#host.requestUpdate();
  };

  #announce = (text: string): void => {
    this.#announcement = text;
    this.#host.requestUpdate();
  };

  #onSearch = (value: string): void => {
    this.#searchInput = value;
    this.#views.value?.forget();
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => {
      const query = searchText(this.#searchInput);
      if (query === this.#query) return;
      this.#query = query;
      this.#host.requestUpdate();
    }, SEARCH_DELAY_MS);
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
    const filtered = this.#filtered(all, this.#filter);
    // Until the sorting code has loaded (the first sort fetches it), the queue stays in working order.
    const sorter = context && this.#sort ? this.#sorter.get() : undefined;
    if (!context || !this.#sort || !sorter) return filtered;
    const { agents } = this.#settings();
    // Sorted again only when what it depends on changed: the timers re-render every second.
    const key = [filtered, this.#sort, context.format.locale, agents, this.#requesters.known, sorter];
    if (this.#sorted && key.every((part, index) => part === this.#sorted?.key[index])) return this.#sorted.entries;
    this.#sorted = { key, entries: sorter.sortQueue(filtered, this.#sort, this.#names(), context.format.locale) };
    return this.#sorted.entries;
  }

  /** Who a ticket's requester and assignee are, by name: the requester's contact, else what a public page's visitor gave. */
  #names(): QueueRowNames {
    const agents = agentsWith(this.#settings().agents, []);
    const agentName = (id: string) => agents.find((agent) => agent.id === id)?.name;
    return {
      requester: (ticket) => (ticket.requesterId && this.#requesters.nameOf(ticket.requesterId)) || ticket.requesterName || ticket.requesterEmail || '',
      assignee: (ticket) => (ticket.assigneeId ? (agentName(ticket.assigneeId) ?? this.#members.nameOf(ticket.assigneeId)) : ''),
      pending: (ticket, who) =>
        who === 'requester'
          ? Boolean(ticket.requesterId && this.#requesters.pending(ticket.requesterId))
          : Boolean(ticket.assigneeId && agentName(ticket.assigneeId) === undefined && this.#members.loading(ticket.assigneeId)),
    };
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

  #renderQueue(context: WidgetContext, desk: DeskMessages, now: Date, agents: readonly Agent[]): TemplateResult {
    const { messages, m, format } = context;
    const { agentId, ticketId } = this.#settings();
    // The queue waits for every input of its SLA order, tiers included where tickets need them.
    const inputs = this.#queue.inputs();
    const failed = inputs.find((input) => input.result?.isError);
    let list: TemplateResult;
    let count = '';
    let entries: readonly QueueEntry[] = [];
    if (failed?.result?.error) {
      list = renderError(errorText(failed.result.error, messages), { label: messages.common.retry, onRetry: () => void failed.refetch() });
    } else if (inputs.some((input) => !input.result?.data)) {
      list = renderSkeleton(messages.common.loading, 6);
    } else {
      entries = this.#visibleEntries();
      const query = this.#query;
      count = query ? desk.search.found(entries.length, format.number(entries.length), query) : m.queue.count(entries.length, format.number(entries.length));
      list = renderQueueList({
        context,
        desk,
        entries,
        window: this.#window,
        activeIndex: this.#activeIndex(entries),
        openId: ticketId,
        now,
        policyOf: this.#queue.policyOf(),
        query,
        names: this.#names(),
        sort: this.#sort,
        selection: this.#selection,
        onKeyDown: this.#onKeyDown,
        onPick: (index) => this.#pick(entries, index),
        onSelect: (index, extend) => this.#select(entries, index, extend),
        onSort: (key) => {
          this.#sort = nextSort(this.#sort, key);
          this.#host.requestUpdate();
        },
        onRequesterShown: (id) => this.#requesters.shown(context.client, id),
      });
    }
    const selected = this.#selection.inView(entries.map((entry) => entry.ticket.id));
    // Pointing at or into the queue is about to open a ticket: its detail starts loading.
    return html`<section part="queue-pane" class="queue-pane stack" aria-label=${m.queue.label} @pointerenter=${this.#detail.prefetch} @focusin=${this.#detail.prefetch}>
      ${this.#renderViews(context, desk)}
      ${renderQueueSearch({ desk, value: this.#searchInput, onInput: this.#onSearch })}
      ${renderQueueFilters({
        context,
        status: this.#status,
        filter: this.#filter,
        agents,
        agentId,
        onStatus: (status) => {
          this.#status = status;
          this.#views.value?.forget();
          this.#host.requestUpdate();
        },
        onFilter: (filter) => {
          this.#filter = filter;
          this.#views.value?.forget();
          this.#host.requestUpdate();
        },
      })}
      <p class="muted count" role="status">${count}</p>
      ${renderSortBar({
        desk,
        sort: this.#sort,
        onPrefetch: this.#sorter.prefetch,
        onSort: (key) => {
          this.#sort = nextSort(this.#sort, key);
          this.#views.value?.forget();
          this.#host.requestUpdate();
        },
      })}
      ${this.#renderSelection(context, desk, entries, selected, agents)} ${list}
    </section>`;
  }

  /** The selection's size (announced), select all / clear, and the bulk change bar while tickets are selected. */
  #renderSelection(context: WidgetContext, desk: DeskMessages, entries: readonly QueueEntry[], selected: readonly string[], agents: readonly Agent[]): TemplateResult {
    const { format, messages } = context;
    const bar = selected.length > 0 ? this.#bulk.get() : undefined;
    const byId = new Map(entries.map((entry) => [entry.ticket.id, entry.ticket]));
    return html`<div part="selection" class="selection row">
      <span class="muted">${selected.length > 0 ? desk.selection.count(selected.length, format.number(selected.length)) : nothing}</span>
      <button
        type="button"
        part="select-all"
        ?disabled=${entries.length === 0}
        @click=${() => {
          this.#selection.selectAll(entries.map((entry) => entry.ticket.id));
          this.#selectionChanged();
        }}
      >
        ${desk.selection.selectAll}
      </button>
      ${selected.length > 0
        ? html`<button
            type="button"
            part="clear-selection"
            @click=${() => {
              this.#selection.clear();
              this.#selectionChanged();
            }}
          >
            ${desk.selection.clear}
          </button>`
        : nothing}
      <p class="visually-hidden" role="status">${this.#announcement}</p>
    </div>
    ${selected.length === 0
      ? nothing
      : bar
        ? bar.render({
            context,
            desk,
            agents,
            tickets: selected.flatMap((id) => byId.get(id) ?? []),
            policyOf: this.#queue.policyOf(),
            onDone: (summary, updatedIds) => {
              this.#announcement = summary;
              // What failed stays selected, so it can be tried again.
              for (const id of updatedIds) if (this.#selection.has(id)) this.#selection.toggle(id);
              this.#host.requestUpdate();
            },
          })
        : renderPending(this.#bulk, messages, 1)}`;
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
      thread: this.#thread.result,
      onThreadRetry: () => void this.#thread.refetch(),
      requesterName: this.#requester.result?.data?.name,
      agents: agentsWith(agents, [ticket.assigneeId], (id) => this.#members.nameOf(id)),
      actions,
      visibility: this.#visibility,
      cannedReplies: detail.cannedReplies,
      agentName,
      tagSuggestions: this.#tagsInUse(this.#queue.tickets ?? []),
      requesterCard: ticket.requesterId ? this.#requesterCard(context, ticket.requesterId) : undefined,
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
    const desk = chunkMessages(this.#host, deskMessages, context.format.locale);
    if (!desk) return renderSkeleton(context.messages.common.loading, 6);
    return html`<div part="agent" class="agent">
      ${this.#renderQueue(context, desk, now, everyone)}
      <section part="detail-pane" class="detail-pane">${this.#renderDetail(context, now, everyone)}</section>
    </div>`;
  }
}
