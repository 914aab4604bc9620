import { CrmError } from './crm-error.js';

export class NotFoundError extends CrmError {
  readonly kind = 'not-found' as const;

  constructor(
    readonly collection: string,
    readonly id: string,
  ) {
    super(`No ${collection} record with id ${id}`);
    this.name = 'NotFoundError';
  }
}
