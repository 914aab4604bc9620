// The server as its own process, started through the `rapport-server` command's code (bundled
// from source by the esbuild command, since Node cannot run TypeScript). Used where the server
// must run like in production: against a real PostgreSQL, as several instances side by side,
// and under load.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { repoRoot } from './repo-root.js';

export interface ServerProcess {
  readonly url: string;
  /** Its process id, to read what it uses (`/proc/{pid}`). */
  readonly pid: number | undefined;
  /** Everything the command printed on start. */
  readonly output: string;
  /** The demo admin key, when started with `--seed-demo`. */
  readonly adminKey: string | undefined;
  stop(): Promise<void>;
  /** Ends it at once (`SIGKILL`), as a crash would: nothing of its own shutdown runs. */
  kill(): Promise<void>;
}

const root = `${repoRoot}/`;
// Inside node_modules, so the bundle finds the packages it leaves external, and the server its migrations.
// One folder per process: test files and benchmarks running side by side never share a bundle.
const caches = `${root}node_modules/.cache/rapport-test`;
const cache = `${caches}/server-${process.pid}`;
const bundle = `${cache}/rapport-server.mjs`;
let bundled = false;

function bundleCommand(): void {
  forgetBundlesOfEndedProcesses();
  mkdirSync(cache, { recursive: true });
  writeFileSync(`${cache}/rapport-server-entry.ts`, `import { runCli } from '${root}packages/server/src/cli.ts';\nawait runCli(process.argv.slice(2), process.env);\n`);
  const external = ['pg', '@electric-sql/pglite', 'hono', 'hono/*', '@hono/node-server', '@hono/node-server/*'].map((name) => `--external:${name}`);
  execFileSync(`${root}node_modules/.bin/esbuild`, [
    `${cache}/rapport-server-entry.ts`,
    '--bundle',
    '--platform=node',
    '--format=esm',
    '--target=node20',
    '--conditions=@rapport/source',
    ...external,
    `--outfile=${bundle}`,
    '--log-level=error',
  ]);
  bundled = true;
}

function forgetBundlesOfEndedProcesses(): void {
  for (const name of existsSync(caches) ? readdirSync(caches) : []) {
    const pid = Number(/^server-(\d+)$/.exec(name)?.[1]);
    if (pid && !isRunning(pid)) rmSync(`${caches}/${name}`, { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The `rapport-server` command bundled from source, for its other subcommands (`import`). */
export function rapportServerCommand(): string {
  if (!bundled) bundleCommand();
  return bundle;
}

export async function startServerProcess(args: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<ServerProcess> {
  if (!bundled) bundleCommand();
  const child = spawn(process.execPath, [bundle, '--port', '0', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const started = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const seeding = args.includes('--seed-demo');
      if (/^Storage:/m.test(output) && (!seeding || /customer token/.test(output))) resolve();
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`rapport-server exited with ${code} before it was ready:\n${output}`)));
  });
  const timeout = setTimeout(() => child.kill('SIGKILL'), 60_000);
  try {
    await started;
  } finally {
    clearTimeout(timeout);
  }
  const url = /listening on (\S+)/.exec(output)?.[1] ?? '';
  return {
    url,
    pid: child.pid,
    output,
    adminKey: /admin key\s+(\S+)/.exec(output)?.[1],
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
  };
}
