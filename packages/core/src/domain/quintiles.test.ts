import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quintileCuts, quintileScoreAt, quintileScoreOf, quintileScores } from './quintiles.js';

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

describe('quintileCuts', () => {
  it('scores a value joining a population as counting the population would, in at most four steps', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 80 }), fc.array(fc.double({ min: -2, max: 32, noNaN: true }), { minLength: 1, maxLength: 20 }), (population, probes) => {
        const cuts = quintileCuts(Float64Array.from(population));
        expect(cuts.steps.length).toBeLessThanOrEqual(4);
        // Values of the population, between them, and beyond them.
        for (const value of [...population, ...probes, ...population.map((member) => member + 0.5)]) {
          const below = population.filter((member) => member < value).length;
          const equal = population.filter((member) => member === value).length;
          expect(quintileScoreAt(cuts, value), `${value} among ${population.join(',')}`).toBe(quintileScoreOf(below, equal + 1, population.length + 1));
        }
      }),
    );
  });

  it('gives the middle score to a value with nobody to rank against, and 5 above ten others', () => {
    expect(quintileScoreAt(quintileCuts(new Float64Array()), 7)).toBe(3);
    const ten = quintileCuts(Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    expect([0, 1, 5, 5.5, 11].map((value) => quintileScoreAt(ten, value))).toEqual([1, 1, 3, 3, 5]);
  });
});

