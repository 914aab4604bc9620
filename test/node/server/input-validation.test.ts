import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as fc from 'fast-check';
import { entityNames } from '@rapport/core';
import { call, type Answer, type CallOptions } from './http.js';
import { startTestServer, type TestServer } from './test-server.js';

// Servers start and requests travel over loopback: give them time on a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 120_000 });

// Whatever arrives, the server answers with a typed 4xx and changes nothing: malformed JSON,
// wrong types, oversize bodies, floods, unstorable text, and arbitrary generated requests.

const MAX_BODY = 4096;
const PUBLIC_REQUESTS_PER_MINUTE = 5;

let server: TestServer;
let admin: string;
let publicKey: string;

const api = (method: string, path: string, options?: CallOptions): Promise<Answer> => call(server.url, method, path, options);
const contactCount = async () => (await api('GET', '/v1/contacts?limit=1', { token: admin })).body.total as number;

beforeAll(async () => {
  server = await startTestServer({ maxBodyBytes: MAX_BODY, publicRateLimit: { requests: PUBLIC_REQUESTS_PER_MINUTE, windowMs: 60_000 } });
  [admin, publicKey] = await Promise.all([server.keyFor('acme', 'admin'), server.keyFor('acme', 'public')]);
});
afterAll(() => server?.stop());

describe('malformed requests', () => {
  it('answers bad JSON, wrong types and unstorable text with 400 and field issues, storing nothing', async () => {
    const before = await contactCount();
    const badJson = await api('POST', '/v1/contacts', { token: admin, rawBody: '{"name": "Ada",' });
    expect([badJson.status, badJson.body.kind, badJson.body.issues[0].code]).toEqual([400, 'validation', 'invalid_format']);
    const wrongType = await api('POST', '/v1/contacts', { token: admin, body: { name: 42, channels: [{ kind: 'email', value: 'not-an-email' }] } });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.issues.map((issue: { path: unknown[] }) => issue.path)).toEqual([['name'], ['channels', 0, 'value']]);
    const notAnObject = await api('POST', '/v1/contacts', { token: admin, body: ['Ada'] });
    expect([notAnObject.status, notAnObject.body.issues[0].code]).toEqual([400, 'invalid_type']);
    const nul = await api('POST', '/v1/contacts', { token: admin, body: { name: 'Ada\u0000Lovelace' } });
    expect([nul.status, nul.body.issues[0].path]).toEqual([400, ['name']]);
    const loneSurrogate = await api('POST', '/v1/contacts', { token: admin, rawBody: '{"name": "Ada \\ud800"}' });
    expect([loneSurrogate.status, loneSurrogate.body.issues[0].path]).toEqual([400, ['name']]);
    const notJson = await api('POST', '/v1/contacts', { token: admin, rawBody: 'name=Ada', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(notJson.status).toBe(400);
    expect(await contactCount()).toBe(before);
  });

  it('answers an oversize body with 413, whether or not it announces its length', async () => {
    const before = await contactCount();
    const huge = { name: 'Ada', customFields: { notes: 'x'.repeat(MAX_BODY) } };
    const announced = await api('POST', '/v1/contacts', { token: admin, body: huge });
    expect([announced.status, announced.body.kind]).toEqual([413, 'validation']);
    const bytes = new TextEncoder().encode(JSON.stringify(huge));
    const streamed = await fetch(`${server.url}/v1/contacts`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/json' },
      body: new ReadableStream({
        start(controller) {
          for (let offset = 0; offset < bytes.length; offset += 1000) controller.enqueue(bytes.slice(offset, offset + 1000));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await contactCount()).toBe(before);
  });

  it('requires the version preconditions that make writes safe', async () => {
    const created = await api('POST', '/v1/contacts', { token: admin, body: { name: 'Versioned' } });
    const path = `/v1/contacts/${created.body.id}`;
    expect((await api('PATCH', path, { token: admin, body: { title: 'CTO' } })).status).toBe(428);
    expect((await api('PATCH', path, { token: admin, body: { title: 'CTO' }, headers: { 'If-Match': 'yesterday' } })).status).toBe(400);
    expect((await api('PUT', path, { token: admin, body: { name: 'Replaced' } })).status).toBe(428);
    expect((await api('DELETE', path, { token: admin, headers: { 'If-Match': '"7"' } })).status).toBe(412);
    expect((await api('DELETE', path, { token: admin, headers: { 'If-Match': '"99999999999"' } })).status).toBe(400);
    const unchanged = await api('GET', path, { token: admin });
    expect([unchanged.body.name, unchanged.body.version, unchanged.headers.get('ETag')]).toEqual(['Versioned', 1, '"1"']);
  });

  it('reports unstorable text in a list query where it is', async () => {
    const where = encodeURIComponent(JSON.stringify({ name: { contains: 'north\u0000' } }));
    const filtered = await api('GET', `/v1/contacts?where=${where}`, { token: admin });
    expect([filtered.status, filtered.body.issues[0].path]).toEqual([400, ['where', 'name', 'contains']]);
    const sorted = await api('GET', `/v1/contacts?sort=${encodeURIComponent('name\u0000x')}`, { token: admin });
    expect([sorted.status, sorted.body.issues[0].path]).toEqual([400, ['sort', 'name\u0000x']]);
    // A cursor is opaque, but a forged one must fail as cleanly as a stale one.
    const forged = Buffer.from(JSON.stringify({ s: 'createdAt:asc,id:asc', v: ['2025\u0000', 'x'] })).toString('base64url');
    const paged = await api('GET', `/v1/contacts?cursor=${forged}`, { token: admin });
    expect([paged.status, paged.body.issues[0].path]).toEqual([400, ['cursor', 0]]);
    const huge = Buffer.from(JSON.stringify({ s: 'version:asc,id:asc', v: [1e20, 'x'] })).toString('base64url');
    expect((await api('GET', `/v1/contacts?sort=version&cursor=${huge}`, { token: admin })).status).toBe(200);
  });

  it('knows only the CRM collections', async () => {
    const answer = await api('GET', '/v1/employees', { token: admin });
    expect([answer.status, answer.body.kind]).toEqual([404, 'not-found']);
  });
});

describe('floods', () => {
  it('limit what a public key may send per minute with 429 and Retry-After, storing only what was allowed', async () => {
    const ticket = { subject: 'Help', description: 'Please call me', channel: 'web', requesterEmail: 'flood@example.com' };
    const answers = await Promise.all(Array.from({ length: PUBLIC_REQUESTS_PER_MINUTE * 3 }, () => api('POST', '/v1/tickets', { token: publicKey, body: ticket })));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(PUBLIC_REQUESTS_PER_MINUTE);
    const refused = answers.filter((answer) => answer.status === 429);
    expect(refused).toHaveLength(PUBLIC_REQUESTS_PER_MINUTE * 2);
    expect(Number(refused[0]?.headers.get('Retry-After'))).toBeGreaterThan(0);
    const stored = await api('GET', '/v1/tickets?limit=500', { token: admin });
    expect(stored.body.items.filter((ticket: { requesterEmail?: string }) => ticket.requesterEmail === 'flood@example.com')).toHaveLength(PUBLIC_REQUESTS_PER_MINUTE);
  });
});

describe('generated requests', () => {
  const collection = fc.oneof(fc.constantFrom(...entityNames), fc.string({ maxLength: 12 }));
  /** Path segments from arbitrary bytes: invalid UTF-8, NUL and slashes included. */
  const segment = fc.uint8Array({ minLength: 1, maxLength: 12 }).map((bytes) => Array.from(bytes, (byte) => `%${byte.toString(16).padStart(2, '0')}`).join(''));
  const header = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 30 });
  const body = fc.oneof(fc.jsonValue().map((value) => JSON.stringify(value)), fc.string({ unit: 'binary', maxLength: 200 }));

  it('never make the server fail: every answer is a success or a typed 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE'),
        collection,
        fc.option(segment, { nil: undefined }),
        fc.dictionary(fc.constantFrom('where', 'sort', 'limit', 'cursor', 'collection'), fc.string({ unit: 'binary', maxLength: 40 }), { maxKeys: 3 }),
        fc.record({ 'If-Match': header, 'If-None-Match': header, 'Idempotency-Key': header }, { requiredKeys: [] }),
        body,
        async (method, name, id, query, headers, rawBody) => {
          const path = `/v1/${encodeURIComponent(name)}${id === undefined ? '' : `/${id}`}?${new URLSearchParams(query)}`;
          const answer = await api(method, path, { token: admin, headers, ...(method === 'GET' || method === 'DELETE' ? {} : { rawBody }) });
          expect(answer.status, `${method} ${path} ${rawBody}`).toBeLessThan(500);
          if (answer.status >= 400) expect(['validation', 'not-found', 'conflict', 'permission']).toContain(answer.body.kind);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never make the server fail with bodies shaped like records', async () => {
    const fieldValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.string({ unit: 'binary', maxLength: 30 }));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...entityNames), fc.dictionary(fc.constantFrom('name', 'title', 'subject', 'tags', 'customFields', 'channels', 'amount', 'answers', 'questions', 'stages', 'status', '__proto__'), fieldValue), async (name, fields) => {
        const created = await api('POST', `/v1/${name}`, { token: admin, rawBody: JSON.stringify(fields) });
        expect(created.status, JSON.stringify(fields)).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
  });
});
