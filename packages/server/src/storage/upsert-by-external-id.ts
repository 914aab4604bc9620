import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { ConflictError, isCrmError, type AdapterRecord } from '@rapport/core';
import { numberFieldOf, stampRecord } from '@rapport/core/adapter';
import type { Database, SqlExecutor } from '../database/database.js';
import { keepNumber, takeNumbers } from './record-numbering.js';
import type { RecordFields } from './record-store.js';

/** One record to create or update by the integrator's key. */
export interface ExternalUpsert {
  readonly externalId: string;
  /**
   * The record's fields given the current record with this key (`undefined`: none yet), checked
   * against the schema; throws a `ValidationError` for this item alone.
   */
  readonly fields: (current: AdapterRecord | undefined) => RecordFields;
}

export type ExternalUpsertOutcome =
  | { readonly status: 'created' | 'updated' | 'unchanged'; readonly record: AdapterRecord }
  | { readonly status: 'refused'; readonly error: unknown };

/** How often an item that lost a race with a concurrent write of the same key is tried again. */
const ROUNDS = 3;

/**
 * Creates or updates each item by `externalId` in one transaction, with one statement for all the
 * creates and one for all the updates, so a thousand records cost a few round trips. The records
 * with those keys are locked while their new versions are computed; a key a concurrent request
 * creates meanwhile (the unique index makes the insert skip it) is read again and updated. An
 * item that equals what is stored is written not at all: replaying an import changes nothing.
 * Writes go through the `records` trigger like any other, so the live feed and history see them.
 */
export async function upsertByExternalId(
  db: Database,
  tenantId: string,
  collection: string,
  items: readonly ExternalUpsert[],
  now: string,
): Promise<ExternalUpsertOutcome[]> {
  return db.transaction(async (tx) => {
    const outcomes: Array<ExternalUpsertOutcome | undefined> = items.map(() => undefined);
    let pending = items.map((_, index) => index);
    for (let round = 0; round < ROUNDS && pending.length; round++) {
      const current = await lockedByExternalId(tx, tenantId, collection, pending.map((index) => items[index]!.externalId));
      const creates: Array<{ readonly index: number; record: AdapterRecord }> = [];
      const updates: Array<{ index: number; record: AdapterRecord }> = [];
      for (const index of pending) {
        const item = items[index]!;
        const existing = current.get(item.externalId);
        let fields: RecordFields;
        try {
          fields = item.fields(existing);
        } catch (error) {
          if (!isCrmError(error)) throw error;
          outcomes[index] = { status: 'refused', error };
          continue;
        }
        if (!existing) {
          // Node's randomUUID draws from a cache of random bytes: 0.3 µs an id against 6 µs for the SDK's randomId.
          creates.push({ index, record: stampRecord(fields, { id: randomUUID(), tenantId, version: 1, createdAt: now, updatedAt: now }) });
        } else if (isDeepStrictEqual(stampRecord(keepNumber(collection, existing, fields), existing), existing)) {
          outcomes[index] = { status: 'unchanged', record: existing };
        } else {
          updates.push({ index, record: stampRecord(keepNumber(collection, existing, fields), { ...existing, version: existing.version + 1, updatedAt: now }) });
        }
      }
      const field = numberFieldOf(collection);
      if (field !== undefined && creates.length > 0) {
        const first = await takeNumbers(tx, tenantId, collection, field, creates.length);
        creates.forEach((create, offset) => (create.record = { ...create.record, [field]: first + offset }));
      }
      const inserted = await insertRecords(tx, tenantId, collection, creates.map(({ record }) => record));
      const updated = await updateRecords(tx, tenantId, collection, updates.map(({ record }) => record));
      pending = [];
      for (const { index, record } of creates) {
        if (inserted.has(record.id)) outcomes[index] = { status: 'created', record };
        else pending.push(index);
      }
      for (const { index, record } of updates) {
        if (updated.has(record.id)) outcomes[index] = { status: 'updated', record };
        else pending.push(index);
      }
    }
    return outcomes.map(
      (outcome, index) => outcome ?? { status: 'refused', error: new ConflictError(collection, items[index]!.externalId, 0, undefined) },
    );
  });
}

async function lockedByExternalId(tx: SqlExecutor, tenantId: string, collection: string, externalIds: readonly string[]): Promise<Map<string, AdapterRecord>> {
  const rows = await tx.query<{ data: AdapterRecord }>(
    `SELECT data FROM records WHERE tenant_id = $1 AND collection = $2
      AND (data #> '{externalId}') IN (SELECT value FROM jsonb_array_elements($3::jsonb)) FOR UPDATE`,
    [tenantId, collection, JSON.stringify(externalIds)],
  );
  return new Map(rows.map(({ data }) => [String(data.externalId), data]));
}

/** Inserts all at once; a row whose key another transaction took meanwhile is skipped, not an error. */
async function insertRecords(tx: SqlExecutor, tenantId: string, collection: string, records: readonly AdapterRecord[]): Promise<Set<string>> {
  if (!records.length) return new Set();
  const rows = await tx.query<{ id: string }>(
    `INSERT INTO records (tenant_id, collection, id, version, created_at, updated_at, data)
      SELECT $1, $2, item->>'id', 1, item->>'createdAt', item->>'updatedAt', item FROM jsonb_array_elements($3::jsonb) AS item
      ON CONFLICT DO NOTHING RETURNING id`,
    [tenantId, collection, JSON.stringify(records)],
  );
  return new Set(rows.map(({ id }) => id));
}

/** Updates all at once, each only from the version it was computed from. */
async function updateRecords(tx: SqlExecutor, tenantId: string, collection: string, records: readonly AdapterRecord[]): Promise<Set<string>> {
  if (!records.length) return new Set();
  const rows = await tx.query<{ id: string }>(
    `UPDATE records r SET version = (item->>'version')::integer, updated_at = item->>'updatedAt', data = item
      FROM jsonb_array_elements($3::jsonb) AS item
      WHERE r.tenant_id = $1 AND r.collection = $2 AND r.id = item->>'id' AND r.version = (item->>'version')::integer - 1
      RETURNING r.id`,
    [tenantId, collection, JSON.stringify(records)],
  );
  return new Set(rows.map(({ id }) => id));
}
