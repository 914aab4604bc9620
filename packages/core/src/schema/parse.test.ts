import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ValidationError } from '@rapport/core';
import { contactCreateSchema, dealCreateSchema, parseOrThrow, toFieldIssues } from '@rapport/core/schema';

function issuesOf(run: () => unknown): ValidationError['issues'] {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('parseOrThrow', () => {
  it('returns the parsed output with defaults applied', () => {
    expect(parseOrThrow(z.object({ n: z._default(z.number(), 7) }), {})).toEqual({ n: 7 });
  });

  it('reports a missing field as required', () => {
    expect(issuesOf(() => parseOrThrow(dealCreateSchema, { pipelineId: 'p', stageId: 's', amount: 1, currency: 'CNY' }))).toEqual([
      { path: ['name'], code: 'required', message: 'This field is required' },
    ]);
  });

  it('reports a wrong type as invalid_type', () => {
    const [issue] = issuesOf(() => parseOrThrow(dealCreateSchema, { name: 'd', pipelineId: 'p', stageId: 's', amount: '12', currency: 'CNY' }));
    expect(issue).toEqual({ path: ['amount'], code: 'invalid_type', message: 'Must be a number' });
  });

  it('reports a bad email at its channel path', () => {
    const issues = issuesOf(() => parseOrThrow(contactCreateSchema, { name: '陈伟', channels: [{ kind: 'email', value: 'chen.wei@' }] }));
    expect(issues).toEqual([{ path: ['channels', 0, 'value'], code: 'invalid_format', message: 'Enter a valid email address' }]);
  });

  it('reports an unknown enum value with the allowed ones', () => {
    const [issue] = issuesOf(() => parseOrThrow(dealCreateSchema, { name: 'd', pipelineId: 'p', stageId: 's', amount: 1, currency: 'CNY', status: 'maybe' }));
    expect(issue).toEqual({ path: ['status'], code: 'invalid_value', message: 'Must be one of: open, won, lost' });
  });

  it('reports an unknown channel kind at the kind path', () => {
    const [issue] = issuesOf(() => parseOrThrow(contactCreateSchema, { name: 'x', channels: [{ kind: 'pager', value: '1' }] }));
    expect(issue?.path).toEqual(['channels', 0, 'kind']);
    expect(issue?.code).toBe('invalid_value');
  });

  it('reports size limits as too_small and too_big', () => {
    const issues = issuesOf(() => parseOrThrow(dealCreateSchema, { name: '  ', pipelineId: 'p', stageId: 's', amount: -1, currency: 'CNY', probability: 2 }));
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['name', 'too_small'],
      ['amount', 'too_small'],
      ['probability', 'too_big'],
    ]);
  });

  it('uses the schema message for pattern checks', () => {
    const [issue] = issuesOf(() => parseOrThrow(dealCreateSchema, { name: 'd', pipelineId: 'p', stageId: 's', amount: 1, currency: 'rmb' }));
    expect(issue).toEqual({ path: ['currency'], code: 'invalid_format', message: 'Use a three-letter currency code such as CNY' });
  });

  it('reports a bad custom field value at its key', () => {
    const [issue] = issuesOf(() => parseOrThrow(contactCreateSchema, { name: 'x', customFields: { vipSince: { year: 2020 } } }));
    expect(issue).toMatchObject({ path: ['customFields', 'vipSince'], code: 'invalid_type' });
  });

  it('keeps one issue per field', () => {
    const schema = z.object({ code: z.string().check(z.minLength(3), z.regex(/^\d+$/, 'Digits only')) });
    expect(issuesOf(() => parseOrThrow(schema, { code: 'a' }))).toHaveLength(1);
  });
});

describe('toFieldIssues', () => {
  it('falls back to invalid_type for a missing field when no input is given', () => {
    const result = z.safeParse(z.object({ name: z.string() }), {});
    expect(result.success).toBe(false);
    if (!result.success) expect(toFieldIssues(result.error.issues).map((i) => i.code)).toEqual(['invalid_type']);
  });
});
