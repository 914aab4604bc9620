import type { QueryClient } from '@tanstack/query-core';
import type { ChangeEvent } from '../adapter/storage-adapter.js';
import { entities, type EntityName } from '../schema/entities.js';
import { writeConfirmedRecord } from './optimistic.js';
import { createQueryKeys } from './query-keys.js';

/**
 * Brings the cache in step with a change reported by `adapter.watch` (another tab, user or
 * server): cached copies of the record take the new version, and the collection's lists refetch
 * because the change may move the record into or out of any of them.
 */
export function applyExternalChange(queryClient: QueryClient, change: ChangeEvent): void {
  if (!isEntityName(change.collection)) return;
  const keys = createQueryKeys(change.collection);
  const parsed = change.record && entities[change.collection].schema.safeParse(change.record);
  if (parsed?.success) writeConfirmedRecord(queryClient, keys, parsed.data);
  // A removal, or a record that fails its schema: a refetch reports either through the read path.
  else void queryClient.invalidateQueries({ queryKey: keys.detail(change.id), exact: true });
  void queryClient.invalidateQueries({ queryKey: keys.lists() });
}

function isEntityName(name: string): name is EntityName {
  return Object.hasOwn(entities, name);
}
