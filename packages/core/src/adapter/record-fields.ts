import { ValidationError } from '../errors/index.js';
import { cloneJson, setMember } from './clone-json.js';
import type { AdapterRecord, StoredRecord } from './storage-adapter.js';

/** Fields only an adapter sets; a caller's values for them are ignored, as the contract requires. */
const STORED_FIELDS: ReadonlySet<string> = new Set(['id', 'tenantId', 'version', 'createdAt', 'updatedAt']);

/**
 * A record as an adapter stores it: its own stored fields first and always its own, then copies of
 * the caller's entity fields (`undefined` members dropped, a `__proto__` member kept as data).
 */
export function stampRecord(fields: Readonly<Record<string, unknown>>, stored: StoredRecord): AdapterRecord {
  const record: Record<string, unknown> = { id: stored.id, tenantId: stored.tenantId, version: stored.version, createdAt: stored.createdAt, updatedAt: stored.updatedAt };
  for (const [key, value] of Object.entries(fields)) {
    if (!STORED_FIELDS.has(key) && value !== undefined) setMember(record, key, cloneJson(value));
  }
  return record as AdapterRecord;
}

/** `current` with `patch` shallow-merged as the next version: a member set to `undefined` clears its field. */
export function patchRecord(current: AdapterRecord, patch: Readonly<Record<string, unknown>>, updatedAt: string): AdapterRecord {
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) setMember(merged, key, value);
  return stampRecord(merged, { id: current.id, tenantId: current.tenantId, version: current.version + 1, createdAt: current.createdAt, updatedAt });
}

/** A create body or patch must be a plain object; anything else is refused before it is stored. */
export function requireRecordObject(value: unknown): asserts value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ValidationError([{ path: [], code: 'invalid_type', message: 'Must be an object' }]);
  }
}
