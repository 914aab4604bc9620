import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from './database.js';
import { migrate } from './migrate.js';
import { openPgliteDatabase } from './pglite-database.js';

// An embedded PostgreSQL starts in seconds, and the properties run many queries: allow for a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

let db: Database;
const dirs: string[] = [];

function migrations(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-migrations-'));
  dirs.push(dir);
  for (const [name, sql] of Object.entries(files)) writeFileSync(join(dir, name), sql);
  return dir;
}

beforeAll(async () => {
  db = await openPgliteDatabase();
});
afterAll(async () => {
  await db.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('migrate', () => {
  it('applies numbered files in numeric order, each once, and ignores other files', async () => {
    const dir = migrations({
      '0010_third.sql': "INSERT INTO steps VALUES ('third');",
      '0001_first.sql': 'CREATE TABLE steps (name text);',
      '0002_second.sql': "INSERT INTO steps VALUES ('second');",
      'README.md': 'not a migration',
    });
    expect(await migrate(db, dir)).toEqual(['0001_first', '0002_second', '0010_third']);
    expect(await migrate(db, dir)).toEqual([]);
    expect(await db.query('SELECT name FROM steps')).toEqual([{ name: 'second' }, { name: 'third' }]);
  });

  it('rolls a failing migration back whole, records nothing for it, and stops there', async () => {
    const dir = migrations({
      '0001_ok.sql': 'CREATE TABLE kept (id int);',
      '0002_broken.sql': 'CREATE TABLE half_done (id int); SELECT no_such_function();',
      '0003_later.sql': 'CREATE TABLE never (id int);',
    });
    await expect(migrate(db, dir)).rejects.toThrow(/no_such_function/);
    const tables = await db.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE tablename IN ('kept', 'half_done', 'never')");
    expect(tables.map((table) => table.name)).toEqual(['kept']);
    const recorded = await db.query<{ version: string }>("SELECT version FROM schema_migrations WHERE version LIKE '000%' ORDER BY version");
    expect(recorded.map((row) => row.version)).toContain('0001_ok');
    expect(recorded.map((row) => row.version)).not.toContain('0002_broken');
  });
});
