import type { Activity, FieldIssue } from '@rapport/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatter } from '../base/locale/formatter.js';
import { issueText } from '../base/locale/error-text.js';
import type { Messages } from '../base/locale/messages.js';
import { renderFieldErrors } from '../base/states.js';
import type { ActivityDraft, ActivityDraftField } from './activity-draft.js';
import type { ViewMessages } from './contact-card-views.messages.js';

export interface ComposerFormProps {
  readonly draft: ActivityDraft;
  /** Whether the draft edits an existing activity rather than a new one. */
  readonly editing: boolean;
  readonly overlaps: readonly Activity[];
  readonly busy: boolean;
  readonly m: ViewMessages;
  readonly messages: Messages;
  readonly format: Formatter;
  readonly issuesAt: (path: string) => FieldIssue[];
  readonly onField: (field: ActivityDraftField, value: string) => void;
  readonly onSubmit: () => void;
  readonly onCancel: () => void;
}

/** Which fields each kind of activity asks for, and the activity field each one is saved as. */
const fieldsByKind: Readonly<Record<ActivityDraft['kind'], ReadonlyArray<readonly [ActivityDraftField, string]>>> = {
  call: [['subject', 'subject'], ['direction', 'direction'], ['outcome', 'outcome'], ['duration', 'durationSeconds'], ['body', 'body']],
  note: [['subject', 'subject'], ['body', 'body']],
  email: [['subject', 'subject'], ['body', 'body']],
  letter: [['subject', 'subject'], ['body', 'body']],
  meeting: [['subject', 'subject'], ['start', 'at'], ['end', 'endAt'], ['body', 'body']],
  task: [['subject', 'subject'], ['due', 'dueAt'], ['body', 'body']],
};

const callDirections = ['outbound', 'inbound'] as const;
const callOutcomes = ['connected', 'left-voicemail', 'no-answer', 'busy', 'wrong-number'] as const;

/** A small form for one new activity; a meeting that overlaps another shows a warning first. */
export function renderComposerForm(props: ComposerFormProps): TemplateResult {
  const m = props.m.composerForm;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  const keydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') props.onCancel();
  };
  return html`<form part="composer" class="composer" @submit=${submit} @keydown=${keydown} novalidate aria-label=${props.editing ? m.editing(props.draft.subject) : props.m.timeline.kinds[props.draft.kind]}>
    ${fieldsByKind[props.draft.kind].map(([field, path]) => renderField(field, props.issuesAt(path), props))}
    ${props.overlaps.length > 0
      ? html`<div part="overlap-warning" class="overlap-warning" role="alert">
          <p>${m.overlap}</p>
          <ul>
            ${props.overlaps.map((meeting) => html`<li>${meeting.subject} · ${props.format.dateTime(meeting.at)}</li>`)}
          </ul>
        </div>`
      : nothing}
    <div class="form-actions">
      <button class="primary" type="submit" ?disabled=${props.busy}>${props.overlaps.length > 0 ? m.saveAnyway : props.messages.common.save}</button>
      <button type="button" @click=${props.onCancel}>${props.messages.common.cancel}</button>
    </div>
  </form>`;
}

function renderField(field: ActivityDraftField, issues: readonly FieldIssue[], props: ComposerFormProps): TemplateResult {
  const id = `composer-${field}`;
  const invalid = issues.length > 0;
  const onInput = (event: Event) => props.onField(field, (event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value);
  const describedBy = invalid ? `${id}-error` : nothing;
  const t = props.m.activity;
  const options = field === 'direction' ? callDirections.map((value) => [value, t.directions[value]] as const) : field === 'outcome' ? callOutcomes.map((value) => [value, t.outcomes[value]] as const) : undefined;
  const control = options
    ? html`<select id=${id} aria-invalid=${String(invalid)} aria-describedby=${describedBy} @change=${onInput}>
        ${field === 'outcome' ? html`<option value="" ?selected=${props.draft.outcome === ''}>${props.messages.common.notSet}</option>` : nothing}
        ${options.map(([value, label]) => html`<option value=${value} ?selected=${props.draft[field] === value}>${label}</option>`)}
      </select>`
    : field === 'body'
      ? html`<textarea id=${id} rows="3" .value=${props.draft.body} aria-invalid=${String(invalid)} aria-describedby=${describedBy} @input=${onInput}></textarea>`
      : html`<input
          id=${id}
          type=${field === 'subject' ? 'text' : field === 'duration' ? 'number' : 'datetime-local'}
          min=${field === 'duration' ? '0' : nothing}
          inputmode=${field === 'duration' ? 'numeric' : nothing}
          .value=${props.draft[field]}
          aria-invalid=${String(invalid)}
          aria-describedby=${describedBy}
          @input=${onInput}
        />`;
  return html`<div part="field" class="field">
    <label for=${id}>${props.m.composerForm.fields[field]}</label>
    ${control} ${renderFieldErrors(`${id}-error`, issues.map((issue) => issueText(issue, props.messages)))}
  </div>`;
}
