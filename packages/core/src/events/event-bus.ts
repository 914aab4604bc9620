import type { Unsubscribe } from '../adapter/storage-adapter.js';
import { reportUnhandled } from './report-error.js';

/** One emitted event as a wildcard subscriber sees it: the type and its detail, kept together. */
export type AnyEventOf<M> = { [K in keyof M & string]: { readonly type: K; readonly detail: M[K] } }[keyof M & string];

/** Handlers may be async; a rejected promise is reported like a thrown error. */
export type EventHandler<D> = (detail: D) => void | Promise<void>;

export interface EventBus<M> {
  /** Subscribes to one event type, or to every type with `'*'`; the returned function stops it (twice is harmless). */
  on<K extends keyof M & string>(type: K, handler: EventHandler<M[K]>): Unsubscribe;
  on(type: '*', handler: EventHandler<AnyEventOf<M>>): Unsubscribe;
  /** Like `on`, but the handler runs for the next matching event only. */
  once<K extends keyof M & string>(type: K, handler: EventHandler<M[K]>): Unsubscribe;
  once(type: '*', handler: EventHandler<AnyEventOf<M>>): Unsubscribe;
  /** Calls the handlers of `type`, then the wildcard handlers, in subscription order. */
  emit<K extends keyof M & string>(type: K, detail: M[K]): void;
}

export interface EventBusOptions {
  /**
   * Receives what a handler threw (or its rejected promise), so one faulty subscriber never breaks
   * the emitter or the handlers after it. Default: `reportError` where the platform has it, else `console.error`.
   */
  readonly onHandlerError?: (error: unknown, type: string) => void;
}

type StoredHandler = (detail: unknown) => void | Promise<void>;

const WILDCARD = '*';

/** A small synchronous, typed publish/subscribe hub; `M` maps event types to their detail. */
export function createEventBus<M>({ onHandlerError = reportUnhandled }: EventBusOptions = {}): EventBus<M> {
  const handlers = new Map<string, Set<StoredHandler>>();

  function subscribe(type: string, handler: StoredHandler): Unsubscribe {
    let set = handlers.get(type);
    if (!set) handlers.set(type, (set = new Set()));
    // Wrapped so the same function can be subscribed twice and each unsubscribe removes its own.
    const entry: StoredHandler = (detail) => handler(detail);
    set.add(entry);
    return () => {
      set.delete(entry);
    };
  }

  function subscribeOnce(type: string, handler: StoredHandler): Unsubscribe {
    const unsubscribe = subscribe(type, (detail) => {
      unsubscribe();
      return handler(detail);
    });
    return unsubscribe;
  }

  function invoke(handler: StoredHandler, detail: unknown, type: string): void {
    try {
      const result = handler(detail);
      if (result && typeof result.then === 'function') result.then(undefined, (error: unknown) => onHandlerError(error, type));
    } catch (error) {
      onHandlerError(error, type);
    }
  }

  function emit(type: string, detail: unknown): void {
    // Copies, so handlers that subscribe or unsubscribe during an emit affect only later emits.
    for (const handler of [...(handlers.get(type) ?? [])]) invoke(handler, detail, type);
    const wildcard = handlers.get(WILDCARD);
    if (wildcard?.size) {
      const event = { type, detail };
      for (const handler of [...wildcard]) invoke(handler, event, type);
    }
  }

  return {
    on: subscribe as EventBus<M>['on'],
    once: subscribeOnce as EventBus<M>['once'],
    emit: emit as EventBus<M>['emit'],
  };
}
