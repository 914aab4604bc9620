// Makes a fresh clone runnable: installs npm packages when they are missing or stale, and
// Debian's chromium (for browser tests, stories and benchmarks) when it is missing.
import { existsSync, statSync } from 'node:fs';
import { heading, run } from './run.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureNodeModules() {
  const marker = 'node_modules/.package-lock.json';
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync('package-lock.json').mtimeMs) return;
  heading('npm ci');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  heading('installing Debian chromium');
  const asRoot = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (args) => (asRoot.length ? run('sudo', ['apt-get', ...args]) : run('apt-get', args));
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', 'chromium']);
}
