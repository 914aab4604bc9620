import { CrmError } from './crm-error.js';

/** The storage could not be reached or failed on its side; `retryable` says whether to try again. */
export class NetworkError extends CrmError {
  readonly kind = 'network' as const;

  constructor(
    message = 'The service could not be reached',
    readonly retryable = true,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'NetworkError';
  }
}
