import { cloneJson, type ChangeEvent, type Unsubscribe } from '@rapport/core';

/** The part of `BroadcastChannel` the adapter uses to hear and tell other tabs about changes. */
export interface ChangeChannel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/** What travels between tabs: the change, and the tenant it belongs to. */
interface ChangeMessage {
  readonly tenantId: string;
  readonly change: ChangeEvent;
}

export interface ChangeFeed {
  /** Tells this page's listeners (each in its own microtask) and the other tabs. */
  publish(change: ChangeEvent): void;
  watch(collection: string, listener: (change: ChangeEvent) => void): Unsubscribe;
  close(): void;
}

export interface ChangeFeedOptions {
  readonly tenantId: string;
  /** Called once, when the feed is first used; `null` keeps changes to this page. */
  readonly openChannel: () => ChangeChannel | null;
  /** Called on `close()` with the channel opened, if any. */
  readonly closeChannel: (channel: ChangeChannel) => void;
}

const CHANGE_TYPES: ReadonlySet<unknown> = new Set(['created', 'updated', 'removed']);

/** Local `watch` listeners, fed by this page's writes and, over a channel, by other tabs' writes. */
export function createChangeFeed({ tenantId, openChannel, closeChannel }: ChangeFeedOptions): ChangeFeed {
  const listeners = new Map<string, Set<(change: ChangeEvent) => void>>();
  let channel: ChangeChannel | null | undefined;

  function deliver(change: ChangeEvent): void {
    for (const key of [change.collection, '*']) {
      for (const listener of listeners.get(key) ?? []) {
        // After the write's caller resumes, and a throwing listener cannot silence the others.
        queueMicrotask(() => {
          if (listeners.get(key)?.has(listener)) listener(cloneJson(change));
        });
      }
    }
  }

  const onMessage = ({ data }: MessageEvent) => {
    if (isChangeMessage(data) && data.tenantId === tenantId) deliver(data.change);
  };

  function connected(): ChangeChannel | null {
    if (channel === undefined) {
      channel = openChannel();
      channel?.addEventListener('message', onMessage);
    }
    return channel;
  }

  return {
    publish(change) {
      deliver(change);
      const message: ChangeMessage = { tenantId, change };
      connected()?.postMessage(message);
    },

    watch(collection, listener) {
      connected();
      let subscribed = listeners.get(collection);
      if (!subscribed) listeners.set(collection, (subscribed = new Set()));
      subscribed.add(listener);
      return () => {
        subscribed.delete(listener);
      };
    },

    close() {
      if (channel) {
        channel.removeEventListener('message', onMessage);
        closeChannel(channel);
      }
      channel = undefined;
    },
  };
}

/** Anything may post on a channel of that name; only well-formed changes are passed on. */
function isChangeMessage(data: unknown): data is ChangeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { tenantId, change } = data as { tenantId?: unknown; change?: Partial<Record<keyof ChangeEvent, unknown>> };
  return (
    typeof tenantId === 'string' &&
    typeof change === 'object' &&
    change !== null &&
    typeof change.collection === 'string' &&
    typeof change.id === 'string' &&
    CHANGE_TYPES.has(change.type) &&
    (change.record === undefined || (typeof change.record === 'object' && change.record !== null))
  );
}
