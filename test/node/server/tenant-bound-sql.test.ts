import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApiKey, createRapportApp, ensureTenant, openDatabase, type Database, type RapportApp, type SqlExecutor } from '@rapport/server';
import { migratedDataDir } from './data-dir.js';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

// Every statement on the tenant tables names its tenant: the basis of distributing by
// `tenant_id` (docs/scaling.md). This records the SQL the server sends while serving requests.

/** Statements allowed without a tenant, by what they are. */
const EXCEPTIONS: ReadonlyArray<readonly [name: string, statement: RegExp]> = [
  ['pruning expired changes', /^DELETE FROM changes WHERE at < /],
  ['pruning expired idempotency keys', /^DELETE FROM idempotency_keys WHERE created_at < /],
];
const TENANT_TABLE = /\b(?:FROM|UPDATE|INTO|JOIN)\s+(?:records|changes|idempotency_keys)\b/g;
const TENANT_BOUND = /\btenant_id\s*=\s*(?:\$\d+|ANY\()|\bINSERT INTO (?:records|changes|idempotency_keys) \(tenant_id\b/g;

const statements: string[] = [];

function recording(executor: SqlExecutor): SqlExecutor {
  return {
    query: (text, params) => {
      statements.push(text.replace(/\s+/g, ' ').trim());
      return executor.query(text, params);
    },
    exec: (script) => executor.exec(script),
  };
}

let database: Database;
let rapport: RapportApp;
let dataDir: string;
let key: string;

beforeAll(async () => {
  dataDir = await migratedDataDir();
  database = await openDatabase({ dataDir });
  await ensureTenant(database, { id: 'shop', name: 'Shop' });
  key = (await createApiKey(database, { tenantId: 'shop', role: 'admin' })).key;
  const recorded: Database = { ...database, ...recording(database), transaction: (work) => database.transaction((tx) => work(recording(tx))) };
  rapport = await createRapportApp({ database: recorded });
});

afterAll(async () => {
  await rapport?.close();
  await database?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the server’s SQL', () => {
  it('binds a tenant in every statement on records, changes and idempotency keys', async () => {
    const send = (path: string, init: RequestInit = {}) =>
      rapport.app.request(`/v1${path}`, { ...init, headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json', ...init.headers } });
    const body = JSON.stringify({ name: '王芳', region: 'south' });
    const created = (await (await send('/contacts', { method: 'POST', body, headers: { 'Idempotency-Key': 'k1' } })).json()) as { id: string };
    await send('/contacts', { method: 'POST', body, headers: { 'Idempotency-Key': 'k1' } });
    const query = new URLSearchParams({ where: JSON.stringify({ region: 'south' }), sort: '-name', q: '王', limit: '1' });
    const listed = (await (await send(`/contacts?${query}`)).json()) as { nextCursor: string | null };
    expect(listed).toMatchObject({ total: 1 });
    await send(`/contacts/${created.id}`);
    await send(`/contacts/${created.id}`, { method: 'PATCH', body: JSON.stringify({ region: 'east' }), headers: { 'If-Match': '"1"' } });
    await send(`/contacts/${created.id}`, { method: 'DELETE' });
    await send('/tickets', { method: 'POST', body: JSON.stringify({ subject: 'Help', requesterId: created.id }) });
    const bulk = (name: string) => send('/contacts/bulk', { method: 'POST', body: JSON.stringify({ records: [{ externalId: 'erp-1', name }, { externalId: 'erp-2', name }] }) });
    expect((await (await bulk('Created in bulk')).json()) as unknown).toMatchObject({ created: 2 });
    expect((await (await bulk('Updated in bulk')).json()) as unknown).toMatchObject({ updated: 2 });

    const tenantStatements = statements.filter((statement) => statement.match(TENANT_TABLE));
    expect(tenantStatements.length).toBeGreaterThan(5);
    const unbound = tenantStatements.filter(
      (statement) =>
        !EXCEPTIONS.some(([, exception]) => exception.test(statement)) &&
        (statement.match(TENANT_BOUND)?.length ?? 0) < (statement.match(TENANT_TABLE)?.length ?? 0),
    );
    expect(unbound).toEqual([]);
  });

  it('recognises a statement without a tenant', () => {
    const unbound = 'SELECT data FROM records WHERE id = $1';
    expect((unbound.match(TENANT_BOUND)?.length ?? 0) < (unbound.match(TENANT_TABLE)?.length ?? 0)).toBe(true);
  });
});
