import { describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError, ValidationError, isCrmError } from '@rapport/core';

describe('errors', () => {
  it('carry a kind the UI can branch on', () => {
    const errors = [new ValidationError([]), new NotFoundError('contacts', 'c1'), new ConflictError('deals', 'd1', 2, undefined)];
    expect(errors.map((e) => e.kind)).toEqual(['validation', 'not-found', 'conflict']);
    expect(errors.every(isCrmError)).toBe(true);
    expect(isCrmError(new Error('x'))).toBe(false);
  });

  it('find the issues of one field by dotted path', () => {
    const error = new ValidationError([
      { path: ['channels', 0, 'value'], code: 'invalid_format', message: 'Invalid email' },
      { path: ['name'], code: 'required', message: 'Required' },
    ]);
    expect(error.issuesAt('channels.0.value').map((i) => i.code)).toEqual(['invalid_format']);
    expect(error.message).toContain('channels.0.value');
  });
});
