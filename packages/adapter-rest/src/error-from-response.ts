import { ConflictError, NetworkError, NotFoundError, PermissionError, ValidationError, type CrmError, type FieldIssue, type StoredRecord } from '@rapport/core';

/** What a failed request was about, so errors name the record even when the body says nothing. */
export interface RequestSubject {
  readonly collection: string;
  readonly id?: string;
  readonly expectedVersion?: number;
}

interface ProblemBody {
  readonly title?: unknown;
  readonly issues?: unknown;
  readonly current?: unknown;
}

/**
 * The SDK error for an HTTP error response: 400/413/428 validation (with the server's field
 * issues), 401/403 permission, 404 not-found, 409/412 conflict (with the current record when
 * the server sent it), anything else a network error. Messages come from the server's `title`,
 * which it keeps safe to show, or from fixed texts.
 */
export function errorFromResponse(response: { readonly status: number; readonly text: string }, subject: RequestSubject): CrmError {
  const body = problemBody(response.text);
  const title = typeof body.title === 'string' && body.title ? body.title : undefined;
  const { collection, id = '', expectedVersion = 0 } = subject;
  switch (response.status) {
    case 400:
    case 413:
    case 422:
    case 428:
      return new ValidationError(issuesOf(body.issues, response.status), title);
    case 401:
    case 403:
      return new PermissionError(title);
    case 404:
      return new NotFoundError(collection, id);
    case 409:
    case 412:
      return new ConflictError(collection, id, expectedVersion, recordOf(body.current));
    default:
      return new NetworkError(title ?? 'The service could not complete the request', response.status >= 500 || response.status === 429);
  }
}

function problemBody(text: string): ProblemBody {
  try {
    const body: unknown = JSON.parse(text);
    return typeof body === 'object' && body !== null ? (body as ProblemBody) : {};
  } catch {
    return {};
  }
}

function issuesOf(issues: unknown, status: number): FieldIssue[] {
  const valid = Array.isArray(issues)
    ? issues.filter(
        (issue): issue is FieldIssue =>
          typeof issue === 'object' && issue !== null && Array.isArray(issue.path) && typeof issue.code === 'string' && typeof issue.message === 'string',
      )
    : [];
  if (valid.length) return valid;
  return [status === 413 ? { path: [], code: 'too_big', message: 'The request is too large' } : { path: [], code: 'invalid_value', message: 'The request was rejected' }];
}

function recordOf(current: unknown): StoredRecord | undefined {
  return typeof current === 'object' && current !== null && typeof (current as StoredRecord).id === 'string' ? (current as StoredRecord) : undefined;
}
