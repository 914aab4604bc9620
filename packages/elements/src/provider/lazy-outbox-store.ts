import { createMemoryOutboxStore, type OutboxStore } from '@rapport/core';

/**
 * The outbox store a provider gives its client: IndexedDB where the browser has it, so queued
 * writes survive a reload and every tab sees them, loaded on first use (a page that never queues
 * never downloads it); page memory where there is no IndexedDB.
 */
export function lazyOutboxStore(name: string): OutboxStore {
  if (typeof indexedDB === 'undefined') return createMemoryOutboxStore();
  let loading: Promise<OutboxStore> | undefined;
  const store = () => (loading ??= import('@rapport/adapter-indexeddb').then(({ createIndexedDbOutboxStore }) => createIndexedDbOutboxStore({ name })));
  return {
    // Known before the code loads: outboxes over it take turns with the other tabs from the start.
    sharedName: name,
    list: async () => (await store()).list(),
    put: async (entry) => (await store()).put(entry),
    delete: async (id) => (await store()).delete(id),
    close: () => void loading?.then((loaded) => loaded.close?.()),
  };
}
