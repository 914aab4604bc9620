// The server under load over loopback: 50 clients at once creating and listing contacts, on the
// embedded PGlite and on a local PostgreSQL. The server runs in its own process, as deployed;
// each phase is bounded by a request count and a time limit.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestPostgres } from '../../test/node/server/postgres.js';
import { startServerProcess, type ServerProcess } from '../../test/node/server/server-process.js';

const CLIENTS = 50;
const REQUESTS_PER_PHASE = 2000;
const PHASE_TIME_LIMIT_MS = 10_000;

interface PhaseResult {
  readonly completed: number;
  readonly failed: number;
  readonly p50: number;
  readonly p99: number;
  readonly perSecond: number;
}

/** Runs `send` from CLIENTS concurrent loops until the count or the time limit is reached. */
async function phase(send: (index: number) => Promise<Response>): Promise<PhaseResult> {
  const latencies: number[] = [];
  let failed = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + PHASE_TIME_LIMIT_MS;
  const client = async () => {
    while (next < REQUESTS_PER_PHASE && performance.now() < deadline) {
      const index = next++;
      const sentAt = performance.now();
      const response = await send(index);
      await response.arrayBuffer();
      latencies.push(performance.now() - sentAt);
      if (!response.ok) failed += 1;
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, client));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (share: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * share))] ?? 0;
  return { completed: latencies.length, failed, p50: at(0.5), p99: at(0.99), perSecond: latencies.length / seconds };
}

function print(storage: string, name: string, { completed, failed, p50, p99, perSecond }: PhaseResult): void {
  const failures = failed ? `, ${failed} failed` : '';
  console.log(
    `  ${`${storage}: ${name}`.padEnd(50)} p50 ${p50.toFixed(1).padStart(6)} ms  p99 ${p99.toFixed(1).padStart(6)} ms  ${perSecond.toFixed(0).padStart(6)} req/s  (${completed} requests${failures})`,
  );
}

async function loadTest(storage: string, server: ServerProcess): Promise<void> {
  const headers = { Authorization: `Bearer ${server.adminKey}`, 'Content-Type': 'application/json' };
  const contacts = `${server.url}/v1/contacts`;
  await phase(() => fetch(`${contacts}?limit=1`, { headers }));
  print(storage, 'create a contact', await phase((index) => fetch(contacts, { method: 'POST', headers, body: JSON.stringify({ name: `Load ${index}`, region: ['north', 'south', 'east'][index % 3], tags: ['load'] }) })));
  print(storage, 'list 20 contacts', await phase(() => fetch(`${contacts}?limit=20`, { headers })));
  const filtered = new URLSearchParams({ where: JSON.stringify({ region: 'north', tags: { contains: 'load' } }), sort: '-name', limit: '20' });
  print(storage, 'list 20, filtered and sorted by name', await phase(() => fetch(`${contacts}?${filtered}`, { headers })));
}

console.log(`## Server load: ${CLIENTS} concurrent clients over loopback (each phase ≤ ${REQUESTS_PER_PHASE} requests or ${PHASE_TIME_LIMIT_MS / 1000} s)`);

const dataDir = mkdtempSync(join(tmpdir(), 'rapport-bench-'));
const embedded = await startServerProcess(['--seed-demo', '--data-dir', dataDir]);
try {
  await loadTest('PGlite', embedded);
} finally {
  await embedded.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

const postgres = await startTestPostgres();
try {
  const server = await startServerProcess(['--seed-demo'], { DATABASE_URL: postgres.url });
  try {
    await loadTest('PostgreSQL', server);
  } finally {
    await server.stop();
  }
} finally {
  await postgres.stop();
}
