import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInstant } from './iso-instant.js';

describe('parseInstant', () => {
  it('reads UTC, fractional seconds and offsets like Date.parse', () => {
    for (const text of ['2025-03-01T09:30:00Z', '2025-03-01T09:30:00.1Z', '2025-03-01T09:30:00.123Z', '2025-03-01T09:30:00.123456Z', '2025-03-01T09:30:00+08:00', '2024-02-29T23:59:59.999-05:30', '1969-12-31T23:59:59Z']) {
      expect(parseInstant(text), text).toBe(Date.parse(text));
    }
  });

  it('falls back to Date.parse for other shapes and gives NaN for garbage', () => {
    expect(parseInstant('2025-03-01')).toBe(Date.parse('2025-03-01'));
    expect(parseInstant('2025-03-01T09:30Z')).toBe(Date.parse('2025-03-01T09:30Z'));
    expect(parseInstant('not a date at all, no')).toBeNaN();
    expect(parseInstant('2025-13-01T09:30:00Z')).toBeNaN();
  });

  it('agrees with Date.parse on any instant written by toISOString', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true }), (date) => {
        expect(parseInstant(date.toISOString())).toBe(date.getTime());
      }),
    );
  });
});
