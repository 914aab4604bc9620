import { html, nothing, type TemplateResult } from 'lit';
import { renderFieldErrors } from '../base/states.js';

/** How a control is tied to its problems: `aria-invalid`, and `aria-describedby` naming the error text. */
export interface FieldAria {
  readonly invalid: 'true' | 'false';
  readonly describedBy: string | typeof nothing;
}

/** A labelled control with its problems shown under it. */
export function renderField(id: string, label: string, errors: readonly string[], control: (aria: FieldAria) => TemplateResult): TemplateResult {
  const invalid = errors.length > 0;
  return html`<div part="field" class="field">
    <label for=${id}>${label}</label>
    ${control({ invalid: invalid ? 'true' : 'false', describedBy: invalid ? `${id}-error` : nothing })} ${renderFieldErrors(`${id}-error`, errors)}
  </div>`;
}
