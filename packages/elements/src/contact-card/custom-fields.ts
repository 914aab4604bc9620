import type { CustomFieldValue, FieldDefinition } from '@rapport/core';
import { html, nothing, type TemplateResult } from 'lit';
import { customFieldEntries, type CustomFieldDisplayOptions } from '../base/custom-field-display.js';

export { fieldDefinitionsQuery } from '../base/custom-field-display.js';
import type { ContactCardMessages } from './contact-card.messages.js';

/**
 * Tenant-defined fields as a description list: labelled and ordered by the tenant's definitions
 * (the host's `field-labels` win), values formatted by their type for the reader's locale.
 */
export function renderCustomFields(
  fields: Readonly<Record<string, CustomFieldValue>>,
  definitions: readonly FieldDefinition[],
  m: ContactCardMessages,
  options: CustomFieldDisplayOptions,
): TemplateResult | typeof nothing {
  const entries = customFieldEntries(fields, definitions, options);
  if (entries.length === 0) return nothing;
  return html`<dl part="custom-fields" class="facts" aria-label=${m.fields.customFields}>
    ${entries.map(({ label, text }) => html`<div class="fact"><dt>${label}</dt><dd>${text}</dd></div>`)}
  </dl>`;
}
