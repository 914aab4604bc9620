import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Order } from '../schema/order.js';
import { customerMeasures, purchaseFigures, rfmFromCuts } from './customer-measures.js';
import { DAY_MS } from './dates.js';
import { summarizeOrders } from './order-summary.js';
import { rfmAnalysis, rfmCuts } from './rfm.js';

const now = new Date('2025-07-01T12:00:00Z');

function order(contactId: string, daysAgo: number, amount: number, status: Order['status'] = 'paid'): Order {
  const at = new Date(now.getTime() - daysAgo * DAY_MS).toISOString();
  return { id: `${contactId}-${daysAgo}-${amount}`, version: 1, createdAt: at, updatedAt: at, contactId, orderedAt: at, amount, currency: 'CNY', status, items: [] } as unknown as Order;
}

describe('customer measures', () => {
  it('scores one customer against the cuts of the others’ ranking exactly as rfmAnalysis ranks everyone', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 40 }), (rows) => {
        const orders = rows.map(([customer, daysAgo, amount]) => order(`c${customer}`, daysAgo, amount * 100));
        for (const row of rfmAnalysis(summarizeOrders(orders, { now, by: 'contact' }))) {
          const own = orders.filter((o) => o.contactId === row.customerId);
          const others = rfmCuts(summarizeOrders(orders.filter((o) => o.contactId !== row.customerId), { now, by: 'contact' }));
          expect(rfmFromCuts(purchaseFigures(row.customerId, 'contact', own, now)!, others)).toEqual({ r: row.r, f: row.f, m: row.m, segment: row.segment });
        }
      }),
    );
  });

  it('scores an order placed since the ranking as the most recent, in whole days up to the ranking', () => {
    const ranked = rfmCuts(summarizeOrders([order('a', 1, 100), order('b', 30, 100), order('c', 300, 100), order('d', 3, 100)], { now, by: 'contact' }));
    const later = new Date(now.getTime() + 5 * DAY_MS);
    const figures = (daysAgo: number) => purchaseFigures('e', 'contact', [{ ...order('e', daysAgo, 100), orderedAt: new Date(later.getTime() - daysAgo * DAY_MS).toISOString() }], later)!;
    // Today, five days after the ranking: more recent than anyone ranked.
    expect(rfmFromCuts(figures(0), ranked).r).toBe(5);
    // 305 days before today is 300 before the ranking: level with c, the oldest.
    expect(rfmFromCuts(figures(305), ranked).r).toBe(1);
  });

  it('reads only the customer’s own records, and leaves RFM out for someone who never bought', () => {
    const measures = customerMeasures('c1', 'contact', { orders: [order('c1', 3, 100, 'cancelled')], activities: [], deals: [], service: { complaints: 0, slaBreaches: 0 }, responses: [], surveys: [] }, now, undefined, {
      r: 5,
      f: 5,
      m: 5,
      segment: 'champions',
    });
    expect([measures.rfm, measures.tier, measures.lifecycle.stage]).toEqual([undefined, undefined, 'exploration']);
  });

  it('gives no purchase figures for orders in several currencies', () => {
    expect(purchaseFigures('c1', 'contact', [order('c1', 3, 100), { ...order('c1', 4, 100), currency: 'USD' }], now)).toBeUndefined();
  });
});
