import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quintileScores } from './quintiles.js';

const scores = (values: number[]) => [...quintileScores(Float64Array.from(values))];

describe('quintileScores', () => {
  it('splits ten distinct values into five equal bands, whatever their order', () => {
    expect(scores([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(scores([10, 1, 9, 2, 8, 3, 7, 4, 6, 5])).toEqual([5, 1, 5, 1, 4, 2, 4, 2, 3, 3]);
  });

  it('gives equal values the same score, placed at the middle of their run', () => {
    // Six customers with one order and four with more: the ones all share the score of their mid-rank.
    expect(scores([1, 1, 1, 1, 1, 1, 2, 3, 4, 5])).toEqual([2, 2, 2, 2, 2, 2, 4, 4, 5, 5]);
  });

  it('gives a single value, or all-equal values, the middle score', () => {
    expect(scores([42])).toEqual([3]);
    expect(scores([7, 7, 7])).toEqual([3, 3, 3]);
    expect(scores([])).toEqual([]);
  });

  it('never scores a larger value lower, and keeps every score within 1…5', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 60 }), (values) => {
        const result = scores(values);
        for (let i = 0; i < values.length; i++) {
          for (let j = 0; j < values.length; j++) {
            if (values[i]! > values[j]!) expect(result[i]).toBeGreaterThanOrEqual(result[j]!);
            if (values[i] === values[j]) expect(result[i]).toBe(result[j]);
          }
        }
        expect(result.every((score) => score >= 1 && score <= 5)).toBe(true);
      }),
    );
  });
});
