import { html, nothing, type TemplateResult } from 'lit';

export interface UnsentNoticeProps {
  /** Says how many responses could not be sent. */
  readonly text: string;
  readonly retryLabel: string;
  readonly discardLabel: string;
  readonly onRetry: () => void;
  readonly onDiscard: () => void;
  /** Puts the refused answers back in the form to be corrected, when the survey is shown. */
  readonly correct?: { readonly label: string; readonly onCorrect: () => void };
}

/**
 * Responses queued on this device that the service refused. They are never dropped unasked: the
 * visitor sends them again (once the cause is fixed) or lets them go.
 */
export function renderUnsentNotice({ text, retryLabel, discardLabel, onRetry, onDiscard, correct }: UnsentNoticeProps): TemplateResult {
  return html`<div part="unsent" class="notice">
    <span role="status">${text}</span>
    <button part="unsent-button" type="button" @click=${onRetry}>${retryLabel}</button>
    <button part="unsent-button" type="button" @click=${onDiscard}>${discardLabel}</button>
    ${correct ? html`<button part="unsent-button" type="button" @click=${correct.onCorrect}>${correct.label}</button>` : nothing}
  </div>`;
}
