import type { QueryClient } from '@tanstack/query-core';
import type { Page, StoredRecord } from '../adapter/storage-adapter.js';
import type { QueryKeys } from './query-keys.js';

// Apart from the optimistic changes (fetched with the first write) because live changes from
// other users write confirmed records too, from a page's first load.

/**
 * Writes a record the adapter returned wherever the cache holds it (its detail entry, list pages),
 * except where the cache already has a newer version: a later change that arrived first.
 */
export function writeConfirmedRecord<T extends StoredRecord>(queryClient: QueryClient, keys: QueryKeys, record: T): void {
  const detailKey = keys.detail(record.id);
  const detail = queryClient.getQueryData<T>(detailKey);
  if (detail && detail.version <= record.version) queryClient.setQueryData(detailKey, record);
  for (const [key, page] of queryClient.getQueriesData<Page<T>>({ queryKey: keys.lists() })) {
    const index = page?.items.findIndex((item) => item.id === record.id) ?? -1;
    const current = page?.items[index];
    if (page && current && current.version <= record.version) queryClient.setQueryData(key, replaceItem(page, index, record));
  }
}

/** The page with `item` at `index`, as a new page. */
function replaceItem<T>(page: Page<T>, index: number, item: T): Page<T> {
  const items = [...page.items];
  items[index] = item;
  return { ...page, items };
}
