import type { Database, SqlExecutor } from '../database/database.js';

/** Work the automation worker does at a time: react to a change, or check a deadline. */
export interface JobRequest {
  readonly tenantId: string;
  /** Names the work: queuing a key again moves its deadline instead of adding a second job. */
  readonly key: string;
  readonly kind: string;
  readonly payload: Readonly<Record<string, unknown>>;
  /** When it is due; absent: now, by the database's clock. */
  readonly dueAt?: Date;
  /** A job with this key already queued keeps its deadline (a running schedule). */
  readonly keepExisting?: boolean;
}

export interface ClaimedJob {
  readonly id: number;
  readonly tenantId: string;
  readonly key: string;
  readonly kind: string;
  readonly payload: Record<string, unknown>;
  readonly dueAt: Date;
  readonly attempts: number;
  readonly generation: number;
}

interface JobRow {
  id: number | string;
  tenant_id: string;
  key: string;
  kind: string;
  payload: Record<string, unknown>;
  due_at: Date | string;
  attempts: number;
  generation: number;
}

/** Retries of a failing job: 30 s, 1 min, 2 min … capped at an hour, for this many attempts. */
export const MAX_ATTEMPTS = 12;
const retryDelayMs = (attempts: number) => Math.min(3_600_000, 30_000 * 2 ** (attempts - 1));

/**
 * The `automation_jobs` table. Jobs are claimed with `FOR UPDATE SKIP LOCKED` and a lease, so
 * several instances share them without running one twice at a time, and a job whose instance
 * died is claimed again once its lease has run out.
 */
export class JobQueue {
  constructor(private readonly db: Database) {}

  /** Queues jobs; one without `dueAt` is due at `now` (`null`: the database's clock). */
  async enqueue(sql: SqlExecutor, jobs: readonly JobRequest[], now: Date | null = null): Promise<void> {
    for (const job of jobs) {
      if (job.keepExisting) {
        await sql.query(
          `INSERT INTO automation_jobs (tenant_id, key, kind, payload, due_at)
             VALUES ($1, $2, $3, $4::jsonb, coalesce($5::timestamptz, $6::timestamptz, now())) ON CONFLICT (tenant_id, key) DO NOTHING`,
          [job.tenantId, job.key, job.kind, JSON.stringify(job.payload), job.dueAt?.toISOString() ?? null, now?.toISOString() ?? null],
        );
        continue;
      }
      await sql.query(
        `INSERT INTO automation_jobs (tenant_id, key, kind, payload, due_at)
           VALUES ($1, $2, $3, $4::jsonb, coalesce($5::timestamptz, $6::timestamptz, now()))
         ON CONFLICT (tenant_id, key) DO UPDATE
           SET kind = EXCLUDED.kind, payload = EXCLUDED.payload, due_at = EXCLUDED.due_at,
               done_at = NULL, attempts = 0, last_error = NULL, generation = automation_jobs.generation + 1`,
        [job.tenantId, job.key, job.kind, JSON.stringify(job.payload), job.dueAt?.toISOString() ?? null, now?.toISOString() ?? null],
      );
    }
  }

  /** Takes up to `limit` jobs due at `now` (`null`: the database's clock) for `leaseMs`. */
  async claim(now: Date | null, limit: number, leaseMs: number): Promise<ClaimedJob[]> {
    const rows = await this.db.query<JobRow>(
      `WITH clock AS (SELECT coalesce($1::timestamptz, now()) AS now)
       UPDATE automation_jobs j SET locked_until = clock.now + ($3 * interval '1 millisecond'), attempts = j.attempts + 1
         FROM clock
        WHERE j.id IN (
          SELECT id FROM automation_jobs, clock
           WHERE done_at IS NULL AND due_at <= clock.now AND (locked_until IS NULL OR locked_until <= clock.now)
           ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED)
        RETURNING j.id, j.tenant_id, j.key, j.kind, j.payload, j.due_at, j.attempts, j.generation`,
      [now?.toISOString() ?? null, limit, leaseMs],
    );
    return rows.map((row) => ({
      id: Number(row.id),
      tenantId: row.tenant_id,
      key: row.key,
      kind: row.kind,
      payload: row.payload,
      dueAt: new Date(row.due_at),
      attempts: row.attempts,
      generation: row.generation,
    }));
  }

  /**
   * Finishes a run: done, or due again at `next` (a later deadline of the same subject). A job
   * queued again while it ran keeps its new deadline and runs again.
   */
  async finish(job: ClaimedJob, next?: Date): Promise<void> {
    const rows = await this.db.query(
      next
        ? `UPDATE automation_jobs SET due_at = $3::timestamptz, locked_until = NULL, attempts = 0, last_error = NULL WHERE id = $1 AND generation = $2 RETURNING id`
        : `UPDATE automation_jobs SET done_at = now(), locked_until = NULL, last_error = NULL WHERE id = $1 AND generation = $2 RETURNING id`,
      next ? [job.id, job.generation, next.toISOString()] : [job.id, job.generation],
    );
    if (rows.length === 0) await this.db.query('UPDATE automation_jobs SET locked_until = NULL WHERE id = $1', [job.id]);
  }

  /** A failed run: tried again later with a growing delay, until `MAX_ATTEMPTS`; the error stays on the job. */
  async fail(job: ClaimedJob, error: string): Promise<void> {
    const giveUp = job.attempts >= MAX_ATTEMPTS;
    await this.db.query(
      `UPDATE automation_jobs SET locked_until = NULL, last_error = $2,
          due_at = CASE WHEN $3 THEN due_at ELSE now() + ($4 * interval '1 millisecond') END,
          done_at = CASE WHEN $3 THEN now() ELSE NULL END
        WHERE id = $1`,
      [job.id, error, giveUp, retryDelayMs(job.attempts)],
    );
  }
}
