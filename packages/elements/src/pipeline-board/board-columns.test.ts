import { expect } from '@open-wc/testing';
import type { Deal, Pipeline } from '@rapport/core';
import { BoardColumns, sumGroups } from './board-columns.js';
import { testDeal, testDeals, testPipeline } from './test-board.js';

const pipeline = { ...testPipeline, tenantId: 't', version: 1, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' } as Pipeline;
const stored = (deals: readonly object[]): Deal[] =>
  deals.map((fields) => ({ tenantId: 't', version: 1, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', tags: [], customFields: {}, ...fields }) as unknown as Deal);
const deals = stored(testDeals);
const input = { pipeline, deals, pending: new Map<string, Deal>(), filter: {}, sort: 'rank' as const, collator: new Intl.Collator('en'), nowMs: Date.parse('2025-03-01T09:00:00.000Z') };
const names = (deals: readonly Deal[]) => deals.map((deal) => deal.name);

describe('board columns', () => {
  it('groups open deals by stage and sums each stage: face value and value weighted by probability', () => {
    const columns = new BoardColumns().columns(input);
    expect(columns.map((column) => column.stage.id)).to.deep.equal(['lead', 'proposal', 'negotiation']);
    const [lead, proposal] = columns;
    expect(lead?.summary).to.deep.equal({ count: 3, amount: { CNY: 23000 }, weighted: { CNY: 2300 } });
    // Printers has its own probability (0.6); Support plan takes the stage's (0.5).
    expect(proposal?.summary).to.deep.equal({ count: 2, amount: { CNY: 25000 }, weighted: { CNY: 13000 } });
    expect(sumGroups(columns.map((column) => column.summary))).to.deep.equal({ count: 6, amount: { CNY: 98000 }, weighted: { CNY: 50300 } });
  });

  it('leaves closed deals out, and shows the won stage only when open deals sit in it', () => {
    const withClosed = stored([...testDeals, testDeal('x', 'lead', { status: 'lost' }), testDeal('y', 'won')]);
    const columns = new BoardColumns().columns({ ...input, deals: withClosed });
    expect(columns.map((column) => column.stage.id)).to.deep.equal(['lead', 'proposal', 'negotiation', 'won']);
    expect(columns[0]?.openCount).to.equal(3);
  });

  it('shows a deal being saved where it is going, and recomputes only the two stages it touches', () => {
    const board = new BoardColumns();
    const before = board.columns(input);
    const moving = { ...(deals[0] as Deal), stageId: 'negotiation' };
    const after = board.columns({ ...input, pending: new Map([[moving.id, moving]]) });
    expect(names(after[0]?.deals ?? [])).to.deep.equal(['Loyalty app', 'Scanners']);
    expect(names(after[2]?.deals ?? [])).to.deep.equal(['Cash registers', 'Store rollout']);
    expect(after[1]?.deals).to.equal(before[1]?.deals);
    expect(after[1]?.summary).to.equal(before[1]?.summary);
  });

  it('keeps unchanged stages when a new data set arrives, and filters what each stage shows', () => {
    const board = new BoardColumns();
    const before = board.columns(input);
    const reloaded = [...deals.slice(0, 5), { ...(deals[5] as Deal), amount: 60000 }];
    const after = board.columns({ ...input, deals: reloaded });
    expect(after[0]?.deals).to.equal(before[0]?.deals);
    expect(after[2]?.summary.amount).to.deep.equal({ CNY: 60000 });
    const filtered = board.columns({ ...input, filter: { ownerId: 'u-lin', minAmount: 5000 } });
    expect(filtered.map((column) => names(column.deals))).to.deep.equal([['Cash registers'], ['Support plan'], []]);
    expect(filtered[1]?.openCount).to.equal(2);
  });
});
