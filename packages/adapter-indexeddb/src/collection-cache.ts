import type { AdapterRecord } from '@rapport/core';

/** A collection's records as of one revision, by id. Never handed out: lists copy what they return. */
interface CachedCollection {
  readonly revision: number;
  readonly records: Map<string, AdapterRecord>;
}

export interface CollectionCache {
  /** The cached records, if they are as of `revision`. */
  at(collection: string, revision: number): ReadonlyMap<string, AdapterRecord> | undefined;
  keep(collection: string, revision: number, records: readonly AdapterRecord[]): void;
  /**
   * Follows this page's own committed write (revision `from` to `from + 1`) without a reload; a
   * cache at any other revision is left for the next list to find out of date.
   */
  follow(collection: string, from: number, id: string, record: AdapterRecord | undefined): void;
  clear(): void;
}

/**
 * Saves re-reading a whole collection from IndexedDB on every list, which costs ~100 ms for 10,000
 * records in Chromium. Validity is checked against the stored revision, so other tabs' writes are
 * seen even when no change message reaches this page.
 */
export function createCollectionCache(): CollectionCache {
  const collections = new Map<string, CachedCollection>();
  return {
    at(collection, revision) {
      const cached = collections.get(collection);
      return cached?.revision === revision ? cached.records : undefined;
    },

    keep(collection, revision, records) {
      collections.set(collection, { revision, records: new Map(records.map((record) => [record.id, record])) });
    },

    follow(collection, from, id, record) {
      const cached = collections.get(collection);
      if (cached?.revision !== from) return;
      if (record) cached.records.set(id, record);
      else cached.records.delete(id);
      collections.set(collection, { revision: from + 1, records: cached.records });
    },

    clear() {
      collections.clear();
    },
  };
}
