import { html, type TemplateResult } from 'lit';
import type { BoardEditing } from './board-editing.js';
import { CrmSwimlanesChangeEvent } from './board-lanes.events.js';
import { editingMessages } from './deal-editing.js';
import type { BoardSwimlanes } from './lane-grouping.js';

const choices: readonly BoardSwimlanes[] = ['none', 'owner', 'account'];

/** The toolbar's choice of swimlanes (none, by owner, by account): a native `<select>`, as the pipeline switcher. */
export function renderLaneChoice(board: BoardEditing): TemplateResult {
  const m = editingMessages(board).lanes;
  const host = board.host;
  const onChange = (event: Event): void => {
    host.swimlanes = (event.target as HTMLSelectElement).value as BoardSwimlanes;
    host.dispatchEvent(new CrmSwimlanesChangeEvent({ swimlanes: host.swimlanes }));
  };
  return html`<label part="swimlanes" class="field swimlanes">
    <span>${m.label}</span>
    <select @change=${onChange}>
      ${choices.map((choice) => html`<option value=${choice} ?selected=${host.swimlanes === choice}>${m.choices[choice]}</option>`)}
    </select>
  </label>`;
}
