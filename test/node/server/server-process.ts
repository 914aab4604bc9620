// The server as its own process, started through the `rapport-server` command's code (bundled
// from source with esbuild, since Node cannot run TypeScript). Used where the server must run
// like in production: against a real PostgreSQL, or as several instances side by side.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export interface ServerProcess {
  readonly url: string;
  /** Everything the command printed on start. */
  readonly output: string;
  /** The demo admin key, when started with `--seed-demo`. */
  readonly adminKey: string | undefined;
  stop(): Promise<void>;
}

const root = fileURLToPath(new URL('../../../', import.meta.url));
// Inside node_modules, so the bundle finds the packages it leaves external, and the server its migrations.
const bundle = `${root}node_modules/.cache/rapport-test/rapport-server.mjs`;
let bundled: Promise<unknown> | undefined;

export async function startServerProcess(args: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<ServerProcess> {
  bundled ??= build({
    stdin: { contents: "import { runCli } from './packages/server/src/cli.ts';\nawait runCli(process.argv.slice(2), process.env);", resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['@rapport/source'],
    external: ['pg', '@electric-sql/pglite', 'hono', 'hono/*', '@hono/node-server', '@hono/node-server/*'],
    outfile: bundle,
    logLevel: 'error',
  });
  await bundled;
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
    output,
    adminKey: /admin key\s+(\S+)/.exec(output)?.[1],
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
