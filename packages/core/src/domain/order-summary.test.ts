import { describe, expect, it } from 'vitest';
import { summarizeOrders, type SummaryOrder } from './order-summary.js';

const now = new Date('2025-06-30T00:00:00Z');

function order(accountId: string | undefined, orderedAt: string, amount: number, overrides: Partial<SummaryOrder> = {}): SummaryOrder {
  return { accountId, orderedAt, amount, currency: 'CNY', status: 'paid', margin: amount / 4, ...overrides };
}

describe('summarizeOrders', () => {
  it('groups counted orders by account in one pass', () => {
    const summary = summarizeOrders(
      [order('a', '2025-01-10T00:00:00Z', 100), order('b', '2025-03-01T00:00:00Z', 50), order('a', '2025-05-01T00:00:00Z', 300), order('a', '2024-12-01T00:00:00Z', 20)],
      { now },
    );
    expect(summary.customerIds).toEqual(['a', 'b']);
    expect([...summary.orderCount]).toEqual([3, 1]);
    expect([...summary.revenue]).toEqual([420, 50]);
    expect(new Date(summary.firstOrderAt[0]!).toISOString()).toBe('2024-12-01T00:00:00.000Z');
    expect(new Date(summary.lastOrderAt[0]!).toISOString()).toBe('2025-05-01T00:00:00.000Z');
    expect(summary.currency).toBe('CNY');
  });

  it('leaves out cancelled and refunded orders, orders after now and before since', () => {
    const summary = summarizeOrders(
      [
        order('a', '2025-01-10T00:00:00Z', 100, { status: 'cancelled' }),
        order('a', '2025-01-11T00:00:00Z', 100, { status: 'refunded' }),
        order('a', '2025-07-01T00:00:00Z', 100),
        order('a', '2023-01-01T00:00:00Z', 100),
        order('a', '2025-02-01T00:00:00Z', 7),
      ],
      { now, since: new Date('2024-01-01T00:00:00Z') },
    );
    expect([...summary.orderCount]).toEqual([1]);
    expect([...summary.revenue]).toEqual([7]);
  });

  it('groups by contact when asked, and counts orders without one', () => {
    const summary = summarizeOrders([order('a', '2025-01-10T00:00:00Z', 1, { contactId: 'p1' }), order('a', '2025-01-11T00:00:00Z', 1)], { now, by: 'contact' });
    expect(summary.customerIds).toEqual(['p1']);
    expect(summary.unattributed).toBe(1);
  });

  it('sums margins only inside the margin window, with a default rate for orders without one', () => {
    const summary = summarizeOrders(
      [order('a', '2025-06-01T00:00:00Z', 100, { margin: 30 }), order('a', '2025-06-10T00:00:00Z', 100, { margin: undefined }), order('a', '2025-01-01T00:00:00Z', 100, { margin: 99 })],
      { now, marginWindowDays: 90, defaultMarginRate: 0.2 },
    );
    expect([...summary.windowMargin]).toEqual([50]);
    expect(summary.firstOrderWithoutMargin).toBe(-1);
  });

  it('remembers the first order whose margin is unknown', () => {
    const summary = summarizeOrders([order('a', '2025-06-01T00:00:00Z', 100), order('a', '2025-06-02T00:00:00Z', 100, { margin: undefined })], { now });
    expect(summary.firstOrderWithoutMargin).toBe(1);
  });

  it('refuses to add up two currencies without a rate table, and converts with one', () => {
    const orders = [order('a', '2025-01-10T00:00:00Z', 100), order('a', '2025-01-11T00:00:00Z', 10, { currency: 'EUR' })];
    expect(() => summarizeOrders(orders, { now })).toThrowError(
      expect.objectContaining({ kind: 'validation', issues: [expect.objectContaining({ path: ['orders', 1, 'currency'] })] }),
    );
    const converted = summarizeOrders(orders, { now, conversion: { to: 'CNY', rates: { EUR: 8 } } });
    expect([...converted.revenue]).toEqual([180]);
    expect(converted.currency).toBe('CNY');
  });

  it('is empty without orders', () => {
    const summary = summarizeOrders([], { now });
    expect(summary.customerIds).toEqual([]);
    expect(summary.currency).toBeUndefined();
  });

  it('keeps growing past its first capacity', () => {
    const orders = Array.from({ length: 3000 }, (_, i) => order(`c${i}`, '2025-01-10T00:00:00Z', i));
    const summary = summarizeOrders(orders, { now });
    expect(summary.customerIds).toHaveLength(3000);
    expect(summary.revenue[2999]).toBe(2999);
  });
});
