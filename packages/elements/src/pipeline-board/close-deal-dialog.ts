import type { Deal } from '@rapport/core';
import { html, nothing, type TemplateResult } from 'lit';
import { renderFieldErrors } from '../base/states.js';
import { adoptViewStyles } from '../base/view-styles.js';
import type { BoardEditing } from './board-editing.js';
import { editingMessages } from './deal-editing.js';
import type { DealEditingMessages } from './deal-editing.messages.js';
import { dealEditingStyles } from './deal-editing.styles.js';
import type { DealOutcome } from './deal-move.js';

export interface CloseDraft {
  readonly deal: Deal;
  readonly outcome: DealOutcome;
  /** What the user wrote: the reason, or its details beside a reason from the pipeline's list. */
  readonly reason: string;
  /** The reason chosen from the pipeline's `lostReasons`, if any. */
  readonly listedReason?: string;
  /** Set once the user tried to confirm without a required reason. */
  readonly missingReason: boolean;
}

export interface CloseDialogProps {
  readonly draft: CloseDraft;
  readonly messages: DealEditingMessages;
  readonly cancelLabel: string;
  /** The pipeline's usual reasons for losing a deal, offered beside free text. */
  readonly lostReasons: readonly string[];
  readonly onChange: (change: Pick<CloseDraft, 'reason'> | Pick<CloseDraft, 'listedReason'>) => void;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/**
 * Asks why a deal was won or lost before closing it. A lost deal needs its reason: the lost-deal
 * analysis (丢单分析) is built from them. The element opens it as a modal `<dialog>`, which keeps
 * focus inside and closes on Escape.
 */
export function renderCloseDialog({ draft, messages, cancelLabel, lostReasons, onChange, onConfirm, onCancel }: CloseDialogProps): TemplateResult {
  const m = messages.close;
  const required = draft.outcome === 'lost';
  const invalid = required && draft.missingReason;
  const listed = required && lostReasons.length > 0;
  const described = invalid ? 'close-reason-error' : nothing;
  return html`<dialog part="close-dialog" class="close-dialog" aria-labelledby="close-title" @cancel=${onCancel}>
    <form
      novalidate
      @submit=${(event: Event) => {
        event.preventDefault();
        onConfirm();
      }}
    >
      <h2 id="close-title" class="dialog-title">${m.title(draft.outcome, draft.deal.name)}</h2>
      ${listed
        ? html`<label for="close-listed-reason">${m.lostReason}</label>
            <select
              id="close-listed-reason"
              aria-invalid=${invalid ? 'true' : 'false'}
              aria-describedby=${described}
              @change=${(event: Event) => onChange({ listedReason: (event.target as HTMLSelectElement).value })}
            >
              <option value="" ?selected=${!draft.listedReason}>${m.chooseReason}</option>
              ${lostReasons.map((reason) => html`<option value=${reason} ?selected=${draft.listedReason === reason}>${reason}</option>`)}
            </select>`
        : nothing}
      <label for="close-reason">${listed ? m.reasonDetails : required ? m.lostReason : m.wonReason}</label>
      <textarea
        id="close-reason"
        rows="3"
        ?required=${required && !listed}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby="close-reason-error"
        .value=${draft.reason}
        @input=${(event: Event) => onChange({ reason: (event.target as HTMLTextAreaElement).value })}
      ></textarea>
      ${renderFieldErrors('close-reason-error', invalid ? [m.reasonRequired] : [])}
      <div class="dialog-actions">
        <button type="button" @click=${onCancel}>${cancelLabel}</button>
        <button type="submit" class="primary">${m.confirm(draft.outcome)}</button>
      </div>
    </form>
  </dialog>`;
}

/** The reason a close saves: the one chosen from the pipeline's list, then what the user wrote. */
export function closeReason(draft: CloseDraft): string {
  return [draft.listedReason ?? '', draft.reason.trim()].filter(Boolean).join(': ');
}

/** The dialog's part of the board, loaded the first time a deal is dropped on won or lost: its styles join the board's. */
export function closeDialogFor(board: BoardEditing): (props: Omit<CloseDialogProps, 'messages' | 'lostReasons'>) => TemplateResult {
  adoptViewStyles(board.host, [dealEditingStyles]);
  return (props) => renderCloseDialog({ ...props, messages: editingMessages(board), lostReasons: board.pipeline()?.lostReasons ?? [] });
}
