import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';

export interface VirtualWindowOptions {
  /** Every row has this height in CSS pixels; a fixed height is what makes windowing O(1). */
  readonly rowHeight: number;
  /** Rows rendered beyond each edge of the viewport, so a fast scroll never shows a gap. */
  readonly overscan?: number;
}

export interface RenderOptions<T> {
  /** A stable key per item (its id), so rows follow their item when the list changes order. */
  readonly key?: (item: T) => unknown;
  /** Index of a row to render even when it is scrolled out of view. */
  readonly keep?: number;
}

/**
 * Renders only the rows of a long list that are in view (plus a margin), inside a scroll
 * container the host provides: 5,000 activities cost the DOM of about twenty. The host wires
 * `onScroll` to its scroll container's `scroll` event and calls `render()` inside it.
 */
export class VirtualWindow {
  readonly #host: ReactiveControllerHost;
  readonly #rowHeight: number;
  readonly #overscan: number;
  #scrollTop = 0;
  // Until the container is measured, assume it is at most as tall as the window.
  #viewportHeight = globalThis.innerHeight || 800;
  #first = 0;

  constructor(host: ReactiveControllerHost, options: VirtualWindowOptions) {
    this.#host = host;
    this.#rowHeight = options.rowHeight;
    this.#overscan = options.overscan ?? 4;
  }

  readonly onScroll = (event: Event): void => {
    const viewport = event.currentTarget as HTMLElement;
    this.#scrollTop = viewport.scrollTop;
    this.#viewportHeight = viewport.clientHeight;
    const first = this.#firstIndex();
    if (first !== this.#first) {
      this.#first = first;
      this.#host.requestUpdate();
    }
  };

  /**
   * The rows in view: `renderRow` gets each item with its index in the whole list. Each row is
   * placed on its own, so a row can move without being rebuilt: give `key` (an id) and a row that
   * changes place keeps its DOM, focus included. `keep` names a row to render even when out of
   * view (the focused one: removing it would drop focus).
   */
  render<T>(items: readonly T[], renderRow: (item: T, index: number) => TemplateResult, options: RenderOptions<T> = {}): TemplateResult {
    const first = Math.min(this.#firstIndex(), Math.max(0, items.length - 1));
    const visible = Math.ceil(this.#viewportHeight / this.#rowHeight) + 2 * this.#overscan;
    const indices: number[] = [];
    for (let index = first; index < Math.min(items.length, first + visible); index++) indices.push(index);
    const { keep, key } = options;
    if (keep !== undefined && keep < items.length && (keep < first || keep >= first + visible)) indices.push(keep);
    return html`<div style="position: relative; height: ${items.length * this.#rowHeight}px">
      ${repeat(
        indices,
        (index) => (key ? key(items[index] as T) : index),
        (index) => html`<div style="position: absolute; inset: 0 0 auto 0; transform: translateY(${index * this.#rowHeight}px)">
          ${renderRow(items[index] as T, index)}
        </div>`,
      )}
    </div>`;
  }

  /**
   * Scrolls `viewport` just enough to show row `index` whole, and takes the new position at once,
   * so the row is rendered in the update this requests (a keyboard user's focus can move to it).
   */
  reveal(viewport: HTMLElement, index: number): void {
    const top = index * this.#rowHeight;
    const height = viewport.clientHeight;
    if (top < viewport.scrollTop) viewport.scrollTop = top;
    else if (top + this.#rowHeight > viewport.scrollTop + height) viewport.scrollTop = top + this.#rowHeight - height;
    this.#scrollTop = viewport.scrollTop;
    this.#viewportHeight = height;
    const first = this.#firstIndex();
    if (first !== this.#first) {
      this.#first = first;
      this.#host.requestUpdate();
    }
  }

  #firstIndex(): number {
    return Math.max(0, Math.floor(this.#scrollTop / this.#rowHeight) - this.#overscan);
  }
}
