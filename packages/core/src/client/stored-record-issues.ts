import type { AdapterRecord } from '../adapter/storage-adapter.js';
import { ValidationError, type FieldIssue } from '../errors/index.js';

const TEXT_FIELDS = ['id', 'tenantId', 'createdAt', 'updatedAt'] as const;

/**
 * The problems of a record an adapter returned with the fields the client itself relies on (its
 * id, tenant, version and timestamps). The entity's own fields are the writer's to get right:
 * every write is validated before it is stored, here and on the server.
 */
export function storedRecordIssues(value: unknown): FieldIssue[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [{ path: [], code: 'invalid_type', message: 'Must be an object' }];
  const record = value as Record<string, unknown>;
  const issues: FieldIssue[] = [];
  for (const field of TEXT_FIELDS) {
    const member = record[field];
    if (member === undefined) issues.push({ path: [field], code: 'required', message: 'This field is required' });
    else if (typeof member !== 'string' || member === '') issues.push({ path: [field], code: 'invalid_type', message: 'Must be text' });
  }
  const { version } = record;
  if (version === undefined) issues.push({ path: ['version'], code: 'required', message: 'This field is required' });
  else if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) issues.push({ path: ['version'], code: 'invalid_type', message: 'Must be a whole number from 1' });
  return issues;
}

/** `value` as a stored record of `collection`, or a `ValidationError` saying which stored field is wrong. */
export function requireStoredRecord(collection: string, value: unknown): AdapterRecord {
  const issues = storedRecordIssues(value);
  if (issues.length > 0) throw new ValidationError(issues, `A stored ${collection} record is invalid`);
  return value as AdapterRecord;
}
