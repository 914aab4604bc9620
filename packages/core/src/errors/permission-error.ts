import { CrmError } from './crm-error.js';

export class PermissionError extends CrmError {
  readonly kind = 'permission' as const;

  constructor(message = 'You do not have permission to do this') {
    super(message);
    this.name = 'PermissionError';
  }
}
