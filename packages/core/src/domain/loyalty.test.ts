import { describe, expect, it } from 'vitest';
import { loyaltyLevel, type LoyaltyInput } from './loyalty.js';
import type { PurchaseOrder } from './purchases.js';

const now = new Date('2025-07-01T00:00:00Z');
const ordersOn = (...days: number[]): PurchaseOrder[] => days.map((d) => ({ orderedAt: new Date(now.getTime() - d * 86_400_000).toISOString(), status: 'paid' }));
const level = (input: Partial<LoyaltyInput>) => loyaltyLevel({ npsAnswers: [], csatAnswers: [], orders: [], now, ...input }).level;

describe('loyaltyLevel', () => {
  it('is none for an unhappy customer, whatever they bought', () => {
    expect(level({ npsAnswers: [6], orders: ordersOn(300, 200, 100, 50, 10) })).toBe('none');
    expect(level({ csatAnswers: [3, 4], orders: ordersOn(30, 10) })).toBe('none');
    expect(level({})).toBe('none');
  });

  it('is satisfaction for a happy first-time buyer', () => {
    expect(level({ csatAnswers: [5, 4], orders: ordersOn(10) })).toBe('satisfaction');
  });

  it('is trust once a satisfied customer comes back', () => {
    expect(level({ npsAnswers: [8], orders: ordersOn(40, 10) })).toBe('trust');
  });

  it('takes a repeat purchase as satisfaction when no survey was answered', () => {
    expect(level({ orders: ordersOn(40, 10) })).toBe('trust');
    expect(level({ orders: ordersOn(10) })).toBe('none');
  });

  it('is behavioural for regular repeat buying, and needs it to continue', () => {
    expect(level({ npsAnswers: [8], orders: ordersOn(300, 200, 100, 10) })).toBe('behavioural');
    expect(level({ npsAnswers: [8], orders: ordersOn(700, 600, 500, 10) })).toBe('trust');
  });

  it('is emotional for a regular buyer who would recommend the company', () => {
    expect(level({ npsAnswers: [7, 10], orders: ordersOn(300, 200, 100, 10) })).toBe('emotional');
  });

  it('is sustainable after two years with every NPS answer at 7 or more', () => {
    expect(level({ npsAnswers: [8, 9], orders: ordersOn(800, 300, 200, 100, 10) })).toBe('sustainable');
    expect(level({ npsAnswers: [5, 9], orders: ordersOn(800, 300, 200, 100, 10) })).toBe('emotional');
  });

  it('reports the evidence it judged', () => {
    const assessment = loyaltyLevel({ npsAnswers: [3, 9], csatAnswers: [4, 5], orders: ordersOn(400, 20), now });
    expect(assessment).toMatchObject({ orderCount: 2, ordersLastYear: 1, tenureDays: 400, latestNps: 9, meanCsat: 4.5 });
  });
});
