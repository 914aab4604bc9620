import { describe, expect, it } from 'vitest';
import { ValidationError, type FieldIssue } from '@rapport/core';
import { fieldDefinitionCreateSchema, fieldDefinitionUpdateSchema, parseOrThrow, userCreateSchema } from '@rapport/core/schema';

function issuesOf(schema: Parameters<typeof parseOrThrow>[0], value: unknown): Array<Pick<FieldIssue, 'path' | 'code' | 'message'>> {
  try {
    parseOrThrow(schema, value);
    return [];
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return error.issues.map(({ path, code, message }) => ({ path, code, message }));
  }
}

describe('team members (users)', () => {
  it('are active unless said otherwise, with an optional avatar and team', () => {
    expect(parseOrThrow(userCreateSchema, { name: ' 林静 ', email: 'lin@example.cn', role: 'sales' })).toEqual({ name: '林静', email: 'lin@example.cn', role: 'sales', active: true });
  });

  it('name the field of a bad email, an unknown role and an avatar that is no URL', () => {
    const issues = issuesOf(userCreateSchema, { name: 'Emma', email: 'emma-at-example', role: 'boss', avatarUrl: 'me.png' });
    expect(issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: ['email'], code: 'invalid_format' },
      { path: ['avatarUrl'], code: 'invalid_format' },
      { path: ['role'], code: 'invalid_value' },
    ]);
  });
});

describe('custom field definitions', () => {
  const language = { entity: 'contacts', key: 'preferredLanguage', label: { en: 'Preferred language', 'zh-Hans': '首选语言' }, type: 'select' };

  it('fill order, required, active and options with their defaults', () => {
    expect(parseOrThrow(fieldDefinitionCreateSchema, { ...language, type: 'text' })).toMatchObject({ order: 0, required: false, active: true, options: [] });
  });

  it('refuse a select without options, and say so on options', () => {
    expect(issuesOf(fieldDefinitionCreateSchema, language)).toEqual([{ path: ['options'], code: 'custom', message: 'A select field needs at least one option' }]);
  });

  it('refuse two options with one value, naming the second', () => {
    const option = { value: 'en', label: { en: 'English' } };
    expect(issuesOf(fieldDefinitionCreateSchema, { ...language, options: [option, option] }).map(({ path }) => path)).toEqual([['options', 1, 'value']]);
  });

  it('refuse a key that cannot be filtered as customFields.<key>, and a label without English', () => {
    expect(issuesOf(fieldDefinitionCreateSchema, { ...language, key: 'preferred language', label: { 'zh-Hans': '首选语言' }, type: 'text' }).map(({ path }) => path)).toEqual([['key'], ['label', 'en']]);
  });

  it('accept a patch that only renames a field', () => {
    expect(parseOrThrow(fieldDefinitionUpdateSchema, { label: { en: 'Language' } })).toEqual({ label: { en: 'Language' } });
  });
});
