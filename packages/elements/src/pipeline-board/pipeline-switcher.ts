import type { Pipeline } from '@rapport/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { BoardEditing } from './board-editing.js';
import { editingMessages } from './deal-editing.js';
import { CrmPipelineChangeEvent } from './pipeline-switcher.events.js';

/**
 * Chooses which of the tenant's pipelines a board without `pipeline-id` shows, by name, and
 * keeps the choice for the board (`shownPipelineId` reads it). A native `<select>`: reached by
 * Tab, changed from the keyboard, and read with its label everywhere.
 */
export class PipelineSwitcher {
  /** The pipeline last chosen here; empty until the user chooses one. */
  chosenId = '';
  readonly #board: BoardEditing;

  constructor(board: BoardEditing) {
    this.#board = board;
  }

  readonly #onChange = (event: Event): void => {
    this.chosenId = (event.target as HTMLSelectElement).value;
    this.#board.host.requestUpdate();
    this.#board.host.dispatchEvent(new CrmPipelineChangeEvent({ pipelineId: this.chosenId }));
  };

  /** The switcher, when there is more than one pipeline to choose from. */
  render(pipelines: readonly Pipeline[], shownId: string): TemplateResult | typeof nothing {
    if (pipelines.length < 2) return nothing;
    return html`<label part="pipeline-switcher" class="field pipeline-switcher">
      <span>${editingMessages(this.#board).pipelineSwitcher}</span>
      <select @change=${this.#onChange}>
        ${pipelines.map((pipeline) => html`<option value=${pipeline.id} ?selected=${pipeline.id === shownId}>${pipeline.name}</option>`)}
      </select>
    </label>`;
  }
}
