import type { SqlExecutor } from '../database/database.js';

/**
 * Forgets what is only kept for a while: changes older than ten minutes (a client away longer
 * reloads instead of replaying) and idempotency keys older than a day (retries come sooner).
 * Changes the automation worker has not read yet stay, for up to a week after its last read, so
 * a worker that was down loses no rule or webhook event.
 */
export async function pruneExpired(db: SqlExecutor): Promise<void> {
  await db.query(
    `DELETE FROM changes c WHERE at < now() - interval '10 minutes'
       AND NOT EXISTS (SELECT 1 FROM automation_cursor a WHERE a.name = 'changes' AND c.seq > a.seq AND a.read_at > now() - interval '7 days')`,
  );
  await db.query("DELETE FROM idempotency_keys WHERE created_at < now() - interval '1 day'");
}
