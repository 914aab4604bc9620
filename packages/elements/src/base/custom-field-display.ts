import type { CrmClient, CrmError, CustomFieldEntity, CustomFieldValue, FieldDefinition, ListQueryKey, LocalizedLabel, Page } from '@rapport/core';
import type { Formatter } from './locale/formatter.js';
import type { LocaleCode } from './locale/locale.js';
import type { QueryTarget } from './query-controller.js';

/** More definitions than any tenant keeps for one collection: they arrive in one read. */
const DEFINITIONS_LIMIT = 500;

/** The custom-field definitions of one collection, in their order, as one cached read every widget over the client shares. */
export function fieldDefinitionsQuery(client: CrmClient, entity: CustomFieldEntity): QueryTarget<Page<FieldDefinition>, CrmError, ListQueryKey<'fieldDefinitions'>> {
  return {
    queryClient: client.queryClient,
    options: client.fieldDefinitions.listQuery({ where: { entity }, sort: [{ field: 'order' }, { field: 'key' }], limit: DEFINITIONS_LIMIT }),
  };
}

/** A tenant's label in the reader's locale: the other Chinese script before English, so a zh-Hant reader is not sent to English first. */
export function localizedText(label: LocalizedLabel, locale: LocaleCode): string {
  if (locale === 'en') return label.en;
  const other = locale === 'zh-Hans' ? 'zh-Hant' : 'zh-Hans';
  return label[locale] ?? label[other] ?? label.en;
}

/** The words a custom field's value may need that are not the tenant's. */
export interface CustomFieldWords {
  readonly yes: string;
  readonly no: string;
  readonly notSet: string;
}

/** One custom field as a reader sees it. */
export interface CustomFieldEntry {
  readonly key: string;
  readonly label: string;
  readonly text: string;
  /** `undefined` for a value no definition describes (shown by its key, or the host's label). */
  readonly definition: FieldDefinition | undefined;
}

export interface CustomFieldDisplayOptions {
  readonly locale: LocaleCode;
  readonly format: Formatter;
  readonly words: CustomFieldWords;
  /** The host's labels by key (`field-labels`): they win over the definitions'. */
  readonly labels?: Readonly<Record<string, string>>;
}

/** The values of a select or multiselect: a multiselect keeps its values as one string joined by `,`. */
export function selectedValues(value: CustomFieldValue): string[] {
  if (typeof value !== 'string' || value === '') return [];
  return value.split(',').filter(Boolean);
}

/** A custom field's value for reading: numbers and dates in the locale, choices by their labels, a checkbox as yes/no. */
export function formatCustomFieldValue(value: CustomFieldValue, definition: FieldDefinition | undefined, { locale, format, words }: CustomFieldDisplayOptions): string {
  if (value === null || value === '' || value === undefined) return words.notSet;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  switch (definition?.type) {
    case 'select':
    case 'multiselect': {
      const labels = selectedValues(value).map((chosen) => {
        const option = definition.options.find((candidate) => candidate.value === chosen);
        // A value no option has (an option since removed) is still the tenant's data: shown as kept.
        return option ? localizedText(option.label, locale) : chosen;
      });
      return format.list(labels);
    }
    case 'date':
      // A calendar day has no zone: read at noon UTC it is the same day on every reader's clock.
      return typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value) ? format.date(`${value}T12:00:00Z`) : String(value);
    case 'number':
      return typeof value === 'number' ? format.number(value) : String(value);
    default:
      return typeof value === 'number' ? format.number(value) : value;
  }
}

/**
 * A record's custom fields as a reader sees them: defined fields in the definitions' order
 * (active or retired, as long as a value is set), then values no definition describes, as stored.
 */
export function customFieldEntries(
  values: Readonly<Record<string, CustomFieldValue>>,
  definitions: readonly FieldDefinition[],
  options: CustomFieldDisplayOptions,
): CustomFieldEntry[] {
  const byKey = new Map(definitions.map((definition) => [definition.key, definition]));
  const set = (key: string) => Object.hasOwn(values, key);
  const labelOf = (key: string, definition: FieldDefinition | undefined) =>
    options.labels && Object.hasOwn(options.labels, key) ? (options.labels[key] as string) : definition ? localizedText(definition.label, options.locale) : key;
  const entry = (key: string, definition: FieldDefinition | undefined): CustomFieldEntry => ({
    key,
    label: labelOf(key, definition),
    text: formatCustomFieldValue(values[key] ?? null, definition, options),
    definition,
  });
  const defined = definitions.filter((definition) => set(definition.key)).map((definition) => entry(definition.key, definition));
  const undefinedKeys = Object.keys(values).filter((key) => !byKey.has(key));
  return [...defined, ...undefinedKeys.map((key) => entry(key, undefined))];
}
