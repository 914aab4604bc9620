import { html, type TemplateResult } from 'lit';
import { ChunkLoader, renderPending } from '../base/chunk-loader.js';
import type { BoardEditing } from './board-editing.js';
import { boardPartChunks } from './board-part.chunks.js';
import type { ClosedDealsList } from './closed-deals-list.js';
import { closedKit } from './closed-kit.js';
import { editingMessages } from './deal-editing.js';
import type { DealOutcome } from './deal-move.js';
import type { DealSaving } from './deal-saving.js';

/** What the board shows: its open deals by stage, or the won or the lost ones as a list. */
export type DealView = 'open' | DealOutcome;

const views: readonly DealView[] = ['open', 'won', 'lost'];

/**
 * The choice between the board of open deals and the lists of won and lost deals, as three
 * toggle buttons (each says whether it is pressed). The lists are fetched the first time one is
 * chosen.
 */
export class DealViews {
  #current: DealView = 'open';
  readonly #board: BoardEditing;
  readonly #list: ChunkLoader<ClosedDealsList>;

  constructor(board: BoardEditing, saving: DealSaving) {
    this.#board = board;
    this.#list = new ChunkLoader(board.host, async () => new (await boardPartChunks.closed()).ClosedDealsList(board, saving, closedKit));
  }

  get current(): DealView {
    return this.#current;
  }

  show(view: DealView): void {
    this.#current = view;
    this.#board.host.requestUpdate();
    this.#list.use('show', (list) => list.show(view === 'open' ? undefined : view));
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
    return this.#list.value?.render() ?? renderPending(this.#list, this.#board.i18n.messages, 4);
  }
}
