import { describe, expect, it } from 'vitest';
import { NotFoundError } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import { rfmAnalysis, summarizeOrders } from '@rapport/core/domain';
import type { Order } from '@rapport/core/schema';

const NOW = new Date('2025-06-01T00:00:00Z');
const DAY = 86_400_000;
const order = (id: string, contactId: string, daysAgo: number, amount: number, currency = 'CNY') => ({
  id,
  contactId,
  accountId: `a-${contactId}`,
  orderedAt: new Date(NOW.getTime() - daysAgo * DAY).toISOString(),
  amount,
  currency,
});
// Six customers buying more, more often and more lately from c1 to c6; c7 only in another currency.
const orders = [1, 2, 3, 4, 5, 6].flatMap((n) => Array.from({ length: n }, (_, i) => order(`o${n}-${i}`, `c${n}`, 400 - n * 60 + i, n * 1_000)));
orders.push(order('o7', 'c7', 5, 99_000, 'USD'));
const adapter = createMemoryAdapter({
  now: () => NOW,
  seed: {
    accounts: [1, 2, 3, 4, 5, 6, 7].map((n) => ({ id: `a-c${n}`, name: `Account ${n}` })),
    contacts: [1, 2, 3, 4, 5, 6, 7].map((n) => ({ id: `c${n}`, name: `Contact ${n}`, accountId: `a-c${n}` })),
    orders,
  },
});

describe('the memory adapter’s customer measures', () => {
  it('ranks a customer among every customer’s orders in its currency, as the server’s recomputation does', async () => {
    const stored = (await adapter.list('orders', { limit: 100 })).items as unknown as Order[];
    const ranked = rfmAnalysis(summarizeOrders(stored.filter((o) => o.currency === 'CNY'), { now: NOW, by: 'contact' }));
    for (const id of ['c1', 'c3', 'c6']) {
      const kept = await adapter.customerMeasures('contact', id);
      const row = ranked.find((r) => r.customerId === id)!;
      expect(kept.rfm).toEqual({ r: row.r, f: row.f, m: row.m, segment: row.segment });
      expect(kept).toMatchObject({ kind: 'contact', customerId: id, computedAt: NOW.toISOString() });
    }
    expect((await adapter.customerMeasures('contact', 'c6')).rfm?.segment).not.toBe((await adapter.customerMeasures('contact', 'c1')).rfm?.segment);
  });

  it('ranks accounts by their orders, a customer in another currency only among its buyers, and refuses an unknown customer', async () => {
    const byAccount = rfmAnalysis(summarizeOrders(orders.filter((o) => o.currency === 'CNY') as Order[], { now: NOW, by: 'account' }));
    const row = byAccount.find((r) => r.customerId === 'a-c4')!;
    expect((await adapter.customerMeasures('account', 'a-c4')).rfm).toEqual({ r: row.r, f: row.f, m: row.m, segment: row.segment });
    const lone = rfmAnalysis(summarizeOrders(orders.filter((o) => o.currency === 'USD') as Order[], { now: NOW, by: 'contact' }))[0]!;
    expect((await adapter.customerMeasures('contact', 'c7')).rfm?.segment).toBe(lone.segment);
    await expect(adapter.customerMeasures('contact', 'nobody')).rejects.toBeInstanceOf(NotFoundError);
  });
});
