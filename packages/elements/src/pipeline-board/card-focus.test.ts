import { expect } from '@open-wc/testing';
import { cardAfterKey } from './card-focus.js';

const lengths = [3, 0, 5, 1];

describe('focus between cards', () => {
  it('moves up and down a column and to its ends, never past them', () => {
    expect(cardAfterKey('ArrowDown', { column: 0, index: 1 }, lengths)).to.deep.equal({ column: 0, index: 2 });
    expect(cardAfterKey('ArrowDown', { column: 0, index: 2 }, lengths)).to.deep.equal({ column: 0, index: 2 });
    expect(cardAfterKey('ArrowUp', { column: 0, index: 0 }, lengths)).to.deep.equal({ column: 0, index: 0 });
    expect(cardAfterKey('End', { column: 2, index: 0 }, lengths)).to.deep.equal({ column: 2, index: 4 });
    expect(cardAfterKey('Home', { column: 2, index: 3 }, lengths)).to.deep.equal({ column: 2, index: 0 });
  });

  it('crosses to the nearest column with cards, keeping the row where it can', () => {
    expect(cardAfterKey('ArrowRight', { column: 0, index: 2 }, lengths)).to.deep.equal({ column: 2, index: 2 });
    expect(cardAfterKey('ArrowRight', { column: 2, index: 4 }, lengths)).to.deep.equal({ column: 3, index: 0 });
    expect(cardAfterKey('ArrowLeft', { column: 2, index: 4 }, lengths)).to.deep.equal({ column: 0, index: 2 });
    expect(cardAfterKey('ArrowRight', { column: 3, index: 0 }, lengths)).to.equal(undefined);
    expect(cardAfterKey('a', { column: 0, index: 0 }, lengths)).to.equal(undefined);
  });
});
