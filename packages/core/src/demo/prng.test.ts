import { describe, expect, it } from 'vitest';
import { SeededRandom } from './prng.js';

describe('SeededRandom', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const run = (seed: number) => {
      const random = new SeededRandom(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(run(42)).toEqual(run(42));
    expect(run(42)).not.toEqual(run(43));
  });

  it('keeps integers within bounds and reaches both ends', () => {
    const random = new SeededRandom(1);
    const rolls = Array.from({ length: 2000 }, () => random.int(1, 6));
    expect(Math.min(...rolls)).toBe(1);
    expect(Math.max(...rolls)).toBe(6);
  });

  it('samples distinct items', () => {
    const picked = new SeededRandom(3).sample(['a', 'b', 'c', 'd', 'e'], 3);
    expect(new Set(picked).size).toBe(3);
  });
});
