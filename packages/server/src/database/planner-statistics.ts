import type { Database } from './database.js';

/** How often the embedded database checks whether its statistics are stale. */
const CHECK_EVERY_MS = 5 * 60_000;
/** Stale once this share of the rows has changed since the last analysis, as autovacuum's default. */
const STALE_SHARE = 0.1;
const STALE_ROWS = 50;
interface TableState {
  readonly reltuples: number;
  readonly relpages: number;
  readonly pages: number;
  readonly seq: number;
  /** Whether any column statistics exist: `CREATE INDEX` sets the row and page counts, never these. */
  readonly hasColumnStatistics: boolean;
}

/**
 * PostgreSQL's autovacuum keeps the planner's statistics up to date; embedded PGlite runs no
 * background workers, so without this its planner guesses from no statistics at all, and a search
 * over 100,000 tickets takes minutes instead of seconds. The server analyses the records table
 * itself: on opening, when it has no column statistics (a loader that builds its indexes after
 * the rows leaves row counts that look analysed, and a search planned without the statistics
 * ran for minutes) or has grown or shrunk by a tenth since; then
 * whenever a tenth of its rows have changed (counted from the change feed's sequence), checked
 * every few minutes. Returns what stops the checks.
 */
export async function keepPlannerStatistics(db: Database, checkEveryMs = CHECK_EVERY_MS): Promise<() => void> {
  let analysedAtSeq: number | undefined;
  const analyse = async (seq: number) => {
    await db.exec('ANALYZE records');
    analysedAtSeq = seq;
  };
  const check = async () => {
    const state = await tableState(db);
    const threshold = STALE_ROWS + STALE_SHARE * Math.max(0, state.reltuples);
    const stale =
      analysedAtSeq === undefined
        ? !state.hasColumnStatistics || state.reltuples < 0 || Math.abs(state.pages - state.relpages) > STALE_SHARE * state.relpages + 1
        : state.seq - analysedAtSeq > threshold;
    if (stale) await analyse(state.seq);
    else analysedAtSeq ??= state.seq;
  };
  await check();
  const timer = setInterval(() => void check().catch(() => undefined), checkEveryMs);
  timer.unref?.();
  return () => clearInterval(timer);
}

async function tableState(db: Database): Promise<TableState> {
  const [row] = await db.query<{ reltuples: number | string; relpages: number | string; pages: number | string; seq: number | string; has_column_statistics: boolean }>(
    `SELECT c.reltuples, c.relpages, pg_relation_size(c.oid) / current_setting('block_size')::integer AS pages, (SELECT last_value FROM changes_seq_seq) AS seq,
            EXISTS (SELECT 1 FROM pg_stats s WHERE s.schemaname = current_schema() AND s.tablename = 'records') AS has_column_statistics
       FROM pg_class c WHERE c.oid = 'records'::regclass`,
  );
  return {
    reltuples: Number(row?.reltuples ?? -1),
    relpages: Number(row?.relpages ?? 0),
    pages: Number(row?.pages ?? 0),
    seq: Number(row?.seq ?? 0),
    hasColumnStatistics: row?.has_column_statistics === true,
  };
}
