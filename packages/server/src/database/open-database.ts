import type { Database } from './database.js';
import { ensureDeclaredIndexes } from '../storage/declared-indexes.js';
import { migrate, MIGRATION_LOCK } from './migrate.js';
import { keepPlannerStatistics } from './planner-statistics.js';
import { openPgliteDatabase } from './pglite-database.js';
import { openPostgresDatabase } from './postgres-database.js';

export interface OpenDatabaseOptions {
  /** A PostgreSQL connection string; when given, `dataDir` is ignored. */
  readonly databaseUrl?: string;
  /** Where embedded PGlite keeps its files; in memory when absent. */
  readonly dataDir?: string;
}

/** Opens the database a server runs on and brings its schema and declared indexes up to date. */
export async function openDatabase({ databaseUrl, dataDir }: OpenDatabaseOptions = {}): Promise<Database> {
  const db = databaseUrl ? await openPostgresDatabase(databaseUrl) : await openPgliteDatabase(dataDir);
  try {
    await migrate(db);
    // Derived from the collections' declared fields rather than written out in a migration.
    await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await ensureDeclaredIndexes(tx);
    });
    // PostgreSQL's autovacuum keeps its statistics; embedded PGlite has nothing that does.
    if (db.kind === 'pglite') {
      const stop = await keepPlannerStatistics(db);
      const close = db.close;
      return { ...db, close: () => (stop(), close()) };
    }
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
