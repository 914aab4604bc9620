import { describe, expect, it } from 'vitest';
import { lifecycleStage, type LifecycleInput } from './lifecycle.js';
import type { PurchaseOrder } from './purchases.js';

const now = new Date('2025-07-01T00:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
/** One paid order on each of the given days before now. */
const ordersOn = (...days: number[]): PurchaseOrder[] => days.map((d) => ({ orderedAt: daysAgo(d), status: 'paid' }));
const assess = (input: Partial<LifecycleInput>) => lifecycleStage({ orders: [], now, ...input });

describe('lifecycleStage', () => {
  it('keeps a prospect, or a customer after a first purchase, in exploration', () => {
    expect(assess({ activities: [{ at: daysAgo(3) }] })).toEqual({ stage: 'exploration', reached: 'exploration', reasons: [] });
    expect(assess({ orders: ordersOn(10) }).stage).toBe('exploration');
    expect(assess({}).stage).toBe('exploration');
  });

  it('moves to formation with a repeat purchase', () => {
    expect(assess({ orders: ordersOn(40, 10) }).stage).toBe('formation');
  });

  it('needs both enough orders and enough tenure for stability', () => {
    expect(assess({ orders: ordersOn(400, 300, 200, 100, 20) }).stage).toBe('stability');
    // Five orders, but all within the last 100 days: still forming.
    expect(assess({ orders: ordersOn(100, 80, 60, 40, 20) }).stage).toBe('formation');
  });

  it('does not count cancelled or refunded orders, nor orders after now', () => {
    const orders: PurchaseOrder[] = [
      ...ordersOn(30),
      { orderedAt: daysAgo(20), status: 'cancelled' },
      { orderedAt: daysAgo(10), status: 'refunded' },
      { orderedAt: daysAgo(-5), status: 'placed' },
    ];
    expect(assess({ orders }).stage).toBe('exploration');
  });

  it('declines from the stage reached when orders stop', () => {
    expect(assess({ orders: ordersOn(600, 550, 500, 450, 190) })).toEqual({ stage: 'decline', reached: 'stability', reasons: ['no-recent-order'] });
  });

  it('declines when the order rate halves, though orders still come', () => {
    // Four orders in the half-year before, one in the last half-year.
    expect(assess({ orders: ordersOn(350, 300, 250, 200, 20) })).toEqual({ stage: 'decline', reached: 'formation', reasons: ['order-rate-fell'] });
  });

  it('declines a prospect who went quiet or whose last deal was lost', () => {
    expect(assess({ activities: [{ at: daysAgo(200) }] }).reasons).toEqual(['no-recent-contact']);
    const deals = [
      { status: 'lost' as const, createdAt: daysAgo(60), updatedAt: daysAgo(5) },
      { status: 'won' as const, createdAt: daysAgo(90), updatedAt: daysAgo(70) },
    ];
    expect(assess({ deals })).toEqual({ stage: 'decline', reached: 'exploration', reasons: ['last-deal-lost'] });
    expect(assess({ deals: [...deals, { status: 'open', createdAt: daysAgo(1), updatedAt: daysAgo(1) }] }).stage).toBe('exploration');
  });

  it('calls a customer churned (active) after a year without an order', () => {
    expect(assess({ orders: ordersOn(700, 500, 400) })).toEqual({ stage: 'churned', reached: 'formation', churn: 'active', reasons: ['no-order-in-churn-period'] });
  });

  it('calls a customer churned (passive) when the company ended the relationship', () => {
    expect(assess({ orders: ordersOn(40, 10), endedByCompanyAt: daysAgo(1) })).toMatchObject({ stage: 'churned', churn: 'passive', reached: 'formation' });
    expect(assess({ orders: ordersOn(40, 10), endedByCompanyAt: daysAgo(-1) }).stage).toBe('formation');
  });

  it('takes the thresholds from the caller', () => {
    expect(lifecycleStage({ orders: ordersOn(100, 50, 10), now }, { stabilityOrders: 3, stabilityTenureDays: 90 }).stage).toBe('stability');
  });
});
