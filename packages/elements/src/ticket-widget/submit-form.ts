import type { KbArticle } from '@rapport/core';
import { html, nothing, type TemplateResult } from 'lit';
import { errorText, issueText } from '../base/locale/error-text.js';
import { renderError } from '../base/states.js';
import type { AttachmentPolicy } from './attachment-policy.js';
import { renderFilePicker } from './file-picker.js';
import { renderField } from './form-field.js';
import { renderMessageText } from './message-text.js';
import type { SubmitFlow } from './submit-flow.js';
import type { DraftField } from './ticket-draft.js';
import type { WidgetContext } from './widget-context.js';

/** A category offered to customers: the value stored on the ticket, and its label. */
export interface TicketCategory {
  readonly value: string;
  readonly label: string;
}

export interface SubmitFormProps {
  readonly context: WidgetContext;
  readonly flow: SubmitFlow;
  readonly categories: readonly TicketCategory[];
  readonly policy: AttachmentPolicy;
  readonly onSubmit: () => void;
}

/** The customer's request form, with the articles that may answer it before it is sent. */
export function renderSubmitForm({ context, flow, categories, policy, onSubmit }: SubmitFormProps): TemplateResult {
  const { m, messages } = context;
  const draft = flow.draft;
  const errors = (field: DraftField) => flow.issuesAt(field).map((issue) => issueText(issue, messages));
  const input = (field: DraftField) => (event: Event) => flow.set(field, (event.target as HTMLInputElement).value);
  const leave = (field: DraftField) => () => flow.leave(field);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return html`<form part="ticket-form" class="stack" novalidate @submit=${submit}>
    ${renderField('subject', m.form.subject, errors('subject'), (aria) =>
      html`<input id="subject" autocomplete="off" aria-required="true" .value=${draft.subject} aria-invalid=${aria.invalid} aria-describedby=${aria.describedBy}
        @input=${input('subject')} @blur=${leave('subject')} />`,
    )}
    ${renderField('category', m.form.category, errors('category'), (aria) =>
      html`<select id="category" aria-required="true" .value=${draft.category} aria-invalid=${aria.invalid} aria-describedby=${aria.describedBy}
        @change=${input('category')} @blur=${leave('category')}>
        <option value="">${m.form.chooseCategory}</option>
        ${categories.map((category) => html`<option value=${category.value} ?selected=${category.value === draft.category}>${category.label}</option>`)}
      </select>`,
    )}
    ${renderField('description', m.form.description, errors('description'), (aria) =>
      html`<textarea id="description" rows="5" aria-required="true" .value=${draft.description} aria-invalid=${aria.invalid} aria-describedby=${aria.describedBy}
        @input=${input('description')} @blur=${leave('description')}></textarea>`,
    )}
    ${renderSuggestions(flow.suggestions.articles, context, (article) => flow.deflect(article))}
    ${renderFilePicker(flow, policy, context)}
    ${flow.failure ? renderError(errorText(flow.failure, messages)) : nothing}
    <div><button part="submit-button" class="primary" type="submit" ?disabled=${flow.busy}>${m.form.send}</button></div>
  </form>`;
}

function renderSuggestions(articles: readonly KbArticle[], { m }: WidgetContext, onSolved: (article: KbArticle) => void): TemplateResult {
  return html`<div role="status" class="visually-hidden">${articles.length > 0 ? m.kb.found(articles.length) : ''}</div>
    ${articles.length > 0
      ? html`<section part="suggestions" class="suggestions" aria-labelledby="suggestions-heading">
          <h3 id="suggestions-heading" class="heading">${m.kb.heading}</h3>
          ${articles.map(
            (article) => html`<details part="suggestion" class="suggestion">
              <summary>${article.title}</summary>
              <div class="message-body">${renderMessageText(article.body)}</div>
              <button part="solved-button" type="button" @click=${() => onSolved(article)}>${m.kb.solved}</button>
            </details>`,
          )}
        </section>`
      : nothing}`;
}
