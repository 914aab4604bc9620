import { html, nothing, type TemplateResult } from 'lit';
import type { Channel, CustomFieldValue, FieldIssue } from '@rapport/core';
import { allowedLifecycleTransitions, type LifecycleStage } from '@rapport/core/domain';
import { issueText } from '../base/locale/error-text.js';
import type { Formatter } from '../base/locale/formatter.js';
import type { Messages } from '../base/locale/messages.js';
import { renderFieldErrors } from '../base/states.js';
import type { ViewMessages } from './contact-card-views.messages.js';
import { editableFields, type ContactDraft, type EditableField } from './contact-draft.js';
import { renderCustomFieldInputs } from './custom-field-inputs.js';
import { renderOwnerField } from './owner-field.js';

export interface EditFormProps {
  readonly draft: ContactDraft;
  readonly channels: readonly Channel[];
  /** The contact's custom fields as saved. */
  readonly customFields: Readonly<Record<string, CustomFieldValue>>;
  /** The relationship's stage now (set by hand or worked out), which the lifecycle choice moves from. */
  readonly stage: LifecycleStage | undefined;
  readonly declinedFrom: 'exploration' | 'formation' | 'stability' | undefined;
  readonly ownerNames: Readonly<Record<string, string>>;
  readonly fieldLabels: Readonly<Record<string, string>>;
  readonly saving: boolean;
  readonly m: ViewMessages;
  readonly messages: Messages;
  readonly format: Formatter;
  readonly issuesAt: (path: string) => FieldIssue[];
  readonly onField: (field: EditableField, value: string) => void;
  readonly onChannel: (index: number, value: string) => void;
  readonly onOwner: (ownerId: string) => void;
  readonly onLifecycle: (stage: LifecycleStage | '') => void;
  readonly onCustomField: (key: string, value: CustomFieldValue) => void;
  readonly onSave: () => void;
  readonly onCancel: () => void;
}

/**
 * The contact's details as a form, in place; each field shows its own problems under it, saying
 * what it expects ("Enter an email like name@example.com").
 */
export function renderEditForm(props: EditFormProps): TemplateResult {
  const { m, messages } = props;
  const problems = (path: string) => props.issuesAt(path).map((issue) => expectedText(path, issue, props));
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    props.onSave();
  };
  const keydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') props.onCancel();
  };
  return html`<form part="edit-form" class="edit-form" @submit=${submit} @keydown=${keydown} novalidate>
    ${editableFields.map((field) =>
      renderInput(`edit-${field}`, m.fields[field], props.draft.fields[field], problems(field), (value) => props.onField(field, value)),
    )}
    ${props.draft.channels.map((value, index) => {
      const channel = props.channels[index];
      const label = channel ? (channel.label ?? m.channelKinds[channel.kind]) : '';
      return renderInput(`edit-channel-${index}`, label, value, problems(`channels.${index}.value`), (next) => props.onChannel(index, next));
    })}
    ${renderOwnerField({ id: 'edit-owner', label: m.fields.owner, value: props.draft.ownerId, names: props.ownerNames, onChange: props.onOwner })}
    ${renderLifecycleField(props, problems('lifecycleStage'))}
    ${renderCustomFieldInputs({ values: props.draft.customFields, saved: props.customFields, labels: props.fieldLabels, issueText: problems, onChange: props.onCustomField })}
    <div class="form-actions">
      <button class="primary" type="submit" ?disabled=${props.saving}>${messages.common.save}</button>
      <button type="button" @click=${props.onCancel}>${messages.common.cancel}</button>
    </div>
  </form>`;
}

/** The stages the relationship may move to from where it is; the domain's rule decides. */
function renderLifecycleField(props: EditFormProps, problems: readonly string[]): TemplateResult {
  const stages = props.m.relationship.stages;
  const allowed = props.stage ? allowedLifecycleTransitions(props.stage, props.declinedFrom) : (Object.keys(stages) as LifecycleStage[]);
  const invalid = problems.length > 0;
  return html`<div part="field" class="field">
    <label for="edit-lifecycle">${props.m.relationship.lifecycle}</label>
    <select
      id="edit-lifecycle"
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${invalid ? 'edit-lifecycle-error' : nothing}
      @change=${(event: Event) => props.onLifecycle((event.target as HTMLSelectElement).value as LifecycleStage | '')}
    >
      ${props.draft.lifecycleStage === '' ? html`<option value="" selected>${props.stage ? stages[props.stage] : props.messages.common.notSet}</option>` : nothing}
      ${allowed.map((stage) => html`<option value=${stage} ?selected=${props.draft.lifecycleStage === stage}>${stages[stage]}</option>`)}
    </select>
    ${renderFieldErrors('edit-lifecycle-error', problems)}
  </div>`;
}

/** A refused value's message, saying what the field expects where the card knows it. */
function expectedText(path: string, issue: FieldIssue, props: EditFormProps): string {
  const { expected, relationship } = props.m;
  if (path === 'name') return expected.name;
  if (path === 'lifecycleStage' && props.stage) {
    return expected.lifecycle(props.format.list(allowedLifecycleTransitions(props.stage, props.declinedFrom).map((stage) => relationship.stages[stage])));
  }
  if (path.startsWith('customFields.') && issue.code === 'invalid_type') return expected.number;
  const kind = path.startsWith('channels.') ? props.channels[Number(path.split('.')[1])]?.kind : undefined;
  if (kind === 'email') return expected.email;
  if (kind === 'phone' || kind === 'mobile' || kind === 'fax') return expected.phone;
  if (kind === 'web') return expected.web;
  return issueText(issue, props.messages);
}

function renderInput(id: string, label: string, value: string, problems: readonly string[], onInput: (value: string) => void): TemplateResult {
  const invalid = problems.length > 0;
  return html`<div part="field" class="field">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      .value=${value}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${invalid ? `${id}-error` : nothing}
      @input=${(event: InputEvent) => onInput((event.target as HTMLInputElement).value)}
    />
    ${renderFieldErrors(`${id}-error`, problems)}
  </div>`;
}
