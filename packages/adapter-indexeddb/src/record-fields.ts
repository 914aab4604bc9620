import { cloneJson, type AdapterRecord, type StoredRecord } from '@rapport/core';

/** Fields only the adapter sets; callers' values for them are ignored, as the contract requires. */
const STORED_FIELDS: ReadonlySet<string> = new Set(['id', 'tenantId', 'version', 'createdAt', 'updatedAt']);

/** A new record: the caller's entity fields (copied, `undefined` members dropped) under the adapter's stored fields. */
export function stampRecord(data: Readonly<Record<string, unknown>>, stored: StoredRecord): AdapterRecord {
  const fields = Object.entries(data).filter(([field, value]) => !STORED_FIELDS.has(field) && value !== undefined);
  // fromEntries defines own properties, so a field named `__proto__` stays data rather than a prototype.
  return { ...stored, ...Object.fromEntries(fields.map(([field, value]) => [field, cloneJson(value)])) };
}

/** `current` with `patch` shallow-merged: a member set to `undefined` clears its field; stored fields stay. */
export function patchRecord(current: AdapterRecord, patch: Readonly<Record<string, unknown>>, updatedAt: string): AdapterRecord {
  const fields = new Map(Object.entries(current));
  for (const [field, value] of Object.entries(patch)) {
    if (STORED_FIELDS.has(field)) continue;
    if (value === undefined) fields.delete(field);
    else fields.set(field, cloneJson(value));
  }
  return { ...(Object.fromEntries(fields) as AdapterRecord), version: current.version + 1, updatedAt };
}
