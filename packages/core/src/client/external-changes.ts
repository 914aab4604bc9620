import type { QueryClient } from '@tanstack/query-core';
import type { ChangeEvent } from '../adapter/storage-adapter.js';
import { isEntityName } from '../schema/entity-names.js';
import type { EntityRecord } from '../schema/entities.js';
import { writeConfirmedRecord } from './confirmed-record.js';
import { createQueryKeys, invalidateCollectionReads } from './query-keys.js';
import { storedRecordIssues } from './stored-record-issues.js';

/**
 * Brings the cache in step with a change reported by `adapter.watch` (another tab, user or
 * server): cached copies of the record take the new version, and the collection's lists refetch
 * because the change may move the record into or out of any of them.
 */
export function applyExternalChange(queryClient: QueryClient, change: ChangeEvent): void {
  if (change.type === 'reset') return void queryClient.invalidateQueries();
  if (!isEntityName(change.collection)) return;
  const keys = createQueryKeys(change.collection);
  if (change.record && storedRecordIssues(change.record).length === 0) writeConfirmedRecord(queryClient, keys, change.record as unknown as EntityRecord<typeof change.collection>);
  // A removal, or a record without its stored fields: a refetch reports either through the read path.
  else void queryClient.invalidateQueries({ queryKey: keys.detail(change.id), exact: true });
  invalidateCollectionReads(queryClient, keys);
}

