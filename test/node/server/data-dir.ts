// Fresh PGlite data directories for tests, copied from a migrated template: creating a cluster
// takes seconds, copying one a fraction of that. The template is kept between runs and rebuilt
// whenever the migrations change.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@rapport/server';
import { repoRoot } from './repo-root.js';

const migrations = join(repoRoot, 'packages/server/migrations');
const cache = join(repoRoot, 'node_modules/.cache/rapport-test');

let template: Promise<string> | undefined;

/** A new, migrated, empty data directory in the system's temporary folder. */
export async function migratedDataDir(): Promise<string> {
  template ??= templateDir();
  const dir = mkdtempSync(join(tmpdir(), 'rapport-data-'));
  cpSync(await template, dir, { recursive: true });
  return dir;
}

async function templateDir(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of readdirSync(migrations).sort()) hash.update(file).update(readFileSync(join(migrations, file)));
  const dir = join(cache, `pglite-${hash.digest('hex').slice(0, 16)}`);
  if (existsSync(dir)) return dir;
  mkdirSync(cache, { recursive: true });
  const building = mkdtempSync(join(cache, 'building-'));
  const db = await openDatabase({ dataDir: building });
  await db.close();
  try {
    renameSync(building, dir);
  } catch {
    // Another test process got there first; its template is as good.
    rmSync(building, { recursive: true, force: true });
  }
  return dir;
}
