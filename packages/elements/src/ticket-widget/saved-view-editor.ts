import { ValidationError } from '@rapport/core';
import { html, nothing, type TemplateResult } from 'lit';
import { errorText, issueText } from '../base/locale/error-text.js';
import type { DeskMessages } from './desk.messages.js';
import { renderField } from './form-field.js';
import type { WidgetContext } from './widget-context.js';

export interface SavedViewEditorProps {
  readonly context: WidgetContext;
  readonly desk: DeskMessages;
  /** The name as typed; kept when saving fails. */
  readonly name: string;
  readonly failure: unknown;
  readonly onName: (name: string) => void;
  readonly onSave: () => void;
  readonly onCancel: () => void;
}

/** Names the queue's current filters, search and sort as a view; loaded the first time the agent saves one. */
export function renderSavedViewEditor({ context, desk, name, failure, onName, onSave, onCancel }: SavedViewEditorProps): TemplateResult {
  const { messages } = context;
  const nameIssues = failure instanceof ValidationError ? failure.issuesAt('name').map((issue) => issueText(issue, messages)) : [];
  const other = failure && nameIssues.length === 0 ? errorText(failure, messages) : undefined;
  return html`<form
    part="view-editor"
    class="view-editor row"
    aria-label=${desk.views.save}
    @submit=${(event: Event) => {
      event.preventDefault();
      onSave();
    }}
    @keydown=${(event: KeyboardEvent) => {
      if (event.key === 'Escape') onCancel();
    }}
  >
    ${renderField(
      'view-name',
      desk.views.name,
      nameIssues,
      (aria) =>
        html`<input
          id="view-name"
          type="text"
          maxlength="200"
          autofocus
          .value=${name}
          aria-invalid=${aria.invalid}
          aria-describedby=${aria.describedBy}
          @input=${(event: Event) => onName((event.target as HTMLInputElement).value)}
        />`,
    )}
    <button type="submit" part="save-view-confirm">${desk.views.confirm}</button>
    <button type="button" @click=${onCancel}>${desk.views.cancel}</button>
    ${other ? html`<p class="error" role="alert">${other}</p>` : nothing}
  </form>`;
}
