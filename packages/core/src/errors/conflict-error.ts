import { CrmError } from './crm-error.js';
import type { StoredRecord } from '../stored-record.js';

/**
 * A write was based on a version that is no longer current. Carries the current record so a UI
 * can show both and let the user reload or re-apply: never a silent overwrite.
 */
export class ConflictError extends CrmError {
  readonly kind = 'conflict' as const;

  constructor(
    readonly collection: string,
    readonly id: string,
    readonly expectedVersion: number,
    readonly current: StoredRecord | undefined,
  ) {
    super(`The ${collection} record was changed by someone else`);
    this.name = 'ConflictError';
  }
}
