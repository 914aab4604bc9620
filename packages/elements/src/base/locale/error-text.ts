import { isCrmError, NetworkError, type FieldIssue } from '@rapport/core';
import type { IssueCode, Messages } from './messages.js';

const issueCodes: ReadonlySet<string> = new Set<IssueCode>(['required', 'invalid_type', 'too_small', 'too_big', 'invalid_format', 'invalid_value', 'custom']);

function isIssueCode(code: string): code is IssueCode {
  return issueCodes.has(code);
}

/** What went wrong, in the reader's language, from the error's `kind`; never the raw message of an unknown error. */
export function errorText(error: unknown, messages: Messages): string {
  if (error instanceof NetworkError && error.reason === 'origin-not-allowed') return messages.errors.originNotAllowed;
  return isCrmError(error) ? messages.errors[error.kind] : messages.errors.unknown;
}

/** One field's problem, in the reader's language, from the issue's stable `code`. */
export function issueText(issue: FieldIssue, messages: Messages): string {
  return messages.issues[isIssueCode(issue.code) ? issue.code : 'custom'];
}
