import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exponentialBackoff } from './backoff.js';

describe('exponentialBackoff', () => {
  it('doubles the wait after every failure, up to the maximum', () => {
    const atCeiling = exponentialBackoff({ baseMs: 1_000, maxMs: 10_000, random: () => 1 });
    expect([1, 2, 3, 4, 5, 6].map(atCeiling)).toEqual([1_000, 2_000, 4_000, 8_000, 10_000, 10_000]);
  });

  it('spreads each wait over the upper half of its ceiling', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempt, jitter) => {
        const ceiling = Math.min(300_000, 1_000 * 2 ** (attempt - 1));
        const delay = exponentialBackoff({ random: () => jitter })(attempt);
        expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
        expect(delay).toBeLessThanOrEqual(ceiling);
      }),
    );
  });

  it('gives clients that failed together different waits', () => {
    const waits = [0.1, 0.5, 0.9].map((jitter) => exponentialBackoff({ random: () => jitter })(3));
    expect(new Set(waits).size).toBe(3);
  });
});
