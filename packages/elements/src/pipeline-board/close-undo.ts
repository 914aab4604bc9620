import type { Deal } from '@rapport/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { BoardEditing } from './board-editing.js';
import { editingMessages } from './deal-editing.js';
import type { DealOutcome } from './deal-move.js';

/** How long the Undo of a close stays offered. */
export const UNDO_MS = 8000;

interface Offer {
  /** The deal as it was before it closed. */
  readonly before: Deal;
  /** The deal as its close saved it. */
  readonly closed: Deal;
  readonly outcome: DealOutcome;
}

/**
 * The Undo offered for a few seconds after a deal closed from the board, as a toast under the
 * summary. It stays while it holds focus, so a keyboard user on its button is never dropped.
 */
export class CloseUndo {
  readonly #board: BoardEditing;
  readonly #reopen: (closed: Deal, before: Deal) => void;
  #offer: Offer | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(board: BoardEditing, reopen: (closed: Deal, before: Deal) => void) {
    this.#board = board;
    this.#reopen = reopen;
  }

  offer(before: Deal, closed: Deal, outcome: DealOutcome): void {
    this.#offer = { before, closed, outcome };
    this.#arm();
    this.#board.host.requestUpdate();
  }

  dismiss(): void {
    clearTimeout(this.#timer);
    this.#offer = undefined;
    this.#board.host.requestUpdate();
  }

  #arm(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      if (this.#board.host.shadowRoot?.activeElement?.closest('.undo-toast')) this.#arm();
      else this.dismiss();
    }, UNDO_MS);
  }

  readonly #onUndo = (): void => {
    const offer = this.#offer;
    this.dismiss();
    if (offer) this.#reopen(offer.closed, offer.before);
  };

  render(): TemplateResult | typeof nothing {
    const offer = this.#offer;
    if (!offer) return nothing;
    const m = editingMessages(this.#board);
    return html`<div part="undo" class="undo-toast" role="group" aria-label=${m.undo.label}>
      <span>${m.close.closed(offer.closed.name, this.#board.messages().outcomes[offer.outcome])}</span>
      <button type="button" @click=${this.#onUndo}>${m.undo.button}</button>
    </div>`;
  }
}
