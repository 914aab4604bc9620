/**
 * The database layout, shared by the adapter and the outbox store:
 * - `records`: every record, under the out-of-line key `[tenantId, collection, id]`, so one
 *   tenant's collection is one contiguous key range (a single `getAll`) and tenants sharing a
 *   browser never see each other's data.
 * - `idempotency`: the record each idempotent create returned, under `[tenantId, collection, key]`.
 * - `outbox`: outbox entries under their id, which sorts in enqueue order.
 * No secondary indexes: filters and sorts name arbitrary JSON paths, so a list reads its collection
 * range and filters in memory, which is fast for the tens of thousands of records a page caches.
 */
export const RECORDS = 'records';
export const IDEMPOTENCY = 'idempotency';
export const OUTBOX = 'outbox';
export type StoreName = typeof RECORDS | typeof IDEMPOTENCY | typeof OUTBOX;

const SCHEMA_VERSION = 1;

export function openDatabase(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, SCHEMA_VERSION);
    request.onupgradeneeded = () => {
      const database = request.result;
      for (const store of [RECORDS, IDEMPOTENCY, OUTBOX]) {
        if (!database.objectStoreNames.contains(store)) database.createObjectStore(store);
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}
