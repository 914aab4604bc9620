import { expect } from '@open-wc/testing';
import { createCrmClient, type Deal, type StorageAdapter } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import { pipelineDealsQuery } from './pipeline-deals-query.js';
import { testDeal, testPipeline } from './test-board.js';

/** Counts the reads that reach the adapter, and how many records they return. */
function counting(adapter: StorageAdapter) {
  const reads = { calls: 0, records: 0 };
  const counted: StorageAdapter = {
    ...adapter,
    name: 'counting',
    list: async (collection, query, options) => {
      const page = await adapter.list(collection, query, options);
      reads.calls += 1;
      reads.records += page.items.length;
      return page;
    },
  };
  return { counted, reads };
}

describe('pipeline deals query', () => {
  it('loads every open deal of the pipeline across pages, and after a change reads only what changed', async () => {
    let clock = Date.parse('2025-03-01T09:00:00.000Z');
    // Records written at different moments, as in any store that has been in use for a while.
    const deals = Array.from({ length: 2500 }, (_, i) =>
      testDeal(`d${String(i).padStart(4, '0')}`, i % 2 ? 'lead' : 'proposal', { updatedAt: new Date(clock - (i + 1) * 60_000).toISOString() }),
    );
    const adapter = createMemoryAdapter({
      now: () => new Date((clock += 1000)),
      seed: { pipelines: [testPipeline], deals: [...deals, testDeal('closed', 'lead', { status: 'won' }), testDeal('elsewhere', 'lead', { pipelineId: 'p-other' })] },
    });
    const { counted, reads } = counting(adapter);
    const client = createCrmClient({ adapter: counted });
    const query = pipelineDealsQuery(client, testPipeline.id);
    const first = await client.queryClient.fetchQuery(query);
    expect(first.items).to.have.length(2500);
    expect(first.items.every((deal) => deal.status === 'open' && deal.pipelineId === testPipeline.id)).to.equal(true);

    await adapter.update('deals', 'd0001', { stageId: 'negotiation' }, { expectedVersion: 1 });
    await adapter.update('deals', 'd0002', { status: 'lost' }, { expectedVersion: 1 });
    await adapter.create('deals', testDeal('new', 'lead'), { id: 'new' });
    reads.calls = 0;
    reads.records = 0;
    const synced = await client.queryClient.fetchQuery({ ...query, staleTime: 0 });
    const byId = new Map(synced.items.map((deal: Deal) => [deal.id, deal]));
    expect(byId.get('d0001')?.stageId).to.equal('negotiation');
    expect(byId.has('d0002')).to.equal(false);
    expect(byId.has('new')).to.equal(true);
    expect(synced.items).to.have.length(2500);
    // The changes and a count, not the 2,500 deals again.
    expect(reads.calls).to.equal(2);
    expect(reads.records).to.be.below(10);
    // Unchanged deals are the very objects held before: nothing downstream recomputes for them.
    expect(byId.get('d0003')).to.equal(first.items.find((deal) => deal.id === 'd0003'));
  });

  it('reloads in full when a deal disappears without a trace of change', async () => {
    const adapter = createMemoryAdapter({ seed: { pipelines: [testPipeline], deals: [testDeal('a', 'lead'), testDeal('b', 'lead')] } });
    const client = createCrmClient({ adapter });
    const query = pipelineDealsQuery(client, testPipeline.id);
    await client.queryClient.fetchQuery(query);
    await adapter.remove('deals', 'a');
    const synced = await client.queryClient.fetchQuery({ ...query, staleTime: 0 });
    expect(synced.items.map((deal) => deal.id)).to.deep.equal(['b']);
  });
});
