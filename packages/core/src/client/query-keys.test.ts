import { QueryClient } from '@tanstack/query-core';
import { describe, expect, it } from 'vitest';
import { createQueryKeys } from './query-keys.js';

describe('createQueryKeys', () => {
  const keys = createQueryKeys('contacts');

  it('builds hierarchical keys under the rapport root', () => {
    expect(keys.all).toEqual(['rapport', 'contacts']);
    expect(keys.detail('c1')).toEqual(['rapport', 'contacts', 'detail', 'c1']);
    expect(keys.list({ limit: 10 })).toEqual(['rapport', 'contacts', 'list', { limit: 10 }]);
    expect(keys.list()).toEqual(keys.list({}));
  });

  it('lets one prefix reach every list but no detail', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(keys.list({ limit: 5 }), 'a');
    queryClient.setQueryData(keys.list({ where: { tags: { contains: 'vip' } } }), 'b');
    queryClient.setQueryData(keys.detail('c1'), 'c');
    queryClient.setQueryData(createQueryKeys('deals').lists(), 'd');

    const lists = queryClient.getQueriesData({ queryKey: keys.lists() }).map(([, data]) => data);
    expect(lists.sort()).toEqual(['a', 'b']);
    expect(queryClient.getQueriesData({ queryKey: keys.all })).toHaveLength(3);
  });

  it('treats list queries with the same conditions in another order as one entry', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(keys.list({ limit: 5, sort: [{ field: 'name' }] }), 'page');
    expect(queryClient.getQueryData(keys.list({ sort: [{ field: 'name' }], limit: 5 }))).toBe('page');
  });
});
