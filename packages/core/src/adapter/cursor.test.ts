import { describe, expect, it } from 'vitest';
import { ValidationError } from '@rapport/core';
import { decodeCursor, encodeCursor } from '@rapport/core/adapter';

const sort = [{ field: 'name' }, { field: 'id' }] as const;

describe('keyset cursors', () => {
  it('round-trip sort values, Chinese text and missing values included', () => {
    const cursor = encodeCursor(sort, ['王小明', 'c-001']);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, sort)).toEqual(['王小明', 'c-001']);
    expect(decodeCursor(encodeCursor(sort, [undefined, 'x']), sort)).toEqual([null, 'x']);
  });

  it('are refused for another sort, or when damaged', () => {
    const cursor = encodeCursor(sort, ['a', 'b']);
    expect(() => decodeCursor(cursor, [{ field: 'name', direction: 'desc' }, { field: 'id' }])).toThrow(ValidationError);
    expect(() => decodeCursor(cursor.slice(0, -3), sort)).toThrow(ValidationError);
    expect(() => decodeCursor('%%%', sort)).toThrow(ValidationError);
  });
});
