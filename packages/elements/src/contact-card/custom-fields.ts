import type { CustomFieldValue } from '@rapport/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatter } from '../base/locale/formatter.js';
import type { Messages } from '../base/locale/messages.js';
import type { ContactCardMessages } from './contact-card.messages.js';

/** Tenant-defined fields as a description list, named by the host's labels, values formatted for the reader's locale. */
export function renderCustomFields(
  fields: Readonly<Record<string, CustomFieldValue>>,
  labels: Readonly<Record<string, string>>,
  m: ContactCardMessages,
  messages: Messages,
  format: Formatter,
): TemplateResult | typeof nothing {
  const entries = Object.entries(fields);
  if (entries.length === 0) return nothing;
  return html`<dl part="custom-fields" class="facts" aria-label=${m.fields.customFields}>
    ${entries.map(([name, value]) => html`<div class="fact"><dt>${Object.hasOwn(labels, name) ? labels[name] : name}</dt><dd>${valueText(value, m, messages, format)}</dd></div>`)}
  </dl>`;
}

function valueText(value: CustomFieldValue, m: ContactCardMessages, messages: Messages, format: Formatter): string {
  if (value === null || value === '') return messages.common.notSet;
  if (typeof value === 'boolean') return value ? m.yes : m.no;
  if (typeof value === 'number') return format.number(value);
  return value;
}
