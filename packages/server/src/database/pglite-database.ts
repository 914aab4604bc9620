import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { Database, SqlExecutor } from './database.js';

/**
 * PostgreSQL in this process (WebAssembly), storing its files in `dataDir`; nothing to install.
 * Without `dataDir` the database lives in memory and is gone when the process ends.
 */
export async function openPgliteDatabase(dataDir?: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  // Trigram indexes serve the `q` search (see migrations/0003_search.sql).
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const db = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  return {
    kind: 'pglite',
    ...executorOf(db),
    transaction: (work) => db.transaction((tx) => work(executorOf(tx))),
    async listen(channel, onNotify) {
      // Notifications never travel over a connection here, so there is nothing to reconnect.
      const stop = await db.listen(channel, onNotify);
      return () => stop();
    },
    close: () => db.close(),
  };
}

function executorOf(db: PGlite | Transaction): SqlExecutor {
  return {
    async query<Row extends object>(text: string, params: readonly unknown[] = []) {
      return (await db.query<Row>(text, [...params])).rows;
    },
    async exec(script) {
      await db.exec(script);
    },
  };
}
