import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRestAdapter } from '@rapport/adapter-rest';
import type { ChangeEvent } from '@rapport/core';
import { runAdapterConformance } from '@rapport/core/testing';
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
