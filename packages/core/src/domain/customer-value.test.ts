import { describe, expect, it } from 'vitest';
import { customerValues, valueFactors } from './customer-value.js';
import { summarizeOrders, type SummaryOrder } from './order-summary.js';
import { profitabilityTier } from './profitability.js';

const now = new Date('2025-07-01T00:00:00Z');
const thresholds = { greenAtLeast: 1000, redBelow: 0 };

const order = (accountId: string, orderedAt: string, margin: number | undefined, amount = 1000): SummaryOrder => ({
  accountId,
  orderedAt,
  amount,
  margin,
  currency: 'CNY',
  status: 'paid',
});

describe('valueFactors', () => {
  it('discounts each year of the horizon', () => {
    // 1/1.1 + 1/1.21 = 1.7355…
    expect(valueFactors(2, 0.1, 1, 0).current).toBeCloseTo(1 / 1.1 + 1 / 1.21, 10);
    // Growth of 10 % a year: (1.1 − 1)/1.1 + (1.21 − 1)/1.21.
    expect(valueFactors(2, 0.1, 1, 0.1).growth).toBeCloseTo(0.1 / 1.1 + 0.21 / 1.21, 10);
  });

  it('weights later years by the chance the customer is still there', () => {
    expect(valueFactors(2, 0, 0.5, 0).current).toBeCloseTo(1.5, 10);
  });
});

describe('customerValues', () => {
  it('projects the margin of the last year and sorts customers into tiers', () => {
    const summary = summarizeOrders(
      [
        order('earner', '2025-02-01T00:00:00Z', 1500),
        order('earner', '2025-05-01T00:00:00Z', 500),
        order('earner', '2023-01-01T00:00:00Z', 9999),
        order('breaks-even', '2025-03-01T00:00:00Z', 200),
        order('loses', '2025-03-01T00:00:00Z', -300),
      ],
      { now },
    );
    const rows = customerValues(summary, { discountRate: 0.1, horizonYears: 2, growthRate: 0.1, thresholds });
    const factor = 1 / 1.1 + 1 / 1.21;
    const growth = 0.1 / 1.1 + 0.21 / 1.21;
    expect(rows.map((row) => [row.customerId, row.tier])).toEqual([
      ['earner', 'green'],
      ['breaks-even', 'yellow'],
      ['loses', 'red'],
    ]);
    expect(rows[0]!.annualMargin).toBe(2000);
    expect(rows[0]!.currentValue).toBeCloseTo(2000 * factor, 8);
    expect(rows[0]!.growthPotential).toBeCloseTo(2000 * growth, 8);
    expect(rows[2]).toMatchObject({ annualMargin: -300, growthPotential: 0 });
    expect(rows[2]!.currentValue).toBeCloseTo(-300 * factor, 8);
  });

  it('scales a shorter margin window to a year', () => {
    const summary = summarizeOrders([order('a', '2025-06-15T00:00:00Z', 100)], { now, marginWindowDays: 73 });
    expect(customerValues(summary, { discountRate: 0, horizonYears: 1, thresholds })[0]!.annualMargin).toBeCloseTo(500, 10);
  });

  it('subtracts the cost to serve before choosing the tier', () => {
    const summary = summarizeOrders([order('a', '2025-06-15T00:00:00Z', 1200)], { now });
    const [row] = customerValues(summary, { discountRate: 0.1, thresholds, costToServe: () => 1500 });
    expect(row).toMatchObject({ annualMargin: 1200, annualProfit: -300, tier: 'red' });
  });

  it('refuses orders without a margin when no default rate was given', () => {
    const summary = summarizeOrders([order('a', '2025-06-15T00:00:00Z', 100), order('a', '2025-06-16T00:00:00Z', undefined)], { now });
    expect(() => customerValues(summary, { discountRate: 0.1, thresholds })).toThrowError(
      expect.objectContaining({ kind: 'validation', issues: [expect.objectContaining({ path: ['orders', 1, 'margin'] })] }),
    );
  });
});

describe('profitabilityTier', () => {
  it('is green at or above the green bound, red below the red bound, yellow between', () => {
    expect([1000, 999, 0, -0.01].map((profit) => profitabilityTier(profit, thresholds))).toEqual(['green', 'yellow', 'yellow', 'red']);
  });

  it('refuses a red bound above the green bound', () => {
    expect(() => profitabilityTier(0, { greenAtLeast: 0, redBelow: 10 })).toThrowError(expect.objectContaining({ kind: 'validation' }));
  });
});
