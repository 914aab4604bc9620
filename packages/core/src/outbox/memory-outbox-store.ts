import type { OutboxEntry } from './outbox-entry.js';
import type { OutboxStore } from './outbox-store.js';

/**
 * Keeps entries in page memory: the fallback where no durable store exists. Entries are lost on
 * reload, so prefer a durable store when the platform has one.
 */
export function createMemoryOutboxStore(): OutboxStore {
  const entries = new Map<string, OutboxEntry>();
  return {
    async list() {
      // structuredClone rather than a JSON copy: an `undefined` in an update patch means "clear this field".
      return [...entries.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((entry) => structuredClone(entry));
    },
    async put(entry) {
      entries.set(entry.id, structuredClone(entry));
    },
    async delete(id) {
      entries.delete(id);
    },
    async durable() {
      return false;
    },
  };
}
