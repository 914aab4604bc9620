// Makes a fresh clone runnable: installs npm packages when they are missing or stale, and the
// Debian packages the tests use when they are missing: chromium (browser tests, stories,
// benchmarks) and postgresql (the server's tests against a real PostgreSQL).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { heading, run } from './run.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const POSTGRES_ROOT = '/usr/lib/postgresql';

export function ensureNodeModules() {
  const marker = 'node_modules/.package-lock.json';
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync('package-lock.json').mtimeMs) return;
  heading('npm ci');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

const hasPostgres = () =>
  existsSync(POSTGRES_ROOT) && readdirSync(POSTGRES_ROOT).some((version) => existsSync(`${POSTGRES_ROOT}/${version}/bin/postgres`));

/** Installs what is missing of Debian's `chromium` and (with `postgres`) `postgresql`, in one apt run. */
export function ensureDebianPackages({ postgres = false } = {}) {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push('chromium');
  if (postgres && !hasPostgres()) missing.push('postgresql');
  if (missing.length === 0) return;
  heading(`installing Debian packages: ${missing.join(', ')}`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (args) => run(sudo[0] ?? 'apt-get', [...(sudo.length ? ['apt-get'] : []), ...args], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', ...missing]);
}

export const ensureChromium = () => ensureDebianPackages();
