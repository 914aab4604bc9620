import type { AdapterRecord } from '@rapport/core';
import { highestNumber, numberFieldOf } from '@rapport/core/adapter';
import type { SqlExecutor } from '../database/database.js';

/**
 * Takes the next `count` numbers of a tenant's numbered collection (a ticket's `#1042`) and
 * returns the first. The counter row is locked until the caller's transaction ends, so creates
 * on every instance take turns and no number is given twice; a rolled-back create leaves a gap.
 * A tenant's first count starts after the highest number already stored (seeded or imported).
 */
export async function takeNumbers(tx: SqlExecutor, tenantId: string, collection: string, field: string, count: number): Promise<number> {
  const [bumped] = await tx.query<{ last: string }>(
    'UPDATE record_numbers SET last_number = last_number + $3 WHERE tenant_id = $1 AND collection = $2 RETURNING last_number::text AS last',
    [tenantId, collection, count],
  );
  const last =
    bumped ??
    (
      await tx.query<{ last: string }>(
        `INSERT INTO record_numbers (tenant_id, collection, last_number)
          VALUES ($1, $2, $3 + (SELECT coalesce(max((data ->> $4)::bigint), 0) FROM records
            WHERE tenant_id = $1 AND collection = $2 AND jsonb_typeof(data -> $4) = 'number'))
          ON CONFLICT (tenant_id, collection) DO UPDATE SET last_number = record_numbers.last_number + $3
          RETURNING last_number::text AS last`,
        [tenantId, collection, count, field],
      )
    )[0];
  return Number(last?.last) - count + 1;
}

/**
 * Records stored as they are (a seed, an import) may carry numbers: the counter moves past the
 * highest, so the next create does not repeat one.
 */
export async function countPastImported(tx: SqlExecutor, tenantId: string, collection: string, records: readonly AdapterRecord[]): Promise<void> {
  const field = numberFieldOf(collection);
  if (field === undefined) return;
  const highest = highestNumber(records, field);
  if (highest === 0) return;
  await tx.query(
    `INSERT INTO record_numbers (tenant_id, collection, last_number) VALUES ($1, $2, $3)
      ON CONFLICT (tenant_id, collection) DO UPDATE SET last_number = GREATEST(record_numbers.last_number, EXCLUDED.last_number)`,
    [tenantId, collection, highest],
  );
}

/** A numbered record's number stays what it was, whatever an update sends (or removes). */
export function keepNumber(collection: string, current: AdapterRecord, next: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  const field = numberFieldOf(collection);
  if (field === undefined || current[field] === undefined) return next;
  return { ...next, [field]: current[field] };
}
