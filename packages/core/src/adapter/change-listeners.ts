import { cloneJson } from './clone-json.js';
import type { ChangeEvent, Unsubscribe } from './storage-adapter.js';

export type ChangeListener = (change: ChangeEvent) => void;

/** The `watch` listeners of one adapter: by collection, and under `'*'` for every collection. */
export interface ChangeListeners {
  /** Adds `listener` for `collection` (or `'*'`); the returned function removes it (twice is harmless). */
  watch(collection: string, listener: ChangeListener): Unsubscribe;
  /**
   * Tells the listeners of `change.collection` and of `'*'`. Each gets its own copy in its own
   * microtask: after the writer's caller resumes, so no listener runs inside a write call, and
   * a throwing listener cannot keep the others from hearing. A listener removed before its
   * microtask runs hears nothing.
   */
  deliver(change: ChangeEvent): void;
}

export function createChangeListeners(): ChangeListeners {
  const listeners = new Map<string, Set<ChangeListener>>();

  return {
    watch(collection, listener) {
      let subscribed = listeners.get(collection);
      if (!subscribed) listeners.set(collection, (subscribed = new Set()));
      subscribed.add(listener);
      return () => {
        subscribed.delete(listener);
      };
    },

    deliver(change) {
      for (const key of [change.collection, '*']) {
        for (const listener of listeners.get(key) ?? []) {
          queueMicrotask(() => {
            if (listeners.get(key)?.has(listener)) listener(cloneJson(change));
          });
        }
      }
    },
  };
}
