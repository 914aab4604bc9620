import { ValidationError, isCrmError } from '../errors/index.js';
import type { OutboxFailure } from './outbox-entry.js';

/** Keeps what the UI needs from an error (its kind, a safe message, field issues) as storable data. */
export function describeFailure(error: unknown): OutboxFailure {
  if (error instanceof ValidationError) return { kind: error.kind, message: error.message, issues: error.issues };
  if (isCrmError(error)) return { kind: error.kind, message: error.message };
  // Messages of unknown errors may carry internals; they are not shown.
  return { kind: 'unknown', message: 'The change could not be saved' };
}
