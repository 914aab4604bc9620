import * as z from 'zod/mini';
import { isCrmError, ValidationError, type AdapterRecord, type FieldIssue } from '@rapport/core';
import { entities, externalIdSchema, externallyKeyedCollections, parseOrThrow, type ExternallyKeyedCollection } from '@rapport/core/schema';
import type { ExternalUpsert, ExternalUpsertOutcome } from '../storage/upsert-by-external-id.js';
import { assertStorable } from '../storage/storable-json.js';
import { withoutKeys } from './without-keys.js';

/** Records one bulk request may carry: about a second of work, and a body of a few megabytes. */
export const BULK_LIMIT = 1000;

/** What became of one record of a bulk request, at its place in the request. */
export type BulkItemAnswer =
  | {
      readonly index: number;
      readonly externalId: string;
      readonly status: 'created' | 'updated' | 'unchanged';
      readonly id: string;
      readonly version: number;
    }
  | {
      readonly index: number;
      readonly externalId?: string;
      readonly status: 'refused';
      readonly kind: string;
      readonly message: string;
      readonly issues?: readonly FieldIssue[];
    };

export interface BulkAnswer {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly refused: number;
  readonly items: readonly BulkItemAnswer[];
}

export function isExternallyKeyed(collection: string): collection is ExternallyKeyedCollection {
  return (externallyKeyedCollections as readonly string[]).includes(collection);
}

/** `{ "records": [ … ] }` with 1 to BULK_LIMIT members; anything else is refused as a whole. */
export function bulkRecords(body: unknown): readonly unknown[] {
  const records = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as { records?: unknown }).records : undefined;
  if (!Array.isArray(records)) throw new ValidationError([{ path: ['records'], code: 'invalid_type', message: 'Send { "records": [ … ] }, an array of records' }]);
  if (records.length === 0) throw new ValidationError([{ path: ['records'], code: 'too_small', message: 'Send at least one record' }]);
  if (records.length > BULK_LIMIT) throw new ValidationError([{ path: ['records'], code: 'too_big', message: `Send at most ${BULK_LIMIT} records per request` }]);
  return records;
}

/**
 * One record of a bulk request as an upsert, or the reason it is refused. A new record must be
 * a valid create; an existing one takes the fields sent (a member set to `null` removes that
 * field) and keeps the rest, and the merged record must satisfy the schema, as with PATCH.
 */
export function upsertOf(collection: ExternallyKeyedCollection, input: unknown, seen: Map<string, number>, index: number): ExternalUpsert {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new ValidationError([{ path: [], code: 'invalid_type', message: 'Must be an object' }]);
  }
  const record = input as Record<string, unknown>;
  if (record.externalId === undefined || record.externalId === null) {
    throw new ValidationError([{ path: ['externalId'], code: 'required', message: 'Required: your own key for this record, to create or update it by' }]);
  }
  const externalId = record.externalId;
  if (!z.safeParse(externalIdSchema, externalId).success || typeof externalId !== 'string') {
    throw new ValidationError([{ path: ['externalId'], code: 'invalid_value', message: 'Must be a text of 1 to 200 characters' }]);
  }
  const first = seen.get(externalId);
  if (first !== undefined) {
    throw new ValidationError([{ path: ['externalId'], code: 'invalid_value', message: `Repeats the key of record ${first} of this request` }]);
  }
  seen.set(externalId, index);
  const spec = entities[collection];
  const removed = Object.keys(record).filter((key) => record[key] === null);
  const sent = withoutKeys(record, removed);
  const changes = parseOrThrow(spec.update, sent) as Record<string, unknown>;
  assertStorable(changes);
  return {
    externalId,
    fields: (current) =>
      current === undefined
        ? (parseOrThrow(spec.create, sent) as Record<string, unknown>)
        : (parseOrThrow(spec.schema, { ...withoutKeys(current, removed), ...changes }) as Record<string, unknown>),
  };
}

/** Counts and per-record answers, in request order. */
export function bulkAnswer(answers: readonly BulkItemAnswer[]): BulkAnswer {
  const count = (status: BulkItemAnswer['status']) => answers.filter((answer) => answer.status === status).length;
  return { created: count('created'), updated: count('updated'), unchanged: count('unchanged'), refused: count('refused'), items: answers };
}

export function outcomeAnswer(index: number, externalId: string, outcome: ExternalUpsertOutcome): BulkItemAnswer {
  if (outcome.status === 'refused') return refusedAnswer(index, outcome.error, externalId);
  const { id, version } = outcome.record as AdapterRecord;
  return { index, externalId, status: outcome.status, id, version };
}

/** A record refused before or while writing; an error that is not the caller's (a bug) is thrown on. */
export function refusedAnswer(index: number, error: unknown, externalId?: string): BulkItemAnswer {
  if (!isCrmError(error)) throw error;
  return {
    index,
    ...(externalId === undefined ? {} : { externalId }),
    status: 'refused',
    kind: error.kind,
    message: error.kind === 'conflict' ? 'Another request changed the record with this key meanwhile; send it again' : error.message,
    ...(error instanceof ValidationError ? { issues: error.issues } : {}),
  };
}

