import { expect } from '@open-wc/testing';
import { slotAfterKey, type DropSlot, type SlotColumn } from './drop-slot.js';

const columns: SlotColumn[] = [
  { stageId: 'lead', length: 3, sortedIndex: 1 },
  { stageId: 'proposal', length: 1, sortedIndex: 0 },
];
const at = (stageId: string, index: number): DropSlot => ({ kind: 'stage', stageId, index });

describe('keyboard drop slots', () => {
  it('moves up and down within a stage, stopping at its ends', () => {
    expect(slotAfterKey('ArrowDown', at('lead', 2), columns, true)).to.deep.equal(at('lead', 3));
    expect(slotAfterKey('ArrowDown', at('lead', 3), columns, true)).to.deep.equal(at('lead', 3));
    expect(slotAfterKey('ArrowUp', at('lead', 0), columns, true)).to.deep.equal(at('lead', 0));
  });

  it('crosses to the next stage at the nearest place, then to won and lost, and back', () => {
    const proposal = slotAfterKey('ArrowRight', at('lead', 2), columns, true);
    expect(proposal).to.deep.equal(at('proposal', 1));
    const won = slotAfterKey('ArrowRight', proposal, columns, true);
    expect(won).to.deep.equal({ kind: 'outcome', outcome: 'won' });
    const lost = slotAfterKey('ArrowRight', won, columns, true);
    expect(lost).to.deep.equal({ kind: 'outcome', outcome: 'lost' });
    expect(slotAfterKey('ArrowRight', lost, columns, true)).to.deep.equal(lost);
    expect(slotAfterKey('ArrowLeft', lost, columns, true)).to.deep.equal(won);
    expect(slotAfterKey('ArrowLeft', won, columns, true)).to.deep.equal(at('proposal', 0));
    expect(slotAfterKey('ArrowLeft', at('lead', 1), columns, true)).to.deep.equal(at('lead', 1));
  });

  it('lands where the sort puts the deal when the board is sorted by a key', () => {
    expect(slotAfterKey('ArrowLeft', at('proposal', 0), columns, false)).to.deep.equal(at('lead', 1));
    expect(slotAfterKey('ArrowDown', at('lead', 1), columns, false)).to.deep.equal(at('lead', 1));
  });
});
