import { expect } from '@open-wc/testing';
import { initialsOf } from './initials.js';

describe('initialsOf', () => {
  it('gives the family-name character of a Chinese name', () => {
    expect(initialsOf('王小明')).to.equal('王');
    expect(initialsOf('陳家豪')).to.equal('陳');
    expect(initialsOf('欧阳娜娜', '欧阳')).to.equal('欧');
  });

  it('gives given and family initials of other names', () => {
    expect(initialsOf('Ada Lovelace')).to.equal('AL');
    expect(initialsOf('grace brewster murray hopper')).to.equal('GH');
    expect(initialsOf('Émile Zola')).to.equal('ÉZ');
    expect(initialsOf('Prince')).to.equal('P');
    expect(initialsOf('Mary Ann Evans', 'Evans', 'Mary')).to.equal('ME');
  });
});
