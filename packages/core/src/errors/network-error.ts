import { CrmError } from './crm-error.js';

/** The storage could not be reached or failed on its side; `retryable` says whether to try again. */
export class NetworkError extends CrmError {
  readonly kind = 'network' as const;

  constructor(
    message = 'The service could not be reached',
    readonly retryable = true,
    options?: { cause?: unknown; reason?: NetworkFailureReason },
  ) {
    super(message, options);
    this.name = 'NetworkError';
    this.reason = options?.reason ?? 'unreachable';
  }

  /** Why: the service is out of reach (offline, down), or it answers but not to this page's origin. */
  readonly reason: NetworkFailureReason;
}

/**
 * `origin-not-allowed`: the server is reachable but its CORS settings do not list this page's
 * origin (the browser hides its answers). Waiting does not help; the server's operator must
 * allow the origin.
 */
export type NetworkFailureReason = 'unreachable' | 'origin-not-allowed';
