import type { QueryClient } from '@tanstack/query-core';
import type { ListQuery } from '../adapter/storage-adapter.js';

/** First element of every query key the SDK writes, so Rapport's entries stand apart in a shared QueryClient. */
export const QUERY_KEY_ROOT = 'rapport';

/**
 * Hierarchical query keys of one collection. Each level is a prefix of the next, so
 * `invalidateQueries({ queryKey: keys.lists() })` reaches every cached list of the collection.
 */
export interface QueryKeys<C extends string = string> {
  readonly all: readonly [typeof QUERY_KEY_ROOT, C];
  lists(): readonly [typeof QUERY_KEY_ROOT, C, 'list'];
  list(query?: ListQuery): readonly [typeof QUERY_KEY_ROOT, C, 'list', ListQuery];
  details(): readonly [typeof QUERY_KEY_ROOT, C, 'detail'];
  /** Figures counted over the collection (a survey's period summary): refetched whenever its lists are. */
  aggregates(): readonly [typeof QUERY_KEY_ROOT, C, 'aggregate'];
  detail(id: string): readonly [typeof QUERY_KEY_ROOT, C, 'detail', string];
}

export function createQueryKeys<C extends string>(collection: C): QueryKeys<C> {
  const all = [QUERY_KEY_ROOT, collection] as const;
  return {
    all,
    lists: () => [...all, 'list'],
    list: (query = {}) => [...all, 'list', query],
    details: () => [...all, 'detail'],
    aggregates: () => [...all, 'aggregate'],
    detail: (id) => [...all, 'detail', id],
  };
}

/** After a write or a change heard from elsewhere: every list and every count over the collection may have moved. */
export function invalidateCollectionReads(queryClient: QueryClient, keys: QueryKeys): void {
  void queryClient.invalidateQueries({ queryKey: keys.lists() });
  void queryClient.invalidateQueries({ queryKey: keys.aggregates() });
}
