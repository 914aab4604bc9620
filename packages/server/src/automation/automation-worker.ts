import type { Database } from '../database/database.js';
import type { StoredChange } from '../live/change-feed.js';
import { webhookDeliveryHandler, webhookRetryForMs, type WebhookDeliveryOptions } from '../webhooks/webhook-delivery.js';
import { queueWebhookDeliveries } from '../webhooks/webhook-fanout.js';
import { loadAutomationSettings, type AutomationSettings } from './automation-settings.js';
import { jobsForChange } from './change-jobs.js';
import { jobHandlers, type JobHandler } from './job-handlers.js';
import { DEFAULT_RETENTION_DAYS, pruneAutomationHistory, type PrunedHistory } from './prune-history.js';
import { JobQueue, type ClaimedJob, type FinishedRun } from './job-queue.js';

export interface AutomationWorkerOptions {
  readonly db: Database;
  /**
   * The clock deadlines are judged by. Default: the database's (`now()`), so instances whose
   * own clocks disagree never run a deadline early or twice. Tests pass a controlled one.
   */
  readonly now?: () => Date;
  /**
   * The longest the worker sleeps between looks for due jobs when no change wakes it. Default
   * 500 ms. It wakes sooner when the next queued job is due sooner, by the database's clock.
   */
  readonly pollMs?: number;
  /** How long a claimed job is held before another instance may take it over. Default 60 s. */
  readonly leaseMs?: number;
  /** Errors of the worker itself (the database went away), for the host's logs. */
  readonly onError?: (error: unknown) => void;
  /** Where webhooks may be delivered, timeouts and retries (see docs/automation.md). */
  readonly webhooks?: WebhookDeliveryOptions;
  /** Days the automation log, finished jobs and finished webhook deliveries are kept. Default 30. */
  readonly retentionDays?: number;
}

/** How often a running worker prunes history past the retention window. */
const PRUNE_EVERY_MS = 3_600_000;

interface ChangeRow {
  seq: number | string;
  tenant_id: string;
  collection: string;
  type: StoredChange['type'];
  record_id: string;
  record: StoredChange['record'];
  changed_by: string | null;
}

const CHANGE_BATCH = 500;
/**
 * Jobs run side by side at most: each waits on the database most of its time. Not more: the
 * worker's statements share the pool (10 connections by default) in one queue, so further jobs
 * only wait longer for a connection, and the claims queued behind them too.
 */
const JOBS_IN_FLIGHT = 16;
/**
 * Free places that make the worker claim again before the jobs it runs are all done: one slow
 * job (a webhook receiver, a customer with 100,000 tickets) no longer holds back the deadlines
 * due meanwhile, and one claim, one read of the change feed and one completion statement still
 * serve several jobs.
 */
const REFILL_AT = 4;

/** An entry of the automation log, written with the completion of the job that made it. */
interface LogEntry {
  readonly ruleId: string;
  readonly outcome: 'event' | 'notification' | 'failed';
  readonly detail: unknown;
  readonly error?: string;
}

/**
 * Runs the CRM's rules on the server: turns the change feed into jobs, and runs jobs whose time
 * has come. All its state is in PostgreSQL (`automation_cursor`, `automation_jobs`), so any
 * number of instances can run it on one database, and a restarted one carries on where the
 * last one stopped; deadlines that passed meanwhile run at once.
 */
export class AutomationWorker {
  private readonly queue: JobQueue;
  private readonly handlers: Readonly<Record<string, JobHandler>>;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private stopListening: (() => Promise<void>) | undefined;
  private pruning: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly options: AutomationWorkerOptions) {
    this.queue = new JobQueue(options.db);
    this.handlers = { ...jobHandlers, 'webhook-delivery': webhookDeliveryHandler(options.webhooks) };
    if (!((options.retentionDays ?? DEFAULT_RETENTION_DAYS) >= 1)) throw new RangeError(`retentionDays must be at least 1, not ${options.retentionDays}`);
  }

  /** Starts working: at once, on every change notification, and every `pollMs`. */
  async start(): Promise<void> {
    this.stopListening = await this.options.db.listen('rapport_changes', () => this.wake());
    this.wake();
    const prune = () => void this.prune().catch(this.options.onError ?? console.error);
    // At start too: an instance restarted more often than hourly still prunes.
    prune();
    this.pruning = setInterval(prune, PRUNE_EVERY_MS);
    this.pruning.unref?.();
  }

  /** Deletes history past the retention window (every instance may; deleting twice is harmless). */
  prune(): Promise<PrunedHistory> {
    return pruneAutomationHistory(this.options.db, this.options.retentionDays ?? DEFAULT_RETENTION_DAYS, this.options.now?.() ?? null);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    clearInterval(this.pruning);
    await this.stopListening?.();
    await this.running;
  }

  private wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = this.cycle().then((sleepMs) => {
      this.running = undefined;
      if (this.stopped) return;
      if (this.again) {
        this.again = false;
        this.wake();
      } else {
        this.timer = setTimeout(() => this.wake(), sleepMs);
        this.timer.unref?.();
      }
    });
  }

  /** Runs what is due, then answers how long to sleep: until the next job is due, at most `pollMs`. */
  private async cycle(): Promise<number> {
    const pollMs = this.options.pollMs ?? 500;
    try {
      await this.runOnce();
      // A controlled clock is not the database's: only the poll applies.
      if (this.options.now) return pollMs;
      const untilDue = await this.queue.untilNextDue();
      return untilDue === undefined ? pollMs : Math.min(pollMs, Math.ceil(untilDue));
    } catch (error) {
      (this.options.onError ?? console.error)(error);
      return pollMs;
    }
  }

  /**
   * Reads every new change into jobs, then runs every job due now, up to `JOBS_IN_FLIGHT` side
   * by side, claiming more as places free up. Returns how many jobs ran.
   */
  async runOnce(): Promise<number> {
    while ((await this.readChanges()) === CHANGE_BATCH);
    const leaseMs = this.options.leaseMs ?? 60_000;
    const running = new Set<Promise<void>>();
    let finished: FinishedRun[] = [];
    let logged: Array<LogEntry & { job: ClaimedJob }> = [];
    let ran = 0;
    // While jobs run, the change feed is read beside them, not between their claims.
    let reading: Promise<unknown> | undefined;
    const readAside = () => {
      reading ??= this.readChanges().catch(this.options.onError ?? console.error).finally(() => (reading = undefined));
    };
    try {
      for (;;) {
        const idle = running.size === 0;
        if (idle || JOBS_IN_FLIGHT - running.size >= REFILL_AT) {
          const [runs, entries] = [finished, logged];
          // Jobs still running add to fresh lists while these are written.
          finished = [];
          logged = [];
          await this.complete(runs, entries);
          // What the finished jobs wrote is new work (a ticket escalated, a task created): with
          // nothing running it is read before claiming, so a turn that claims nothing left none.
          if (idle) {
            await reading;
            await this.readChanges();
          } else readAside();
          const claim = await this.queue.claim(this.options.now?.() ?? null, JOBS_IN_FLIGHT - running.size, leaseMs);
          // Each tenant's settings are read once per claim, not once per job.
          const settings = new Map<string, Promise<AutomationSettings>>();
          const settingsOf = (tenantId: string) => settings.get(tenantId) ?? settings.set(tenantId, loadAutomationSettings(this.options.db, tenantId)).get(tenantId)!;
          for (const job of claim.jobs) {
            const log = (entry: LogEntry) => void logged.push({ ...entry, job });
            const run: Promise<void> = this.run(job, claim.now, settingsOf, log)
              .then((outcome) => void (outcome && finished.push(outcome)), this.options.onError ?? console.error)
              .finally(() => running.delete(run));
            running.add(run);
          }
          ran += claim.jobs.length;
          // Only once nothing ran while this looked: what jobs finished meanwhile is written on the next turn.
          if (idle && claim.jobs.length === 0) return ran;
        }
        if (running.size > 0) await Promise.race(running);
      }
    } finally {
      // The database went away mid-way: the jobs still running end before the worker reports it (their leases cover them).
      await Promise.allSettled([...running, reading]);
    }
  }

  /** The finished runs and what they logged, in one statement each. */
  private async complete(finished: readonly FinishedRun[], logged: ReadonlyArray<LogEntry & { job: ClaimedJob }>): Promise<void> {
    await this.writeLog(logged);
    await this.queue.finish(finished);
  }

  private async writeLog(entries: ReadonlyArray<LogEntry & { job: ClaimedJob }>): Promise<void> {
    if (entries.length === 0) return;
    await this.options.db.query(
      `INSERT INTO automation_log (tenant_id, rule_id, job_key, outcome, detail, error)
       SELECT x.tenant_id, x.rule_id, x.job_key, x.outcome, x.detail, x.error
         FROM jsonb_to_recordset($1::jsonb) AS x(tenant_id text, rule_id text, job_key text, outcome text, detail jsonb, error text)`,
      [JSON.stringify(entries.map((entry) => ({ tenant_id: entry.job.tenantId, rule_id: entry.ruleId, job_key: entry.job.key, outcome: entry.outcome, detail: entry.detail ?? {}, error: entry.error ?? null })))],
    );
  }

  /**
   * Moves the worker's place in the change feed and queues the work those changes call for, in
   * one transaction; an instance that finds the place locked leaves the reading to its holder.
   */
  private async readChanges(): Promise<number> {
    return this.options.db.transaction(async (tx) => {
      const [cursor] = await tx.query<{ seq: number | string }>(`SELECT seq FROM automation_cursor WHERE name = 'changes' FOR UPDATE SKIP LOCKED`);
      if (!cursor) return 0;
      const rows = await tx.query<ChangeRow>('SELECT seq, tenant_id, collection, type, record_id, record, changed_by FROM changes WHERE seq > $1 ORDER BY seq LIMIT $2', [
        cursor.seq,
        CHANGE_BATCH,
      ]);
      if (rows.length === 0) return 0;
      const changes = rows.map((row) => ({ seq: Number(row.seq), tenantId: row.tenant_id, collection: row.collection, type: row.type, id: row.record_id, record: row.record, changedBy: row.changed_by }));
      const jobs = changes.flatMap((change) => jobsForChange(change, change.changedBy));
      await this.queue.enqueue(tx, jobs, this.options.now?.() ?? null);
      await queueWebhookDeliveries(tx, changes, this.options.now?.() ?? null, webhookRetryForMs(this.options.webhooks ?? {}));
      await tx.query(`UPDATE automation_cursor SET seq = $1, read_at = now() WHERE name = 'changes'`, [rows.at(-1)!.seq]);
      return rows.length;
    });
  }

  /**
   * One job: its handler, then its completion for the next statement that finishes several; a
   * throw is logged and retried later, never lost. What it logs waits for its completion too.
   */
  private async run(job: ClaimedJob, now: Date, settingsOf: (tenantId: string) => Promise<AutomationSettings>, log: (entry: LogEntry) => void): Promise<FinishedRun | undefined> {
    const { db } = this.options;
    const handler = this.handlers[job.kind];
    try {
      if (!handler) throw new Error(`No handler for automation jobs of kind “${job.kind}”`);
      const settings = await settingsOf(job.tenantId);
      const next = await handler({ db, job, settings, now, log: async (ruleId, outcome, detail) => log({ ruleId, outcome, detail }) });
      return { job, next };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log({ ruleId: job.kind, outcome: 'failed', detail: { attempt: job.attempts, payload: job.payload }, error: message });
      await this.queue.fail(job, message);
      return undefined;
    }
  }
}
