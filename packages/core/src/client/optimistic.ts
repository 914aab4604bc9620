import type { QueryClient, QueryKey } from '@tanstack/query-core';
import type { ListQuery, Page, StoredRecord } from '../adapter/storage-adapter.js';
import type { QueryKeys } from './query-keys.js';

/** The data every cache entry touched by a write held before it, to put back if the write fails. */
export type CacheSnapshot = ReadonlyArray<readonly [QueryKey, unknown]>;

/**
 * Applies `change` to one record wherever the cache holds it: its detail entry and every cached
 * list page that contains it. `change` returning `undefined` means the record is gone: it leaves
 * the lists (and their totals), while the detail entry is left to the caller to drop once the
 * removal is confirmed. Returns what the touched entries held before.
 */
export function changeCachedRecord<T extends StoredRecord>(
  queryClient: QueryClient,
  keys: QueryKeys,
  id: string,
  change: (record: T) => T | undefined,
): CacheSnapshot {
  const touched: Array<readonly [QueryKey, unknown]> = [];
  const detailKey = keys.detail(id);
  const detail = queryClient.getQueryData<T>(detailKey);
  if (detail !== undefined) {
    const next = change(detail);
    if (next !== undefined) {
      touched.push([detailKey, detail]);
      queryClient.setQueryData(detailKey, next);
    }
  }
  for (const [key, page] of queryClient.getQueriesData<Page<T>>({ queryKey: keys.lists() })) {
    const index = page?.items.findIndex((item) => item.id === id) ?? -1;
    if (page === undefined || index < 0) continue;
    touched.push([key, page]);
    queryClient.setQueryData(key, replaceItem(page, index, change(page.items[index] as T)));
  }
  return touched;
}

/** Adds a new record to the first page of every cached list that has no filter it might fail. */
export function insertIntoCachedLists<T extends StoredRecord>(queryClient: QueryClient, keys: QueryKeys, record: T): void {
  for (const [key, page] of queryClient.getQueriesData<Page<T>>({ queryKey: keys.lists() })) {
    const query = key[3] as ListQuery | undefined;
    if (page === undefined || query?.where !== undefined || query?.cursor) continue;
    if (page.items.some((item) => item.id === record.id)) continue;
    queryClient.setQueryData(key, { ...page, items: [...page.items, record], total: page.total + 1 });
  }
}

/** Puts every entry of a snapshot back exactly as it was. */
export function restoreSnapshot(queryClient: QueryClient, snapshot: CacheSnapshot): void {
  for (const [key, data] of snapshot) queryClient.setQueryData(key, data);
}

function replaceItem<T>(page: Page<T>, index: number, next: T | undefined): Page<T> {
  const items = [...page.items];
  if (next === undefined) {
    items.splice(index, 1);
    return { ...page, items, total: page.total - 1 };
  }
  items[index] = next;
  return { ...page, items };
}
