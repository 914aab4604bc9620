import { NotFoundError, type AdapterRecord } from '@rapport/core';
import { compileFieldPath, createRecordFilter } from '@rapport/core/adapter';
import type { RecordStore } from '../storage/record-store.js';
import type { RowScope } from '../storage/row-scope.js';

/**
 * Whether a record lies within a row scope, decided in code for live events with the same
 * semantics the SQL applies to reads (the memory adapter's filter, and a lookup for `within`).
 */
export async function isWithinScope(store: RecordStore, tenantId: string, scope: RowScope, record: AdapterRecord): Promise<boolean> {
  if (scope.where?.length && !createRecordFilter(scope.where)(record)) return false;
  if (!scope.within) return true;
  const { field, collection, where } = scope.within;
  const owner = compileFieldPath(field)(record);
  if (typeof owner !== 'string') return false;
  try {
    await store.get(tenantId, collection, owner, { where });
    return true;
  } catch (error) {
    if (error instanceof NotFoundError) return false;
    throw error;
  }
}
