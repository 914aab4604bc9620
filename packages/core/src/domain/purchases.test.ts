import { describe, expect, it } from 'vitest';
import { countBetween, purchaseTimes } from './purchases.js';

describe('purchaseTimes', () => {
  it('keeps purchases up to now, sorted, and drops cancelled and refunded orders', () => {
    const now = Date.parse('2025-07-01T00:00:00Z');
    const times = purchaseTimes(
      [
        { orderedAt: '2025-05-01T00:00:00Z', status: 'shipped' },
        { orderedAt: '2025-01-01T00:00:00Z', status: 'paid' },
        { orderedAt: '2025-03-01T00:00:00Z', status: 'cancelled' },
        { orderedAt: '2025-04-01T00:00:00Z', status: 'refunded' },
        { orderedAt: '2025-08-01T00:00:00Z', status: 'placed' },
      ],
      now,
    );
    expect(times.map((t) => new Date(t).toISOString().slice(0, 10))).toEqual(['2025-01-01', '2025-05-01']);
    expect(countBetween(times, Date.parse('2025-01-01T00:00:00Z'), Date.parse('2025-05-01T00:00:00Z'))).toBe(1);
  });
});
