export type { OutboxEntry, OutboxEntryState, OutboxFailure, OutboxWrite } from './outbox-entry.js';
export type { OutboxStore } from './outbox-store.js';
export { createMemoryOutboxStore } from './memory-outbox-store.js';
export { exponentialBackoff, type Backoff, type ExponentialBackoffOptions } from './backoff.js';
export type { OutboxLocks } from './exclusive-runner.js';
export { outboxTurnEnds } from './outbox-turn-ends.js';
export {
  createOutbox,
  type EnqueueOptions,
  type FlushResult,
  type Outbox,
  type OutboxChange,
  type OutboxChangeType,
  type OutboxOptions,
  type OutboxStartOptions,
  type OutboxTimer,
} from './outbox.js';
