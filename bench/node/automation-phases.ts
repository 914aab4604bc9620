// Where the automation bench's time goes: wraps the worker's database so every statement is
// counted and timed by what it does, and each due job's claim and completion are stamped.
import type { Database, SqlExecutor } from '@rapport/server';

interface Tally {
  count: number;
  ms: number;
  rows: number;
  longestMs: number;
}

/** A statement named by what it does, from its first words (enough to tell the worker's apart). */
function statementKind(text: string): string {
  const sql = text.replace(/\s+/g, ' ').trim();
  if (/^WITH clock AS .* UPDATE automation_jobs/.test(sql) || /^UPDATE automation_jobs j SET locked_until/.test(sql)) return 'claim jobs';
  if (/^WITH run AS/.test(sql) || /^UPDATE automation_jobs SET (due_at|done_at)/.test(sql)) return 'finish jobs';
  if (/min\(.*due_at/.test(sql)) return 'next due';
  if (/^INSERT INTO automation_jobs/.test(sql)) return 'enqueue jobs';
  if (/^INSERT INTO automation_log/.test(sql)) return 'log';
  if (/automation_cursor/.test(sql)) return 'change feed cursor';
  if (/FROM changes WHERE seq/.test(sql)) return 'read changes';
  if (/^(BEGIN|COMMIT|ROLLBACK)/.test(sql)) return sql.split(' ')[0]!;
  if (/set_config/.test(sql)) return 'set changed_by';
  // The customer measures a ticket change queues: its requester's tickets counted, or every customer's once a day.
  if (/FROM records WHERE tenant_id = \$1 AND collection = 'tickets' AND \(data->>'createdAt'\)/.test(sql)) return 'count tickets for measures';
  if (/^SELECT data FROM records WHERE tenant_id = \$1 AND collection = '\w+'$/.test(sql)) return 'read a whole collection';
  if (/^SELECT .* FROM records/.test(sql)) return 'read records';
  if (/^(UPDATE|INSERT INTO) records/.test(sql)) return 'write records';
  return sql.slice(0, 40);
}

export interface Phases {
  readonly db: Database;
  /** Per job id: when its claim returned, when its completion returned (ms since the epoch, this machine). */
  readonly claimedAt: Map<number, number>;
  readonly finishedAt: Map<number, number>;
  report(jobs: number): string[];
}

export function measuredDatabase(db: Database): Phases {
  const tallies = new Map<string, Tally>();
  const claimedAt = new Map<number, number>();
  const finishedAt = new Map<number, number>();
  let transactions = 0;
  let transactionMs = 0;
  const timed = (sql: SqlExecutor): SqlExecutor => ({
    exec: (script) => sql.exec(script),
    async query<Row extends object>(text: string, params?: readonly unknown[]) {
      const kind = statementKind(text);
      const started = performance.now();
      const rows = await sql.query<Row>(text, params);
      const tally = tallies.get(kind) ?? tallies.set(kind, { count: 0, ms: 0, rows: 0, longestMs: 0 }).get(kind)!;
      const ms = performance.now() - started;
      tally.count += 1;
      tally.ms += ms;
      tally.rows += rows.length;
      tally.longestMs = Math.max(tally.longestMs, ms);
      const now = Date.now();
      if (kind === 'claim jobs') for (const row of rows as Array<{ id: number | string }>) claimedAt.set(Number(row.id), now);
      if (kind === 'finish jobs') {
        const ids = (params?.[0] ?? []) as unknown;
        for (const id of Array.isArray(ids) ? ids : [ids]) finishedAt.set(Number(id), now);
      }
      return rows;
    },
  });
  const measured: Database = {
    ...db,
    ...timed(db),
    async transaction(work) {
      const started = performance.now();
      try {
        return await db.transaction((tx) => work(timed(tx)));
      } finally {
        transactions += 1;
        transactionMs += performance.now() - started;
      }
    },
  };
  return {
    db: measured,
    claimedAt,
    finishedAt,
    report(jobs) {
      const per = (value: number) => (value / Math.max(1, jobs)).toFixed(2);
      const lines = [...tallies]
        .sort((a, b) => b[1].ms - a[1].ms)
        .map(([kind, { count, ms, rows, longestMs }]) => `    ${kind.padEnd(26)} ${String(count).padStart(6)} statements (${per(count)} per job), ${(ms / 1000).toFixed(1)} s in all, longest ${(longestMs / 1000).toFixed(2)} s, ${rows} rows`);
      return [`  statements per due job, by what they do (time includes waiting for a pooled connection):`, ...lines, `    transactions ${transactions} (${per(transactions)} per job), ${(transactionMs / 1000).toFixed(1)} s in all`];
    },
  };
}
