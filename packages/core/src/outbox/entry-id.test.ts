import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEntryIdGenerator } from './entry-id.js';

describe('outbox entry ids', () => {
  it('sort in the order they were made, within one millisecond and when the clock steps back', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4_102_444_800_000 }), { minLength: 2, maxLength: 50 }), (times) => {
        const next = createEntryIdGenerator();
        const ids = times.map((at) => next(at));
        expect([...ids].sort()).toEqual(ids);
        expect(new Set(ids).size).toBe(ids.length);
      }),
    );
  });

  it('differ between pages that make one at the same moment', () => {
    const at = Date.parse('2025-03-01T09:00:00Z');
    expect(createEntryIdGenerator()(at)).not.toBe(createEntryIdGenerator()(at));
  });
});
