import type { OutboxStore } from '@rapport/core';

/**
 * The outbox store a provider gives its client where the browser has IndexedDB: queued writes
 * survive a reload and every tab sees them. Its code loads on first use, so a page that never
 * queues never downloads it. (Without IndexedDB the client has none, and outboxes keep entries in
 * page memory.)
 */
export function lazyOutboxStore(name: string): OutboxStore {
  let loading: Promise<OutboxStore> | undefined;
  const store = () => (loading ??= import('@rapport/adapter-indexeddb').then(({ createIndexedDbOutboxStore }) => createIndexedDbOutboxStore({ name })));
  return {
    // Known before the code loads: outboxes over it take turns with the other tabs from the start.
    sharedName: name,
    list: async () => (await store()).list(),
    put: async (entry) => (await store()).put(entry),
    delete: async (id) => (await store()).delete(id),
    durable: async () => (await store()).durable?.() ?? true,
    close: () => void loading?.then((loaded) => loaded.close?.()),
  };
}
