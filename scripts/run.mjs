// Small helpers for the project scripts: run a command with inherited output, fail loudly.
import { spawnSync } from 'node:child_process';

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false, ...options });
  if (result.status !== 0) {
    const where = [command, ...args].join(' ');
    throw new Error(`${where} exited with ${result.status ?? result.signal}`);
  }
  return result;
}

export function heading(text) {
  console.log(`\n\x1b[1m▶ ${text}\x1b[0m`);
}

export const npx = (bin, args, options) => run('npx', ['--no-install', bin, ...args], options);
