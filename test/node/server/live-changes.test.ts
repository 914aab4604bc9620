import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRestAdapter } from '@rapport/adapter-rest';
import type { ChangeEvent } from '@rapport/core';
import { findTenant, signCustomerToken, startServer, type RunningServer } from '@rapport/server';
import { startTestServer, type TestServer } from './test-server.js';

// Servers start and requests travel over loopback: give them time on a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 120_000 });

// Live changes over Server-Sent Events: each stream carries only what its caller may read, and
// a client that lost its connection catches up from its last event.

let server: TestServer;
let admin: string;
let customerToken: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.keyFor('acme', 'admin');
  const secret = (await findTenant(server.server.database, 'acme'))?.customerTokenSecret ?? '';
  customerToken = signCustomerToken({ tenantId: 'acme', contactId: 'c-ada', exp: Math.floor(Date.now() / 1000) + 3600 }, secret);
});
afterAll(() => server?.stop());

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

interface Frame {
  readonly event: string;
  readonly id: string;
  readonly data: string;
}

/** Reads a stream's first `count` events, raw. */
async function readFrames(url: string, headers: Record<string, string>, count: number): Promise<Frame[]> {
  const controller = new AbortController();
  const response = await fetch(url, { headers, signal: controller.signal });
  if (!response.body) throw new Error(`No stream: ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  const frames: Frame[] = [];
  while (frames.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    text += value;
    let end: number;
    while ((end = text.indexOf('\n\n')) !== -1) {
      const block = text.slice(0, end);
      text = text.slice(end + 2);
      const field = (name: string) => [...block.matchAll(/^(\w+): ?(.*)$/gm)].find((match) => match[1] === name)?.[2];
      if (field('event')) frames.push({ event: field('event') ?? '', id: field('id') ?? '', data: field('data') ?? '' });
    }
  }
  controller.abort();
  return frames;
}

describe('live changes', () => {
  it('reach a customer only for its own tickets, and never carry an internal note', async () => {
    const staff = createRestAdapter({ baseUrl: server.url, token: admin });
    const customer = createRestAdapter({ baseUrl: server.url, token: customerToken });
    const heard: ChangeEvent[] = [];
    const stop = customer.watch('*', (change) => heard.push(change));
    const own = await customer.create('tickets', { subject: 'Broken link', description: 'The download fails', channel: 'web', requesterId: 'c-ada' });
    const others = await staff.create('tickets', { subject: 'Not yours', description: 'Someone else', channel: 'email', requesterId: 'c-bob' });
    const note = await staff.create('ticketMessages', { ticketId: own.id, authorKind: 'agent', visibility: 'internal', body: 'Refund without asking' });
    const reply = await staff.create('ticketMessages', { ticketId: own.id, authorKind: 'agent', visibility: 'public', body: 'Fixed, please try again' });
    await staff.update('tickets', own.id, { status: 'resolved' }, { expectedVersion: 1 });
    await until(() => heard.some((change) => change.type === 'updated' && change.id === own.id), 'the resolved ticket');
    stop();
    expect(heard.map((change) => [change.collection, change.type, change.id])).toEqual([
      ['tickets', 'created', own.id],
      ['ticketMessages', 'created', reply.id],
      ['tickets', 'updated', own.id],
    ]);
    expect(heard.some((change) => change.id === others.id || change.id === note.id)).toBe(false);
  });

  it('replays what a client missed after the last event id it saw', async () => {
    const staff = createRestAdapter({ baseUrl: server.url, token: admin });
    const headers = { Authorization: `Bearer ${admin}` };
    const [ready] = await readFrames(`${server.url}/v1/stream?collection=contacts`, headers, 1);
    expect(ready?.event).toBe('ready');
    const missed = await staff.create('contacts', { name: 'Missed while away' });
    await staff.create('accounts', { name: 'Not asked for' });
    const frames = await readFrames(`${server.url}/v1/stream?collection=contacts`, { ...headers, 'Last-Event-ID': ready?.id ?? '' }, 2);
    expect(frames.map((frame) => frame.event)).toEqual(['change', 'ready']);
    expect(JSON.parse(frames[0]?.data ?? '{}')).toEqual({ collection: 'contacts', type: 'created', id: missed.id, record: missed });
  });

  it('refuse a stream of a collection the caller may not read', async () => {
    const agent = await server.keyFor('acme', 'agent');
    const response = await fetch(`${server.url}/v1/stream?collection=leads`, { headers: { Authorization: `Bearer ${agent}` } });
    expect(response.status).toBe(403);
  });

  it('resume after the server restarts: the adapter reconnects and hears changes made meanwhile', async () => {
    const first = await startTestServer();
    const key = await first.keyFor('acme', 'admin');
    const watcher = createRestAdapter({ baseUrl: first.url, token: key });
    const heard: ChangeEvent[] = [];
    const stop = watcher.watch('contacts', (change) => heard.push(change));
    let second: RunningServer | undefined;
    try {
      const before = await watcher.create('contacts', { name: 'Before the restart' });
      await until(() => heard.some((change) => change.id === before.id), 'the first change');
      await first.server.close();
      second = await startServer({ port: Number(new URL(first.url).port), dataDir: first.dataDir });
      const after = await createRestAdapter({ baseUrl: second.url, token: key }).create('contacts', { name: 'After the restart' });
      await until(() => heard.some((change) => change.id === after.id), 'the change made after the restart');
    } finally {
      stop();
      await second?.close();
      await first.stop();
    }
  });
});

describe('a client coming back after many changes', () => {
  /** Adds `count` changes to other customers' tickets straight to the change log, as a busy tenant would. */
  async function othersChanges(count: number): Promise<void> {
    await server.server.database.query(
      `INSERT INTO changes (tenant_id, collection, record_id, type, record)
       SELECT 'acme', 'tickets', 't-other-' || n, 'updated', jsonb_build_object('id', 't-other-' || n, 'requesterId', 'c-bob') FROM generate_series(1, $1::int) AS n`,
      [count],
    );
  }

  it('replays every change in its scope however many of other people came between', async () => {
    const token = { Authorization: `Bearer ${customerToken}`, Accept: 'text/event-stream' };
    const [ready] = await readFrames(`${server.url}/v1/stream?collection=tickets`, token, 1);
    await othersChanges(2500);
    const own = await fetch(`${server.url}/v1/tickets`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ subject: 'Your refund', description: 'Sent today', channel: 'email', requesterId: 'c-ada' }),
    }).then((response) => response.json());
    const frames = await readFrames(`${server.url}/v1/stream?collection=tickets`, { ...token, 'Last-Event-ID': ready?.id ?? '' }, 2);
    expect(frames.map((frame) => frame.event)).toEqual(['change', 'ready']);
    expect(JSON.parse(frames[0]?.data ?? '{}').id).toBe(own.id);
  });

  it('is told to reload when the changes it missed are no longer kept', async () => {
    await othersChanges(3);
    await server.server.database.query("DELETE FROM changes WHERE seq < (SELECT max(seq) FROM changes)");
    const frames = await readFrames(`${server.url}/v1/stream?collection=tickets`, { Authorization: `Bearer ${admin}`, Accept: 'text/event-stream', 'Last-Event-ID': '1' }, 2);
    expect(frames.map((frame) => frame.event)).toEqual(['reset', 'ready']);
  });
});
