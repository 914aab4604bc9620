import type { QueryClient } from '@tanstack/query-core';
import type { ListQuery, Page, StoredRecord } from '../adapter/storage-adapter.js';
import type { QueryKeys } from './query-keys.js';

/** Undoes one optimistic change wherever the cache still shows it. */
export type Rollback = () => void;

/**
 * Shows a change to one record before the adapter confirms it: in its detail entry and in every
 * cached list page that holds it. `change` returning `undefined` means the record is being removed:
 * it leaves the lists (and their totals) while its detail entry stays until the removal is confirmed.
 *
 * The returned rollback works record by record, not by restoring whole pages, so undoing one
 * failed write never erases another write's change to a neighbouring record in the same list.
 */
export function applyOptimistic<T extends StoredRecord>(
  queryClient: QueryClient,
  keys: QueryKeys,
  id: string,
  change: (record: T) => T | undefined,
): Rollback {
  const undo: Array<() => void> = [];
  const detailKey = keys.detail(id);
  const detail = queryClient.getQueryData<T>(detailKey);
  const nextDetail = detail && change(detail);
  if (detail && nextDetail) {
    // Structural sharing may store a copy: compare later against what the cache actually holds.
    const shown = queryClient.setQueryData<T>(detailKey, nextDetail);
    undo.push(() => {
      if (queryClient.getQueryData(detailKey) === shown) queryClient.setQueryData(detailKey, detail);
    });
  }
  for (const [key, page] of queryClient.getQueriesData<Page<T>>({ queryKey: keys.lists() })) {
    const index = page?.items.findIndex((item) => item.id === id) ?? -1;
    if (!page || index < 0) continue;
    const previous = page.items[index] as T;
    const next = change(previous);
    const shown = queryClient.setQueryData<Page<T>>(key, next ? replaceItem(page, index, next) : removeItem(page, index));
    const shownItem = next && shown?.items[index];
    undo.push(() => {
      const current = queryClient.getQueryData<Page<T>>(key);
      const restored = current && restoreItem(current, previous, shownItem, index);
      if (restored) queryClient.setQueryData(key, restored);
    });
  }
  return () => undo.forEach((step) => step());
}

/** The record as the cache holds it: its detail entry, else any cached list page that has it. */
export function findCachedRecord<T extends StoredRecord>(queryClient: QueryClient, keys: QueryKeys, id: string): T | undefined {
  const detail = queryClient.getQueryData<T>(keys.detail(id));
  if (detail) return detail;
  for (const [, page] of queryClient.getQueriesData<Page<T>>({ queryKey: keys.lists() })) {
    const item = page?.items.find((candidate) => candidate.id === id);
    if (item) return item;
  }
  return undefined;
}

/** Adds a new record to the first page of every cached list that has no filter it might fail. */
export function insertIntoCachedLists<T extends StoredRecord>(queryClient: QueryClient, keys: QueryKeys, record: T): void {
  for (const [key, page] of queryClient.getQueriesData<Page<T>>({ queryKey: keys.lists() })) {
    const query = key[3] as ListQuery | undefined;
    if (!page || query?.where !== undefined || query?.cursor) continue;
    if (page.items.some((item) => item.id === record.id)) continue;
    queryClient.setQueryData(key, insertItem(page, page.items.length, record));
  }
}

// A copy of `replaceItem` in confirmed-record.ts: this module is fetched with the first write, and
// importing that one would make it a chunk of its own in every widget's first load.
function replaceItem<T>(page: Page<T>, index: number, item: T): Page<T> {
  const items = [...page.items];
  items[index] = item;
  return { ...page, items };
}

function removeItem<T>(page: Page<T>, index: number): Page<T> {
  return { ...page, items: [...page.items.slice(0, index), ...page.items.slice(index + 1)], total: page.total - 1 };
}

function insertItem<T>(page: Page<T>, index: number, item: T): Page<T> {
  return { ...page, items: [...page.items.slice(0, index), item, ...page.items.slice(index)], total: page.total + 1 };
}

/** The page with `previous` back in place of the optimistic `next`, or `undefined` when there is nothing to undo. */
function restoreItem<T extends StoredRecord>(page: Page<T>, previous: T, next: T | undefined, index: number): Page<T> | undefined {
  if (next === undefined) {
    if (page.items.some((item) => item.id === previous.id)) return undefined;
    return insertItem(page, Math.min(index, page.items.length), previous);
  }
  const at = page.items.indexOf(next);
  return at < 0 ? undefined : replaceItem(page, at, previous);
}
