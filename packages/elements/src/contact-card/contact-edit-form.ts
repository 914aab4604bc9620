import { html, nothing, type TemplateResult } from 'lit';
import type { Channel, FieldIssue } from '@rapport/core';
import { issueText } from '../base/locale/error-text.js';
import type { Messages } from '../base/locale/messages.js';
import { renderFieldErrors } from '../base/states.js';
import type { ContactCardMessages } from './contact-card.messages.js';
import { editableFields, type ContactDraft, type EditableField } from './contact-draft.js';

export interface EditFormProps {
  readonly draft: ContactDraft;
  readonly channels: readonly Channel[];
  readonly saving: boolean;
  readonly m: ContactCardMessages;
  readonly messages: Messages;
  readonly issuesAt: (path: string) => FieldIssue[];
  readonly onField: (field: EditableField, value: string) => void;
  readonly onChannel: (index: number, value: string) => void;
  readonly onSave: () => void;
  readonly onCancel: () => void;
}

/** The contact's details as a form, in place; each field shows its own problems under it. */
export function renderEditForm(props: EditFormProps): TemplateResult {
  const { m, messages } = props;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    props.onSave();
  };
  const keydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') props.onCancel();
  };
  return html`<form part="edit-form" class="edit-form" @submit=${submit} @keydown=${keydown} novalidate>
    ${editableFields.map((field) =>
      renderInput(`edit-${field}`, m.fields[field], props.draft.fields[field], props.issuesAt(field), messages, (value) => props.onField(field, value)),
    )}
    ${props.draft.channels.map((value, index) => {
      const channel = props.channels[index];
      const label = channel ? (channel.label ?? m.channelKinds[channel.kind]) : '';
      return renderInput(`edit-channel-${index}`, label, value, props.issuesAt(`channels.${index}.value`), messages, (next) => props.onChannel(index, next));
    })}
    <div class="form-actions">
      <button class="primary" type="submit" ?disabled=${props.saving}>${messages.common.save}</button>
      <button type="button" @click=${props.onCancel}>${messages.common.cancel}</button>
    </div>
  </form>`;
}

function renderInput(id: string, label: string, value: string, issues: readonly FieldIssue[], messages: Messages, onInput: (value: string) => void): TemplateResult {
  const invalid = issues.length > 0;
  return html`<div part="field" class="field">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      .value=${value}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${invalid ? `${id}-error` : nothing}
      @input=${(event: InputEvent) => onInput((event.target as HTMLInputElement).value)}
    />
    ${renderFieldErrors(`${id}-error`, issues.map((issue) => issueText(issue, messages)))}
  </div>`;
}
