import type { SqlExecutor } from '../database/database.js';

/**
 * Forgets what is only kept for a while: changes older than ten minutes (a client away longer
 * reloads instead of replaying) and idempotency keys older than a day (retries come sooner).
 */
export async function pruneExpired(db: SqlExecutor): Promise<void> {
  await db.query("DELETE FROM changes WHERE at < now() - interval '10 minutes'");
  await db.query("DELETE FROM idempotency_keys WHERE created_at < now() - interval '1 day'");
}
