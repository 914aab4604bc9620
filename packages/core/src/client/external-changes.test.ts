import { QueryClient } from '@tanstack/query-core';
import { describe, expect, it } from 'vitest';
import { applyExternalChange } from './external-changes.js';

describe('applyExternalChange', () => {
  it('on a reset, reads again every query the client holds: the changes it missed are unknown', async () => {
    const queryClient = new QueryClient();
    let reads = 0;
    const observed = ['tickets', 'contacts'].map((collection) => queryClient.fetchQuery({ queryKey: [collection, 'list', {}], queryFn: () => ++reads, staleTime: Infinity }));
    await Promise.all(observed);
    applyExternalChange(queryClient, { collection: '*', type: 'reset', id: '' });
    expect(queryClient.getQueryCache().getAll().every((query) => query.state.isInvalidated)).toBe(true);
  });
});
