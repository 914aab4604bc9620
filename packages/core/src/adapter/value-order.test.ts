import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { compareValues } from '@rapport/core/adapter';

describe('compareValues', () => {
  it('orders booleans, numbers, strings, then missing', () => {
    const values = ['b', null, 10, true, undefined, 'a', 2, false, 'B'];
    expect([...values].sort(compareValues)).toEqual([false, true, 2, 10, 'B', 'a', 'b', null, undefined]);
  });

  it('is a total order: antisymmetric and transitive', () => {
    const value = fc.oneof(fc.boolean(), fc.integer(), fc.string(), fc.constant(null), fc.constant(undefined));
    fc.assert(
      fc.property(value, value, value, (a, b, c) => {
        expect(Math.sign(compareValues(a, b))).toBe(-Math.sign(compareValues(b, a)) || 0);
        if (compareValues(a, b) <= 0 && compareValues(b, c) <= 0) expect(compareValues(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });
});
