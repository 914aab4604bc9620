import type { CustomFieldValue, FieldDefinition } from '@rapport/core';
import { html, nothing, type TemplateResult } from 'lit';
import { localizedText, selectedValues } from './custom-field-display.js';
import type { CustomFieldEditorMessages } from './custom-field-editor.messages.js';
import type { LocaleCode } from './locale/locale.js';

// The editors of custom fields by their definitions, for every widget that edits a record's
// `customFields` (the card's editor, the board's drawer, the desk's detail). A chunk: import it
// only from a part that is itself loaded on use, and register `customFieldEditorMessages` then.

/** What the inputs hold: the text as typed (a number stays text until saved, so nothing typed is lost), a checkbox's state, a multiselect's values. */
export type CustomFieldDraftValue = string | boolean | readonly string[];
export type CustomFieldDraft = Readonly<Record<string, CustomFieldDraftValue>>;

/** The fields a user may edit: the active definitions, in their order. */
export function editableDefinitions(definitions: readonly FieldDefinition[]): FieldDefinition[] {
  return definitions.filter((definition) => definition.active);
}

/** The inputs' starting values from a record's `customFields`. */
export function customFieldDraft(values: Readonly<Record<string, CustomFieldValue>>, definitions: readonly FieldDefinition[]): Record<string, CustomFieldDraftValue> {
  const draft: Record<string, CustomFieldDraftValue> = {};
  for (const definition of editableDefinitions(definitions)) {
    const value = values[definition.key] ?? null;
    if (definition.type === 'checkbox') draft[definition.key] = value === true;
    else if (definition.type === 'multiselect') draft[definition.key] = selectedValues(value);
    else draft[definition.key] = value === null ? '' : String(value);
  }
  return draft;
}

const calendarDay = /^(\d{4})-(\d\d)-(\d\d)$/;
const emailAddress = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

function isCalendarDay(text: string): boolean {
  const [, year, month, day] = calendarDay.exec(text)?.map(Number) ?? [];
  if (year === undefined || month === undefined || day === undefined) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isWebAddress(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

export interface CustomFieldReading {
  /** What to save into `customFields`: an emptied field becomes `null`, so a patch clears it. */
  readonly values: Record<string, CustomFieldValue>;
  /** Why a field cannot be saved, by key, saying what it expects; empty when all can. */
  readonly errors: Record<string, string>;
}

/** Checks the inputs against their definitions and turns them into stored values. */
export function readCustomFieldDraft(draft: CustomFieldDraft, definitions: readonly FieldDefinition[], messages: CustomFieldEditorMessages, locale: LocaleCode): CustomFieldReading {
  const values: Record<string, CustomFieldValue> = {};
  const errors: Record<string, string> = {};
  for (const definition of editableDefinitions(definitions)) {
    const { key, type } = definition;
    const raw = draft[key];
    const label = localizedText(definition.label, locale);
    if (type === 'checkbox') {
      values[key] = raw === true;
      continue;
    }
    const chosen = type === 'multiselect' ? (Array.isArray(raw) ? (raw as readonly string[]) : []) : [];
    const text = typeof raw === 'string' ? raw.trim() : '';
    const empty = type === 'multiselect' ? chosen.length === 0 : text === '';
    if (empty) {
      if (definition.required) errors[key] = type === 'select' || type === 'multiselect' ? messages.chooseRequired(label) : messages.required(label);
      values[key] = null;
      continue;
    }
    const offered = new Set(definition.options.map((option) => option.value));
    switch (type) {
      case 'number': {
        const number = Number(text.replace(/,/g, ''));
        if (!Number.isFinite(number)) errors[key] = messages.number;
        else values[key] = number;
        break;
      }
      case 'date':
        if (!isCalendarDay(text)) errors[key] = messages.date;
        else values[key] = text;
        break;
      case 'url':
        if (!isWebAddress(text)) errors[key] = messages.url;
        else values[key] = text;
        break;
      case 'email':
        if (!emailAddress.test(text)) errors[key] = messages.email;
        else values[key] = text;
        break;
      case 'select':
        if (!offered.has(text)) errors[key] = messages.option;
        else values[key] = text;
        break;
      case 'multiselect':
        if (chosen.some((value) => !offered.has(value))) errors[key] = messages.option;
        // Kept in the order the options are listed, so the same choice is always the same value.
        else values[key] = definition.options.filter((option) => chosen.includes(option.value)).map((option) => option.value).join(',');
        break;
      default:
        values[key] = text;
    }
  }
  return { values, errors };
}

/** The id of a field's input, for a label, and for moving focus to the first field in error. */
export function customFieldInputId(idPrefix: string, key: string): string {
  return `${idPrefix}-cf-${key}`;
}

export interface CustomFieldEditorProps {
  readonly definitions: readonly FieldDefinition[];
  readonly draft: CustomFieldDraft;
  /** Messages by key, from `readCustomFieldDraft`; shown under their fields, which are marked invalid. */
  readonly errors: Readonly<Record<string, string>>;
  readonly locale: LocaleCode;
  readonly messages: CustomFieldEditorMessages;
  /** Makes the inputs' ids unique within the host's shadow root. */
  readonly idPrefix: string;
  readonly onChange: (key: string, value: CustomFieldDraftValue) => void;
}

const inputTypes: Partial<Record<FieldDefinition['type'], string>> = { date: 'date', url: 'url', email: 'email' };

/** One labelled input per active field, each with its error under it; a multiselect is a group of checkboxes. */
export function renderCustomFieldEditor(props: CustomFieldEditorProps): TemplateResult {
  return html`${editableDefinitions(props.definitions).map((definition) => renderField(definition, props))}`;
}

function renderField(definition: FieldDefinition, props: CustomFieldEditorProps): TemplateResult {
  const { key, type } = definition;
  const id = customFieldInputId(props.idPrefix, key);
  const errorId = `${id}-error`;
  const error = props.errors[key];
  const label = localizedText(definition.label, props.locale);
  const raw = props.draft[key];
  const errorLine = error ? html`<p id=${errorId} part="field-error" class="field-error">${error}</p>` : nothing;
  const invalid = error ? 'true' : 'false';
  const describedBy = error ? errorId : nothing;
  const text = typeof raw === 'string' ? raw : '';
  const onText = (event: Event) => props.onChange(key, (event.target as HTMLInputElement | HTMLSelectElement).value);

  if (type === 'checkbox') {
    return html`<div part="custom-field" class="custom-field checkbox">
      <input id=${id} type="checkbox" .checked=${raw === true} aria-invalid=${invalid} aria-describedby=${describedBy} @change=${(event: Event) => props.onChange(key, (event.target as HTMLInputElement).checked)} />
      <label for=${id}>${label}</label>${errorLine}
    </div>`;
  }
  if (type === 'multiselect') {
    const chosen = Array.isArray(raw) ? (raw as readonly string[]) : [];
    const toggle = (value: string, on: boolean) => props.onChange(key, on ? [...chosen.filter((v) => v !== value), value] : chosen.filter((v) => v !== value));
    return html`<fieldset id=${id} part="custom-field" class="custom-field multiselect" tabindex="-1" aria-invalid=${invalid} aria-describedby=${describedBy}>
      <legend>${label}${definition.required ? html`<span aria-hidden="true"> *</span>` : nothing}</legend>
      ${definition.options.map(
        (option, index) => html`<label class="option"
          ><input
            type="checkbox"
            id="${id}-${index}"
            .checked=${chosen.includes(option.value)}
            @change=${(event: Event) => toggle(option.value, (event.target as HTMLInputElement).checked)}
          />${localizedText(option.label, props.locale)}</label
        >`,
      )}
      ${errorLine}
    </fieldset>`;
  }
  const control =
    type === 'select'
      ? html`<select id=${id} ?required=${definition.required} aria-invalid=${invalid} aria-describedby=${describedBy} @change=${onText}>
          <option value="" ?selected=${text === ''}>${props.messages.noChoice}</option>
          ${definition.options.map((option) => html`<option value=${option.value} ?selected=${option.value === text}>${localizedText(option.label, props.locale)}</option>`)}
        </select>`
      : html`<input
          id=${id}
          type=${inputTypes[type] ?? 'text'}
          inputmode=${type === 'number' ? 'decimal' : nothing}
          .value=${text}
          ?required=${definition.required}
          aria-invalid=${invalid}
          aria-describedby=${describedBy}
          @input=${onText}
        />`;
  return html`<div part="custom-field" class="custom-field">
    <label for=${id}>${label}${definition.required ? html`<span aria-hidden="true"> *</span>` : nothing}</label>
    ${control}${errorLine}
  </div>`;
}
