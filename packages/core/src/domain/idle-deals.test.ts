import { describe, expect, it } from 'vitest';
import { idleDeals, type IdleDealInput } from './idle-deals.js';

const now = new Date('2025-03-31T00:00:00Z');

function deal(id: string, enteredAt: string, status: IdleDealInput['status'] = 'open'): IdleDealInput {
  return { id, stageId: 'propose', status, createdAt: '2025-01-01T00:00:00Z', stageHistory: [{ stageId: 'propose', enteredAt }] };
}

describe('idleDeals', () => {
  it('lists open deals without a stage move for longer than the threshold, longest idle first', () => {
    const deals = [deal('a', '2025-03-11T00:00:00Z'), deal('b', '2025-03-01T00:00:00Z'), deal('c', '2025-03-20T00:00:00Z'), deal('d', '2025-01-01T00:00:00Z', 'lost')];
    const idle = idleDeals(deals, { now, idleDays: 14 });
    expect(idle.map((i) => [i.deal.id, i.idleDays])).toEqual([
      ['b', 30],
      ['a', 20],
    ]);
  });

  it('is not idle at exactly the threshold', () => {
    expect(idleDeals([deal('a', '2025-03-17T00:00:00Z')], { now, idleDays: 14 })).toEqual([]);
  });

  it('counts a logged activity on the deal as life, but not a planned one in the future', () => {
    const deals = [deal('a', '2025-03-01T00:00:00Z'), deal('b', '2025-03-01T00:00:00Z')];
    const activities = [
      { dealId: 'a', at: '2025-03-25T00:00:00Z' },
      { dealId: 'b', at: '2025-04-02T00:00:00Z' },
      { at: '2025-03-30T00:00:00Z' },
    ];
    const idle = idleDeals(deals, { now, idleDays: 14, activities });
    expect(idle.map((i) => [i.deal.id, i.idleSince.toISOString()])).toEqual([['b', '2025-03-01T00:00:00.000Z']]);
  });

  it('judges a deal by its stage’s own rotting days where the stage has them', () => {
    const negotiate = { ...deal('n', '2025-03-25T00:00:00Z'), stageId: 'negotiate', stageHistory: [{ stageId: 'negotiate', enteredAt: '2025-03-25T00:00:00Z' }] };
    const deals = [deal('p', '2025-03-20T00:00:00Z'), negotiate];
    expect(idleDeals(deals, { now, idleDays: 14 })).toEqual([]);
    expect(idleDeals(deals, { now, idleDays: 14, idleDaysByStage: { negotiate: 3 } }).map((i) => i.deal.id)).toEqual(['n']);
    expect(idleDeals(deals, { now, idleDays: 14, idleDaysByStage: { propose: 30, negotiate: 3 } }).map((i) => i.deal.id)).toEqual(['n']);
    expect(idleDeals(deals, { now, idleDays: 3, idleDaysByStage: { propose: 30 } }).map((i) => i.deal.id)).toEqual(['n']);
  });
});
