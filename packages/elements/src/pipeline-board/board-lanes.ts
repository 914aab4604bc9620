import type { Deal } from '@rapport/core';
import type { TemplateResult } from 'lit';
import type { MemberDirectory } from '../base/member-directory.js';
import type { VirtualWindow } from '../base/virtual-window.js';
import type { AccountNames } from './account-names.js';
import type { BoardDragController } from './board-drag-controller.js';
import type { BoardEditing } from './board-editing.js';
import type { BoardColumn } from './board-columns.js';
import type { BoardModel, DealPlace } from './board-model.js';
import type { LaneKit } from './lane-kit.js';
import { LaneGrouping, laneIdOf, type BoardSwimlanes, type Lane } from './lane-grouping.js';
import { LANE_CELL_ROWS, LANE_GAP, LANE_HEADER_HEIGHT, laneCellsHeight, lanesInView } from './lane-layout.js';

type LaneKey = Exclude<BoardSwimlanes, 'none'>;

/**
 * The board in swimlanes (`swimlanes="owner"` or `"account"`): a row per owner or account across
 * the stages, each with its name, count and total and a button that collapses it, and in each
 * row a cell per stage whose cards are windowed. A deal held moves between the stages of its own
 * lane: the drag controller is handed that lane's model, so every question a move asks (where an
 * arrow leads, the rank between neighbours, the place announced) is asked of the lane. A chunk of
 * its own, fetched by the board's part (`LaneLoader`) once lanes are asked for: a board without
 * lanes never fetches it.
 */
export class BoardLanes {
  readonly #board: BoardEditing;
  /** The board's code the lanes use, handed in by the part (`lane-kit.ts` says why). */
  readonly #kit: LaneKit;
  /** Opens a deal as the board does: the host may open it its own way. */
  readonly #open: (deal: Deal) => void;
  readonly #grouping: LaneGrouping;
  /** Lane titles: owners as every widget names them (a host's `owner-names` winning), accounts by their name. */
  readonly #members: MemberDirectory;
  readonly #accounts: AccountNames;
  /** Collapsed lanes, by grouping and id, so each grouping keeps its own. */
  readonly #collapsed = new Set<string>();
  /** A window per cell, by lane and stage. */
  readonly #windows = new Map<string, VirtualWindow>();
  /** The card of each cell that Tab reaches, by lane and stage. */
  readonly #tabStops = new Map<string, string>();
  /** Each lane's model as last rendered, by lane id. */
  #models: ReadonlyMap<string, BoardModel> = new Map();
  /** The lane last acted in: the keyboard and the pointer move deals within it. */
  #active = '';
  /** The scrolled position and height of the lanes' view; the window's height until it is measured. */
  #view = { top: 0, height: globalThis.innerHeight || 800 };
  /** Each lane's height as last rendered, in order, and which of them showed their cards. */
  #heights: readonly number[] = [];
  #inView = '';
  #by: LaneKey = 'owner';
  #drag: BoardDragController | undefined;

  constructor(board: BoardEditing, open: (deal: Deal) => void, kit: LaneKit) {
    this.#board = board;
    this.#open = open;
    this.#kit = kit;
    kit.adoptViewStyles(board.host, [kit.boardLanesStyles]);
    this.#grouping = new LaneGrouping(kit);
    this.#members = new kit.MemberDirectory(board.host, { client: board.client, overrides: () => board.host.ownerNames });
    this.#accounts = new kit.AccountNames(board.host, board.client);
  }

  /** Whether the board shows lanes now. */
  get showing(): boolean {
    return this.#board.host.swimlanes !== 'none';
  }

  /** Takes the part's drag controller, whose drops it keeps to the cells of the lane acted in. */
  attach(drag: BoardDragController): BoardDragController {
    this.#drag = drag;
    drag.cells = () => (this.showing ? `.lane[data-lane-id="${CSS.escape(this.#active)}"] .lane-cell` : '.column');
    return drag;
  }

  /** Scrolls the cell of the lane acted in to place `index` of a stage (where a held deal goes). */
  reveal(stageId: string, index: number): void {
    this.#reveal(this.#active, stageId, index);
  }

  /** Scrolls a card's cell to it, before it takes focus. */
  revealCard(card: DealPlace): void {
    this.#reveal(laneIdOf(card.deal, this.#by), card.stageId, card.index);
  }

  /** The lane acted in, as saving a move or a close asks of the board; `undefined` while no lanes show. */
  shown(): BoardModel | undefined {
    return this.showing ? this.#models.get(this.#active) : undefined;
  }

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    this.#steer(event);
    this.#drag?.onKeyDown(event);
  };

  readonly #onPointerDown = (event: PointerEvent): void => {
    this.#steer(event);
    this.#drag?.onPointerDown(event);
  };

  /** A click on a card (a press that did not become a drag) opens its deal. */
  readonly #onClick = (event: MouseEvent): void => {
    const drag = this.#drag;
    if (drag?.drag || drag?.dropping) return;
    const found = this.#board.shown()?.locate(this.#kit.cardOf(event)?.dataset['dealId'] ?? '');
    if (found) this.#open(found.deal);
  };

  /** The card focused last is its cell's Tab stop, and its lane the one the keys act in. */
  readonly #onFocusIn = (event: FocusEvent): void => {
    const card = this.#kit.cardOf(event);
    const lane = card?.closest<HTMLElement>('.lane')?.dataset['laneId'];
    const stageId = card?.closest<HTMLElement>('.lane-cell')?.dataset['stageId'];
    if (!card || lane === undefined || stageId === undefined) return;
    this.#active = lane;
    this.#aim();
    const key = cellKey(lane, stageId);
    if (this.#tabStops.get(key) === card.dataset['dealId']) return;
    this.#tabStops.set(key, card.dataset['dealId'] ?? '');
    this.#board.host.requestUpdate();
  };

  /** Lanes scrolled into view render their cells. */
  readonly #onScroll = (event: Event): void => {
    const root = event.currentTarget as HTMLElement;
    this.#view = { top: root.scrollTop, height: root.clientHeight };
    if (lanesInView(this.#heights, this.#view.top, this.#view.height).join() !== this.#inView) this.#board.host.requestUpdate();
  };

  /** Acts in the lane of the deal held, else of the card the event came from. */
  #steer(event: Event): void {
    const held = this.#drag?.drag?.deal;
    const lane = held ? laneIdOf(held, this.#by) : this.#kit.cardOf(event)?.closest<HTMLElement>('.lane')?.dataset['laneId'];
    if (lane !== undefined) this.#active = lane;
    this.#aim();
  }

  /** Hands the drag controller the model of the lane acted in. */
  #aim(): void {
    const model = this.#models.get(this.#active);
    if (this.#drag && model) this.#drag.shown = model;
  }

  #toggle(lane: string): void {
    const key = `${this.#by}:${lane}`;
    if (!this.#collapsed.delete(key)) this.#collapsed.add(key);
    // Cells shown again start at their top: their windows start afresh with them.
    for (const cell of this.#windows.keys()) if (cell.startsWith(cellKey(lane, ''))) this.#windows.delete(cell);
    this.#board.host.requestUpdate();
  }

  #reveal(lane: string, stageId: string, index: number): void {
    const list = this.#board.host.renderRoot.querySelector<HTMLElement>(
      `.lane[data-lane-id="${CSS.escape(lane)}"] .lane-cell[data-stage-id="${CSS.escape(stageId)}"] .cards`,
    );
    if (list) this.#windowOf(cellKey(lane, stageId)).reveal(list, index);
  }

  #windowOf(key: string): VirtualWindow {
    let window = this.#windows.get(key);
    if (!window) {
      window = new this.#kit.VirtualWindow(this.#board.host, { rowHeight: this.#kit.CARD_ROW_HEIGHT, overscan: 1 });
      // Until the cell is scrolled, the window takes the cell's full height as its view, not the page's.
      window.onScroll({ currentTarget: { scrollTop: 0, clientHeight: LANE_CELL_ROWS * this.#kit.CARD_ROW_HEIGHT } } as unknown as Event);
      this.#windows.set(key, window);
    }
    return window;
  }

  #laneName(lane: Lane): string {
    const m = this.#kit.editingMessages(this.#board).lanes;
    if (this.#by === 'owner') return lane.id ? this.#members.nameOf(lane.id) : m.noOwner;
    return lane.id ? (this.#accounts.nameOf(lane.id) ?? this.#board.i18n.messages.common.loading) : m.noAccount;
  }

  #renderStage(column: BoardColumn, currency: string): TemplateResult {
    const { html, nothing, overWipLimit, formatCompactTotals } = this.#kit;
    const m = this.#board.messages();
    const format = this.#board.i18n.format;
    const { stage, summary } = column;
    return html`<div part="column-header" class="lane-stage">
      <h3 class="stage-name">${stage.name}</h3>
      <span class="count">${m.deals(summary.count, format.number(summary.count))}</span>
      <span class="count">${m.total} ${formatCompactTotals(summary.amount, currency, format.locale)}</span>
      ${stage.wipLimit === undefined
        ? nothing
        : html`<span part="wip" class="wip" data-exceeded=${overWipLimit(column) ? '' : nothing}>
            ${overWipLimit(column) ? m.wipOver(format.number(column.openCount), format.number(stage.wipLimit)) : m.wipLimit(format.number(stage.wipLimit))}
          </span>`}
    </div>`;
  }

  #renderCell(lane: Lane, name: string, model: BoardModel, column: BoardColumn, pending: ReadonlyMap<string, Deal>, nowMs: number): TemplateResult {
    const { html, nothing, renderDealCard, isIdleIn } = this.#kit;
    const m = this.#board.messages();
    const format = this.#board.i18n.format;
    const stage = column.stage;
    const deals = model.deals.get(stage.id) ?? [];
    const key = cellKey(lane.id, stage.id);
    const window = this.#windowOf(key);
    const stopId = this.#tabStops.get(key);
    const found = stopId === undefined ? -1 : deals.findIndex((deal) => deal.id === stopId);
    const tabStop = deals.length === 0 ? -1 : Math.max(found, 0);
    const drag = model.drag;
    const dropTarget = drag?.target.kind === 'stage' && drag.target.stageId === stage.id;
    const refuses = dropTarget && model.wipRefusal(stage.id, drag.deal) !== undefined;
    return html`<div class="lane-cell ${dropTarget ? 'drop-target' : ''} ${refuses ? 'refuses-drop' : ''}" data-stage-id=${stage.id}>
      <div
        part="cards"
        class="cards"
        role=${deals.length ? 'list' : nothing}
        aria-label=${deals.length ? this.#kit.editingMessages(this.#board).lanes.cell(name, stage.name) : nothing}
        @scroll=${window.onScroll}
      >
        ${deals.length
          ? window.render(
              deals,
              (deal, index) =>
                renderDealCard({
                  deal,
                  stageProbability: stage.probability,
                  accountName: this.#by === 'account' || !deal.accountId ? undefined : this.#accounts.nameOf(deal.accountId),
                  ownerName: this.#by === 'owner' || !deal.ownerId ? undefined : this.#members.nameOf(deal.ownerId),
                  nowMs,
                  format,
                  messages: m,
                  state: model.cardState(deal, pending.has(deal.id)),
                  idle: isIdleIn(stage, deal, nowMs),
                  tabStop: index === tabStop,
                  position: index + 1,
                  setSize: deals.length,
                }),
              { key: (deal) => deal.id, ...(tabStop >= 0 ? { keep: tabStop } : {}) },
            )
          : nothing}
      </div>
    </div>`;
  }

  #renderLane(lane: Lane, laneIndex: number, name: string, inView: boolean, pending: ReadonlyMap<string, Deal>, nowMs: number, currency: string): TemplateResult {
    const { html, nothing, formatCompactTotals } = this.#kit;
    const m = this.#board.messages();
    const format = this.#board.i18n.format;
    const model = this.#models.get(lane.id) as BoardModel;
    const collapsed = this.#collapsed.has(`${this.#by}:${lane.id}`);
    const height = `height: ${laneCellsHeight(this.#kit.CARD_ROW_HEIGHT, longestCell(model))}px`;
    const count = lane.summary.count;
    return html`<section part="lane" class="lane" data-lane-id=${lane.id} aria-labelledby="lane-${laneIndex}">
      <header part="lane-header" class="lane-header">
        <h3 class="lane-name">
          <button
            id="lane-${laneIndex}"
            type="button"
            class="lane-toggle"
            aria-expanded=${collapsed ? 'false' : 'true'}
            aria-controls=${collapsed ? nothing : `lane-${laneIndex}-cells`}
            @click=${() => this.#toggle(lane.id)}
          >
            ${name}
          </button>
        </h3>
        <span class="count">${m.deals(count, format.number(count))}</span>
        <span class="count">${m.total} <strong>${formatCompactTotals(lane.summary.amount, currency, format.locale)}</strong></span>
      </header>
      ${collapsed
        ? nothing
        : inView
          ? html`<div class="lane-cells" id="lane-${laneIndex}-cells" style=${height}>
              ${model.columns.map((column) => this.#renderCell(lane, name, model, column, pending, nowMs))}
            </div>`
          : html`<div class="lane-cells" id="lane-${laneIndex}-cells" style=${height}></div>`}
    </section>`;
  }

  /** The lanes of what the board shows; `pending` are the deals being saved. */
  render(shown: BoardModel, pending: ReadonlyMap<string, Deal>): TemplateResult {
    const { html, repeat, BoardModel } = this.#kit;
    const host = this.#board.host;
    const by: LaneKey = host.swimlanes === 'account' ? 'account' : 'owner';
    if (by !== this.#by) {
      this.#by = by;
      this.#windows.clear();
      this.#tabStops.clear();
    }
    const currency = shown.pipeline.currency;
    const drag = shown.drag;
    const dragLane = drag && laneIdOf(drag.deal, by);
    const named = this.#grouping.lanes(shown.pipeline, shown.columns, by).map((lane) => ({ lane, name: this.#laneName(lane) }));
    // By name; the deals with no owner (or account) last.
    named.sort((a, b) => Number(a.lane.id === '') - Number(b.lane.id === '') || shown.collator.compare(a.name, b.name));
    this.#models = new Map(
      named.map(({ lane }) => [lane.id, new BoardModel(shown.pipeline, lane.columns, lane.id === dragLane ? drag : undefined, shown.sort, shown.collator, host.enforceWipLimits)]),
    );
    this.#aim();
    this.#heights = named.map(({ lane }) =>
      LANE_HEADER_HEIGHT + LANE_GAP + (this.#collapsed.has(`${by}:${lane.id}`) ? 0 : laneCellsHeight(this.#kit.CARD_ROW_HEIGHT, longestCell(this.#models.get(lane.id) as BoardModel))),
    );
    const inView = lanesInView(this.#heights, this.#view.top, this.#view.height);
    this.#inView = inView.join();
    // The lane acted in keeps its cells, and with them the focused card.
    const rendered = new Set([...inView.map((index) => named[index]?.lane.id), this.#active, dragLane]);
    const nowMs = (this.#board.client()?.now() ?? new Date()).getTime();
    const filtered = this.#kit.isFilterActive(host.filter);
    return html`<div
      part="columns"
      class="columns lanes"
      role="group"
      aria-label=${this.#board.messages().stages}
      @keydown=${this.#onKeyDown}
      @pointerdown=${this.#onPointerDown}
      @click=${this.#onClick}
      @focusin=${this.#onFocusIn}
      @scroll=${this.#onScroll}
    >
      <div class="lane-stages">${shown.columns.map((column) => this.#renderStage(column, currency))}</div>
      ${named.length
        ? repeat(
            named,
            ({ lane }) => lane.id,
            ({ lane, name }, index) => this.#renderLane(lane, index, name, rendered.has(lane.id), pending, nowMs, currency),
          )
        : html`<p class="column-empty">${filtered ? this.#board.messages().noMatches : this.#board.messages().emptyColumn}</p>`}
    </div>`;
  }
}

/** The most cards any of a lane's cells holds. */
function longestCell(model: BoardModel): number {
  let longest = 0;
  for (const deals of model.deals.values()) longest = Math.max(longest, deals.length);
  return longest;
}

function cellKey(lane: string, stageId: string): string {
  return `${lane}\u0000${stageId}`;
}
