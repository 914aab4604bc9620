import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRestAdapter } from '@rapport/adapter-rest';
import type { ChangeEvent } from '@rapport/core';
import { call } from './http.js';
import { startTestServer, type TestServer } from './test-server.js';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 120_000 });

// `POST /v1/{collection}/bulk`: an integrator's records created or updated by its own key, with
// an answer per record, so one bad row never holds up the rest.

let server: TestServer;
let admin: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.keyFor('acme', 'admin');
});
afterAll(() => server?.stop());

const bulk = (collection: string, records: unknown[], token = admin) => call(server.url, 'POST', `/v1/${collection}/bulk`, { token, body: { records } });

async function byExternalId(collection: string, externalId: string, token = admin) {
  const where = encodeURIComponent(JSON.stringify({ externalId }));
  return (await call(server.url, 'GET', `/v1/${collection}?where=${where}`, { token })).body.items as Array<Record<string, unknown>>;
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('bulk upsert by externalId', () => {
  it('creates new keys, updates known ones, and changes nothing when the same records come again', async () => {
    const first = await bulk('contacts', [
      { externalId: 'erp-1', name: '王芳', region: '华东', tags: ['vip'] },
      { externalId: 'erp-2', name: 'Ada Lovelace', channels: [{ kind: 'email', value: 'ada@example.com' }] },
    ]);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ created: 2, updated: 0, unchanged: 0, refused: 0 });
    expect(first.body.items.map((item: any) => [item.index, item.externalId, item.status, item.version])).toEqual([
      [0, 'erp-1', 'created', 1],
      [1, 'erp-2', 'created', 1],
    ]);

    const again = await bulk('contacts', [
      { externalId: 'erp-1', name: '王芳', region: '华东', tags: ['vip'] },
      { externalId: 'erp-2', name: 'Ada King', title: null },
    ]);
    expect(again.body).toMatchObject({ created: 0, updated: 1, unchanged: 1, refused: 0 });
    expect(again.body.items[0]).toMatchObject({ status: 'unchanged', id: first.body.items[0].id, version: 1 });
    expect(again.body.items[1]).toMatchObject({ status: 'updated', id: first.body.items[1].id, version: 2 });

    // Fields not sent are kept: the email channel survives a change of name.
    const [ada] = await byExternalId('contacts', 'erp-2');
    expect(ada).toMatchObject({ name: 'Ada King', externalId: 'erp-2', version: 2, channels: [{ kind: 'email', value: 'ada@example.com' }] });
    expect(await byExternalId('contacts', 'erp-1')).toHaveLength(1);
  });

  it('refuses a bad record by name of its field and stores every other record', async () => {
    const answer = await bulk('contacts', [
      { externalId: 'bad-1', name: 'Fine one' },
      { externalId: 'bad-2', name: 'Broken email', channels: [{ kind: 'email', value: 'not an email' }] },
      { name: 'No key' },
      { externalId: 'bad-4' },
      { externalId: 'bad-1', name: 'Same key twice' },
      'not an object',
      { externalId: 'bad-7', name: 'Fine too' },
    ]);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ created: 2, refused: 5 });
    const refused = answer.body.items.filter((item: any) => item.status === 'refused');
    expect(refused.map((item: any) => [item.index, item.kind, item.issues?.[0]?.path])).toEqual([
      [1, 'validation', ['channels', 0, 'value']],
      [2, 'validation', ['externalId']],
      [3, 'validation', ['name']],
      [4, 'validation', ['externalId']],
      [5, 'validation', []],
    ]);
    expect(refused[3].message).toBeTypeOf('string');
    expect(await byExternalId('contacts', 'bad-7')).toHaveLength(1);
    expect(await byExternalId('contacts', 'bad-2')).toHaveLength(0);
  });

  it('keys records per tenant and per collection', async () => {
    const other = await server.keyFor('globex', 'admin');
    await bulk('accounts', [{ externalId: 'shared-key', name: 'Acme account' }]);
    await bulk('contacts', [{ externalId: 'shared-key', name: 'Acme contact' }]);
    const theirs = await bulk('accounts', [{ externalId: 'shared-key', name: 'Globex account' }], other);
    expect(theirs.body.items[0].status).toBe('created');
    expect((await byExternalId('accounts', 'shared-key'))[0]?.name).toBe('Acme account');
    expect((await byExternalId('accounts', 'shared-key', other))[0]?.name).toBe('Globex account');
  });

  it('upserts orders, deals and tickets too, and refuses collections without the key', async () => {
    const orders = await bulk('orders', [{ externalId: 'SO-1001', orderedAt: '2026-03-01T08:00:00.000Z', amount: 120, currency: 'CNY' }]);
    const deals = await bulk('deals', [{ externalId: 'OPP-7', name: 'Renewal' }]);
    const tickets = await bulk('tickets', [{ externalId: 'T-9', subject: 'Login fails', description: 'Since Monday', channel: 'email' }]);
    expect(orders.body.items[0].status).toBe('created');
    expect(tickets.body.items[0].status).toBe('created');
    // A deal needs its pipeline and stage: refused by field, not by the whole request.
    expect(deals.body.items[0]).toMatchObject({ status: 'refused', kind: 'validation' });
    const activities = await bulk('activities', [{ externalId: 'A-1' }]);
    expect(activities.status).toBe(400);
    expect(activities.body.issues[0].path).toEqual(['collection']);
  });

  it('refuses an empty, malformed or oversized request as a whole', async () => {
    expect((await bulk('contacts', [])).status).toBe(400);
    const malformed = await call(server.url, 'POST', '/v1/contacts/bulk', { token: admin, body: [{ externalId: 'x', name: 'x' }] });
    expect(malformed.status).toBe(400);
    expect(malformed.body.issues[0].path).toEqual(['records']);
    const tooMany = Array.from({ length: 1001 }, (_, index) => ({ externalId: `many-${index}`, name: 'Many' }));
    const answer = await bulk('contacts', tooMany);
    expect(answer.status).toBe(400);
    expect(answer.body.issues[0]).toMatchObject({ path: ['records'], code: 'too_big' });
  });

  it('checks roles as single writes do: only a caller who may create and update the collection', async () => {
    const agent = await server.keyFor('acme', 'agent');
    const publicKey = await server.keyFor('acme', 'public');
    expect((await bulk('deals', [{ externalId: 'd-1', name: 'x' }], agent)).status).toBe(403);
    expect((await bulk('tickets', [{ externalId: 'T-public', subject: 'x', description: 'x', channel: 'web' }], publicKey)).status).toBe(403);
    expect((await bulk('contacts', [{ externalId: 'by-agent', name: 'From the agent' }], agent)).body.items[0].status).toBe('created');
    expect((await call(server.url, 'POST', '/v1/contacts/bulk', { body: { records: [] } })).status).toBe(401);
  });

  it('gives every key one record when two requests race with the same keys', async () => {
    const records = Array.from({ length: 50 }, (_, index) => ({ externalId: `race-${index}`, name: `Racer ${index}` }));
    const [a, b] = await Promise.all([bulk('contacts', records), bulk('contacts', records)]);
    const statuses = [...a.body.items, ...b.body.items].map((item: any) => item.status);
    expect(statuses.filter((status) => status === 'created')).toHaveLength(50);
    expect(statuses.filter((status) => status === 'unchanged')).toHaveLength(50);
    expect(await byExternalId('contacts', 'race-17')).toHaveLength(1);
  });

  it('reports its writes to the live feed like single writes', async () => {
    const watcher = createRestAdapter({ baseUrl: server.url, token: admin });
    const heard: ChangeEvent[] = [];
    const stop = watcher.watch('accounts', (change) => heard.push(change));
    try {
      // The stream is open once a single write reaches it.
      const marker = await watcher.create('accounts', { name: 'Marker' });
      await until(() => heard.some((change) => change.id === marker.id), 'the marker');
      const created = await bulk('accounts', [{ externalId: 'live-1', name: 'Live one' }]);
      const updated = await bulk('accounts', [{ externalId: 'live-1', name: 'Live one, renamed' }]);
      const id = created.body.items[0].id;
      expect(updated.body.items[0].status).toBe('updated');
      await until(() => heard.filter((change) => change.id === id).length === 2, 'both bulk writes');
      expect(heard.filter((change) => change.id === id).map((change) => change.type)).toEqual(['created', 'updated']);
    } finally {
      stop();
    }
  });

  it('reports every record of a full request to the live feed once, created and updated in one request alike', async () => {
    const watcher = createRestAdapter({ baseUrl: server.url, token: admin });
    const heard: ChangeEvent[] = [];
    const stop = watcher.watch('accounts', (change) => heard.push(change));
    try {
      const marker = await watcher.create('accounts', { name: 'Marker of the full request' });
      await until(() => heard.some((change) => change.id === marker.id), 'the marker');
      // Beyond one notification's share (500): the changes of a statement travel in several.
      await bulk('accounts', Array.from({ length: 300 }, (_, index) => ({ externalId: `full-${index}`, name: `Known ${index}` })));
      const full = await bulk('accounts', Array.from({ length: 1000 }, (_, index) => ({ externalId: `full-${index}`, name: `Full ${index}` })));
      const ids = new Map<string, string>(full.body.items.map((item: { id: string; status: string }) => [item.id, item.status]));
      expect([...ids.values()].filter((status) => status === 'updated')).toHaveLength(300);
      const ofFull = () => heard.filter((change) => ids.has(change.id) && String(change.record?.name).startsWith('Full'));
      await until(() => ofFull().length === 1000, 'every record of the full request');
      expect(new Set(ofFull().map((change) => change.id)).size).toBe(1000);
      expect(ofFull().filter((change) => change.type === 'updated').map((change) => change.id).sort()).toEqual(
        [...ids].filter(([, status]) => status === 'updated').map(([id]) => id).sort(),
      );
    } finally {
      stop();
    }
  });
});
