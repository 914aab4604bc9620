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

/** Jobs taken together, and the instant (by the clock they were judged by) they were taken at. */
export interface Claim {
  readonly jobs: readonly ClaimedJob[];
  readonly now: Date;
}

/** A run that ended without a throw: done, or due again at `next` (a later deadline of the same subject). */
export interface FinishedRun {
  readonly job: ClaimedJob;
  readonly next?: Date | undefined;
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
  claimed_at: Date | string;
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

  /**
   * Queues jobs; one without `dueAt` is due at `now` (`null`: the database's clock). At most two
   * statements, whatever the number: the requests are folded per key first, as queuing them one
   * by one would leave them (a later request moves the deadline, a `keepExisting` one never does).
   */
  async enqueue(sql: SqlExecutor, jobs: readonly JobRequest[], now: Date | null = null): Promise<void> {
    const byKey = new Map<string, JobRequest>();
    for (const job of jobs) {
      const name = JSON.stringify([job.tenantId, job.key]);
      if (job.keepExisting && byKey.has(name)) continue;
      byKey.set(name, job);
    }
    const folded = [...byKey.values()];
    const rows = (requests: JobRequest[]) =>
      JSON.stringify(requests.map((job) => ({ tenant_id: job.tenantId, key: job.key, kind: job.kind, payload: job.payload, due_at: job.dueAt?.toISOString() ?? null })));
    const fresh = `SELECT x.tenant_id, x.key, x.kind, x.payload, coalesce(x.due_at, $2::timestamptz, now())
                     FROM jsonb_to_recordset($1::jsonb) AS x(tenant_id text, key text, kind text, payload jsonb, due_at timestamptz)`;
    const kept = folded.filter((job) => job.keepExisting);
    const moved = folded.filter((job) => !job.keepExisting);
    if (kept.length > 0) {
      await sql.query(`INSERT INTO automation_jobs (tenant_id, key, kind, payload, due_at) ${fresh} ON CONFLICT (tenant_id, key) DO NOTHING`, [rows(kept), now?.toISOString() ?? null]);
    }
    if (moved.length > 0) {
      await sql.query(
        `INSERT INTO automation_jobs (tenant_id, key, kind, payload, due_at) ${fresh}
         ON CONFLICT (tenant_id, key) DO UPDATE
           SET kind = EXCLUDED.kind, payload = EXCLUDED.payload, due_at = EXCLUDED.due_at,
               done_at = NULL, attempts = 0, last_error = NULL, generation = automation_jobs.generation + 1`,
        [rows(moved), now?.toISOString() ?? null],
      );
    }
  }

  /**
   * Takes up to `limit` jobs due at `now` (`null`: the database's clock) for `leaseMs`. The
   * clock's reading comes back with them, so the handlers need no second round trip to learn it.
   */
  async claim(now: Date | null, limit: number, leaseMs: number): Promise<Claim> {
    const rows = await this.db.query<JobRow>(
      `WITH clock AS (SELECT coalesce($1::timestamptz, now()) AS now)
       UPDATE automation_jobs j SET locked_until = clock.now + ($3 * interval '1 millisecond'), attempts = j.attempts + 1
         FROM clock
        WHERE j.id IN (
          SELECT id FROM automation_jobs, clock
           WHERE done_at IS NULL AND due_at <= clock.now AND (locked_until IS NULL OR locked_until <= clock.now)
           ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED)
        RETURNING j.id, j.tenant_id, j.key, j.kind, j.payload, j.due_at, j.attempts, j.generation, clock.now AS claimed_at`,
      [now?.toISOString() ?? null, limit, leaseMs],
    );
    const jobs = rows.map((row) => ({
      id: Number(row.id),
      tenantId: row.tenant_id,
      key: row.key,
      kind: row.kind,
      payload: row.payload,
      dueAt: new Date(row.due_at),
      attempts: row.attempts,
      generation: row.generation,
    }));
    return { jobs, now: rows[0] ? new Date(rows[0].claimed_at) : (now ?? new Date()) };
  }

  /**
   * Milliseconds until the next queued job is due, by the database's clock (`undefined`: none is
   * queued). A job due already but held by another instance does not count: its holder runs it.
   */
  async untilNextDue(): Promise<number | undefined> {
    const [row] = await this.db.query<{ ms: number | string | null }>(
      `SELECT extract(epoch FROM min(due_at) - now()) * 1000 AS ms FROM automation_jobs WHERE done_at IS NULL AND due_at > now()`,
    );
    return row?.ms === null || row?.ms === undefined ? undefined : Math.max(0, Number(row.ms));
  }

  /**
   * Finishes runs in one statement: each done, or due again at its `next`. A job queued again
   * while it ran (its generation moved on) keeps its new deadline and runs again.
   */
  async finish(runs: readonly FinishedRun[]): Promise<void> {
    if (runs.length === 0) return;
    await this.db.query(
      `WITH run AS (SELECT * FROM unnest($1::bigint[], $2::integer[], $3::timestamptz[]) AS run(id, generation, next_due))
       UPDATE automation_jobs j
          SET locked_until = NULL,
              due_at = CASE WHEN j.generation = run.generation THEN coalesce(run.next_due, j.due_at) ELSE j.due_at END,
              done_at = CASE WHEN j.generation = run.generation AND run.next_due IS NULL THEN now() ELSE j.done_at END,
              attempts = CASE WHEN j.generation = run.generation AND run.next_due IS NOT NULL THEN 0 ELSE j.attempts END,
              last_error = CASE WHEN j.generation = run.generation THEN NULL ELSE j.last_error END
         FROM run WHERE j.id = run.id`,
      [runs.map((run) => run.job.id), runs.map((run) => run.job.generation), runs.map((run) => run.next?.toISOString() ?? null)],
    );
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
