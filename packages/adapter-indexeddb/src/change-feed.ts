import type { ChangeEvent, Unsubscribe } from '@rapport/core';
import { createChangeListeners } from '@rapport/core/adapter';

/** The part of `BroadcastChannel` the adapter uses to hear and tell other tabs about changes. */
export interface ChangeChannel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/** What travels between tabs: the change, the tenant it belongs to, and the collection revision it was made on. */
interface ChangeMessage {
  readonly tenantId: string;
  readonly change: ChangeEvent;
  readonly revision: number;
}

export interface ChangeFeed {
  /** Tells this page's listeners (each in its own microtask) and the other tabs; `revision` is the collection's before the change. */
  publish(change: ChangeEvent, revision: number): void;
  watch(collection: string, listener: (change: ChangeEvent) => void): Unsubscribe;
  close(): void;
}

export interface ChangeFeedOptions {
  readonly tenantId: string;
  /** Called once, when the feed is first used; `null` keeps changes to this page. */
  readonly openChannel: () => ChangeChannel | null;
  /** Called on `close()` after the feed stops listening to the channel it opened. */
  readonly closeChannel: () => void;
  /** Hears each change from another tab before the listeners do. */
  readonly onRemoteChange: (change: ChangeEvent, revision: number) => void;
}

const CHANGE_TYPES: ReadonlySet<unknown> = new Set(['created', 'updated', 'removed']);

/** Local `watch` listeners, fed by this page's writes and, over a channel, by other tabs' writes. */
export function createChangeFeed({ tenantId, openChannel, closeChannel, onRemoteChange }: ChangeFeedOptions): ChangeFeed {
  const listeners = createChangeListeners();
  let channel: ChangeChannel | null | undefined;

  const onMessage = ({ data }: MessageEvent) => {
    if (!isChangeMessage(data) || data.tenantId !== tenantId) return;
    onRemoteChange(data.change, data.revision);
    listeners.deliver(data.change);
  };

  function connected(): ChangeChannel | null {
    if (channel === undefined) {
      channel = openChannel();
      channel?.addEventListener('message', onMessage);
    }
    return channel;
  }

  return {
    publish(change, revision) {
      listeners.deliver(change);
      const message: ChangeMessage = { tenantId, change, revision };
      connected()?.postMessage(message);
    },

    watch(collection, listener) {
      connected();
      return listeners.watch(collection, listener);
    },

    close() {
      if (channel) {
        channel.removeEventListener('message', onMessage);
        closeChannel();
      }
      channel = undefined;
    },
  };
}

/** Anything may post on a channel of that name; only well-formed changes are passed on. */
function isChangeMessage(data: unknown): data is ChangeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { tenantId, change, revision } = data as { tenantId?: unknown; change?: Partial<Record<keyof ChangeEvent, unknown>>; revision?: unknown };
  return (
    typeof tenantId === 'string' &&
    Number.isInteger(revision) &&
    typeof change === 'object' &&
    change !== null &&
    typeof change.collection === 'string' &&
    typeof change.id === 'string' &&
    CHANGE_TYPES.has(change.type) &&
    (change.record === undefined || (typeof change.record === 'object' && change.record !== null))
  );
}
