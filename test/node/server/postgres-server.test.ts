import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRestAdapter } from '@rapport/adapter-rest';
import type { ChangeEvent } from '@rapport/core';
import { normalizeListQuery } from '@rapport/core/adapter';
import { runAdapterConformance } from '@rapport/core/testing';
import { openDatabase } from '@rapport/server';
import { EXACT_TOTAL_LIMIT, RecordStore } from '../../../packages/server/src/storage/record-store.js';
import { startTestPostgres, type TestPostgres } from './postgres.js';
import { startServerProcess, type ServerProcess } from './server-process.js';

// Servers start and requests travel over loopback: give them time on a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 120_000 });

// The server on a real PostgreSQL (Debian's, started for this run): the adapter conformance
// suite, and two instances on one database behaving as one service behind a load balancer.

let postgres: TestPostgres;
let first: ServerProcess;
let second: ServerProcess;
let adminKey: string;

beforeAll(async () => {
  postgres = await startTestPostgres();
  first = await startServerProcess(['--seed-demo'], { DATABASE_URL: postgres.url });
  // Started second, it finds the schema migrated and the demo tenant in place.
  second = await startServerProcess([], { DATABASE_URL: postgres.url });
  adminKey = first.adminKey ?? '';
});

afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
  await postgres?.stop();
});

runAdapterConformance('REST adapter → server on PostgreSQL', () => createRestAdapter({ baseUrl: first.url, token: adminKey }), { describe, it });

describe('two server instances on one PostgreSQL', () => {
  it('report a change written through one instance to live streams on the other', async () => {
    const listening = createRestAdapter({ baseUrl: first.url, token: adminKey });
    const writing = createRestAdapter({ baseUrl: second.url, token: adminKey });
    const heard: ChangeEvent[] = [];
    const stop = listening.watch('accounts', (change) => heard.push(change));
    // The listener's own write settles once its stream is subscribed.
    await listening.create('accounts', { name: 'Subscribed' });
    const account = await writing.create('accounts', { name: '上海云杉科技有限公司', tier: 'gold' });
    const deadline = Date.now() + 5000;
    while (!heard.some((change) => change.id === account.id) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    stop();
    expect(heard.find((change) => change.id === account.id)).toEqual({ collection: 'accounts', type: 'created', id: account.id, record: account });
  });

  it('replay an idempotent create on either instance', async () => {
    const key = `replay-${Date.now()}`;
    const viaFirst = await createRestAdapter({ baseUrl: first.url, token: adminKey }).create('contacts', { name: 'Once only' }, { idempotencyKey: key });
    const viaSecond = await createRestAdapter({ baseUrl: second.url, token: adminKey }).create('contacts', { name: 'Once only' }, { idempotencyKey: key });
    expect(viaSecond).toEqual(viaFirst);
  });
});

describe('bulk upsert on PostgreSQL', () => {
  it('gives every key one record when two instances upsert the same keys at once', async () => {
    const records = Array.from({ length: 300 }, (_, index) => ({ externalId: `pg-race-${index}`, name: `Racer ${index}`, tags: ['pg-race'] }));
    const send = (server: ServerProcess) =>
      fetch(`${server.url}/v1/contacts/bulk`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${adminKey}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ records }),
      }).then((response) => response.json() as Promise<{ created: number; unchanged: number; refused: number }>);
    const answers = await Promise.all([send(first), send(second), send(first)]);
    expect(answers.reduce((sum, answer) => sum + answer.created, 0)).toBe(300);
    expect(answers.reduce((sum, answer) => sum + answer.unchanged, 0)).toBe(600);
    expect(answers.every((answer) => answer.refused === 0)).toBe(true);
    const where = encodeURIComponent(JSON.stringify({ tags: { contains: 'pg-race' } }));
    const page = await fetch(`${first.url}/v1/contacts?where=${where}&limit=1000`, { headers: { Authorization: `Bearer ${adminKey}` } }).then((response) => response.json());
    expect(page.total).toBe(300);
    expect(new Set(page.items.map((item: { externalId: string }) => item.externalId)).size).toBe(300);
  });
});

describe('list totals on PostgreSQL', () => {
  it('give the estimate, flagged, when an exact count would take longer than the budget', async () => {
    const db = await openDatabase({ databaseUrl: postgres.url });
    try {
      await db.query(
        `INSERT INTO records (tenant_id, collection, id, version, created_at, updated_at, data)
          SELECT 'counting', 'contacts', 'c' || g, 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z',
            jsonb_build_object('id', 'c' || g, 'tenantId', 'counting', 'version', 1, 'createdAt', '2026-01-01T00:00:00.000Z', 'updatedAt', '2026-01-01T00:00:00.000Z',
              'name', 'Counted ' || g, 'tags', jsonb_build_array('many'))
          FROM generate_series(1, 9000) AS g`,
      );
      const query = normalizeListQuery({ where: { tags: { contains: 'many' } }, limit: 5 });
      // Counting 9,000 rows through a filter no index serves takes milliseconds, never less than one.
      const hurried = await new RecordStore(db, undefined, EXACT_TOTAL_LIMIT, 1).list('counting', 'contacts', query);
      expect(hurried.totalIsEstimate).toBe(true);
      expect(hurried.total).toBeGreaterThanOrEqual(6);
      const patient = await new RecordStore(db, undefined, EXACT_TOTAL_LIMIT, 60_000).list('counting', 'contacts', query);
      expect(patient).toMatchObject({ total: 9000 });
      expect(patient.totalIsEstimate).toBeUndefined();

      // A ranked search reads its few matches through the index, or, out of time, walks the list's order: the same pages.
      const pages = async (store: RecordStore) => {
        const walked: unknown[] = [];
        let cursor: string | null = null;
        do {
          const page: Awaited<ReturnType<RecordStore['list']>> = await store.list('counting', 'contacts', normalizeListQuery({ q: 'counted 1', limit: 400, cursor }));
          walked.push(...page.items.map((item) => item.name));
          cursor = page.nextCursor;
        } while (cursor !== null);
        return walked;
      };
      const inTime = await pages(new RecordStore(db, undefined, EXACT_TOTAL_LIMIT, 60_000));
      expect(inTime).toHaveLength(1111);
      expect(inTime.slice(0, 3)).toEqual(['Counted 1', 'Counted 10', 'Counted 100']);
      const outOfTime = new RecordStore(db, undefined, EXACT_TOTAL_LIMIT, 1);
      // Reading 1,111 matches takes more than a millisecond: the list's order was walked, and the total estimated.
      expect((await outOfTime.list('counting', 'contacts', normalizeListQuery({ q: 'counted 1', limit: 5 }))).totalIsEstimate).toBe(true);
      expect(await pages(outOfTime)).toEqual(inTime);
    } finally {
      await db.close();
    }
  });
});
