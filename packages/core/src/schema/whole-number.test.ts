import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ValidationError } from '@rapport/core';
import { parseOrThrow, wholeNumberSchema } from '@rapport/core/schema';

function issueOf(schema: z.core.$ZodType, value: unknown) {
  try {
    parseOrThrow(z.object({ field: schema }), { field: value });
  } catch (error) {
    if (error instanceof ValidationError) return error.issues[0];
    throw error;
  }
  return undefined;
}

describe('wholeNumberSchema', () => {
  it('rejects fractions as a wrong type, before any range check', () => {
    expect(issueOf(wholeNumberSchema.check(z.gte(1)), 0.5)).toEqual({ path: ['field'], code: 'invalid_type', message: 'Must be a whole number' });
    expect(issueOf(wholeNumberSchema, '3')).toEqual({ path: ['field'], code: 'invalid_type', message: 'Must be a number' });
  });

  it('keeps to the integers a double holds exactly', () => {
    expect(parseOrThrow(wholeNumberSchema, Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
    expect(issueOf(wholeNumberSchema.check(z.lte(6)), 2 ** 53)).toEqual({ path: ['field'], code: 'too_big', message: `Must be at most ${Number.MAX_SAFE_INTEGER}` });
    expect(issueOf(wholeNumberSchema, -(2 ** 53))).toEqual({ path: ['field'], code: 'too_small', message: `Must be at least ${Number.MIN_SAFE_INTEGER}` });
  });
});
