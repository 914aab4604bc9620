import { ConflictError, CrmError, NotFoundError, ValidationError, type CrmErrorKind, type FieldIssue, type StoredRecord } from '@rapport/core';
import { UnauthenticatedError } from '../auth/authenticator.js';
import { PayloadTooLargeError } from './json-body.js';

/**
 * The body of every error response (`application/problem+json`, RFC 9457) with the SDK's error
 * `kind` and what the client needs to rebuild its typed error. `title` is safe to show.
 */
export interface Problem {
  readonly type: 'about:blank';
  readonly status: number;
  readonly title: string;
  readonly kind: CrmErrorKind;
  readonly issues?: readonly FieldIssue[];
  readonly collection?: string;
  readonly id?: string;
  readonly expectedVersion?: number;
  readonly current?: StoredRecord;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problem(status: number, kind: CrmErrorKind, title: string, extra: Partial<Problem> = {}): Problem {
  return { type: 'about:blank', status, title, kind, ...extra };
}

/** The status and body for an error thrown while serving a request; anything unexpected is a plain 500. */
export function problemFor(error: unknown): Problem {
  if (error instanceof PayloadTooLargeError) return problem(413, 'validation', error.message, { issues: error.issues });
  if (error instanceof ValidationError) return problem(400, 'validation', error.message, { issues: error.issues });
  if (error instanceof UnauthenticatedError) return problem(401, 'permission', error.message);
  if (error instanceof NotFoundError) return problem(404, 'not-found', error.message, { collection: error.collection, id: error.id });
  if (error instanceof ConflictError) {
    return problem(412, 'conflict', error.message, {
      collection: error.collection,
      id: error.id,
      expectedVersion: error.expectedVersion,
      ...(error.current ? { current: error.current } : {}),
    });
  }
  if (error instanceof CrmError && error.kind === 'permission') return problem(403, 'permission', error.message);
  return problem(500, 'network', 'Something went wrong on our side; please try again');
}

export function problemResponse(body: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status: body.status, headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, ...headers } });
}

/** 404 for an address the server has nothing at. */
export function notFoundResponse(): Response {
  return problemResponse(problem(404, 'not-found', 'There is nothing at this address'));
}
