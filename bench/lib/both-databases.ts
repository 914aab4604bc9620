import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database } from '@rapport/server';
import { startTestPostgres } from '../../test/node/server/postgres.js';

/** Runs `compare` on a fresh embedded PGlite, then on a fresh local PostgreSQL, closing each after. */
export async function onBothDatabases(compare: (storage: 'PGlite' | 'PostgreSQL', db: Database) => Promise<void>): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rapport-bench-'));
  try {
    const embedded = await openDatabase({ dataDir });
    await compare('PGlite', embedded);
    await embedded.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const postgres = await startTestPostgres();
  try {
    const db = await openDatabase({ databaseUrl: postgres.url });
    await compare('PostgreSQL', db);
    await db.close();
  } finally {
    await postgres.stop();
  }
}
