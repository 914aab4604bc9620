import type { ChangeEvent, PresenceMember, Unsubscribe } from '@rapport/core';
import { sleep } from './abortable.js';
import { backoffDelay } from './backoff.js';
import type { HttpClientOptions } from './http-client.js';
import { createSseParser, type ServerSentEvent } from './sse-parser.js';

type Listener = (change: ChangeEvent) => void;
/** Who is on a topic now, as the stream's `event: presence` says. */
export type PresenceListener = (topic: string, members: readonly PresenceMember[]) => void;

const RECONNECT = { retries: Number.POSITIVE_INFINITY, baseDelayMs: 500, maxDelayMs: 30_000 };

/**
 * One Server-Sent Events connection per adapter, opened by the first `watch` and closed with the
 * last. It is read through `fetch` (EventSource cannot send a bearer token), reconnects with
 * backoff after any failure, and resumes from the last event id so nothing in between is lost.
 */
export class LiveChanges {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly presenceListeners = new Set<PresenceListener>();
  private connection: AbortController | undefined;
  private lastEventId: string | undefined;
  private pendingSubscription: Promise<void> | undefined;

  constructor(private readonly http: HttpClientOptions) {}

  watch(collection: string, listener: Listener): Unsubscribe {
    let forCollection = this.listeners.get(collection);
    if (!forCollection) this.listeners.set(collection, (forCollection = new Set()));
    forCollection.add(listener);
    if (!this.connection) this.open();
    return () => {
      forCollection.delete(listener);
      if (forCollection.size === 0) this.listeners.delete(collection);
      this.closeWhenUnheard();
    };
  }

  /** Hears who is on which topic, over the same stream (staff only: others get no presence events). */
  watchPresence(listener: PresenceListener): Unsubscribe {
    this.presenceListeners.add(listener);
    if (!this.connection) this.open();
    return () => {
      this.presenceListeners.delete(listener);
      this.closeWhenUnheard();
    };
  }

  private closeWhenUnheard(): void {
    if (this.listeners.size === 0 && this.presenceListeners.size === 0) this.close();
  }

  /**
   * While a new stream is connecting: settles once it is subscribed (or has failed to connect).
   * A write made after `watch` waits for it, so its own change is always heard.
   */
  subscribing(): Promise<void> | undefined {
    return this.pendingSubscription;
  }

  private open(): void {
    const connection = new AbortController();
    this.connection = connection;
    let markSubscribed: () => void = () => {};
    const subscription = new Promise<void>((resolve) => (markSubscribed = resolve));
    this.pendingSubscription = subscription;
    void subscription.then(() => {
      if (this.pendingSubscription === subscription) this.pendingSubscription = undefined;
    });
    void this.run(connection.signal, () => markSubscribed());
  }

  private close(): void {
    this.connection?.abort();
    this.connection = undefined;
    this.pendingSubscription = undefined;
    this.lastEventId = undefined;
  }

  private async run(signal: AbortSignal, markSubscribed: () => void): Promise<void> {
    for (let failures = 0; !signal.aborted; ) {
      try {
        await this.stream(signal, () => {
          failures = 0;
          markSubscribed();
        });
      } catch {
        // Reported by reconnecting: the caller's reads and writes surface errors of their own.
      }
      markSubscribed();
      if (signal.aborted) return;
      failures += 1;
      await sleep(backoffDelay(failures, RECONNECT), signal).catch(() => undefined);
    }
  }

  private async stream(signal: AbortSignal, onReady: () => void): Promise<void> {
    const headers: Record<string, string> = { Accept: 'text/event-stream' };
    const token = typeof this.http.token === 'function' ? await this.http.token() : this.http.token;
    if (token) headers.Authorization = `Bearer ${token}`;
    if (this.lastEventId !== undefined) headers['Last-Event-ID'] = this.lastEventId;
    const response = await this.http.fetch(`${this.http.baseUrl}/v1/stream?collection=*`, { headers, signal });
    if (!response.ok || !response.body) throw new Error(`The change stream answered ${response.status}`);
    const parse = createSseParser((event) => this.received(event, onReady));
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      parse(value);
    }
  }

  private received(event: ServerSentEvent, onReady: () => void): void {
    if (event.id !== undefined) this.lastEventId = event.id;
    if (event.event === 'ready') return onReady();
    if (event.event === 'presence') {
      const { topic, members } = JSON.parse(event.data) as { topic: string; members: PresenceMember[] };
      for (const listener of this.presenceListeners) queueMicrotask(() => listener(topic, members));
      return;
    }
    if (event.event !== 'change' && event.event !== 'reset') return;
    // A reset concerns every collection: each listener hears it once.
    const change: ChangeEvent = event.event === 'reset' ? { collection: '*', type: 'reset', id: '' } : (JSON.parse(event.data) as ChangeEvent);
    for (const key of change.type === 'reset' ? [...this.listeners.keys()] : [change.collection, '*']) {
      for (const listener of this.listeners.get(key) ?? []) {
        // Each listener in its own task: one that throws cannot keep the others from hearing.
        queueMicrotask(() => {
          if (this.listeners.get(key)?.has(listener)) listener(change);
        });
      }
    }
  }
}
