export { createIndexedDbAdapter, type IndexedDbAdapter, type IndexedDbAdapterOptions } from './indexeddb-adapter.js';
export { createIndexedDbOutboxStore, type IndexedDbOutboxStore, type IndexedDbOutboxStoreOptions } from './indexeddb-outbox-store.js';
export type { ChangeChannel } from './change-feed.js';
