import { expect } from '@open-wc/testing';
import type { Deal } from '@rapport/core';
import { breaksWipLimit } from './deal-move.js';
import { closePatch, movePatch, reopenPatch } from './deal-patches.js';
import { RANK_FIELD } from './deal-order.js';

const at = new Date('2025-03-01T09:00:00.000Z');
const deal = {
  id: 'd1',
  stageId: 'proposal',
  stageHistory: [
    { stageId: 'lead', enteredAt: '2025-01-01T00:00:00.000Z', exitedAt: '2025-02-01T00:00:00.000Z' },
    { stageId: 'proposal', enteredAt: '2025-02-01T00:00:00.000Z' },
  ],
  customFields: { region: 'East' },
} as unknown as Deal;

describe('deal moves', () => {
  it('closes the stay in the old stage and opens one in the new', () => {
    const patch = movePatch(deal, 'negotiation', undefined, at);
    expect(patch.stageId).to.equal('negotiation');
    expect(patch.stageHistory).to.deep.equal([
      deal.stageHistory[0],
      { stageId: 'proposal', enteredAt: '2025-02-01T00:00:00.000Z', exitedAt: at.toISOString() },
      { stageId: 'negotiation', enteredAt: at.toISOString() },
    ]);
    expect(patch).to.not.have.property('customFields');
  });

  it('changes only the rank within a stage, keeping the other custom fields', () => {
    expect(movePatch(deal, 'proposal', 20100.5, at)).to.deep.equal({ customFields: { region: 'East', [RANK_FIELD]: 20100.5 } });
    expect(movePatch(deal, 'proposal', undefined, at)).to.deep.equal({});
  });

  it('closes a lost deal where it was lost, with its reason, and a won deal in the won stage', () => {
    const lost = closePatch(deal, 'lost', '  Price too high ', at, 'won');
    expect(lost).to.include({ status: 'lost', lostReason: 'Price too high', closedAt: at.toISOString() });
    expect(lost).to.not.have.property('stageId');
    expect(lost.stageHistory?.at(-1)).to.deep.equal({ stageId: 'proposal', enteredAt: '2025-02-01T00:00:00.000Z', exitedAt: at.toISOString() });
    const won = closePatch(deal, 'won', '', at, 'won');
    expect(won).to.include({ status: 'won', stageId: 'won' });
    expect(won).to.not.have.property('wonReason');
  });

  it('reopens a closed deal for a new stay in the stage it was closed from, before the won stage for a won one', () => {
    const won = { ...deal, ...closePatch(deal, 'won', 'Fast delivery', at, 'won') } as Deal;
    const later = new Date('2025-04-01T09:00:00.000Z');
    const reopened = reopenPatch(won, later, 'won');
    expect(reopened).to.include({ status: 'open', stageId: 'proposal' });
    expect(reopened).to.have.all.keys('status', 'stageId', 'stageHistory', 'closedAt', 'lostReason', 'wonReason');
    expect([reopened.closedAt, reopened.lostReason, reopened.wonReason]).to.deep.equal([undefined, undefined, undefined]);
    expect(reopened.stageHistory?.slice(-2)).to.deep.equal([
      { stageId: 'won', enteredAt: at.toISOString(), exitedAt: at.toISOString() },
      { stageId: 'proposal', enteredAt: later.toISOString() },
    ]);
    const lost = { ...deal, ...closePatch(deal, 'lost', 'Price', at, 'won') } as Deal;
    expect(reopenPatch(lost, later, 'won').stageId).to.equal('proposal');
  });

  it('refuses a stage only when it has a limit and is full', () => {
    expect(breaksWipLimit(undefined, 99)).to.equal(false);
    expect(breaksWipLimit(2, 1)).to.equal(false);
    expect(breaksWipLimit(2, 2)).to.equal(true);
  });
});
