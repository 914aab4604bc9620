import { describe, expect, it } from 'vitest';
import { ValidationError } from '@rapport/core';
import { normalizeListQuery } from '@rapport/core/adapter';

describe('normalizeListQuery', () => {
  it('fills the defaults: createdAt order, id tiebreak, 50 per page', () => {
    expect(normalizeListQuery()).toEqual({
      where: [],
      sort: [{ field: 'createdAt', direction: 'asc' }, { field: 'id', direction: 'asc' }],
      limit: 50,
      cursor: null,
      q: null,
      ranked: false,
    });
  });

  it('ranks a search that asks for no sort, and only that', () => {
    expect(normalizeListQuery({ q: 'ann' }).ranked).toBe(true);
    expect(normalizeListQuery({ q: 'ann', sort: [{ field: 'name' }] }).ranked).toBe(false);
    expect(normalizeListQuery({ sort: [] }).ranked).toBe(false);
  });

  it('trims and lower-cases the search text, and refuses an empty or multi-line one', () => {
    expect(normalizeListQuery({ q: '  王芳 ADA ' }).q).toBe('王芳 ada');
    expect(() => normalizeListQuery({ q: '   ' })).toThrow(expect.objectContaining({ kind: 'validation' }));
    expect(() => normalizeListQuery({ q: 'a\nb' })).toThrow(expect.objectContaining({ kind: 'validation' }));
  });

  it('turns a bare scalar into equality and keeps an explicit id sort last', () => {
    const query = normalizeListQuery({ where: { region: '华东' }, sort: [{ field: 'id', direction: 'desc' }] });
    expect(query.where).toEqual([['region', { eq: '华东' }]]);
    expect(query.sort).toEqual([{ field: 'id', direction: 'desc' }]);
  });

  it('reports bad parts by path', () => {
    const issuesOf = (query: unknown) => {
      try {
        normalizeListQuery(query as never);
      } catch (error) {
        return (error as ValidationError).issues.map((issue) => issue.path.join('.'));
      }
      return [];
    };
    expect(issuesOf({ limit: 0 })).toEqual(['limit']);
    expect(issuesOf({ limit: 2.5, cursor: 7 })).toEqual(['limit', 'cursor']);
    expect(issuesOf({ sort: [{ field: 'name', direction: 'up' }] })).toEqual(['sort.0.direction']);
    expect(issuesOf({ where: { amount: { gt: true } } })).toEqual(['where.amount']);
  });
});
