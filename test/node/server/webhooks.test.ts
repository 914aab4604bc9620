import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutomationWorker, createApiKey, createRapportApp, ensureTenant, openDatabase, verifyWebhookSignature, type Database, type RapportApp, type ResolveHost } from '@rapport/server';
import { migratedDataDir } from './data-dir.js';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 120_000 });

// Webhooks delivered by the automation worker to a receiver on this machine's loopback
// interface, under a controlled clock: every retry and backoff step is driven by the test.

interface Received {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

let dataDir: string;
let db: Database;
let rapport: RapportApp;
/** The development setup: loopback receivers allowed. */
let worker: AutomationWorker;
let receiver: Server;
let receiverUrl: string;
let received: Received[] = [];
/** What the receiver answers, per path; default 200. */
let answer: (path: string, attempt: number) => { status: number; headers?: Record<string, string> } | 'hang';
let clock: Date;
let TENANT = 'hooks';
let tenants = 0;
let adminKey: string;
let path: string;

async function request(method: string, url: string, body?: unknown, key = adminKey) {
  const response = await rapport.app.request(`/v1${url}`, {
    method,
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : undefined) as Record<string, any> };
}

async function api(method: string, url: string, body?: unknown): Promise<Record<string, any>> {
  const { status, body: answerBody } = await request(method, url, body);
  if (status >= 400) throw new Error(`${method} ${url} → ${status} ${JSON.stringify(answerBody)}`);
  return answerBody;
}

const hits = () => received.filter((hit) => hit.path === path);

async function deliveries(webhookId: string): Promise<Array<Record<string, any>>> {
  return (await api('GET', `/webhooks/${webhookId}/deliveries`)).items;
}

const newTicket = () => api('POST', '/tickets', { subject: 'Invoice wrong', description: 'Twice the amount', channel: 'web' });

beforeAll(async () => {
  dataDir = await migratedDataDir();
  db = await openDatabase({ dataDir });
  rapport = await createRapportApp({ database: db, now: () => clock, webhooks: { allowLoopback: true } });
  worker = new AutomationWorker({ db, now: () => clock, webhooks: { allowLoopback: true } });
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = req.url ?? '/';
      received.push({ path: url, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const reply = answer(url, received.filter((hit) => hit.path === url).length);
      if (reply === 'hang') return; // never answers: the sender's timeout has to end it
      res.writeHead(reply.status, reply.headers).end('ok');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});

beforeEach(async () => {
  clock = new Date('2026-03-06T10:00:00Z');
  TENANT = `hooks-${++tenants}`;
  path = `/hook-${tenants}`;
  received = [];
  answer = () => ({ status: 200 });
  await ensureTenant(db, { id: TENANT, name: 'Hooks' });
  adminKey = (await createApiKey(db, { tenantId: TENANT, role: 'admin' })).key;
  await worker.runOnce();
});

afterEach(async () => {
  // Endpoints go with their deliveries: nothing a test left pending reaches the next one.
  await db.query('DELETE FROM webhooks');
});

afterAll(async () => {
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
  await rapport.close();
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('webhooks', () => {
  it('delivers a subscribed change once, signed with the secret shown at registration', async () => {
    const created = await request('POST', '/webhooks', { url: `${receiverUrl}${path}`, events: ['tickets.created'], description: 'ERP sync' });
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^whsec_/);
    expect(created.headers.get('Cache-Control')).toBe('no-store');
    const secret = created.body.secret as string;
    // The secret is shown once: reading the endpoint never shows it again.
    expect(JSON.stringify(await api('GET', `/webhooks/${created.body.id}`))).not.toContain(secret);
    expect(JSON.stringify(await api('GET', '/webhooks'))).not.toContain(secret);

    await api('POST', '/contacts', { name: 'Not subscribed' });
    const ticket = await newTicket();
    await worker.runOnce();
    await worker.runOnce();

    expect(hits()).toHaveLength(1);
    const [hit] = hits();
    const body = JSON.parse(hit!.body);
    expect(body).toMatchObject({ type: 'tickets.created', data: { collection: 'tickets', id: ticket.id, record: { subject: 'Invoice wrong' } } });
    expect(hit!.headers['rapport-webhook-id']).toBe(body.id);
    expect(hit!.headers['rapport-event']).toBe('tickets.created');

    // Verified as docs/automation.md tells a receiver to, with nothing but node:crypto …
    const signature = String(hit!.headers['rapport-signature']);
    const [, timestamp, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(signature)!;
    expect(Number(timestamp)).toBe(clock.getTime() / 1000);
    expect(v1).toBe(createHmac('sha256', secret).update(`${timestamp}.${hit!.body}`).digest('hex'));
    // … and with the exported helper, which also refuses a changed body, another secret and an old timestamp.
    expect(verifyWebhookSignature(hit!.body, signature, secret, { now: clock.getTime() })).toBe(true);
    expect(verifyWebhookSignature(hit!.body.replace('Invoice', 'Invoices'), signature, secret, { now: clock.getTime() })).toBe(false);
    expect(verifyWebhookSignature(hit!.body, signature, 'whsec_other', { now: clock.getTime() })).toBe(false);
    expect(verifyWebhookSignature(hit!.body, signature, secret, { now: clock.getTime() + 10 * 60_000 })).toBe(false);

    expect(await deliveries(created.body.id)).toEqual([
      expect.objectContaining({ id: body.id, eventType: 'tickets.created', status: 'succeeded', attempts: 1, lastStatusCode: 200 }),
    ]);
  });

  it('retries after 500s with growing delays, with the same idempotency id, until the receiver takes it', async () => {
    answer = (_path, attempt) => ({ status: attempt <= 2 ? 500 : 200 });
    const hook = await api('POST', '/webhooks', { url: `${receiverUrl}${path}`, events: ['tickets.created'] });
    await newTicket();
    await worker.runOnce();
    await worker.runOnce();
    expect(hits()).toHaveLength(1);
    let [delivery] = await deliveries(hook.id);
    expect(delivery).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 500, lastError: expect.stringContaining('500'), nextAttemptAt: '2026-03-06T10:00:30.000Z' });

    clock = new Date('2026-03-06T10:00:29Z'); // not yet
    await worker.runOnce();
    expect(hits()).toHaveLength(1);

    clock = new Date('2026-03-06T10:00:30Z');
    await worker.runOnce();
    expect(hits()).toHaveLength(2);
    [delivery] = await deliveries(hook.id);
    expect(delivery).toMatchObject({ status: 'pending', attempts: 2, nextAttemptAt: '2026-03-06T10:01:30.000Z' }); // twice the wait

    clock = new Date('2026-03-06T10:01:30Z');
    await worker.runOnce();
    [delivery] = await deliveries(hook.id);
    expect(delivery).toMatchObject({ status: 'succeeded', attempts: 3, lastStatusCode: 200 });
    expect(delivery).not.toHaveProperty('lastError');
    expect(new Set(hits().map((hit) => hit.headers['rapport-webhook-id']))).toEqual(new Set([delivery!.id]));
    expect(hits().map((hit) => hit.headers['rapport-delivery-attempt'])).toEqual(['1', '2', '3']);
  });

  it('keeps retrying a failing receiver for three days with exponential backoff, then marks the delivery failed', async () => {
    answer = () => ({ status: 503 });
    const hook = await api('POST', '/webhooks', { url: `${receiverUrl}${path}`, events: ['tickets.created'] });
    await newTicket();
    const start = clock.getTime();
    await worker.runOnce();
    const gaps: number[] = [];
    for (let [delivery] = await deliveries(hook.id); delivery!.status === 'pending'; [delivery] = await deliveries(hook.id)) {
      const next = new Date(delivery!.nextAttemptAt);
      gaps.push(next.getTime() - clock.getTime());
      clock = next;
      await worker.runOnce();
    }
    const [delivery] = await deliveries(hook.id);
    expect(delivery).toMatchObject({ status: 'failed', lastStatusCode: 503 });
    expect(hits()).toHaveLength(delivery!.attempts);
    expect(gaps.slice(0, 4)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(Math.max(...gaps)).toBe(6 * 3_600_000);
    const lastAttempt = new Date(delivery!.lastAttemptAt).getTime();
    expect(lastAttempt - start).toBeGreaterThan(66 * 3_600_000);
    expect(lastAttempt - start).toBeLessThanOrEqual(72 * 3_600_000);
  });

  it('redelivers on request with the same id and body', async () => {
    answer = (_path, attempt) => ({ status: attempt === 1 ? 200 : 204 });
    const hook = await api('POST', '/webhooks', { url: `${receiverUrl}${path}`, events: ['tickets.created'] });
    await newTicket();
    await worker.runOnce();
    await worker.runOnce();
    const [first] = await deliveries(hook.id);
    expect(first).toMatchObject({ status: 'succeeded', attempts: 1 });

    clock = new Date('2026-03-07T10:00:00Z');
    const redelivered = await request('POST', `/webhooks/${hook.id}/deliveries/${first!.id}/redeliver`);
    expect(redelivered.status).toBe(202);
    expect(redelivered.body).toMatchObject({ id: first!.id, status: 'pending' });
    await worker.runOnce();
    expect(hits()).toHaveLength(2);
    expect(hits()[1]!.body).toBe(hits()[0]!.body);
    expect(hits()[1]!.headers['rapport-webhook-id']).toBe(first!.id);
    expect(await deliveries(hook.id)).toEqual([expect.objectContaining({ id: first!.id, status: 'succeeded', attempts: 2, lastStatusCode: 204 })]);

    expect((await request('POST', `/webhooks/${hook.id}/deliveries/whd_nope/redeliver`)).status).toBe(404);
  });

  it('never holds a write for a receiver that does not answer, and logs the timeout', async () => {
    answer = () => 'hang';
    const hook = await api('POST', '/webhooks', { url: `${receiverUrl}${path}`, events: ['tickets.created'] });
    const ticket = await newTicket(); // answered at once: deliveries happen after the commit
    expect(ticket.id).toEqual(expect.any(String));
    const impatient = new AutomationWorker({ db, now: () => clock, webhooks: { allowLoopback: true, timeoutMs: 300 } });
    await impatient.runOnce();
    await impatient.runOnce();
    const [delivery] = await deliveries(hook.id);
    expect(delivery).toMatchObject({ status: 'pending', attempts: 1, lastError: 'Timed out after 300 ms' });
    expect((await api('GET', `/tickets/${ticket.id}`)).subject).toBe('Invoice wrong');
  });

  it('does not follow a redirect (here to the cloud metadata address)', async () => {
    answer = () => ({ status: 302, headers: { Location: 'http://169.254.169.254/latest/meta-data/' } });
    const hook = await api('POST', '/webhooks', { url: `${receiverUrl}${path}`, events: ['tickets.created'] });
    await newTicket();
    await worker.runOnce();
    await worker.runOnce();
    const [delivery] = await deliveries(hook.id);
    expect(delivery).toMatchObject({ status: 'pending', lastStatusCode: 302, lastError: expect.stringMatching(/redirect.*not followed/i) });
    expect(hits()).toHaveLength(1);
  });

  it('refuses to register URLs that are not https: or point into private ranges, naming the field', async () => {
    const strict = await createRapportApp({ database: db, now: () => clock });
    try {
      const refused = [
        'http://example.com/hook',
        'ftp://example.com/hook',
        'https://user:secret@example.com/hook',
        'https://10.0.0.5/hook',
        'https://172.20.1.1/hook',
        'https://192.168.1.10/hook',
        'https://127.0.0.1/hook',
        `${receiverUrl}/hook`, // http: to loopback, outside development
        'https://localhost/hook',
        'https://169.254.169.254/latest/meta-data/',
        'https://[::1]/hook',
        'https://[fc00::1]/hook',
        'https://[fe80::1]/hook',
        'https://[::ffff:10.0.0.1]/hook',
        'https://0x7f000001/hook', // 127.0.0.1 in disguise
        'not a url',
      ];
      for (const url of refused) {
        const response = await strict.app.request('/v1/webhooks', {
          method: 'POST',
          headers: { Authorization: `Bearer ${adminKey}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ url, events: ['tickets.created'] }),
        });
        expect(response.status, url).toBe(400);
        expect((await response.json()).issues, url).toEqual([expect.objectContaining({ path: ['url'] })]);
      }
      const accepted = await strict.app.request('/v1/webhooks', {
        method: 'POST',
        headers: { Authorization: `Bearer ${adminKey}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ url: 'https://erp.example.com/rapport', events: ['deals.updated'] }),
      });
      expect(accepted.status).toBe(201);
    } finally {
      await strict.close();
    }
    const bad = await request('POST', '/webhooks', { url: 'https://erp.example.com/hook', events: ['tickets.exploded'] });
    expect(bad.status).toBe(400);
    expect(bad.body.issues[0].path).toEqual(['events', 0]);
  });

  it('checks the address a host name resolves to at delivery time, and refuses private ones', async () => {
    const dns: Record<string, string[]> = {
      'erp.example.com': ['10.1.2.3'],
      'v6.example.com': ['2001:4860:4860::8888', 'fc00::7'],
      'meta.example.com': ['169.254.169.254'],
    };
    const resolve: ResolveHost = async (host) => (dns[host] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    const strict = new AutomationWorker({ db, now: () => clock, webhooks: { resolve, timeoutMs: 300 } });
    const refusedHooks = await Promise.all(
      ['https://erp.example.com/hook', 'https://v6.example.com/hook', 'https://meta.example.com/hook', `${receiverUrl}${path}`].map((url) =>
        api('POST', '/webhooks', { url, events: ['tickets.created'] }),
      ),
    );
    await newTicket();
    await strict.runOnce();
    await strict.runOnce();
    const errors = await Promise.all(refusedHooks.map(async (hook) => (await deliveries(hook.id))[0]));
    expect(errors.map((delivery) => delivery!.lastError)).toEqual([
      'Refused: erp.example.com resolves to 10.1.2.3 is in a private or reserved address range',
      'Refused: v6.example.com resolves to fc00::7 is in a private or reserved address range',
      'Refused: meta.example.com resolves to 169.254.169.254 is in a private or reserved address range',
      'Refused: 127.0.0.1 is a loopback address', // registered in development, delivered by a production worker
    ]);
    expect(errors.every((delivery) => delivery!.status === 'pending' && delivery!.lastStatusCode === undefined)).toBe(true);
    expect(hits()).toHaveLength(0);

    // An operator may open a private range on purpose (an ERP inside its own network).
    const opened = new AutomationWorker({ db, now: () => clock, webhooks: { resolve: async () => [{ address: '127.0.0.1', family: 4 }], allowedPrivateRanges: ['127.0.0.0/8'] } });
    const local = await api('POST', '/webhooks', { url: `${receiverUrl.replace('127.0.0.1', 'localhost')}${path}`, events: ['tickets.created'] });
    await newTicket();
    await opened.runOnce();
    await opened.runOnce();
    expect((await deliveries(local.id))[0]).toMatchObject({ status: 'succeeded' });
  });

  it('is for admins of the tenant only', async () => {
    const hook = await api('POST', '/webhooks', { url: `${receiverUrl}${path}`, events: ['tickets.created'] });
    const agentKey = (await createApiKey(db, { tenantId: TENANT, role: 'agent' })).key;
    expect((await request('POST', '/webhooks', { url: `${receiverUrl}${path}`, events: ['tickets.created'] }, agentKey)).status).toBe(403);
    expect((await request('GET', '/webhooks', undefined, agentKey)).status).toBe(403);
    expect((await request('GET', `/webhooks/${hook.id}/deliveries`, undefined, agentKey)).status).toBe(403);
    expect((await request('POST', `/webhooks/${hook.id}/rotate-secret`, undefined, agentKey)).status).toBe(403);

    await ensureTenant(db, { id: `${TENANT}-other`, name: 'Other' });
    const otherAdmin = (await createApiKey(db, { tenantId: `${TENANT}-other`, role: 'admin' })).key;
    expect((await request('GET', '/webhooks', undefined, otherAdmin)).body.items).toEqual([]);
    expect((await request('GET', `/webhooks/${hook.id}`, undefined, otherAdmin)).status).toBe(404);
    expect((await request('GET', `/webhooks/${hook.id}/deliveries`, undefined, otherAdmin)).status).toBe(404);
    expect((await request('DELETE', `/webhooks/${hook.id}`, undefined, otherAdmin)).status).toBe(404);
    // Another tenant's changes never reach this tenant's endpoint.
    const otherTicket = await rapport.app.request('/v1/tickets', {
      method: 'POST',
      headers: { Authorization: `Bearer ${otherAdmin}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ subject: 'Theirs', description: 'Theirs', channel: 'web' }),
    });
    expect(otherTicket.status).toBe(201);
    await worker.runOnce();
    expect(hits()).toHaveLength(0);
  });

  it('signs with the old and the new secret for a day after a rotation', async () => {
    const created = await api('POST', '/webhooks', { url: `${receiverUrl}${path}`, events: ['tickets.created'] });
    const rotated = await api('POST', `/webhooks/${created.id}/rotate-secret`);
    expect(rotated.secret).not.toBe(created.secret);
    await newTicket();
    await worker.runOnce();
    await worker.runOnce();
    const [hit] = hits();
    const signature = String(hit!.headers['rapport-signature']);
    expect(verifyWebhookSignature(hit!.body, signature, created.secret, { now: clock.getTime() })).toBe(true);
    expect(verifyWebhookSignature(hit!.body, signature, rotated.secret, { now: clock.getTime() })).toBe(true);

    clock = new Date(clock.getTime() + 25 * 3_600_000);
    await newTicket();
    await worker.runOnce();
    await worker.runOnce();
    expect(hits(), JSON.stringify(await deliveries(created.id))).toHaveLength(2);
    const later = hits()[1]!;
    const laterSignature = String(later.headers['rapport-signature']);
    expect(verifyWebhookSignature(later.body, laterSignature, created.secret, { now: clock.getTime() })).toBe(false);
    expect(verifyWebhookSignature(later.body, laterSignature, rotated.secret, { now: clock.getTime() })).toBe(true);
  });

  it('lets an admin change, disable and remove an endpoint', async () => {
    const hook = await api('POST', '/webhooks', { url: `${receiverUrl}${path}`, events: ['tickets.created'] });
    expect(await api('PATCH', `/webhooks/${hook.id}`, { events: ['tickets.created', 'contacts.*'] })).toMatchObject({ events: ['tickets.created', 'contacts.*'] });
    const contact = await api('POST', '/contacts', { name: 'Ada' });
    await api('DELETE', `/contacts/${contact.id}`);
    await worker.runOnce();
    await worker.runOnce();
    expect(hits().map((hit) => JSON.parse(hit.body).type)).toEqual(expect.arrayContaining(['contacts.created', 'contacts.removed']));
    expect(hits()).toHaveLength(2);

    expect(await api('PATCH', `/webhooks/${hook.id}`, { enabled: false })).toMatchObject({ enabled: false });
    await newTicket();
    await worker.runOnce();
    expect(hits()).toHaveLength(2); // a disabled endpoint gets nothing queued
    expect((await request('PATCH', `/webhooks/${hook.id}`, { url: 'https://10.0.0.1/' })).status).toBe(400);
    expect((await request('DELETE', `/webhooks/${hook.id}`)).status).toBe(204);
    expect((await request('GET', `/webhooks/${hook.id}`)).status).toBe(404);
  });

  it('caps the endpoints of a tenant, since each change goes to every one', async () => {
    for (let i = 0; i < 50; i++) await api('POST', '/webhooks', { url: `https://erp${i}.example.com/hook`, events: ['*'] });
    const refused = await request('POST', '/webhooks', { url: 'https://one-more.example.com/hook', events: ['*'] });
    expect(refused.status).toBe(400);
    expect(refused.body.issues[0].message).toMatch(/at most 50/);
  });
});
