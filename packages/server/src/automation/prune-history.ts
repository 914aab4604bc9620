import type { SqlExecutor } from '../database/database.js';

/** How long the automation log, finished jobs and finished webhook deliveries are kept by default. */
export const DEFAULT_RETENTION_DAYS = 30;

const BATCH = 5_000;

/** What `pruneAutomationHistory` removed, per table. */
export interface PrunedHistory {
  readonly log: number;
  readonly jobs: number;
  readonly deliveries: number;
}

/**
 * Deletes what is only history once it is older than `retentionDays`: automation log entries,
 * finished jobs (a key queued again starts a new one) and finished webhook deliveries. Pending
 * work is never touched. Deletes in batches, so a large backlog never holds long locks.
 * `now`: the clock to judge by (default the database's).
 */
export async function pruneAutomationHistory(db: SqlExecutor, retentionDays = DEFAULT_RETENTION_DAYS, now: Date | null = null): Promise<PrunedHistory> {
  if (!(retentionDays >= 1)) throw new RangeError(`retentionDays must be at least 1, not ${retentionDays}`);
  const params = [now?.toISOString() ?? null, retentionDays, BATCH];
  const cutoff = `coalesce($1::timestamptz, now()) - ($2 * interval '1 day')`;
  const drain = async (statement: string) => {
    let total = 0;
    for (;;) {
      const rows = await db.query(statement, params);
      total += rows.length;
      if (rows.length < BATCH) return total;
    }
  };
  return {
    log: await drain(`DELETE FROM automation_log WHERE id IN (SELECT id FROM automation_log WHERE at < ${cutoff} LIMIT $3) RETURNING 1`),
    jobs: await drain(`DELETE FROM automation_jobs WHERE id IN (SELECT id FROM automation_jobs WHERE done_at < ${cutoff} LIMIT $3) RETURNING 1`),
    deliveries: await drain(`DELETE FROM webhook_deliveries WHERE id IN (SELECT id FROM webhook_deliveries WHERE finished_at < ${cutoff} LIMIT $3) RETURNING 1`),
  };
}
