import { NetworkError, NotFoundError } from '../errors/index.js';
import { createEventBus } from '../events/event-bus.js';
import type { AdapterRecord, StorageAdapter, Unsubscribe } from '../adapter/storage-adapter.js';
import { exponentialBackoff, type Backoff } from './backoff.js';
import { deliverEntry } from './deliver-entry.js';
import { createEntryIdGenerator } from './entry-id.js';
import { createExclusiveRunner, outboxLockName, platformLocks, type OutboxLocks } from './exclusive-runner.js';
import type { OutboxEntry, OutboxWrite } from './outbox-entry.js';
import { describeFailure } from './outbox-failure.js';
import type { OutboxStore } from './outbox-store.js';

export interface OutboxOptions {
  readonly store: OutboxStore;
  /** Where entries are delivered. */
  readonly adapter: StorageAdapter;
  /** The clock for backoff. Default: the system clock. */
  readonly now?: () => Date;
  /** Default: `exponentialBackoff()` (1 s doubling to 5 min, with jitter). */
  readonly backoff?: Backoff;
  /**
   * Which failures are worth retrying; any other moves the entry to `failed`.
   * Default: a `NetworkError` marked `retryable`.
   */
  readonly isRetryable?: (error: unknown) => boolean;
  /** Cross-tab locking for stores with a `sharedName`. Default: `navigator.locks` where present. */
  readonly locks?: OutboxLocks;
}

export interface EnqueueOptions {
  /** Default: the entry's id, which is unique. Pass one to tie the entry to an earlier attempt. */
  readonly idempotencyKey?: string;
  /** What the write belongs to in the UI (e.g. a survey's id), stored on the entry: see `OutboxEntry.group`. */
  readonly group?: string;
}

/** `sending`: an attempt to deliver the entry starts; one of `delivered`, `deferred` or `failed` follows. */
export type OutboxChangeType = 'enqueued' | 'sending' | 'delivered' | 'deferred' | 'failed' | 'discarded';

/** What happened to one entry; `record` is what the adapter returned for a delivered create or update. */
export interface OutboxChange {
  readonly type: OutboxChangeType;
  readonly entry: OutboxEntry;
  readonly record?: AdapterRecord;
}

export interface FlushResult {
  readonly delivered: readonly OutboxEntry[];
  /** Entries that moved to `failed` during this flush. */
  readonly failed: readonly OutboxEntry[];
  /** Entries still in the outbox, pending or failed. */
  readonly remaining: number;
  /** Epoch milliseconds of the next retry due, or `null` when nothing waits for one. */
  readonly nextAttemptAt: number | null;
}

/** A timer the outbox schedules retries on; injectable so tests control time. */
export interface OutboxTimer {
  set(callback: () => void, delayMs: number): unknown;
  clear(handle: unknown): void;
}

export interface OutboxStartOptions {
  /** Dispatches `online` when connectivity returns. Default: `globalThis` when it is an event target (a window). */
  readonly online?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null;
  readonly timer?: OutboxTimer;
}

export interface Outbox {
  /** Stores the write durably (as durable as the store) before anything is sent. */
  enqueue(write: OutboxWrite, options?: EnqueueOptions): Promise<OutboxEntry>;
  /**
   * Sends every pending entry whose backoff has elapsed, oldest first. Entries for one record go in
   * order: a later one waits while an earlier one is pending or failed. The first retryable
   * failure ends the flush, since the rest would most likely fail the same way. Calls made during
   * a flush share the one that follows it, and tabs sharing a store take turns.
   */
  flush(): Promise<FlushResult>;
  /** Every entry not yet delivered, pending or failed, oldest first. */
  pending(): Promise<OutboxEntry[]>;
  /** Puts an entry back in line with its backoff reset: a `failed` one after the user fixed the cause, or a pending one they will not wait for. */
  retry(id: string): Promise<OutboxEntry>;
  /** Drops an entry without sending it: the user gave up on that change. */
  discard(id: string): Promise<void>;
  onChange(listener: (change: OutboxChange) => void): Unsubscribe;
  /**
   * Flushes now, after every enqueue, when each backoff elapses, and on `online` (ignoring
   * backoff, since the reason to wait has gone).
   */
  start(options?: OutboxStartOptions): void;
  /** Ends what `start` began; a flush in progress completes. */
  stop(): void;
}

/** A flush waiting for its turn; calls that arrive meanwhile join it. */
interface QueuedFlush {
  ignoreBackoff: boolean;
  readonly result: Promise<FlushResult>;
}

const defaultTimer: OutboxTimer = {
  set: (callback, delayMs) => setTimeout(callback, delayMs),
  clear: (handle) => clearTimeout(handle as Parameters<typeof clearTimeout>[0]),
};

/** setTimeout fires at once for delays beyond a signed 32-bit count of milliseconds. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/**
 * A queue of writes that must reach the adapter eventually: offline submissions, writes made while
 * the connection drops. Network failures are retried with backoff; other refusals are kept as
 * `failed` for the UI to show, so nothing is lost silently; idempotency keys make replays
 * exactly-once.
 */
export function createOutbox({
  store,
  adapter,
  now = () => new Date(),
  backoff = exponentialBackoff(),
  isRetryable = (error) => error instanceof NetworkError && error.retryable,
  locks = platformLocks(),
}: OutboxOptions): Outbox {
  const changes = createEventBus<{ change: OutboxChange }>();
  const newEntryId = createEntryIdGenerator();
  const exclusive = createExclusiveRunner(locks, store.sharedName === undefined ? undefined : outboxLockName(store.sharedName));
  let queuedFlush: QueuedFlush | undefined;
  let running: { timer: OutboxTimer; online: OutboxStartOptions['online']; handle?: unknown } | undefined;

  const clock = () => now().getTime();
  const announce = (type: OutboxChangeType, entry: OutboxEntry, record?: AdapterRecord) =>
    changes.emit('change', record ? { type, entry, record } : { type, entry });

  async function deliverDue(ignoreBackoff: boolean): Promise<FlushResult> {
    const entries = await store.list();
    const startedAt = clock();
    // Records with an earlier entry still undelivered: their later entries must wait for it.
    const held = new Set<string>();
    const delivered: OutboxEntry[] = [];
    const failed: OutboxEntry[] = [];
    let nextAttemptAt: number | null = null;
    let offline = false;
    for (const entry of entries) {
      const key = entry.recordId === undefined ? undefined : `${entry.collection}\u0000${entry.recordId}`;
      const waitsForEarlier = key !== undefined && held.has(key);
      if (key !== undefined) held.add(key);
      if (entry.state === 'failed' || waitsForEarlier || offline) continue;
      if (!ignoreBackoff && entry.nextAttemptAt > startedAt) {
        nextAttemptAt = Math.min(nextAttemptAt ?? Infinity, entry.nextAttemptAt);
        continue;
      }
      announce('sending', entry);
      try {
        const record = await deliverEntry(adapter, entry);
        await store.delete(entry.id);
        if (key !== undefined) held.delete(key);
        delivered.push(entry);
        announce('delivered', entry, record);
      } catch (error) {
        const attempts = entry.attempts + 1;
        const lastError = describeFailure(error);
        if (isRetryable(error)) {
          const deferred: OutboxEntry = { ...entry, attempts, lastError, nextAttemptAt: clock() + backoff(attempts) };
          await store.put(deferred);
          announce('deferred', deferred);
          nextAttemptAt = Math.min(nextAttemptAt ?? Infinity, deferred.nextAttemptAt);
          offline = true;
        } else {
          const refused: OutboxEntry = { ...entry, attempts, lastError, state: 'failed' };
          await store.put(refused);
          failed.push(refused);
          announce('failed', refused);
        }
      }
    }
    return { delivered, failed, remaining: entries.length - delivered.length, nextAttemptAt };
  }

  function flushWith(ignoreBackoff: boolean): Promise<FlushResult> {
    if (queuedFlush) {
      queuedFlush.ignoreBackoff ||= ignoreBackoff;
      return queuedFlush.result;
    }
    const queued: QueuedFlush = {
      ignoreBackoff,
      result: exclusive(() => {
        // From here on, new calls need a flush of their own: this one may have read the store already.
        queuedFlush = undefined;
        return deliverDue(queued.ignoreBackoff);
      }),
    };
    queuedFlush = queued;
    return queued.result;
  }

  function flushInBackground(ignoreBackoff: boolean): void {
    flushWith(ignoreBackoff).then(
      (result) => scheduleRetry(result.nextAttemptAt),
      (error: unknown) => {
        // The store failed (the entries are still in it): report that, and try again after a pause.
        reportError(error);
        scheduleRetry(clock() + backoff(1));
      },
    );
  }

  function scheduleRetry(nextAttemptAt: number | null): void {
    if (!running) return;
    if (running.handle !== undefined) running.timer.clear(running.handle);
    running.handle = undefined;
    if (nextAttemptAt === null) return;
    const delay = Math.min(Math.max(0, nextAttemptAt - clock()), LONGEST_TIMER_MS);
    running.handle = running.timer.set(() => {
      if (running) running.handle = undefined;
      flushInBackground(false);
    }, delay);
  }

  const onOnline = () => flushInBackground(true);

  async function existing(id: string): Promise<OutboxEntry> {
    const entry = (await store.list()).find((candidate) => candidate.id === id);
    if (!entry) throw new NotFoundError('outbox', id);
    return entry;
  }

  return {
    async enqueue(write, options = {}) {
      const enqueuedAt = clock();
      const id = newEntryId(enqueuedAt);
      const entry: OutboxEntry = {
        ...write,
        id,
        idempotencyKey: options.idempotencyKey ?? id,
        ...(options.group === undefined ? {} : { group: options.group }),
        state: 'pending',
        attempts: 0,
        nextAttemptAt: enqueuedAt,
        enqueuedAt,
      };
      await store.put(entry);
      announce('enqueued', entry);
      if (running) flushInBackground(false);
      return entry;
    },

    flush: () => flushWith(false),

    pending: () => store.list(),

    retry: (id) =>
      exclusive(async () => {
        const { lastError: _previous, ...entry } = await existing(id);
        const requeued: OutboxEntry = { ...entry, state: 'pending', attempts: 0, nextAttemptAt: clock() };
        await store.put(requeued);
        announce('enqueued', requeued);
        if (running) flushInBackground(false);
        return requeued;
      }),

    // Under the flush lock, so an entry is never discarded while it is being sent.
    discard: (id) =>
      exclusive(async () => {
        const entry = await existing(id);
        await store.delete(id);
        announce('discarded', entry);
      }),

    onChange: (listener) => changes.on('change', listener),

    start({ timer = defaultTimer, online = defaultOnlineTarget() } = {}) {
      if (running) return;
      running = { timer, online };
      online?.addEventListener('online', onOnline);
      flushInBackground(false);
    },

    stop() {
      if (!running) return;
      running.online?.removeEventListener('online', onOnline);
      if (running.handle !== undefined) running.timer.clear(running.handle);
      running = undefined;
    },
  };
}

function defaultOnlineTarget(): OutboxStartOptions['online'] {
  return typeof globalThis.addEventListener === 'function' ? globalThis : null;
}

/** A background flush has no caller to reject to. */
function reportError(error: unknown): void {
  const report = (globalThis as { reportError?: (error: unknown) => void }).reportError;
  if (report) report(error);
  else console.error(error);
}
