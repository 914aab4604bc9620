import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { importFile } from '../../../packages/server/src/import/import-file.js';
import { call } from './http.js';
import { rapportServerCommand } from './server-process.js';
import { startTestServer, type TestServer } from './test-server.js';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

// `rapport-server import <collection> <file>`: a file streamed through the bulk endpoint, with
// a report of refused rows, resumable after an interruption.

let server: TestServer;
let key: string;
let dir: string;

beforeAll(async () => {
  server = await startTestServer();
  key = await server.keyFor('acme', 'admin');
  dir = mkdtempSync(join(tmpdir(), 'rapport-import-'));
});
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function runCommand(args: readonly string[], onStart?: (kill: () => void) => void): Promise<Run> {
  const child = spawn(process.execPath, [rapportServerCommand(), 'import', ...args, '--url', server.url], {
    env: { ...process.env, RAPPORT_API_KEY: key },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  onStart?.(() => child.kill('SIGKILL'));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

async function contact(externalId: string) {
  const where = encodeURIComponent(JSON.stringify({ externalId }));
  return (await call(server.url, 'GET', `/v1/contacts?where=${where}`, { token: key })).body.items[0];
}

async function contactCount(prefix: string, expected: number) {
  const where = encodeURIComponent(JSON.stringify({ tags: { contains: prefix } }));
  return (await call(server.url, 'GET', `/v1/contacts?where=${where}&limit=${expected + 1}`, { token: key })).body.items.length as number;
}

describe('rapport-server import', () => {
  it('imports a CSV with quoted fields and Chinese text, and lists the refused row by line and field', async () => {
    const file = join(dir, 'contacts.csv');
    writeFileSync(
      file,
      [
        'externalId,name,title,email,region,tags,consent.email',
        'c-1,"Lovelace, Ada","Countess, ""Analyst""",ada@example.com,London,vip|math,yes',
        'c-2,王芳,"销售经理',
        '华东区",wang@example.cn,华东,客户,no',
        'c-3,Broken,,not-an-email,,,',
        'c-4,陳大文,經理,,香港,,',
        '',
      ].join('\r\n'),
    );
    const run = await runCommand(['contacts', file]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/Imported 4 rows .*: 3 created, 0 updated, 0 unchanged, 1 refused; \d+ rows\/s/);
    expect(readFileSync(`${file}.refused.tsv`, 'utf8').split('\n')).toEqual(['line\tfield\treason', expect.stringMatching(/^5\tchannels\.0\.value\t\S/), '']);
    expect(existsSync(`${file}.checkpoint.json`)).toBe(false);

    expect(await contact('c-1')).toMatchObject({
      name: 'Lovelace, Ada',
      title: 'Countess, "Analyst"',
      region: 'London',
      tags: ['vip', 'math'],
      consent: { email: true },
      channels: [{ kind: 'email', value: 'ada@example.com' }],
    });
    expect(await contact('c-2')).toMatchObject({ name: '王芳', title: '销售经理\r\n华东区', region: '华东', tags: ['客户'], consent: { email: false } });
    expect(await contact('c-4')).toMatchObject({ name: '陳大文', title: '經理', region: '香港' });
    expect(await contact('c-3')).toBeUndefined();

    // Running the same file again changes nothing.
    const again = await runCommand(['contacts', file]);
    expect(again.stdout).toMatch(/0 created, 0 updated, 3 unchanged, 1 refused/);
  });

  it('imports JSON Lines, refusing a line that is not JSON without losing the others', async () => {
    const file = join(dir, 'contacts.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ externalId: 'j-1', name: '李雷', tags: ['jsonl'] }),
        '{"externalId": "j-2", "name": ',
        JSON.stringify({ externalId: 'j-3', tags: ['jsonl'] }),
        JSON.stringify({ externalId: 'j-4', name: 'Han Meimei', tags: ['jsonl'] }),
      ].join('\n'),
    );
    const result = await importFile({ url: server.url, key, collection: 'contacts', file });
    expect(result).toMatchObject({ finished: true, rows: 4, created: 2, refused: 2 });
    const report = readFileSync(result.reportFile, 'utf8');
    expect(report).toContain('2\t\tNot valid JSON');
    expect(report).toMatch(/^3\tname\t/m);
    expect(await contactCount('jsonl', 2)).toBe(2);
  });

  it('goes on from the last acknowledged line after an interruption, sending nothing twice', async () => {
    const file = join(dir, 'resume.jsonl');
    writeFileSync(file, Array.from({ length: 10 }, (_, i) => JSON.stringify({ externalId: `r-${i}`, name: `Resumed ${i}`, tags: ['resume'] })).join('\n') + '\n');
    const stop = new AbortController();
    const first = await importFile({ url: server.url, key, collection: 'contacts', file, batchSize: 3, signal: stop.signal, onProgress: () => stop.abort() });
    // Stopped after the batches already at the server: the first, and perhaps the one after it.
    expect(first.finished).toBe(false);
    expect([3, 6]).toContain(first.rows);
    expect(first.created).toBe(first.rows);
    expect(JSON.parse(readFileSync(`${file}.checkpoint.json`, 'utf8'))).toMatchObject({ line: first.rows + 1, rows: first.rows });

    const second = await importFile({ url: server.url, key, collection: 'contacts', file, batchSize: 3 });
    // Only the lines after the checkpoint were sent: none came back unchanged.
    expect(second).toMatchObject({ finished: true, resumedAtLine: first.rows + 1, rows: 10, rowsThisRun: 10 - first.rows, created: 10, unchanged: 0 });
    expect(await contactCount('resume', 10)).toBe(10);
    expect(existsSync(`${file}.checkpoint.json`)).toBe(false);
  });

  it('resumes after the command is killed, and ends with every row stored once', async () => {
    const file = join(dir, 'killed.jsonl');
    writeFileSync(file, Array.from({ length: 200 }, (_, i) => JSON.stringify({ externalId: `k-${i}`, name: `Killed ${i}`, tags: ['killed'] })).join('\n') + '\n');
    const checkpoint = `${file}.checkpoint.json`;
    const killed = await runCommand(['contacts', file, '--batch-size', '5'], (kill) => {
      const poll = setInterval(() => {
        if (existsSync(checkpoint)) {
          clearInterval(poll);
          kill();
        }
      }, 5);
    });
    expect(killed.code).toBeNull();
    const reached = JSON.parse(readFileSync(checkpoint, 'utf8')) as { line: number };
    expect(reached.line).toBeGreaterThan(1);
    expect(reached.line).toBeLessThan(201);

    const resumed = await runCommand(['contacts', file, '--batch-size', '5']);
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toContain(`(resumed at line ${reached.line})`);
    expect(resumed.stdout).toMatch(/Imported 200 rows/);
    expect(await contactCount('killed', 200)).toBe(200);
  });

  it('refuses a file it cannot read as a whole, before sending anything', async () => {
    const file = join(dir, 'contacts.xlsx');
    writeFileSync(file, 'not a table');
    const run = await runCommand(['contacts', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/name it \.csv or \.jsonl/);
    const wrongCollection = await runCommand(['activities', file]);
    expect(wrongCollection.stderr).toMatch(/Cannot import into activities/);
  });
});

describe('rapport-server import, a key repeated in the file', () => {
  it('stores the later row, even when the two rows travel in different requests', async () => {
    const file = join(dir, 'repeated.jsonl');
    const rows = [
      { externalId: 'rep-1', name: 'First version', tags: ['repeated'] },
      { externalId: 'rep-2', name: 'Other', tags: ['repeated'] },
      { externalId: 'rep-1', name: 'Second version', tags: ['repeated'] },
      { externalId: 'rep-3', name: 'Another', tags: ['repeated'] },
    ];
    writeFileSync(file, rows.map((row) => JSON.stringify(row)).join('\n'));
    const result = await importFile({ url: server.url, key, collection: 'contacts', file, batchSize: 2 });
    expect(result).toMatchObject({ finished: true, created: 3, updated: 1 });
    expect((await contact('rep-1')).name).toBe('Second version');
  });
});
