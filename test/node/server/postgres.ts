// A throwaway PostgreSQL server for tests and benchmarks: Debian's `postgresql` (installed with
// apt when missing), a fresh cluster in a temporary directory, listening on loopback only.
// Anything that prevents it from starting is an error: the PostgreSQL tests never skip.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestPostgres {
  /** Connection string of the `postgres` database as the `postgres` superuser. */
  readonly url: string;
  stop(): Promise<void>;
}

const POSTGRES_ROOT = '/usr/lib/postgresql';
const isRoot = process.getuid?.() === 0;

export async function startTestPostgres(): Promise<TestPostgres> {
  const bin = postgresBinaries() ?? installPostgres();
  const dir = mkdtempSync(join(tmpdir(), 'rapport-pg-'));
  const dataDir = join(dir, 'data');
  // initdb refuses to run as root; the cluster then belongs to the `postgres` user.
  if (isRoot) execFileSync('chown', ['postgres:postgres', dir]);
  asServerUser(join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync']);
  const port = await freePort();
  const server = spawnAsServerUser(join(bin, 'postgres'), [
    '-D', dataDir,
    '-p', String(port),
    '-k', dir,
    '-c', 'listen_addresses=127.0.0.1',
    // Durability is worthless for a cluster deleted after the run; speed is not.
    '-c', 'fsync=off',
    '-c', 'synchronous_commit=off',
    '-c', 'full_page_writes=off',
  ]);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  try {
    await waitUntilReady(bin, port, server);
  } catch (error) {
    server.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    async stop() {
      if (server.exitCode === null) {
        const exited = new Promise((resolve) => server.once('exit', resolve));
        server.kill('SIGINT');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresBinaries(): string | undefined {
  if (!existsSync(POSTGRES_ROOT)) return undefined;
  const versions = readdirSync(POSTGRES_ROOT)
    .filter((version) => existsSync(join(POSTGRES_ROOT, version, 'bin', 'postgres')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(POSTGRES_ROOT, versions[0], 'bin');
}

function installPostgres(): string {
  if (!isRoot) throw new Error(`PostgreSQL is not installed (${POSTGRES_ROOT}/*/bin/postgres) and installing it needs root: apt-get install -y postgresql`);
  const apt = (args: string[]) => execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  apt(['update']);
  apt(['install', '-y', '--no-install-recommends', 'postgresql']);
  const bin = postgresBinaries();
  if (!bin) throw new Error('apt-get installed postgresql, but no server binary was found under ' + POSTGRES_ROOT);
  return bin;
}

/** As root, PostgreSQL's programs run as the `postgres` user (they refuse root). */
function serverUser(): { uid: number; gid: number } | undefined {
  if (!isRoot) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

function asServerUser(command: string, args: string[]): void {
  execFileSync(command, args, { stdio: 'pipe', ...serverUser() });
}

function spawnAsServerUser(command: string, args: string[]): ChildProcess {
  return spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], ...serverUser() });
}

async function waitUntilReady(bin: string, port: number, server: ChildProcess): Promise<void> {
  let log = '';
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`PostgreSQL exited on start:\n${log}`);
    try {
      execFileSync(join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port), '-q']);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`PostgreSQL did not accept connections within 30 s:\n${log}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
