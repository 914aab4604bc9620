import { createMemoryOutboxStore, type OutboxEntry, type OutboxStore } from '@rapport/core';
import { createConnection } from './connection.js';
import { OUTBOX } from './database.js';
import { requestResult } from './idb-request.js';

export interface IndexedDbOutboxStoreOptions {
  /** The database name; use the adapter's so one database holds both. Default `'rapport'`. */
  readonly name?: string;
  /** Default: the global `indexedDB`. */
  readonly indexedDB?: IDBFactory;
}

export interface IndexedDbOutboxStore extends OutboxStore {
  readonly sharedName: string;
  /** Releases the database connection; a later call opens it again. */
  close(): void;
  /**
   * Whether entries survive a reload: false once the browser refused to open the database
   * (a sandboxed frame, storage blocked), when entries are kept in page memory instead.
   */
  durable(): Promise<boolean>;
}

/**
 * Outbox entries in IndexedDB: they survive a reload and a crash, and every tab of the origin sees
 * them (hence `sharedName`, which makes the outbox take turns between tabs).
 */
export function createIndexedDbOutboxStore(options: IndexedDbOutboxStoreOptions = {}): IndexedDbOutboxStore {
  const name = options.name ?? 'rapport';
  const connection = createConnection(options.indexedDB ?? globalThis.indexedDB, name);
  // Opened once: where the browser refuses the database, the page still works, from memory.
  let choice: Promise<OutboxStore | undefined> | undefined;
  const memoryIfRefused = () =>
    (choice ??= connection.transact([OUTBOX], 'readonly', async () => undefined).then(
      () => undefined,
      () => createMemoryOutboxStore(),
    ));
  const durableStore: OutboxStore = {
    // Keys are entry ids, so IndexedDB's key order is the enqueue order the contract asks for.
    list: () => connection.transact([OUTBOX], 'readonly', (transaction) => requestResult<OutboxEntry[]>(transaction.objectStore(OUTBOX).getAll())),
    put: (entry) =>
      connection.transact([OUTBOX], 'readwrite', async (transaction) => {
        transaction.objectStore(OUTBOX).put(entry, entry.id);
      }),
    delete: (id) =>
      connection.transact([OUTBOX], 'readwrite', async (transaction) => {
        transaction.objectStore(OUTBOX).delete(id);
      }),
  };
  const store = async () => (await memoryIfRefused()) ?? durableStore;
  return {
    sharedName: name,
    list: async () => (await store()).list(),
    put: async (entry) => (await store()).put(entry),
    delete: async (id) => (await store()).delete(id),
    durable: async () => (await memoryIfRefused()) === undefined,
    close: () => connection.close(),
  };
}
