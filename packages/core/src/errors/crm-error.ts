/** The kinds of failure a caller can branch on; every error the SDK throws is one of these. */
export type CrmErrorKind = 'validation' | 'not-found' | 'conflict' | 'permission' | 'network';

/**
 * Base class of every SDK error. `message` is always safe to show to an end user: it never
 * contains stack traces, SQL, or server internals. UIs localize from `kind` (and `code` on issues).
 */
export abstract class CrmError extends Error {
  abstract readonly kind: CrmErrorKind;
}

export function isCrmError(value: unknown): value is CrmError {
  return value instanceof CrmError;
}
