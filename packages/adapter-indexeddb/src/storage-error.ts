import { NetworkError } from '@rapport/core';

/** Failures that retrying will not clear: a full disk, no IndexedDB, storage blocked for this page. */
const LASTING_FAILURES: ReadonlySet<unknown> = new Set(['QuotaExceededError', 'NotSupportedError', 'SecurityError']);

/**
 * Browser storage failing is, to the SDK, what a dropped connection is to a remote adapter: a
 * `NetworkError`. Other failures (a connection closed by an upgrade in another tab, a transient
 * I/O error) may clear on a retry.
 */
export function toStorageError(cause: unknown): NetworkError {
  const retryable = !LASTING_FAILURES.has((cause as { name?: unknown } | null)?.name);
  return new NetworkError('The browser storage could not be used', retryable, { cause });
}
