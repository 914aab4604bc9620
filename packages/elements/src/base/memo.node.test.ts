import { describe, expect, it } from 'vitest';
import { memo } from './memo.js';

describe('memo', () => {
  it('works a value out again only when one of its inputs is another object or value', () => {
    let runs = 0;
    const sum = memo((numbers: readonly number[], offset: number) => {
      runs += 1;
      return numbers.reduce((total, n) => total + n, offset);
    });
    const numbers = [1, 2, 3];
    expect(sum(numbers, 0)).toBe(6);
    expect(sum(numbers, 0)).toBe(6);
    expect(runs).toBe(1);
    // Equal contents in a new array count as a change: inputs are compared by identity.
    expect(sum([1, 2, 3], 0)).toBe(6);
    expect(runs).toBe(2);
    expect(sum(numbers, 10)).toBe(16);
    expect(runs).toBe(3);
  });
});
