import type { FieldIssue } from '../errors/index.js';
import type { CrmErrorKind } from '../errors/index.js';

/** A write waiting to reach the adapter. `recordId` names the record; for a create it is the client-chosen id. */
export type OutboxWrite =
  | {
      readonly op: 'create';
      readonly collection: string;
      readonly data: Readonly<Record<string, unknown>>;
      readonly recordId?: string;
    }
  | {
      readonly op: 'update';
      readonly collection: string;
      readonly recordId: string;
      /** The patch, shallow-merged as `StorageAdapter.update` does. */
      readonly data: Readonly<Record<string, unknown>>;
      readonly expectedVersion: number;
    }
  | {
      readonly op: 'remove';
      readonly collection: string;
      readonly recordId: string;
      readonly expectedVersion?: number;
    };

/** Why the last attempt failed, as plain data so it survives storage; `message` is safe to show. */
export interface OutboxFailure {
  readonly kind: CrmErrorKind | 'unknown';
  readonly message: string;
  readonly issues?: readonly FieldIssue[];
}

/**
 * `pending` entries are retried; a `failed` one was refused for a reason retrying cannot fix
 * (validation, permission, conflict) and waits for the user to retry or discard it.
 */
export type OutboxEntryState = 'pending' | 'failed';

interface OutboxEntryStatus {
  /** Sorts in enqueue order; the default idempotency key. */
  readonly id: string;
  readonly idempotencyKey: string;
  readonly state: OutboxEntryState;
  readonly attempts: number;
  /** Epoch milliseconds before which the entry is not retried (backoff). */
  readonly nextAttemptAt: number;
  readonly enqueuedAt: number;
  readonly lastError?: OutboxFailure;
  /**
   * What the write belongs to in the UI that queued it (e.g. a survey's id), so a page finds the
   * failed entries it should offer to retry or discard. Never sent.
   */
  readonly group?: string;
}

export type OutboxEntry = OutboxWrite & OutboxEntryStatus;
