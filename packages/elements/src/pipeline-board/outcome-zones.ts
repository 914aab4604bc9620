import { html, type TemplateResult } from 'lit';
import { outcomes, type DealOutcome } from './deal-move.js';
import type { PipelineBoardMessages } from './pipeline-board.messages.js';

/** The "won" and "lost" drop zones under the stages; `target` is the one a dragged deal is over. */
export function renderOutcomeZones(messages: PipelineBoardMessages, dragging: boolean, target: DealOutcome | undefined): TemplateResult {
  return html`<div part="outcomes" class="outcomes ${dragging ? 'active' : ''}">
    ${outcomes.map(
      (outcome) =>
        html`<div part="outcome" class="outcome ${outcome} ${outcome === target ? 'drop-target' : ''}" data-outcome=${outcome}>
          <strong>${messages.outcomes[outcome]}</strong>
          <span>${messages.outcomeHint}</span>
        </div>`,
    )}
  </div>`;
}
