import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { smallestInOrder } from './smallest-in-order.js';

describe('smallestInOrder', () => {
  it('equals sorting everything and taking the first few', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 })), fc.integer({ min: 0, max: 30 }), (items, count) => {
        const byValue = (a: number, b: number) => a - b;
        expect(smallestInOrder(items, count, byValue)).toEqual([...items].sort(byValue).slice(0, count));
      }),
    );
  });
});
