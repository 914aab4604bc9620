import type { CrmClient } from '@rapport/core';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';
import type { MemberChangeEvent } from '../base/member-picker.js';

export interface OwnerFieldProps {
  readonly id: string;
  readonly label: string;
  /** The owner's user id, `''` for none. */
  readonly value: string;
  /** The member picker's tag, as `loadMemberPicker` registered it for the card. */
  readonly pickerTag: string;
  readonly client: CrmClient | undefined;
  readonly onChange: (ownerId: string) => void;
}

/**
 * The owner's control in the contact forms: the team's member picker (a searchable combobox of
 * active members, by name or email), fetched with the form that shows it.
 */
export function renderOwnerField({ id, label, value, pickerTag, client, onChange }: OwnerFieldProps): TemplateResult {
  const tag = unsafeStatic(pickerTag);
  return html`<div part="field" class="field">
    <${tag} id=${id} .client=${client} label=${label} value=${value} @change=${(event: MemberChangeEvent) => onChange(event.memberId ?? '')}></${tag}>
  </div>`;
}
