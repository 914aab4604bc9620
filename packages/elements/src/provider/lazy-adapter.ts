import type { ChangeEvent, StorageAdapter, Unsubscribe } from '@rapport/core';

/**
 * A storage adapter that loads the real one on first use. The provider builds its client at once
 * over this, so widgets show their loading state (not "no data source") while the adapter's code
 * downloads, and a page pays only for the storage it asks for.
 */
export function lazyAdapter<A extends StorageAdapter>(name: string, load: () => Promise<A>, { keepsMeasures = false, countsSurveys = false } = {}): StorageAdapter {
  let loading: Promise<A> | undefined;
  const adapter = () => (loading ??= load());

  return {
    name,
    // Whether a storage keeps the measures or counts survey periods is known before its adapter loads: the caller says so.
    ...(keepsMeasures
      ? { customerMeasures: async (kind, id, options) => (await adapter()).customerMeasures!(kind, id, options) }
      : {}),
    ...(countsSurveys
      ? { surveySummary: async (surveyId, query, options) => (await adapter()).surveySummary!(surveyId, query, options) }
      : {}),
    get: async (collection, id, options) => (await adapter()).get(collection, id, options),
    list: async (collection, query, options) => (await adapter()).list(collection, query, options),
    create: async (collection, data, options) => (await adapter()).create(collection, data, options),
    update: async (collection, id, patch, options) => (await adapter()).update(collection, id, patch, options),
    remove: async (collection, id, options) => (await adapter()).remove(collection, id, options),
    watch(collection: string, listener: (change: ChangeEvent) => void): Unsubscribe {
      let stopped = false;
      let stop: Unsubscribe | undefined;
      void adapter().then((loaded) => {
        if (!stopped) stop = loaded.watch?.(collection, listener);
      });
      return () => {
        stopped = true;
        stop?.();
      };
    },
  };
}
