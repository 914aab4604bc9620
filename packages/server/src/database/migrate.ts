import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.js';

/** Found through the package itself, so it holds from sources, from `dist` and from a bundle. */
const MIGRATIONS_DIR = fileURLToPath(new URL('migrations/', import.meta.resolve('@rapport/server/package.json')));

/** Any constant shared by every instance: they take turns migrating one database. */
export const MIGRATION_LOCK = 72_616_570;

/**
 * Applies the numbered `.sql` files of `migrations/` that this database has not seen yet, in
 * order, each in its own transaction, and records them in `schema_migrations`. Safe to run on
 * every start and from several instances at once. Returns the names it applied.
 */
export async function migrate(db: Database, directory = MIGRATIONS_DIR): Promise<string[]> {
  const files = (await readdir(directory)).filter((name) => /^\d+_[\w-]+\.sql$/.test(name)).sort();
  await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
  const applied: string[] = [];
  for (const file of files) {
    const version = file.replace(/\.sql$/, '');
    const script = await readFile(`${directory}/${file}`, 'utf8');
    const ran = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const done = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [version]);
      if (done.length > 0) return false;
      await tx.exec(script);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
      return true;
    });
    if (ran) applied.push(version);
  }
  return applied;
}
