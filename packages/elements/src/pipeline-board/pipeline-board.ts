import { ConflictError, isCrmError, type CrmError, type Deal, type DealUpdate, type DetailQueryKey, type ListQueryKey, type Page, type Pipeline } from '@rapport/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CrmElement } from '../base/crm-element.js';
import { errorText } from '../base/locale/error-text.js';
import { QueryController } from '../base/query-controller.js';
import { renderEmpty, renderError, renderSkeleton } from '../base/states.js';
import { memo } from '../base/memo.js';
import { VirtualWindow } from '../base/virtual-window.js';
import { AccountNames } from './account-names.js';
import { BoardModel, overWipLimit, type Drag } from './board-model.js';
import { renderBoardColumn } from './board-column.js';
import { BoardColumns, sumGroups, wonStageOf } from './board-columns.js';
import { renderBoardToolbar } from './board-toolbar.js';
import { cardAfterKey } from './card-focus.js';
import { renderCloseDialog, type CloseDraft } from './close-deal-dialog.js';
import { formatCompactTotals } from './compact-money.js';
import { CARD_ROW_HEIGHT, renderDealCard, type CardState } from './deal-card.js';
import { isFilterActive, type DealFilter } from './deal-filter.js';
import { closePatch, movePatch, withPatch, type DealOutcome } from './deal-move.js';
import type { DealSortKey } from './deal-order.js';
import { renderDragGhost, ghostTransform, type GhostPlace } from './drag-ghost.js';
import { isSlotKey, sameSlot, slotAfterKey, type DropSlot } from './drop-slot.js';
import { renderOutcomeZones } from './outcome-zones.js';
import { CrmDealCloseEvent, CrmDealClosedEvent, CrmDealMovedEvent, CrmDealMoveEvent, CrmDealMoveFailedEvent } from './pipeline-board.events.js';
import { pipelineBoardMessages, type PipelineBoardMessages, type Place } from './pipeline-board.messages.js';
import { pipelineBoardStyles } from './pipeline-board.styles.js';
import { pipelineDealsQuery } from './pipeline-deals-query.js';
import { PointerDrag, type Point } from './pointer-drag.js';
import { contains, rowAt, scrollNearEdges } from './pointer-geometry.js';

/** Where a pointer pressed a card, so the card under the pointer does not jump when it lifts. */
interface Press {
  readonly id: string;
  readonly offsetX: number;
  readonly offsetY: number;
  readonly width: number;
}

/** A pressed card being dragged, and where the pointer is now. */
interface Grab extends Press {
  point: Point;
}

function ghostPlace(grab: Grab): GhostPlace {
  return { x: grab.point.x - grab.offsetX, y: grab.point.y - grab.offsetY, width: grab.width };
}

/**
 * The sales pipeline (销售管理) as a board: a column per stage with its count, face value and
 * weighted forecast, and a card per open deal. Deals move by pointer (mouse, pen, touch) or from
 * the keyboard, every step announced; a move shows at once, and returns with the reason when it
 * cannot be saved. Closing a deal as won or lost asks for the reason. Columns render only the
 * cards in view, so 50,000 deals cost about what 500 do.
 *
 * @tag crm-pipeline-board
 * @summary A drag-and-drop board of a pipeline's open deals, with forecasts, WIP limits and filters.
 *
 * @csspart board - The whole board.
 * @csspart toolbar - Filters and order.
 * @csspart clear-filters - The button that clears every filter.
 * @csspart summary - The totals of every stage together.
 * @csspart notice - Why the last move or close did not happen.
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
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - Shown when there is nothing to show.
 * @csspart error - A failure to load.
 * @csspart retry-button - The retry button of a failure.
 *
 * @cssprop --crm-pipeline-board-height - Height of the columns (default 36rem).
 * @cssprop --crm-pipeline-board-column-width - Width of one column (default 18.5rem).
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
 */
export class CrmPipelineBoard extends CrmElement {
  static override styles = [...CrmElement.styles, pipelineBoardStyles];

  /** Id of the pipeline to show. */
  @property({ attribute: 'pipeline-id' }) accessor pipelineId = '';

  /** How deals are ordered within a stage: `rank` (the board's own order, rearranged by dragging) by default. */
  @property({ reflect: true }) accessor sort: DealSortKey = 'rank';

  /** Which deals are shown; the toolbar edits it, a host may set it. */
  @property({ attribute: false }) accessor filter: DealFilter = {};

  /** Names of the people who own deals, by id (`{"u-lin": "林静"}`); ids without a name show as they are. */
  @property({ attribute: 'owner-names', type: Object }) accessor ownerNames: Readonly<Record<string, string>> = {};

  /** Refuses moves into a stage that holds its WIP limit already; by default an exceeded limit is only shown. */
  @property({ type: Boolean, attribute: 'enforce-wip-limits' }) accessor enforceWipLimits = false;

  @state() private accessor _drag: Drag | undefined = undefined;
  /** Deals whose change is being saved, as they will be. */
  @state() private accessor _pending: ReadonlyMap<string, Deal> = new Map();
  @state() private accessor _notice: string | undefined = undefined;
  @state() private accessor _closing: CloseDraft | undefined = undefined;

  /** The card of each stage that Tab reaches. */
  readonly #tabStops = new Map<string, string>();
  readonly #windows = new Map<string, VirtualWindow>();
  readonly #columns = new BoardColumns();
  readonly #collator = memo((locale: string) => new Intl.Collator(locale));
  /** Owners of the loaded deals, in the order first met. */
  readonly #ownerIds = memo((deals: readonly Deal[]) => [...new Set(deals.flatMap((deal) => (deal.ownerId ? [deal.ownerId] : [])))]);
  /** What was last rendered: the keyboard and the pointer act on what the user sees. */
  #shown: BoardModel | undefined;
  #pressed: Press | undefined;
  #grab: Grab | undefined;
  #focusAfterUpdate: string | undefined;
  /** What the live region says; every change to it comes with a re-render of its own. */
  #announcement = '';

  /** Carries the board's states (`:state(wip-exceeded)`) for the page's styles. */
  readonly #internals = this.attachInternals();

  readonly #messagePack = this.i18n.use(pipelineBoardMessages);

  readonly #pipeline = new QueryController<Pipeline, CrmError, DetailQueryKey<'pipelines'>>(this, () => {
    const client = this.activeClient;
    return client && this.pipelineId ? { queryClient: client.queryClient, options: client.pipelines.detailQuery(this.pipelineId) } : undefined;
  });

  readonly #deals = new QueryController<Page<Deal>, CrmError, ListQueryKey<'deals'>>(this, () => {
    const client = this.activeClient;
    return client && this.pipelineId ? { queryClient: client.queryClient, options: pipelineDealsQuery(client, this.pipelineId) } : undefined;
  });

  readonly #accounts = new AccountNames(this, () => this.activeClient);

  readonly #pointer = new PointerDrag(this, {
    canLift: (event) => {
      const card = (event.target as Element | null)?.closest?.<HTMLElement>('[data-deal-id]');
      const id = card?.dataset['dealId'];
      if (!card || id === undefined || this._drag || this._closing || this._pending.has(id)) return false;
      const rect = card.getBoundingClientRect();
      this.#pressed = { id, offsetX: event.clientX - rect.left, offsetY: event.clientY - rect.top, width: rect.width };
      return true;
    },
    lift: (point) => {
      const pressed = this.#pressed;
      const found = pressed && this.#locate(pressed.id);
      if (!pressed || !found) return;
      this.#grab = { ...pressed, point };
      this.#lift(found.deal, found.stageId, found.index, 'pointer');
    },
    move: (point) => this.#pointerMove(point),
    drop: (point) => {
      const target = this.#slotAt(point);
      if (!target) {
        this.#cancelDrag();
        return;
      }
      if (this._drag) this._drag = { ...this._drag, target };
      this.#drop();
    },
    cancel: () => this.#cancelDrag(),
    autoScroll: (point) =>
      scrollNearEdges(this.renderRoot.querySelector<HTMLElement>('.columns'), this.renderRoot.querySelectorAll<HTMLElement>('.cards'), point),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pipelineId')) {
      this.#tabStops.clear();
      this.#windows.clear();
      this._drag = undefined;
      this._notice = undefined;
    }
  }

  protected override updated(): void {
    const exceeded = this.#shown?.columns.some(overWipLimit) ?? false;
    if (exceeded) this.#internals.states.add('wip-exceeded');
    else this.#internals.states.delete('wip-exceeded');
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.close-dialog');
    if (dialog && !dialog.open) {
      dialog.showModal();
      dialog.querySelector('textarea')?.focus();
    }
    const focusId = this.#focusAfterUpdate;
    if (focusId !== undefined && !dialog) {
      this.#focusAfterUpdate = undefined;
      this.#cardElement(focusId)?.focus({ preventScroll: true });
    }
  }

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    const drag = this._drag;
    if (drag?.mode === 'keyboard') {
      this.#keyboardDragKey(event, drag);
      return;
    }
    const id = cardIdOf(event);
    const found = id === undefined ? undefined : this.#locate(id);
    const shown = this.#shown;
    if (!found || !shown || drag) return;
    const { deal, stageId, index } = found;
    if (event.key === ' ') {
      event.preventDefault();
      if (this._pending.has(deal.id)) this.#announce(this.#messages.drag.busy(deal.name));
      else this.#lift(deal, stageId, index, 'keyboard');
      return;
    }
    const stageIds = shown.columns.map((column) => column.stage.id);
    const lengths = stageIds.map((id) => shown.deals.get(id)?.length ?? 0);
    const next = cardAfterKey(event.key, { column: stageIds.indexOf(stageId), index }, lengths);
    if (!next) return;
    event.preventDefault();
    this.#focusCard(stageIds[next.column] ?? stageId, next.index);
  };

  #keyboardDragKey(event: KeyboardEvent, drag: Drag): void {
    const m = this.#messages;
    if (isSlotKey(event.key)) {
      event.preventDefault();
      if ((event.key === 'ArrowUp' || event.key === 'ArrowDown') && this.sort !== 'rank') {
        this.#announce(m.drag.sortedColumn(m.toolbar.sorts[this.sort]));
        return;
      }
      const target = slotAfterKey(event.key, drag.target, this.#shown?.slotColumns(drag.deal) ?? [], this.sort === 'rank');
      if (!sameSlot(target, drag.target)) this.#retarget(target);
      else this.#announceTarget();
    } else if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      this.#drop();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.#cancelDrag();
    } else if (event.key === 'Tab') {
      // Focus leaving the board with a deal in hand would leave it nowhere: put it back first.
      this.#cancelDrag();
    }
  }

  #lift(deal: Deal, stageId: string, index: number, mode: Drag['mode']): void {
    this._notice = undefined;
    this._drag = { mode, deal, origin: { stageId, index }, target: { kind: 'stage', stageId, index } };
    this.#focusAfterUpdate = mode === 'keyboard' ? deal.id : undefined;
    const place = this.#placeOf(stageId, index, this.#shown?.deals.get(stageId)?.length ?? 1);
    this.#announce(this.#messages.drag.lifted(deal.name, place));
  }

  #retarget(target: DropSlot): void {
    const drag = this._drag;
    if (!drag) return;
    this._drag = { ...drag, target };
    if (target.kind === 'stage') this.#reveal(target.stageId, target.index);
    if (drag.mode === 'keyboard') this.#focusAfterUpdate = drag.deal.id;
    this.#announceTarget();
  }

  #announceTarget(): void {
    const drag = this._drag;
    if (!drag) return;
    const m = this.#messages;
    const { target, deal } = drag;
    if (target.kind === 'outcome') {
      this.#announce(m.drag.overOutcome(deal.name, m.outcomes[target.outcome]));
      return;
    }
    const size = (this.#shown?.dealsWithout(target.stageId, deal) ?? []).length + 1;
    const refusal = this.#wipRefusal(target.stageId, deal);
    this.#announce([m.drag.over(deal.name, this.#placeOf(target.stageId, target.index, size)), refusal].filter(Boolean).join(' '));
  }

  #cancelDrag(): void {
    const drag = this._drag;
    if (!drag) return;
    this._drag = undefined;
    this.#grab = undefined;
    this.#focusAfterUpdate = drag.mode === 'keyboard' ? drag.deal.id : undefined;
    const size = (this.#shown?.dealsWithout(drag.origin.stageId, drag.deal) ?? []).length + 1;
    this.#announce(this.#messages.drag.cancelled(drag.deal.name, this.#placeOf(drag.origin.stageId, drag.origin.index, size)));
  }

  #drop(): void {
    const drag = this._drag;
    const shown = this.#shown;
    if (!drag || !shown) return;
    this._drag = undefined;
    this.#grab = undefined;
    const { deal, target } = drag;
    const m = this.#messages;
    if (target.kind === 'outcome') {
      this._closing = { deal, outcome: target.outcome, reason: '', missingReason: false };
      this.#focusAfterUpdate = deal.id;
      return;
    }
    if (drag.mode === 'keyboard') this.#focusAfterUpdate = deal.id;
    const others = shown.dealsWithout(target.stageId, deal);
    const place = this.#placeOf(target.stageId, target.index, others.length + 1);
    const refusal = this.#wipRefusal(target.stageId, deal);
    if (refusal) {
      this._notice = refusal;
      this.#announce(refusal);
      return;
    }
    const rank = shown.rankAt(target.stageId, target.index, deal);
    const patch = movePatch(deal, target.stageId, rank, this.#now());
    if (Object.keys(patch).length === 0) {
      this.#announce(m.drag.dropped(deal.name, place));
      return;
    }
    const detail = { deal, fromStageId: deal.stageId, toStageId: target.stageId, toIndex: target.index, patch };
    if (!this.dispatchEvent(new CrmDealMoveEvent(detail))) {
      this.#announce(m.drag.vetoed(deal.name));
      return;
    }
    this.#tabStops.set(target.stageId, deal.id);
    this.#announce(m.drag.dropped(deal.name, place));
    void this.#save(deal, patch, (saved) => this.dispatchEvent(new CrmDealMovedEvent({ deal: saved, previous: deal })), m.failure.move);
  }

  readonly #onCloseConfirm = (): void => {
    const draft = this._closing;
    const pipeline = this.#shown?.pipeline;
    if (!draft || !pipeline) return;
    if (draft.outcome === 'lost' && !draft.reason.trim()) {
      this._closing = { ...draft, missingReason: true };
      return;
    }
    const { deal, outcome, reason } = draft;
    this._closing = undefined;
    const m = this.#messages;
    if (!this.dispatchEvent(new CrmDealCloseEvent({ deal, outcome, reason: reason.trim() }))) {
      this.#announce(m.drag.vetoed(deal.name));
      return;
    }
    this.#focusAfterUpdate = this.#neighbourOf(deal);
    const patch = closePatch(deal, outcome, reason, this.#now(), wonStageOf(pipeline)?.id);
    void this.#save(
      deal,
      patch,
      (saved) => {
        this.#announce(m.close.closed(deal.name, m.outcomes[outcome]));
        this.dispatchEvent(new CrmDealClosedEvent({ deal: saved, outcome }));
      },
      m.failure.close,
    );
  };

  readonly #onCloseCancel = (): void => {
    this.#focusAfterUpdate = this._closing?.deal.id;
    this._closing = undefined;
  };

  /**
   * Shows `deal` as `patch` makes it while the save is on its way. A failed save is undone by the
   * client; the board then shows the deal where it was, and says why.
   */
  async #save(deal: Deal, patch: DealUpdate, onSaved: (saved: Deal) => void, failureText: PipelineBoardMessages['failure']['move']): Promise<void> {
    const client = this.activeClient;
    if (!client) return;
    this._pending = new Map(this._pending).set(deal.id, withPatch(deal, patch));
    try {
      const saved = await client.deals.update(deal.id, patch, { expectedVersion: deal.version });
      onSaved(saved);
    } catch (error) {
      const reason = errorText(error, this.i18n.messages);
      this._notice = failureText(deal.name, reason);
      this.#announce(this._notice);
      if (isCrmError(error)) this.dispatchEvent(new CrmDealMoveFailedEvent({ deal, error }));
      // Someone else's change won: load it, so the board shows the deal as it now is.
      if (error instanceof ConflictError) void this.#deals.refetch();
    } finally {
      const pending = new Map(this._pending);
      pending.delete(deal.id);
      this._pending = pending;
    }
  }

  #pointerMove(point: Point): void {
    const grab = this.#grab;
    const drag = this._drag;
    if (!grab || !drag) return;
    grab.point = point;
    const ghost = this.renderRoot.querySelector<HTMLElement>('.ghost');
    if (ghost) ghost.style.transform = ghostTransform(ghostPlace(grab));
    const target = this.#slotAt(point);
    if (target && !sameSlot(target, drag.target)) this.#retarget(target);
  }

  /** The slot under a pointer: an outcome zone, or the place in the column under it. */
  #slotAt(point: Point): DropSlot | undefined {
    const drag = this._drag;
    if (!drag) return undefined;
    for (const zone of this.renderRoot.querySelectorAll<HTMLElement>('[data-outcome]')) {
      if (contains(zone.getBoundingClientRect(), point)) return { kind: 'outcome', outcome: zone.dataset['outcome'] as DealOutcome };
    }
    for (const column of this.renderRoot.querySelectorAll<HTMLElement>('.column')) {
      const rect = column.getBoundingClientRect();
      if (point.x < rect.left || point.x > rect.right) continue;
      const stageId = column.dataset['stageId'] ?? '';
      const others = this.#shown?.dealsWithout(stageId, drag.deal) ?? [];
      if (this.sort !== 'rank') return { kind: 'stage', stageId, index: this.#shown?.sortedIndex(stageId, drag.deal, others) ?? 0 };
      const list = column.querySelector<HTMLElement>('.cards');
      return list ? { kind: 'stage', stageId, index: rowAt(list, point, CARD_ROW_HEIGHT, others.length) } : undefined;
    }
    return undefined;
  }

  /** Moves focus to a card of a stage (clamped to its ends), scrolling it into view first. */
  #focusCard(stageId: string, index: number): void {
    const deals = this.#shown?.deals.get(stageId) ?? [];
    const at = Math.min(Math.max(0, index), deals.length - 1);
    const deal = deals[at];
    if (!deal) return;
    this.#tabStops.set(stageId, deal.id);
    this.#reveal(stageId, at);
    this.#focusAfterUpdate = deal.id;
    this.requestUpdate();
  }

  #reveal(stageId: string, index: number): void {
    const list = this.renderRoot.querySelector<HTMLElement>(`.column[data-stage-id="${CSS.escape(stageId)}"] .cards`);
    if (list) this.#windowOf(stageId).reveal(list, index);
  }

  #cardElement(dealId: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`.columns [data-deal-id="${CSS.escape(dealId)}"]`);
  }

  #locate(dealId: string): ReturnType<BoardModel['locate']> {
    return this.#shown?.locate(dealId);
  }

  /** The card to focus once `deal` leaves the board: the next one in its stage, else the one before. */
  #neighbourOf(deal: Deal): string | undefined {
    const neighbour = this.#shown?.neighbourOf(deal.id);
    if (neighbour) this.#tabStops.set(neighbour.stageId, neighbour.deal.id);
    return neighbour?.deal.id;
  }

  /** Why a drop of `deal` into the stage would be refused, or `undefined` when it would not. */
  #wipRefusal(stageId: string, deal: Deal): string | undefined {
    const stage = this.#shown?.wipRefusal(stageId, deal, this.enforceWipLimits);
    return stage && this.#messages.drag.wipRefused(stage.name, this.i18n.format.number(stage.wipLimit ?? 0));
  }

  #placeOf(stageId: string, index: number, size: number): Place {
    const stage = this.#shown?.stage(stageId);
    const format = this.i18n.format;
    return { stage: stage?.name ?? stageId, position: format.number(index + 1), size: format.number(size) };
  }

  #announce(text: string): void {
    // The same words twice in a row would not be read again: a trailing space makes them new.
    this.#announcement = text === this.#announcement ? `${text}\u00a0` : text;
    this.requestUpdate();
  }

  #windowOf(stageId: string): VirtualWindow {
    let window = this.#windows.get(stageId);
    if (!window) {
      window = new VirtualWindow(this, { rowHeight: CARD_ROW_HEIGHT, overscan: 3 });
      this.#windows.set(stageId, window);
    }
    return window;
  }

  #collatorFor(): Intl.Collator {
    return this.#collator(this.i18n.locale);
  }

  /** Owners of the loaded deals, named where the host gave names, in name order. */
  #ownerOptions(deals: readonly Deal[]): Array<readonly [string, string]> {
    const collator = this.#collatorFor();
    return this.#ownerIds(deals).map((id) => [id, this.ownerNames[id] ?? id] as const).sort((a, b) => collator.compare(a[1], b[1]));
  }

  #now(): Date {
    return this.activeClient?.now() ?? new Date();
  }

  get #messages(): PipelineBoardMessages {
    return this.i18n.pick(this.#messagePack);
  }

  #cardState(deal: Deal): CardState {
    const drag = this._drag;
    if (drag?.deal.id === deal.id) {
      if (drag.target.kind === 'outcome') return 'leaving';
      return drag.mode === 'pointer' ? 'placeholder' : 'lifted';
    }
    return this._pending.has(deal.id) ? 'saving' : 'resting';
  }

  #renderColumns(shown: BoardModel, currency: string): TemplateResult {
    const m = this.#messages;
    const format = this.i18n.format;
    const nowMs = this.#now().getTime();
    const drag = this._drag;
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
      @pointerdown=${this.#pointer.onPointerDown}
    >
      ${shown.columns.map((column, columnIndex) => {
        const stage = column.stage;
        const deals = shown.deals.get(stage.id) ?? [];
        const stopId = this.#tabStops.get(stage.id);
        const found = stopId === undefined ? -1 : deals.findIndex((deal) => deal.id === stopId);
        const tabStop = deals.length === 0 ? -1 : found >= 0 ? found : 0;
        const dropTarget = drag?.target.kind === 'stage' && drag.target.stageId === stage.id;
        return renderBoardColumn({
          column,
          deals,
          headingId: `stage-${columnIndex}`,
          currency,
          window: this.#windowOf(stage.id),
          tabStop,
          dropTarget,
          refusesDrop: dropTarget && drag !== undefined && this.#wipRefusal(stage.id, drag.deal) !== undefined,
          filtered,
          format,
          messages: m,
          renderCard: (deal, index) =>
            renderDealCard({
              deal,
              stageProbability: stage.probability,
              accountName: deal.accountId ? this.#accounts.nameOf(deal.accountId) : undefined,
              ownerName: deal.ownerId ? (this.ownerNames[deal.ownerId] ?? deal.ownerId) : undefined,
              nowMs,
              format,
              messages: m,
              state: this.#cardState(deal),
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
    const columns = this.#columns.columns({
      pipeline,
      deals: page.items,
      pending: this._pending,
      filter: this.filter,
      sort: this.sort,
      collator: this.#collatorFor(),
    });
    const shown = new BoardModel(pipeline, columns, this._drag, this.sort, this.#collatorFor());
    this.#shown = shown;
    const total = sumGroups(columns.map((column) => column.summary));
    const filtered = isFilterActive(this.filter);
    return html`<section part="board" class="board ${this._drag ? 'dragging' : ''}" aria-label=${m.boardLabel(pipeline.name)}>
      ${renderBoardToolbar({
        filter: this.filter,
        sort: this.sort,
        owners: this.#ownerOptions(page.items),
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
      <p part="summary" class="summary">
        <strong>${m.allStages}</strong>
        <span>${m.deals(format.number(total.count))}</span>
        <span>${m.total} ${formatCompactTotals(total.amount, pipeline.currency, format.locale)}</span>
        <span>${m.weighted} ${formatCompactTotals(total.weighted, pipeline.currency, format.locale)}</span>
        ${filtered ? html`<span class="filtered">${m.filtered}</span>` : nothing}
      </p>
      ${this.#renderColumns(shown, pipeline.currency)}
      ${renderOutcomeZones(m, this._drag !== undefined, this._drag?.target.kind === 'outcome' ? this._drag.target.outcome : undefined)}
      <p id="drag-instructions" class="visually-hidden">${m.drag.instructions}</p>
      ${this._drag?.mode === 'pointer' && this.#grab ? renderDragGhost(this._drag.deal, ghostPlace(this.#grab), format) : nothing}
      ${this._closing
        ? renderCloseDialog({
            draft: this._closing,
            messages: m,
            cancelLabel: this.i18n.messages.common.cancel,
            onReason: (reason) => {
              if (this._closing) this._closing = { ...this._closing, reason };
            },
            onConfirm: this.#onCloseConfirm,
            onCancel: this.#onCloseCancel,
          })
        : nothing}
    </section>`;
  }

  #renderState(): TemplateResult {
    const m = this.#messages;
    const common = this.i18n.messages;
    const client = this.activeClient;
    if (!client) return renderError(m.noClient);
    if (!this.pipelineId) return renderEmpty(m.noPipeline);
    const pipeline = this.#pipeline.result;
    const deals = this.#deals.result;
    const failed = pipeline?.isError ? { error: pipeline.error, controller: this.#pipeline } : deals?.isError ? { error: deals.error, controller: this.#deals } : undefined;
    if (failed) {
      const retry = failed.error.kind === 'not-found' ? undefined : { label: common.common.retry, onRetry: () => void failed.controller.refetch() };
      return renderError(errorText(failed.error, common), retry);
    }
    if (!pipeline?.data || !deals?.data) return renderSkeleton(common.common.loading, 6);
    // The cache, not the observer's last notice: the observer hears of a write a task later, and
    // a save that just settled must not show the deal where it was for a frame.
    const page = client.queryClient.getQueryData<Page<Deal>>(pipelineDealsQuery(client, this.pipelineId).queryKey) ?? deals.data;
    return this.#renderBoard(pipeline.data, page);
  }

  protected override render(): TemplateResult {
    return html`${this.#renderState()}
      <div class="visually-hidden" aria-live="assertive" aria-atomic="true">${this.#announcement}</div>`;
  }
}

function cardIdOf(event: Event): string | undefined {
  const card = (event.target as Element | null)?.closest?.<HTMLElement>('[data-deal-id]');
  return card?.dataset['dealId'];
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-pipeline-board': CrmPipelineBoard;
  }
}
