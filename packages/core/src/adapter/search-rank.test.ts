import { describe, expect, it } from 'vitest';
import { createSearchRank, rankMatches, RANKED_MATCHES, SearchRank } from './search-rank.js';

describe('createSearchRank', () => {
  const rank = (fields: Record<string, unknown>, q: string) => createSearchRank('contacts', q)(fields);

  it('ranks a whole field, then its start, then a word start, then anything inside', () => {
    expect(rank({ name: 'ANN' }, 'ann')).toBe(SearchRank.whole);
    expect(rank({ name: 'Annika' }, 'ann')).toBe(SearchRank.start);
    expect(rank({ name: 'Mary-Ann' }, 'ann')).toBe(SearchRank.wordStart);
    expect(rank({ name: 'Li', channels: [{ kind: 'email', value: 'li@ann.example' }] }, 'ann')).toBe(SearchRank.wordStart);
    expect(rank({ name: 'Joanna' }, 'ann')).toBe(SearchRank.inside);
  });

  it('takes the best of every searched field, and finds a later word start past an inside match', () => {
    expect(rank({ name: 'Joanna', title: 'Ann' }, 'ann')).toBe(SearchRank.whole);
    expect(rank({ name: 'Joanna Ann' }, 'ann')).toBe(SearchRank.wordStart);
    expect(rank({ name: '李王芳', title: '王芳芳' }, '王芳')).toBe(SearchRank.start);
  });
});

describe('rankMatches', () => {
  it('ranks the first matches in list order, keeps that order within a rank, and leaves the rest after them', () => {
    const entries = Array.from({ length: RANKED_MATCHES + 2 }, (_, index) => ({ keys: [index], record: { name: index % 3 === 0 ? 'Ann' : 'Joanna' } }));
    const ranked = rankMatches(entries, createSearchRank('contacts', 'ann'));
    expect(ranked.slice(0, 3).map((entry) => entry.keys)).toEqual([[0, 0], [0, 3], [0, 6]]);
    // Index 1002 is a whole match too, but past the ranked ones.
    expect(ranked.slice(-2).map((entry) => entry.keys)).toEqual([[SearchRank.unranked, RANKED_MATCHES], [SearchRank.unranked, RANKED_MATCHES + 1]]);
    expect(ranked).toHaveLength(entries.length);
  });
});
