import type { CustomFieldValue, FieldIssue } from '@rapport/core';
import { html, nothing, type TemplateResult } from 'lit';
import { renderFieldErrors } from '../base/states.js';

export interface CustomFieldInputsProps {
  readonly values: Readonly<Record<string, CustomFieldValue>>;
  /** The values as saved: their types decide each input, whatever the user typed since. */
  readonly saved: Readonly<Record<string, CustomFieldValue>>;
  /** The tenant's names of the fields, by key; a field without one shows its key. */
  readonly labels: Readonly<Record<string, string>>;
  readonly issueText: (path: string) => readonly string[];
  readonly onChange: (key: string, value: CustomFieldValue) => void;
}

/**
 * Inputs for the contact's custom fields, each by the type of its value: a yes/no field is a
 * checkbox, a number a number input, anything else text. The one place to swap for editors driven
 * by the tenant's field definitions.
 */
export function renderCustomFieldInputs({ values, saved, labels, issueText, onChange }: CustomFieldInputsProps): TemplateResult[] {
  return Object.entries(values).map(([key, value], index) => {
    const id = `edit-custom-${index}`;
    const label = Object.hasOwn(labels, key) ? labels[key] : key;
    const problems = issueText(`customFields.${key}`);
    const invalid = problems.length > 0;
    if (typeof saved[key] === 'boolean') {
      return html`<div part="field" class="field checkbox-field">
        <label><input id=${id} type="checkbox" .checked=${value === true} @change=${(event: Event) => onChange(key, (event.target as HTMLInputElement).checked)} /> ${label}</label>
      </div>`;
    }
    const numeric = typeof saved[key] === 'number';
    return html`<div part="field" class="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        type="text"
        inputmode=${numeric ? 'decimal' : nothing}
        .value=${value === null ? '' : String(value)}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${invalid ? `${id}-error` : nothing}
        @input=${(event: InputEvent) => {
          const text = (event.target as HTMLInputElement).value;
          // A number field keeps what was typed when it is not a number, so the save names the problem.
          onChange(key, numeric && text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : numeric && text.trim() === '' ? null : text);
        }}
      />
      ${renderFieldErrors(`${id}-error`, problems)}
    </div>`;
  });
}
