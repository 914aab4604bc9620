import { createCrmClient, type CrmClient, type DealCreate, type MemoryAdapter, type StorageAdapter } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';

/** The clock every board test reads: deal ages are counted to it. */
export const TEST_NOW = new Date('2025-03-01T09:00:00.000Z');

/** Lead → Proposal (WIP limit 2) → Negotiation → Won. */
export const testPipeline = {
  id: 'p-test',
  name: 'Sales',
  currency: 'CNY',
  stages: [
    { id: 'lead', name: 'Lead', probability: 0.1 },
    { id: 'proposal', name: 'Proposal', probability: 0.5, wipLimit: 2 },
    { id: 'negotiation', name: 'Negotiation', probability: 0.7 },
    { id: 'won', name: 'Won', probability: 1 },
  ],
};

type TestDeal = DealCreate & { readonly id: string };

export function testDeal(id: string, stageId: string, fields: Partial<TestDeal> & { readonly updatedAt?: string } = {}): TestDeal {
  return {
    id,
    name: `Deal ${id}`,
    pipelineId: testPipeline.id,
    stageId,
    amount: 1000,
    currency: 'CNY',
    status: 'open',
    stageHistory: [{ stageId, enteredAt: '2025-02-19T09:00:00.000Z' }],
    ...fields,
  } as TestDeal;
}

/** Three leads (closing in March, April, May), two proposals, one negotiation. */
export const testDeals: readonly TestDeal[] = [
  testDeal('d1', 'lead', { name: 'Cash registers', amount: 12000, expectedCloseDate: '2025-03-20', ownerId: 'u-lin', accountId: 'a1' }),
  testDeal('d2', 'lead', { name: 'Loyalty app', amount: 8000, expectedCloseDate: '2025-04-10', ownerId: 'u-emma' }),
  testDeal('d3', 'lead', { name: 'Scanners', amount: 3000, expectedCloseDate: '2025-05-02', ownerId: 'u-lin' }),
  testDeal('d4', 'proposal', { name: 'Printers', amount: 5000, expectedCloseDate: '2025-03-15', ownerId: 'u-emma', probability: 0.6 }),
  testDeal('d5', 'proposal', { name: 'Support plan', amount: 20000, expectedCloseDate: '2025-06-30', ownerId: 'u-lin' }),
  testDeal('d6', 'negotiation', { name: 'Store rollout', amount: 50000, expectedCloseDate: '2025-03-28', ownerId: 'u-emma' }),
];

export interface TestBoard {
  readonly adapter: MemoryAdapter;
  readonly client: CrmClient;
}

/** A client over a memory adapter holding the test pipeline and `deals`; `wrap` may put a failing adapter in front. */
export function testBoard(deals: readonly TestDeal[] = testDeals, wrap: (adapter: MemoryAdapter) => StorageAdapter = (adapter) => adapter): TestBoard {
  const adapter = createMemoryAdapter({
    now: () => TEST_NOW,
    seed: { pipelines: [testPipeline], deals, accounts: [{ id: 'a1', name: 'Yunshan Tech' }] },
  });
  return { adapter, client: createCrmClient({ adapter: wrap(adapter), now: () => TEST_NOW }) };
}
