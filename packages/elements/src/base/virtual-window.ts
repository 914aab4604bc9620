import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';

export interface VirtualWindowOptions {
  /** Every row has this height in CSS pixels; a fixed height is what makes windowing O(1). */
  readonly rowHeight: number;
  /** Rows rendered beyond each edge of the viewport, so a fast scroll never shows a gap. */
  readonly overscan?: number;
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

  /** The rows in view: `renderRow` gets each item with its index in the whole list. */
  render<T>(items: readonly T[], renderRow: (item: T, index: number) => TemplateResult): TemplateResult {
    const first = Math.min(this.#firstIndex(), Math.max(0, items.length - 1));
    const visible = Math.ceil(this.#viewportHeight / this.#rowHeight) + 2 * this.#overscan;
    const slice = items.slice(first, first + visible);
    return html`<div style="position: relative; height: ${items.length * this.#rowHeight}px">
      <div style="position: absolute; inset: 0 0 auto 0; transform: translateY(${first * this.#rowHeight}px)">
        ${slice.map((item, offset) => renderRow(item, first + offset))}
      </div>
    </div>`;
  }

  #firstIndex(): number {
    return Math.max(0, Math.floor(this.#scrollTop / this.#rowHeight) - this.#overscan);
  }
}
