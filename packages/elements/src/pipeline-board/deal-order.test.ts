import { expect } from '@open-wc/testing';
import type { Deal } from '@rapport/core';
import * as fc from 'fast-check';
import { effectiveRank, insertionIndex, rankBetween, RANK_FIELD, resorted, sortDeals, type DealSortKey } from './deal-order.js';

function deal(id: string, fields: Partial<Deal> = {}): Deal {
  return {
    id,
    tenantId: 't',
    version: 1,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    name: id,
    pipelineId: 'p',
    stageId: 's',
    amount: 0,
    currency: 'CNY',
    status: 'open',
    stageHistory: [],
    tags: [],
    customFields: {},
    ...fields,
  };
}

const context = { stageProbability: 0.4, collator: new Intl.Collator('en') };
const ids = (deals: readonly Deal[]) => deals.map((d) => d.id);

describe('deal order', () => {
  it('ranks unplaced deals by expected close date, undated last, and a placed deal by its stored rank', () => {
    const march = deal('march', { expectedCloseDate: '2025-03-01' });
    const april = deal('april', { expectedCloseDate: '2025-04-01' });
    const undated = deal('undated');
    const placed = deal('placed', { expectedCloseDate: '2025-12-01', customFields: { [RANK_FIELD]: effectiveRank(march) - 1 } });
    expect(ids(sortDeals([undated, april, placed, march], 'rank', context))).to.deep.equal(['placed', 'march', 'april', 'undated']);
  });

  it('gives two deals closing the same day different ranks, so there is room between them', () => {
    const a = deal('a', { expectedCloseDate: '2025-03-01' });
    const b = deal('b', { expectedCloseDate: '2025-03-01' });
    expect(effectiveRank(a)).to.not.equal(effectiveRank(b));
    expect(Math.floor(effectiveRank(a))).to.equal(Math.floor(effectiveRank(b)));
  });

  it('puts a rank strictly between its neighbours, or keeps its own when that already fits', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 1e-3, max: 1e6, noNaN: true }), fc.double({ min: -2e6, max: 2e6, noNaN: true }), (previous, gap, own) => {
        const next = previous + gap;
        const rank = rankBetween(previous, next, own);
        expect(rank).to.be.greaterThan(previous);
        expect(rank).to.be.lessThan(next);
        if (own > previous && own < next) expect(rank).to.equal(own);
      }),
    );
    expect(rankBetween(undefined, 10, 20)).to.equal(9);
    expect(rankBetween(10, undefined, 5)).to.equal(11);
    expect(rankBetween(undefined, undefined, 7)).to.equal(7);
  });

  it('orders by amount and probability from the highest, by time in stage from the longest, and by name', () => {
    const small = deal('small', { amount: 10, name: 'Beta', stageHistory: [{ stageId: 's', enteredAt: '2025-02-01T00:00:00.000Z' }] });
    const large = deal('large', { amount: 900, probability: 0.1, name: 'alpha', stageHistory: [{ stageId: 's', enteredAt: '2025-01-05T00:00:00.000Z' }] });
    const sure = deal('sure', { amount: 50, probability: 0.9, name: 'Gamma' });
    const orders: Partial<Record<DealSortKey, string[]>> = {
      amount: ['large', 'sure', 'small'],
      probability: ['sure', 'small', 'large'],
      stageAge: ['sure', 'large', 'small'],
      name: ['large', 'small', 'sure'],
    };
    for (const [key, expected] of Object.entries(orders)) expect(ids(sortDeals([small, large, sure], key as DealSortKey, context)), key).to.deep.equal(expected);
  });

  it('finds where a deal falls in a sorted column, as sorting it in would put it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 30 }), fc.integer({ min: 0, max: 50 }), (amounts, amount) => {
        const column = sortDeals(amounts.map((value, i) => deal(`d${i}`, { amount: value })), 'amount', context);
        const newcomer = deal('new', { amount });
        const index = insertionIndex(column, newcomer, 'amount', context);
        expect(ids(sortDeals([...column, newcomer], 'amount', context)).indexOf('new')).to.equal(index);
      }),
    );
  });

  it('places changed deals into a sorted column exactly where sorting it again would', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ amount: fc.integer({ min: 0, max: 40 }), keep: fc.boolean() }), { maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 5 }),
        fc.constantFrom<DealSortKey>('rank', 'amount', 'name'),
        (rows, additions, key) => {
          const before = rows.map((row, i) => deal(`d${i}`, { amount: row.amount, name: `n${row.amount}`, expectedCloseDate: `2025-03-${String((row.amount % 28) + 1).padStart(2, '0')}` }));
          const after = [...before.filter((_, i) => rows[i]?.keep), ...additions.map((amount, i) => deal(`new${i}`, { amount, name: `n${amount}` }))];
          const matches = (candidate: Deal) => candidate.amount % 3 !== 0;
          const shown = sortDeals(before.filter(matches), key, context);
          expect(ids(resorted(shown, before, after, matches, key, context))).to.deep.equal(ids(sortDeals(after.filter(matches), key, context)));
        },
      ),
    );
  });
});
