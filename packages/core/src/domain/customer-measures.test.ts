import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Order } from '../schema/order.js';
import { customerMeasures, purchaseFigures, rfmFromStanding, type PurchaseFigures, type RfmStanding } from './customer-measures.js';
import { DAY_MS } from './dates.js';
import { summarizeOrders } from './order-summary.js';
import { rfmAnalysis } from './rfm.js';

const now = new Date('2025-07-01T12:00:00Z');

function order(contactId: string, daysAgo: number, amount: number, status: Order['status'] = 'paid'): Order {
  const at = new Date(now.getTime() - daysAgo * DAY_MS).toISOString();
  return { id: `${contactId}-${daysAgo}-${amount}`, version: 1, createdAt: at, updatedAt: at, contactId, orderedAt: at, amount, currency: 'CNY', status, items: [] } as unknown as Order;
}

/** Where `figures` stands among `others`, counted the way a store counts rows. */
function standingAmong(figures: PurchaseFigures, others: readonly PurchaseFigures[]): RfmStanding {
  const days = (at: number) => Math.floor((now.getTime() - at) / DAY_MS);
  const count = (value: (f: PurchaseFigures) => number, mine: number) => ({
    below: others.filter((other) => value(other) < mine).length,
    equal: others.filter((other) => value(other) === mine).length,
  });
  return {
    customers: others.length,
    // Fewer days is better: "below" are those whose last order is older.
    recency: count((other) => -days(other.lastOrderAt), -days(figures.lastOrderAt)),
    frequency: count((other) => other.orderCount, figures.orderCount),
    monetary: count((other) => other.revenue, figures.revenue),
  };
}

describe('customer measures', () => {
  it('ranks one customer from counts exactly as rfmAnalysis ranks everyone', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 40 }), (rows) => {
        const orders = rows.map(([customer, daysAgo, amount]) => order(`c${customer}`, daysAgo, amount * 100));
        const expected = rfmAnalysis(summarizeOrders(orders, { now, by: 'contact' }));
        const figures = new Map(expected.map((row) => [row.customerId, purchaseFigures(row.customerId, 'contact', orders.filter((o) => o.contactId === row.customerId), now)!]));
        for (const row of expected) {
          const mine = figures.get(row.customerId)!;
          const others = [...figures].filter(([id]) => id !== row.customerId).map(([, other]) => other);
          expect(rfmFromStanding(mine, standingAmong(mine, others))).toEqual({ r: row.r, f: row.f, m: row.m, segment: row.segment });
        }
      }),
    );
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
