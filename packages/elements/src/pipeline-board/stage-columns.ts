import type { Stage } from '@rapport/core';
import { html, type TemplateResult } from 'lit';
import type { BoardEditing } from './board-editing.js';
import type { BoardColumn } from './board-columns.js';
import { editingMessages } from './deal-editing.js';

/**
 * The stages' columns as the user arranges them: a column collapsed to a narrow strip (its name
 * and count stay, its cards go), and, where the board's container fits one column at a time, the
 * choice of which stage to show, kept in step with a swipe through the columns.
 */
export class StageColumns {
  #collapsed: ReadonlySet<string> = new Set();
  /** The stage the row of columns is scrolled to, where one shows at a time. */
  #inView = '';
  readonly #board: BoardEditing;

  constructor(board: BoardEditing) {
    this.#board = board;
    // Scroll events do not bubble; a listener that captures hears the row's from the shadow root.
    board.host.renderRoot.addEventListener('scroll', this.#onScroll, { capture: true, passive: true });
  }

  get collapsed(): ReadonlySet<string> {
    return this.#collapsed;
  }

  /** The button in a stage's header that collapses or expands its column. */
  renderToggle(stage: Stage): TemplateResult {
    const m = editingMessages(this.#board).stageColumns;
    const collapsed = this.#collapsed.has(stage.id);
    return html`<button
      part="collapse"
      type="button"
      class="collapse"
      aria-expanded=${collapsed ? 'false' : 'true'}
      aria-label=${collapsed ? m.expand(stage.name) : m.collapse(stage.name)}
      @click=${() => this.#toggle(stage.id)}
    >
      ${collapsed ? '›' : '‹'}
    </button>`;
  }

  /** The choice of stage, shown only where the container fits one column at a time. */
  renderPicker(columns: readonly BoardColumn[]): TemplateResult {
    const board = this.#board;
    const m = board.messages();
    const format = board.i18n.format;
    // `.value` as well as `selected`: a select the user has changed no longer follows its options' attribute.
    const inView = columns.some((column) => column.stage.id === this.#inView) ? this.#inView : columns[0]?.stage.id;
    return html`<label part="stage-picker" class="field stage-picker">
      <span>${editingMessages(board).stageColumns.picker}</span>
      <select .value=${inView ?? ''} @change=${(event: Event) => this.#show((event.target as HTMLSelectElement).value)}>
        ${columns.map(
          ({ stage, summary }) =>
            html`<option value=${stage.id} ?selected=${stage.id === inView}>${stage.name} · ${m.deals(summary.count, format.number(summary.count))}</option>`,
        )}
      </select>
    </label>`;
  }

  #toggle(stageId: string): void {
    const collapsed = new Set(this.#collapsed);
    if (!collapsed.delete(stageId)) collapsed.add(stageId);
    this.#collapsed = collapsed;
    this.#board.host.requestUpdate();
  }

  /** Scrolls the row of columns to a stage's. */
  #show(stageId: string): void {
    this.#inView = stageId;
    const row = this.#board.host.renderRoot.querySelector<HTMLElement>('.columns');
    const column = row?.querySelector<HTMLElement>(`.column[data-stage-id="${CSS.escape(stageId)}"]`);
    if (row && column) row.scrollTo({ left: column.offsetLeft - row.offsetLeft, behavior: 'instant' });
  }

  readonly #onScroll = (event: Event): void => {
    const row = event.target as HTMLElement;
    if (!row.classList?.contains('columns')) return;
    const columns = [...row.querySelectorAll<HTMLElement>(':scope > .column')];
    const left = row.scrollLeft + row.offsetLeft;
    const nearest = columns.reduce<HTMLElement | undefined>((best, column) => (!best || Math.abs(column.offsetLeft - left) < Math.abs(best.offsetLeft - left) ? column : best), undefined);
    const stageId = nearest?.dataset['stageId'] ?? '';
    if (stageId && stageId !== this.#inView) {
      this.#inView = stageId;
      this.#board.host.requestUpdate();
    }
  };
}
