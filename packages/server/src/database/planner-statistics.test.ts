import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Database } from './database.js';
import { openDatabase } from './open-database.js';
import { openPgliteDatabase } from './pglite-database.js';
import { migrate } from './migrate.js';
import { keepPlannerStatistics } from './planner-statistics.js';
import { ensureDeclaredIndexes } from '../storage/declared-indexes.js';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const opened: Database[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.close();
});

/** What the planner believes the records table holds: -1 before any analysis. */
async function plannedRows(db: Database): Promise<number> {
  const [row] = await db.query<{ reltuples: number | string }>(`SELECT reltuples FROM pg_class WHERE oid = 'records'::regclass`);
  return Number(row?.reltuples);
}

/** The planner's column statistics of the records table: none until an analysis saw rows. */
async function columnStatistics(db: Database): Promise<number> {
  const [row] = await db.query<{ count: number }>(`SELECT count(*)::integer AS count FROM pg_stats WHERE tablename = 'records'`);
  return Number(row?.count);
}

/** Stores `count` contacts through the table's trigger, so each one is a change in the feed. */
async function store(db: Database, from: number, count: number): Promise<void> {
  await db.query(
    `INSERT INTO records (tenant_id, collection, id, version, created_at, updated_at, data)
     SELECT 't', 'contacts', 'c' || i, 1, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', jsonb_build_object('id', 'c' || i, 'name', 'Contact ' || i)
       FROM generate_series($1::integer, $2::integer) i`,
    [from, from + count - 1],
  );
}

describe('the embedded database keeps its planner statistics (PGlite runs no autovacuum)', () => {
  it('analyses the records when the server opens a database loaded without them, so searches are planned on real row counts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-statistics-'));
    const loading = await openPgliteDatabase(dir);
    await migrate(loading);
    await store(loading, 0, 2_000);
    expect(await plannedRows(loading)).toBeLessThan(0);
    await loading.close();

    const db = await openDatabase({ dataDir: dir });
    opened.push(db);
    expect(await plannedRows(db)).toBeGreaterThan(1_500);
  });

  it('analyses a database whose loader built its indexes after the rows, which leaves row counts that look analysed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-statistics-'));
    // Like the benchmark's loader: opened as a server opens it (the empty table analysed), rows
    // stored in bulk, then an index built, which sets the table's row and page counts.
    const loading = await openDatabase({ dataDir: dir });
    await store(loading, 0, 2_000);
    const [search] = await loading.query<{ indexname: string }>("SELECT indexname FROM pg_indexes WHERE indexname LIKE 'records_search_contacts_%'");
    await loading.exec(`DROP INDEX ${search?.indexname}`);
    await ensureDeclaredIndexes(loading);
    expect(await plannedRows(loading)).toBeGreaterThan(1_500);
    expect(await columnStatistics(loading)).toBe(0);
    await loading.close();

    const db = await openDatabase({ dataDir: dir });
    opened.push(db);
    expect(await columnStatistics(db)).toBeGreaterThan(0);
  });

  it("estimates a filter on a record's field from the data, which a partial index's statistics do not give the planner", async () => {
    const db = await openDatabase();
    opened.push(db);
    // 2,000 tickets over 100 requesters: 20 each, 500 of each status.
    await db.query(
      `INSERT INTO records (tenant_id, collection, id, version, created_at, updated_at, data)
       SELECT 't', 'tickets', 't' || i, 1, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z',
              jsonb_build_object('id', 't' || i, 'requesterId', 'c' || (i % 100), 'status', (ARRAY['new', 'open', 'pending', 'closed'])[i % 4 + 1])
         FROM generate_series(0, 1999) i`,
    );
    await db.exec('ANALYZE records');
    const estimate = async (condition: string) => {
      const [plan] = await db.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) SELECT id FROM records WHERE tenant_id = 't' AND collection = 'tickets' AND ${condition}`);
      const parsed = plan?.['QUERY PLAN'];
      return (typeof parsed === 'string' ? JSON.parse(parsed) : parsed)[0].Plan['Plan Rows'] as number;
    };
    expect(await estimate(`(data #> '{requesterId}') = '"c7"'::jsonb`)).toBeGreaterThanOrEqual(15);
    expect(await estimate(`(data #> '{requesterId}') = '"c7"'::jsonb`)).toBeLessThan(40);
    expect(await estimate(`(data #> '{status}') IN ('"new"'::jsonb, '"open"'::jsonb, '"pending"'::jsonb)`)).toBeGreaterThan(1_000);
  });

  it('analyses again once a tenth of the rows have changed, and not before', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const db = await openPgliteDatabase();
      opened.push(db);
      await migrate(db);
      await store(db, 0, 1_000);
      const stop = await keepPlannerStatistics(db, 1_000);
      expect(await plannedRows(db)).toBe(1_000);

      // 100 changes: fewer than 50 + a tenth of 1,000.
      await store(db, 1_000, 100);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(await plannedRows(db)).toBe(1_000);

      await store(db, 1_100, 900);
      await vi.advanceTimersByTimeAsync(1_000);
      await vi.waitFor(async () => expect(await plannedRows(db)).toBe(2_000));
      stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
