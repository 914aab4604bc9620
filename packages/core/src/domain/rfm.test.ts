import { describe, expect, it } from 'vitest';
import { summarizeOrders, type SummaryOrder } from './order-summary.js';
import { rfmAnalysis, rfmSegment } from './rfm.js';

const now = new Date('2025-07-01T00:00:00Z');

function orders(accountId: string, count: number, lastOrderAt: string, amountEach: number): SummaryOrder[] {
  return Array.from({ length: count }, (_, i) => ({
    accountId,
    orderedAt: new Date(Date.parse(lastOrderAt) - i * 7 * 86_400_000).toISOString(),
    amount: amountEach,
    currency: 'CNY',
    status: 'paid' as const,
  }));
}

const rfm = (list: SummaryOrder[]) => rfmAnalysis(summarizeOrders(list, { now }));

describe('rfmAnalysis', () => {
  it('scores recency, frequency and money against the other customers', () => {
    const rows = rfm([
      ...orders('fresh-big', 10, '2025-06-30T00:00:00Z', 500),
      ...orders('fresh-small', 2, '2025-06-29T00:00:00Z', 10),
      ...orders('mid', 5, '2025-05-01T00:00:00Z', 100),
      ...orders('old-big', 8, '2024-10-01T00:00:00Z', 400),
      ...orders('old-small', 1, '2024-07-01T00:00:00Z', 20),
    ]);
    expect(rows.map(({ customerId, r, f, m, segment }) => [customerId, r, f, m, segment])).toEqual([
      ['fresh-big', 5, 5, 5, 'champions'],
      ['fresh-small', 4, 2, 1, 'potential'],
      ['mid', 3, 3, 3, 'potential'],
      ['old-big', 2, 4, 4, 'at-risk'],
      // Spent 20 like fresh-small: the tie gets the same monetary score.
      ['old-small', 1, 1, 1, 'lost'],
    ]);
    expect(rows[0]).toMatchObject({ recencyDays: 1, frequency: 10, monetary: 5000 });
  });

  it('gives customers who bought on the same day the same recency score', () => {
    const rows = rfm([
      { accountId: 'a', orderedAt: '2025-06-20T08:00:00Z', amount: 1, currency: 'CNY', status: 'paid' },
      { accountId: 'b', orderedAt: '2025-06-20T20:00:00Z', amount: 1, currency: 'CNY', status: 'paid' },
      { accountId: 'c', orderedAt: '2025-01-01T00:00:00Z', amount: 1, currency: 'CNY', status: 'paid' },
    ]);
    expect(rows.map((row) => row.r)).toEqual([4, 4, 1]);
  });

  it('gives a lone customer with one order middle scores', () => {
    const rows = rfm(orders('only', 1, '2025-06-30T00:00:00Z', 10));
    expect(rows).toEqual([{ customerId: 'only', recencyDays: 1, frequency: 1, monetary: 10, r: 3, f: 3, m: 3, segment: 'potential' }]);
  });

  it('has no rows without orders', () => {
    expect(rfm([])).toEqual([]);
  });
});

describe('rfmSegment', () => {
  it('names the segments by the documented rules', () => {
    expect(rfmSegment({ r: 5, f: 4, m: 4 }, 9)).toBe('champions');
    expect(rfmSegment({ r: 3, f: 5, m: 1 }, 9)).toBe('loyal');
    expect(rfmSegment({ r: 5, f: 1, m: 2 }, 1)).toBe('new');
    expect(rfmSegment({ r: 5, f: 2, m: 2 }, 2)).toBe('potential');
    expect(rfmSegment({ r: 2, f: 3, m: 5 }, 6)).toBe('at-risk');
    expect(rfmSegment({ r: 2, f: 2, m: 2 }, 2)).toBe('hibernating');
    expect(rfmSegment({ r: 1, f: 1, m: 1 }, 1)).toBe('lost');
  });
});
