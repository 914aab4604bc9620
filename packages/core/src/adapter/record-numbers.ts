import type { AdapterRecord } from './storage-adapter.js';

/**
 * Collections whose records get a short reference on create, and the field it goes in: a
 * ticket's `number` (`#1042`), counted per tenant. Every adapter assigns it the same way, so a
 * ticket has one whatever stores it; the server counts in PostgreSQL, atomically per tenant.
 */
export const NUMBERED_COLLECTIONS: Readonly<Record<string, string>> = { tickets: 'number' };

/** The field a collection's records are numbered in, or `undefined` for one that is not numbered. */
export function numberFieldOf(collection: string): string | undefined {
  return Object.hasOwn(NUMBERED_COLLECTIONS, collection) ? NUMBERED_COLLECTIONS[collection] : undefined;
}

/** The highest number among `records` (0 when none has one): a counter picks up after seeded or imported records. */
export function highestNumber(records: Iterable<AdapterRecord>, field: string): number {
  let highest = 0;
  for (const record of records) {
    const value = record[field];
    if (typeof value === 'number' && Number.isSafeInteger(value) && value > highest) highest = value;
  }
  return highest;
}

