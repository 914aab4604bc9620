import type { FieldDefinition } from '@rapport/core';
import { describe, expect, it } from 'vitest';
import { customFieldDraft, readCustomFieldDraft } from './custom-field-editor.js';
import { en } from './custom-field-editor.messages.js';
import { zhHans } from './custom-field-editor.messages.zh-hans.js';
import { customFieldEntries, formatCustomFieldValue } from './custom-field-display.js';
import { formatterFor } from './locale/formatter.js';

const stored = { tenantId: 't', version: 1, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', options: [], required: false, active: true, order: 0 };
const field = (key: string, type: FieldDefinition['type'], extra: Partial<FieldDefinition> = {}): FieldDefinition => ({
  ...stored,
  id: `fd-${key}`,
  entity: 'contacts',
  key,
  label: { en: key[0]?.toUpperCase() + key.slice(1), 'zh-Hans': `中文${key}` },
  type,
  ...extra,
});
const sizes = [
  { value: 's', label: { en: 'Small', 'zh-Hans': '小' } },
  { value: 'm', label: { en: 'Medium' } },
  { value: 'l', label: { en: 'Large', 'zh-Hant': '大' } },
];
const definitions: FieldDefinition[] = [
  field('employees', 'number', { required: true }),
  field('renewal', 'date'),
  field('website', 'url'),
  field('billing', 'email'),
  field('size', 'select', { options: sizes }),
  field('channels', 'multiselect', { options: sizes }),
  field('partner', 'checkbox'),
  field('retired', 'text', { active: false }),
];

describe('custom-field editors', () => {
  it('say per field what is expected, keeping what was typed', () => {
    const draft = { employees: '12 people', renewal: '2025-02-30', website: 'example.com', billing: 'billing-at-example', size: 'xl', channels: ['s'], partner: true };
    const { errors } = readCustomFieldDraft(draft, definitions, en, 'en');
    expect(errors).toEqual({
      employees: 'Enter a number, such as 42 or 3.5',
      renewal: 'Enter a date like 2025-03-31',
      website: 'Enter a web address like https://example.com',
      billing: 'Enter an email like name@example.com',
      size: 'Choose one of the listed options',
    });
    expect(draft.employees).toBe('12 people');
  });

  it('name a missing required field by its label in the reader’s language', () => {
    expect(readCustomFieldDraft({}, definitions, zhHans, 'zh-Hans').errors['employees']).toBe('请填写中文employees（必填）');
  });

  it('turn valid input into stored values: numbers, days, choices in option order, emptied fields as null', () => {
    const draft = { employees: '1,250', renewal: '2025-03-31', website: ' https://acme.example ', billing: '', size: 'm', channels: ['l', 's'], partner: false };
    expect(readCustomFieldDraft(draft, definitions, en, 'en')).toEqual({
      values: { employees: 1250, renewal: '2025-03-31', website: 'https://acme.example', billing: null, size: 'm', channels: 's,l', partner: false },
      errors: {},
    });
  });

  it('start from the stored values, and leave retired fields out', () => {
    expect(customFieldDraft({ employees: 40, channels: 's,l', partner: true, retired: 'x' }, definitions)).toEqual({
      employees: '40', renewal: '', website: '', billing: '', size: '', channels: ['s', 'l'], partner: true,
    });
  });
});

describe('custom-field display', () => {
  const words = { yes: 'Yes', no: 'No', notSet: 'Not set' };
  const options = (locale: 'en' | 'zh-Hans' | 'zh-Hant') => ({ locale, format: formatterFor(locale), words });

  it('shows choices by their labels, falling back across Chinese scripts to English', () => {
    expect(formatCustomFieldValue('s,l', definitions[5], options('en'))).toBe('Small and Large');
    expect(formatCustomFieldValue('l', definitions[4], options('zh-Hans'))).toBe('大');
    expect(formatCustomFieldValue('m', definitions[4], options('zh-Hant'))).toBe('Medium');
    expect(formatCustomFieldValue('gone', definitions[4], options('en'))).toBe('gone');
  });

  it('formats a calendar day as the same day wherever the reader is', () => {
    expect(formatCustomFieldValue('2025-03-31', definitions[1], options('en'))).toBe('Mar 31, 2025');
  });

  it('orders defined fields by the definitions, then the rest as stored, with a retired field still shown', () => {
    const entries = customFieldEntries({ legacy: 'x', partner: true, retired: 'old', employees: 12 }, definitions, options('en'));
    expect(entries.map(({ label, text }) => [label, text])).toEqual([
      ['Employees', '12'],
      ['Partner', 'Yes'],
      ['Retired', 'old'],
      ['legacy', 'x'],
    ]);
  });
});
