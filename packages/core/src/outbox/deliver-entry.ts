import { ConflictError, NotFoundError } from '../errors/index.js';
import type { AdapterRecord, StorageAdapter } from '../adapter/storage-adapter.js';
import type { OutboxEntry } from './outbox-entry.js';

/**
 * Sends one entry and returns the record it produced (none for a remove). Replays are safe: a
 * create carries its idempotency key; an update whose "conflict" shows the record already holding
 * the patch is the same update having arrived before its response was lost; removing a record
 * that is already gone has done its job.
 */
export async function deliverEntry(adapter: StorageAdapter, entry: OutboxEntry): Promise<AdapterRecord | undefined> {
  switch (entry.op) {
    case 'create':
      return adapter.create(entry.collection, entry.data, {
        idempotencyKey: entry.idempotencyKey,
        ...(entry.recordId === undefined ? {} : { id: entry.recordId }),
      });
    case 'update':
      try {
        return await adapter.update(entry.collection, entry.recordId, entry.data, { expectedVersion: entry.expectedVersion });
      } catch (error) {
        if (error instanceof ConflictError && holdsPatch(error.current as AdapterRecord | undefined, entry.expectedVersion, entry.data)) {
          return error.current as AdapterRecord;
        }
        throw error;
      }
    case 'remove':
      try {
        await adapter.remove(
          entry.collection,
          entry.recordId,
          entry.expectedVersion === undefined ? {} : { expectedVersion: entry.expectedVersion },
        );
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
      }
      return undefined;
  }
}

function holdsPatch(current: AdapterRecord | undefined, expectedVersion: number, patch: Readonly<Record<string, unknown>>): boolean {
  if (!current || current.version <= expectedVersion) return false;
  return Object.entries(patch).every(([field, value]) => sameJson(current[field], value));
}

/** Structural equality of JSON-shaped values; object key order does not matter. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((key) => left[key] !== undefined);
  const otherKeys = Object.keys(right).filter((key) => right[key] !== undefined);
  return keys.length === otherKeys.length && keys.every((key) => sameJson(left[key], right[key]));
}
