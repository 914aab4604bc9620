/**
 * The database layout, shared by the adapter and the outbox store:
 * - `records`: every record, under the out-of-line key `[tenantId, collection, id]`, so one
 *   tenant's collection is one contiguous key range (a single `getAll`) and tenants sharing a
 *   browser never see each other's data.
 * - `idempotency`: the record each idempotent create returned, under `[tenantId, collection, key]`.
 * - `revisions`: a counter per `[tenantId, collection]` that every write to the collection bumps
 *   in its own transaction, so a page can tell in one read whether its cached copy is current.
 * - `outbox`: outbox entries under their id, which sorts in enqueue order.
 * No secondary indexes: filters and sorts name arbitrary JSON paths, so a list filters a cached
 * copy of the collection in memory, which is fast for the tens of thousands of records a page holds.
 */
export const RECORDS = 'records';
export const IDEMPOTENCY = 'idempotency';
export const REVISIONS = 'revisions';
export const OUTBOX = 'outbox';
export type StoreName = typeof RECORDS | typeof IDEMPOTENCY | typeof REVISIONS | typeof OUTBOX;

const SCHEMA_VERSION = 1;

export function openDatabase(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, SCHEMA_VERSION);
    request.onupgradeneeded = () => {
      const database = request.result;
      for (const store of [RECORDS, IDEMPOTENCY, REVISIONS, OUTBOX]) {
        if (!database.objectStoreNames.contains(store)) database.createObjectStore(store);
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}
