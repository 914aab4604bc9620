import type { CrmError, Deal, DetailQueryKey, ListQueryKey, Page, Pipeline } from '@rapport/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ChunkLoader, renderLoadFailure } from '../base/chunk-loader.js';
import { CrmElement } from '../base/crm-element.js';
import { errorText } from '../base/locale/error-text.js';
import { QueryController } from '../base/query-controller.js';
import { renderEmpty, renderError, renderSkeleton } from '../base/states.js';
import { MemberDirectory } from '../base/member-directory.js';
import { memo } from '../base/memo.js';
import { VirtualWindow } from '../base/virtual-window.js';
import { AccountNames } from './account-names.js';
import { BoardModel } from './board-model.js';
import { renderBoardColumn } from './board-column.js';
import { BoardColumns, sumGroups } from './board-columns.js';
import { renderBoardToolbar } from './board-toolbar.js';
import type { CloseDraft } from './close-deal-dialog.js';
import { formatCompactTotals } from './compact-money.js';
import { CARD_ROW_HEIGHT, renderDealCard } from './deal-card.js';
import { isFilterActive, isIdleIn, type DealFilter } from './deal-filter.js';
import type { DealSortKey } from './deal-order.js';
import { renderOutcomeZones } from './outcome-zones.js';
import type { BoardPart } from './board-part.js';
import { pipelineBoardChunks } from './pipeline-board.chunks.js';
import { pipelineBoardMessages, type PipelineBoardMessages } from './pipeline-board.messages.js';
import { pipelineBoardStyles } from './pipeline-board.styles.js';
import { pipelineDealsQuery } from './pipeline-deals-query.js';
import type { BoardDragDelegate } from './board-drag-controller.js';
import { cardOf } from './card-focus.js';
import type { BoardSwimlanes } from './lane-grouping.js';

/**
 * The sales pipeline (销售管理) as a board: a column per stage with its count, face value and
 * weighted forecast, and a card per open deal. Deals move by pointer (mouse, pen, touch) or from
 * the keyboard, every step announced; a move shows at once, and returns with the reason when it
 * cannot be saved. Closing a deal as won or lost asks for the reason (a lost one from the pipeline's
 * `lostReasons` or in words), and can be undone for a few seconds. Columns render only the
 * cards in view, so 50,000 deals cost about what 500 do.
 *
 * @tag crm-pipeline-board
 * @summary A drag-and-drop board of a pipeline's open deals, with forecasts, WIP limits and filters.
 *
 * @csspart board - The whole board.
 * @csspart pipeline-switcher - The choice of pipeline, shown when the tenant has several and no `pipeline-id` pins one.
 * @csspart toolbar - Filters and order.
 * @csspart clear-filters - The button that clears every filter.
 * @csspart summary - The totals of every stage together.
 * @csspart notice - Why the last move or close did not happen.
 * @csspart undo - The toast offering, for a few seconds, to undo the close of a deal.
 * @csspart columns - The scrolling row of stages.
 * @csspart column - One stage.
 * @csspart column-header - A stage's name, count, totals and WIP limit.
 * @csspart wip - A stage's WIP limit.
 * @csspart cards - The scrolling list of a stage's cards.
 * @csspart card - One deal.
 * @csspart card-name - A deal's name.
 * @csspart card-amount - A deal's amount.
 * @csspart outcomes - The won and lost drop zones.
 * @csspart outcome - One of them.
 * @csspart drag-ghost - The card following the pointer during a drag.
 * @csspart close-dialog - The dialog asking why a deal was won or lost.
 * @csspart idle-count - How many deals of a stage are idle (past the stage's `idleDays`).
 * @csspart add-deal - The button at the top of a stage that opens its quick-add.
 * @csspart quick-add - A stage's quick-add form (name and amount).
 * @csspart new-deal - The button that opens the full form for a new deal.
 * @csspart drawer - The deal drawer: a deal's fields, activities and quick log.
 * @csspart deal-views - The choice of open, won or lost deals.
 * @csspart closed-deals - The list of won or lost deals.
 * @csspart reopen - The button that reopens a won or lost deal.
 * @csspart collapse - The button in a stage's header that collapses or expands its column.
 * @csspart stage-picker - The choice of stage, shown where the board's container fits one column at a time.
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - Shown when there is nothing to show.
 * @csspart error - A failure to load.
 * @csspart retry-button - The retry button of a failure.
 * @csspart swimlanes - The choice of swimlanes in the toolbar: none, by owner or by account.
 * @csspart lane - One swimlane: an owner's or account's deals across the stages.
 * @csspart lane-header - A lane's name (the button that collapses it), count and total.
 *
 * @cssprop --crm-pipeline-board-height - Height of the columns (default 36rem).
 * @cssprop --crm-pipeline-board-column-width - Least width of a column; the columns share the room left, each up to 24rem (default 12rem: six stages fit in 1280 px).
 * @cssprop --crm-pipeline-board-column-background - Background of a column (default: the muted surface).
 * @cssprop --crm-pipeline-board-card-background - Background of a card (default: the surface).
 * @cssprop --crm-pipeline-board-wip-exceeded-color - Text of a WIP limit that is exceeded (default: the warning colour).
 * @cssprop --crm-pipeline-board-drop-color - Outline of where a dragged deal would land (default: the primary colour).
 * @cssprop --crm-color-primary - Accent colour of buttons, focus rings and drop targets.
 * @cssprop --crm-color-surface - Background of cards.
 * @cssprop --crm-color-warning - Colour of an exceeded WIP limit.
 * @cssprop --crm-font-family - Font of the board.
 *
 * @cssstate wip-exceeded - Some stage on the board holds more open deals than its WIP limit.
 *
 * @fires {CrmDealMoveEvent} crm-deal-move - Before a deal moves to another stage or place; cancelable.
 * @fires {CrmDealMovedEvent} crm-deal-moved - After a move was saved.
 * @fires {CrmDealMoveFailedEvent} crm-deal-move-failed - A move or close could not be saved; the deal is back where it was.
 * @fires {CrmDealCloseEvent} crm-deal-close - Before a deal is closed as won or lost; cancelable.
 * @fires {CrmDealClosedEvent} crm-deal-closed - After a deal was closed as won or lost.
 * @fires {CrmDealOpenEvent} crm-deal-open - A card was clicked or Enter pressed on it; cancel it to keep the board's drawer closed and open the deal your own way.
 * @fires {CrmDealCreateEvent} crm-deal-create - Before a new deal is saved; cancelable.
 * @fires {CrmDealCreatedEvent} crm-deal-created - After a new deal was saved.
 * @fires {CrmDealUpdatedEvent} crm-deal-updated - After the drawer saved a deal's changes.
 * @fires {CrmPipelineChangeEvent} crm-pipeline-change - The user chose another pipeline in the switcher; `shownPipelineId` names it.
 * @fires {CrmSwimlanesChangeEvent} crm-swimlanes-change - The user chose other swimlanes in the toolbar; `swimlanes` names them.
 */
export class CrmPipelineBoard extends CrmElement {
  static override styles = [...CrmElement.styles, pipelineBoardStyles];

  /**
   * Id of the pipeline to show. Without one the board shows the tenant's first pipeline by name,
   * and offers a switcher when there are several.
   */
  @property({ attribute: 'pipeline-id' }) accessor pipelineId = '';

  /** How deals are ordered within a stage: `rank` (the board's own order, rearranged by dragging) by default. */
  @property({ reflect: true }) accessor sort: DealSortKey = 'rank';

  /** Which deals are shown; the toolbar edits it, a host may set it. */
  @property({ attribute: false }) accessor filter: DealFilter = {};

  /**
   * Names of the people who own deals, by id (`{"u-lin": "林静"}`). Without one the board shows the
   * team member's name (`users`); a name here wins, and an id known to neither shows as it is.
   */
  @property({ attribute: 'owner-names', type: Object }) accessor ownerNames: Readonly<Record<string, string>> = {};

  /** Id of the person using the board: the owner of the deals they add and the activities they log. */
  @property({ attribute: 'user-id' }) accessor userId = '';

  /** Refuses moves into a stage that holds its WIP limit already; by default an exceeded limit is only shown. */
  @property({ type: Boolean, attribute: 'enforce-wip-limits' }) accessor enforceWipLimits = false;

  /**
   * Rows of deals across the stages: `owner` or `account` gives each its lane (named, counted,
   * totalled, collapsible); `none`, the default, shows plain columns. A move keeps a deal in its lane.
   */
  @property({ reflect: true }) accessor swimlanes: BoardSwimlanes = 'none';

  /** Deals whose change is being saved, as they will be. */
  @state() private accessor _pending: ReadonlyMap<string, Deal> = new Map();
  @state() private accessor _notice: string | undefined = undefined;
  @state() private accessor _closing: CloseDraft | undefined = undefined;
  /** What the live region says. */
  @state() private accessor _announcement = '';

  /** The card of each stage that Tab reaches. */
  readonly #tabStops = new Map<string, string>();
  readonly #windows = new Map<string, VirtualWindow>();
  readonly #columns = new BoardColumns();
  readonly #collator = memo((locale: string) => new Intl.Collator(locale));
  /** The owners of the loaded deals, once per load: the filter offers each. */
  readonly #ownerIds = memo((deals: readonly Deal[]) => [...new Set(deals.flatMap((deal) => (deal.ownerId ? [deal.ownerId] : [])))]);
  /** Owner names: the host's `owner-names`, else the team's (`users`), read for the owners the board shows. */
  readonly #members = new MemberDirectory(this, { client: () => this.activeClient, overrides: () => this.ownerNames });
  #focusAfterUpdate: string | undefined;
  /** What the board last rendered: the keyboard and the pointer act on what the user sees. */
  #shown: BoardModel | undefined;
  /** Something other than a card to focus once rendered (a form's field, a button). */
  #focusSelector: string | undefined;

  /** The pipeline `willUpdate` last saw shown: another one starts the board afresh. */
  #lastShownId = '';

  /** Carries the board's states (`:state(wip-exceeded)`) for the page's styles. */
  readonly #internals = this.attachInternals();

  readonly #messagePack = this.i18n.use(pipelineBoardMessages);

  /** The tenant's pipelines by name, read only when no `pipeline-id` pins one. */
  readonly #pipelines = new QueryController<Page<Pipeline>, CrmError, ListQueryKey<'pipelines'>>(this, () => {
    const client = this.activeClient;
    return client && !this.pipelineId ? { queryClient: client.queryClient, options: client.pipelines.listQuery({ sort: [{ field: 'name' }] }) } : undefined;
  });

  readonly #pipeline = new QueryController<Pipeline, CrmError, DetailQueryKey<'pipelines'>>(this, () => {
    const client = this.activeClient;
    const id = this.shownPipelineId;
    return client && id ? { queryClient: client.queryClient, options: client.pipelines.detailQuery(id) } : undefined;
  });

  readonly #deals = new QueryController<Page<Deal>, CrmError, ListQueryKey<'deals'>>(this, () => {
    const client = this.activeClient;
    const id = this.shownPipelineId;
    return client && id ? { queryClient: client.queryClient, options: pipelineDealsQuery(client, id) } : undefined;
  });

  readonly #accounts = new AccountNames(this, () => this.activeClient);

  readonly #dragDelegate: Omit<BoardDragDelegate, 'moving' | 'move'> = {
    messages: () => this.#messages,
    format: () => this.i18n.format,
    liftable: (dealId) => !this._closing && !this.#part.value?.drawer.isOpen && !this._pending.has(dealId),
    focusAfterUpdate: (dealId) => (this.#focusAfterUpdate = dealId),
    focusCard: (card) => {
      this.#focusLater(card);
      this.#reveal(card.stageId, card.index);
      this.requestUpdate();
    },
    reveal: (stageId, index) => this.#reveal(stageId, index),
    notice: (text) => (this._notice = text),
    close: (deal, outcome) => {
      this.#part.use('close', () => {
        this._closing = { deal, outcome, reason: '', missingReason: false };
        this.#focusAfterUpdate = deal.id;
      });
    },
    open: (deal) => this.#open(deal),
    announce: (text) => this.#announce(text),
  };

  /**
   * Moving deals, the quick-add, the drawer and the close dialog: fetched right after the first
   * paint. A key pressed on a card before it arrives is acted on once it has; a pointer press then
   * only hurries the fetch.
   */
  readonly #part = new ChunkLoader<BoardPart>(this, async () => {
    const part = await (await pipelineBoardChunks.part()).loadBoardPart(
      {
      host: this,
      i18n: this.i18n,
      client: () => this.activeClient,
      pipeline: () => this.#shown?.pipeline,
      shown: () => this.#shown,
      messages: () => this.#messages,
      announce: (text) => this.#announce(text),
      notice: (text) => (this._notice = text),
      pending: (dealId, deal) => {
        const pending = new Map(this._pending);
        if (deal) pending.set(dealId, deal);
        else pending.delete(dealId);
        this._pending = pending;
      },
      focusLater: (selector) => {
        this.#focusSelector = selector;
        this.requestUpdate();
      },
      focusCard: (card) => this.#focusLater(card),
      tabStop: (stageId, dealId) => this.#tabStops.set(stageId, dealId),
      refetch: () => void this.#deals.refetch(),
      },
      this.#dragDelegate,
    );
    part.drag.shown = this.#shown;
    return part;
  });

  /**
   * The pipeline the board shows: `pipeline-id`, else the one chosen in the switcher (while the
   * tenant has it), else the tenant's first by name; empty until the tenant's pipelines are read.
   */
  get shownPipelineId(): string {
    if (this.pipelineId) return this.pipelineId;
    const pipelines = this.#pipelines.result?.data?.items ?? [];
    return (pipelines.find((pipeline) => pipeline.id === this.#part.value?.switcher.chosenId) ?? pipelines[0])?.id ?? '';
  }

  protected override willUpdate(): void {
    const shownId = this.shownPipelineId;
    if (shownId !== this.#lastShownId) {
      this.#lastShownId = shownId;
      this.#tabStops.clear();
      this.#windows.clear();
      this.#part.value?.drag.reset();
      this._notice = undefined;
    }
  }

  protected override updated(): void {
    // A deal in hand may be dropped on won or lost: have the dialog that asks why ready by then.
    // Fetched once the board has rendered, not while it renders (the first cards come first), and
    // rendered again when it arrives: it brings the toolbar's choice of lanes, and the lanes.
    if (this.#shown) this.#part.get();
    if (this.#shown?.wipExceeded) this.#internals.states.add('wip-exceeded');
    else this.#internals.states.delete('wip-exceeded');
    const dialogs = this.#part.value?.showDialogs(this.renderRoot) ?? false;
    const selector = this.#focusSelector;
    const focusTarget = selector === undefined ? undefined : this.renderRoot.querySelector<HTMLElement>(selector);
    if (focusTarget) {
      this.#focusSelector = undefined;
      focusTarget.focus();
      return;
    }
    const focusId = this.#focusAfterUpdate;
    if (focusId !== undefined && !dialogs) {
      this.#focusAfterUpdate = undefined;
      const card = this.renderRoot.querySelector<HTMLElement>(`.columns [data-deal-id="${CSS.escape(focusId)}"]`);
      card?.focus({ preventScroll: true });
      // Its stage into view sideways (where one shows at a time, the next), not while a pointer drags: the row would move under it.
      if (this.#part.value?.drag.drag?.mode !== 'pointer') card?.closest('.column')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  }

  #announce(text: string): void {
    // The same words twice in a row would not be read again: a trailing space makes them new.
    this._announcement = text === this._announcement ? `${text}\u00a0` : text;
  }

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    const drag = this.#part.value?.drag;
    if (drag) return drag.onKeyDown(event);
    const card = cardOf(event);
    if (!card || !/^( |Enter|Arrow\w+|Home|End)$/.test(event.key)) return;
    event.preventDefault();
    // Read now: once dispatched, the event's target is the board, not the card.
    const { key } = event;
    const replay = { key, target: card, preventDefault() {} } as unknown as KeyboardEvent;
    this.#part.use(`key ${key}`, (part) => part.drag.onKeyDown(replay));
  };

  readonly #onPointerDown = (event: PointerEvent): void => {
    const drag = this.#part.value?.drag;
    if (drag) drag.onPointerDown(event);
    else this.#part.prefetch();
  };

  /** A click on a card (a press that did not become a drag) opens its deal. */
  readonly #onClick = (event: MouseEvent): void => {
    const drag = this.#part.value?.drag;
    if (drag?.drag || drag?.dropping) return;
    const found = this.#shown?.locate(cardOf(event)?.dataset['dealId'] ?? '');
    if (found) this.#open(found.deal);
  };

  /** A card clicked or Enter pressed on it: the host may open the deal itself, else the drawer opens. */
  #open(deal: Deal): void {
    if (!this._pending.has(deal.id)) this.#part.use('open', ({ drawer }) => drawer.openCard(deal, `.columns [data-deal-id="${CSS.escape(deal.id)}"]`));
  }

  readonly #onCloseConfirm = (): void => {
    const draft = this._closing;
    const part = this.#part.value;
    // A confirmed close takes the dialog away; only a draft that needs its reason comes back.
    if (draft && part) this._closing = part.saving.close(draft);
  };

  readonly #onCloseCancel = (): void => {
    this.#focusAfterUpdate = this._closing?.deal.id;
    this._closing = undefined;
  };

  #reveal(stageId: string, index: number): void {
    const list = this.renderRoot.querySelector<HTMLElement>(`.column[data-stage-id="${CSS.escape(stageId)}"] .cards`);
    if (list) this.#windowOf(stageId).reveal(list, index);
  }

  /** Makes a card its stage's Tab stop, and focuses it once rendered. */
  #focusLater(card: { readonly stageId: string; readonly deal: Deal } | undefined): void {
    if (card) this.#tabStops.set(card.stageId, card.deal.id);
    this.#focusAfterUpdate = card?.deal.id;
  }

  #windowOf(stageId: string): VirtualWindow {
    let window = this.#windows.get(stageId);
    if (!window) {
      window = new VirtualWindow(this, { rowHeight: CARD_ROW_HEIGHT, overscan: 3 });
      this.#windows.set(stageId, window);
    }
    return window;
  }

  #now(): Date {
    return this.activeClient?.now() ?? new Date();
  }

  get #messages(): PipelineBoardMessages {
    return this.i18n.pick(this.#messagePack);
  }

  #renderColumns(shown: BoardModel, currency: string): TemplateResult {
    const m = this.#messages;
    const format = this.i18n.format;
    const nowMs = this.#now().getTime();
    const drag = shown.drag;
    const filtered = isFilterActive(this.filter);
    // With no card to focus, the row itself takes focus, so a keyboard can still scroll it sideways.
    const anyCards = shown.columns.some((column) => (shown.deals.get(column.stage.id) ?? []).length > 0);
    return html`<div
      part="columns"
      class="columns"
      role="group"
      aria-label=${m.stages}
      tabindex=${anyCards ? nothing : 0}
      @keydown=${this.#onKeyDown}
      @pointerdown=${this.#onPointerDown}
      @click=${this.#onClick}
    >
      ${shown.columns.map((column, columnIndex) => {
        const stage = column.stage;
        const deals = shown.deals.get(stage.id) ?? [];
        const stopId = this.#tabStops.get(stage.id);
        const found = stopId === undefined ? -1 : deals.findIndex((deal) => deal.id === stopId);
        const tabStop = deals.length === 0 ? -1 : found >= 0 ? found : 0;
        const dropTarget = drag?.target.kind === 'stage' && drag.target.stageId === stage.id;
        const stageColumns = this.#part.value?.stageColumns;
        return renderBoardColumn({
          column,
          deals,
          headingId: `stage-${columnIndex}`,
          currency,
          window: this.#windowOf(stage.id),
          tabStop,
          dropTarget,
          refusesDrop: dropTarget && shown.wipRefusal(stage.id, drag.deal) !== undefined,
          filtered,
          format,
          messages: m,
          quickAdd: this.#part.value?.quickAdd.render(stage.id) ?? nothing,
          adding: this.#part.pending.includes(`add ${stage.id}`),
          collapsed: !!stageColumns?.collapsed.has(stage.id),
          toggle: stageColumns?.renderToggle(stage),
          onAdd: () => this.#part.use(`add ${stage.id}`, ({ quickAdd }) => quickAdd.open(stage.id)),
          renderCard: (deal, index) =>
            renderDealCard({
              deal,
              stageProbability: stage.probability,
              accountName: deal.accountId ? this.#accounts.nameOf(deal.accountId) : undefined,
              ownerName: deal.ownerId ? this.#members.nameOf(deal.ownerId) : undefined,
              nowMs,
              format,
              messages: m,
              state: shown.cardState(deal, this._pending.has(deal.id)),
              idle: isIdleIn(stage, deal, nowMs),
              tabStop: index === tabStop,
              position: index + 1,
              setSize: deals.length,
            }),
        });
      })}
    </div>`;
  }

  #renderBoard(pipeline: Pipeline, page: Page<Deal>): TemplateResult {
    const m = this.#messages;
    const format = this.i18n.format;
    const collator = this.#collator(this.i18n.locale);
    const columns = this.#columns.columns({
      pipeline,
      deals: page.items,
      pending: this._pending,
      filter: this.filter,
      sort: this.sort,
      collator,
      nowMs: this.#now().getTime(),
    });
    const dragPart = this.#part.value?.drag;
    const drag = dragPart?.drag;
    const collapsed = this.#part.value?.stageColumns.collapsed;
    // A collapsed column shows no cards: the keyboard's focus passes it by, and a deal dropped there goes to its top.
    const shown = new BoardModel(pipeline, collapsed?.size ? columns.map((column) => (collapsed.has(column.stage.id) ? { ...column, deals: [] } : column)) : columns, drag, this.sort, collator, this.enforceWipLimits);
    this.#shown = shown;
    if (dragPart) dragPart.shown = shown;
    const total = sumGroups(columns.map((column) => column.summary));
    const filtered = isFilterActive(this.filter);
    // The switcher comes with the board's part, like every control beyond the first look.
    return html`<section part="board" class="board ${drag ? 'dragging' : ''}" aria-label=${m.boardLabel(pipeline.name)}>
      ${this.pipelineId ? nothing : this.#part.get()?.switcher.render(this.#pipelines.result?.data?.items ?? [], pipeline.id)} ${this.#part.value?.views.render()}
      ${this.#part.value?.lanes.choice()}
      ${renderBoardToolbar({
        filter: this.filter,
        sort: this.sort,
        owners: this.#ownerIds(page.items)
          .map((id) => [id, this.#members.nameOf(id)] as const)
          .sort((a, b) => collator.compare(a[1], b[1])),
        messages: m,
        onFilter: (filter) => (this.filter = filter),
        onSort: (sort) => (this.sort = sort),
      })}
      ${this._notice
        ? html`<div part="notice" class="error" role="alert">
            <span>${this._notice}</span>
            <button type="button" @click=${() => (this._notice = undefined)}>${m.failure.dismiss}</button>
          </div>`
        : nothing}
      ${renderLoadFailure(this.#part, this.i18n.messages)} ${this.#part.value?.saving.undo.render()}
      <p part="summary" class="summary">
        <strong>${m.allStages}</strong>
        <span>${m.deals(total.count, format.number(total.count))}</span>
        <span>${m.total} ${formatCompactTotals(total.amount, pipeline.currency, format.locale)}</span>
        <span>${m.weighted} ${formatCompactTotals(total.weighted, pipeline.currency, format.locale)}</span>
        ${filtered ? html`<span class="filtered">${m.filtered}</span>` : nothing}
        <button
          part="new-deal"
          type="button"
          class="new-deal"
          aria-busy=${this.#part.pending.includes('new') ? 'true' : nothing}
          @click=${() => this.#part.use('new', ({ drawer }) => drawer.openNew(columns[0]?.stage.id ?? pipeline.stages[0]?.id ?? '', '.new-deal'))}
        >
          ${m.newDeal}
        </button>
      </p>
      ${this.#part.value?.views.renderList() ?? [
        this.swimlanes === 'none' ? [this.#part.value?.stageColumns.renderPicker(columns), this.#renderColumns(shown, pipeline.currency)] : this.#part.get()?.lanes.render(shown, this._pending),
        renderOutcomeZones(m, drag !== undefined, drag?.target.kind === 'outcome' ? drag.target.outcome : undefined),
      ]}
      <p id="drag-instructions" class="visually-hidden">${m.drag.instructions}</p>
      ${dragPart?.renderGhost(format) ?? nothing}
      ${this._closing && this.#part.value
        ? this.#part.value.renderCloseDialog({
            draft: this._closing,
            cancelLabel: this.i18n.messages.common.cancel,
            onChange: (change) => {
              if (this._closing) this._closing = { ...this._closing, ...change };
            },
            onConfirm: this.#onCloseConfirm,
            onCancel: this.#onCloseCancel,
          })
        : nothing}
      ${this.#part.value?.drawer.render() ?? nothing}
    </section>`;
  }

  #renderState(): TemplateResult {
    const m = this.#messages;
    const common = this.i18n.messages;
    const client = this.activeClient;
    if (!client) return renderError(m.noClient);
    if (!this.pipelineId && this.#pipelines.result?.data?.items.length === 0) return renderEmpty(m.noPipeline);
    const pipeline = this.#pipeline.result;
    const deals = this.#deals.result;
    const failed = [this.#pipelines, this.#pipeline, this.#deals].find((query) => query.result?.isError);
    const error = failed?.result?.error;
    if (error) {
      const retry = error.kind === 'not-found' ? undefined : { label: common.common.retry, onRetry: () => void failed.refetch() };
      return renderError(errorText(error, common), retry);
    }
    if (!pipeline?.data || !deals?.data) return renderSkeleton(common.common.loading, 6);
    // The cache, not the observer's last notice: the observer hears of a write a task later, and
    // a save that just settled must not show the deal where it was for a frame.
    const page = client.queryClient.getQueryData<Page<Deal>>(pipelineDealsQuery(client, this.shownPipelineId).queryKey) ?? deals.data;
    return this.#renderBoard(pipeline.data, page);
  }

  protected override render(): TemplateResult {
    return html`${this.#renderState()}
      <div class="visually-hidden" aria-live="assertive" aria-atomic="true">${this._announcement}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-pipeline-board': CrmPipelineBoard;
  }
}
