import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository folder, found from this module wherever it runs: from source, or bundled into a benchmark. */
export const repoRoot = findRoot(dirname(fileURLToPath(import.meta.url)));

function findRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'packages', 'server', 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No Rapport repository above ${start}`);
  }
}
