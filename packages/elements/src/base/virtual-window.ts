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
  /** Rows taller than the rest (an expanded one): extra CSS pixels by index; few, so positions stay cheap. */
  readonly taller?: ReadonlyMap<number, number>;
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
  /** The taller rows of the last render, by index in ascending order. */
  #taller: ReadonlyArray<readonly [number, number]> = [];

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
    const { keep, key, taller } = options;
    this.#taller = taller ? [...taller].filter(([index]) => index < items.length).sort(([a], [b]) => a - b) : [];
    const first = Math.min(this.#firstIndex(), Math.max(0, items.length - 1));
    const visible = Math.ceil(this.#viewportHeight / this.#rowHeight) + 2 * this.#overscan;
    const indices: number[] = [];
    for (let index = first; index < Math.min(items.length, first + visible); index++) indices.push(index);
    if (keep !== undefined && keep < items.length && (keep < first || keep >= first + visible)) indices.push(keep);
    return html`<div style="position: relative; height: ${this.#top(items.length)}px">
      ${repeat(
        indices,
        (index) => (key ? key(items[index] as T) : index),
        (index) => html`<div style="position: absolute; inset: 0 0 auto 0; transform: translateY(${this.#top(index)}px)">
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
    const top = this.#top(index);
    const bottom = this.#top(index + 1);
    const height = viewport.clientHeight;
    if (top < viewport.scrollTop) viewport.scrollTop = top;
    else if (bottom > viewport.scrollTop + height) viewport.scrollTop = Math.min(top, bottom - height);
    this.#scrollTop = viewport.scrollTop;
    this.#viewportHeight = height;
    const first = this.#firstIndex();
    if (first !== this.#first) {
      this.#first = first;
      this.#host.requestUpdate();
    }
  }

  /** Where row `index` starts: the rows before it, plus what the taller ones among them add. */
  #top(index: number): number {
    let top = index * this.#rowHeight;
    for (const [tall, extra] of this.#taller) {
      if (tall >= index) break;
      top += extra;
    }
    return top;
  }

  /** The row at `y` pixels from the top of the list. */
  #indexAt(y: number): number {
    let added = 0;
    for (const [tall, extra] of this.#taller) {
      const top = tall * this.#rowHeight + added;
      if (y < top) break;
      if (y < top + this.#rowHeight + extra) return tall;
      added += extra;
    }
    return Math.floor((y - added) / this.#rowHeight);
  }

  #firstIndex(): number {
    return Math.max(0, this.#indexAt(this.#scrollTop) - this.#overscan);
  }
}
