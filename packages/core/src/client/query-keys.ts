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
  detail(id: string): readonly [typeof QUERY_KEY_ROOT, C, 'detail', string];
}

export function createQueryKeys<C extends string>(collection: C): QueryKeys<C> {
  const all = [QUERY_KEY_ROOT, collection] as const;
  return {
    all,
    lists: () => [...all, 'list'],
    list: (query = {}) => [...all, 'list', query],
    details: () => [...all, 'detail'],
    detail: (id) => [...all, 'detail', id],
  };
}
