import { html, type TemplateResult } from 'lit';
import type { BoardEditing } from './board-editing.js';
import { ClosedDealsList } from './closed-deals-list.js';
import { editingMessages } from './deal-editing.js';
import type { DealOutcome } from './deal-move.js';
import type { DealSaving } from './deal-saving.js';

/** What the board shows: its open deals by stage, or the won or the lost ones as a list. */
export type DealView = 'open' | DealOutcome;

const views: readonly DealView[] = ['open', 'won', 'lost'];

/**
 * The choice between the board of open deals and the lists of won and lost deals, as three
 * toggle buttons (each says whether it is pressed). The lists come with the board's part: as a
 * chunk of their own they would share lit and the widget base with the first load, and split
 * that into one more file (decision 0029); they read nothing until chosen.
 */
export class DealViews {
  #current: DealView = 'open';
  readonly #board: BoardEditing;
  readonly #list: ClosedDealsList;

  constructor(board: BoardEditing, saving: DealSaving) {
    this.#board = board;
    this.#list = new ClosedDealsList(board, saving);
  }

  get current(): DealView {
    return this.#current;
  }

  show(view: DealView): void {
    this.#current = view;
    this.#board.host.requestUpdate();
    this.#list.show(view === 'open' ? undefined : view);
  }

  render(): TemplateResult {
    const m = editingMessages(this.#board).closedView;
    const outcomes = this.#board.messages().outcomes;
    return html`<div part="deal-views" class="deal-views" role="group" aria-label=${m.label}>
      ${views.map(
        (view) => html`<button type="button" aria-pressed=${view === this.#current ? 'true' : 'false'} @click=${() => this.show(view)}>
          ${view === 'open' ? m.open : outcomes[view]}
        </button>`,
      )}
    </div>`;
  }

  /** The list of won or lost deals in place of the stages; `undefined` while the open deals show. */
  renderList(): TemplateResult | undefined {
    if (this.#current === 'open') return undefined;
    return this.#list.render();
  }
}
