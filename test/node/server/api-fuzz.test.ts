import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { entityNames } from '@rapport/core';
import { findTenant, signCustomerToken } from '@rapport/server';
import { call } from './http.js';
import { startTestServer, type TestServer } from './test-server.js';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

// Random paths, headers, tokens, filters and bodies at every route, as every kind of caller of
// one tenant, while another tenant's records hold a marker: nothing may fail, nothing may leak.

const MARKER = 'globex-private-7f3a';
const LIMIT = { requests: 1_000_000, windowMs: 60_000 };

let server: TestServer;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer({ publicRateLimit: LIMIT, failedAuthRateLimit: LIMIT });
  for (const role of ['admin', 'agent', 'sales', 'public'] as const) tokens[role] = await server.keyFor('acme', role);
  const otherAdmin = await server.keyFor('globex', 'admin');
  const secret = (await findTenant(server.server.database, 'acme'))?.customerTokenSecret ?? '';
  tokens.customer = signCustomerToken({ tenantId: 'acme', contactId: 'c-1', exp: Math.floor(Date.now() / 1000) + 3600 }, secret);
  const other = { headers: { 'If-None-Match': '*' }, token: otherAdmin };
  await call(server.url, 'PUT', '/v1/contacts/c-1', { ...other, body: { name: MARKER } });
  await call(server.url, 'PUT', '/v1/tickets/t-1', { ...other, body: { subject: MARKER, description: MARKER, channel: 'web', requesterId: 'c-1' } });
  await call(server.url, 'PUT', '/v1/kbArticles/k-1', { ...other, body: { title: MARKER, body: MARKER } });
});
afterAll(() => server?.stop());

describe('the HTTP API under generated requests', () => {
  it('answers every route for every caller without a 5xx and without another tenant’s rows', async () => {
    const caller = fc.oneof(
      fc.constantFrom('admin', 'agent', 'sales', 'public', 'customer').map((role) => tokens[role]),
      // What a header can carry: visible ASCII.
      fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 60 }),
      fc.string({ unit: 'binary', maxLength: 40 }).map((claims) => `${Buffer.from(claims).toString('base64url')}.x`),
    );
    const segment = fc.oneof(fc.constantFrom('c-1', 't-1', 'k-1', 'x'), fc.uint8Array({ minLength: 1, maxLength: 8 }).map((bytes) => Array.from(bytes, (byte) => `%${byte.toString(16).padStart(2, '0')}`).join('')));
    const where = fc.oneof(
      fc.dictionary(fc.constantFrom('id', 'tenantId', 'requesterId', 'name', '__proto__', 'constructor', 'nope', 'customFields.x'), fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.record({ in: fc.array(fc.string()) }))).map((value) => JSON.stringify(value)),
      fc.string({ maxLength: 30 }),
    );
    const query = fc.record({ where, sort: fc.constantFrom('-createdAt', 'name', 'tenantId', '__proto__', ''), limit: fc.constantFrom('1', '500', '-1', 'x') }, { requiredKeys: [] });
    const headers = fc.record({ 'If-Match': fc.constantFrom('"1"', '*', 'x', '"99"'), 'If-None-Match': fc.constant('*'), 'Last-Event-ID': fc.constantFrom('0', '1', 'x') }, { requiredKeys: [] });
    const body = fc.oneof(
      fc.record({ name: fc.string(), subject: fc.string(), description: fc.string(), channel: fc.constant('web'), requesterId: fc.constant('c-1'), requesterEmail: fc.constant('a@b.co'), tenantId: fc.constant('globex'), title: fc.string(), body: fc.string() }, { requiredKeys: [] }).map((value) => JSON.stringify(value)),
      fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value)),
      fc.string({ unit: 'binary', maxLength: 60 }),
    );
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE'), fc.constantFrom(...entityNames, 'stream', 'openapi.json', 'nope', 'webhooks', 'automation/settings', 'automation/log'), fc.option(segment, { nil: undefined }), query, headers, body, caller, async (method, collection, id, search, extra, raw, token) => {
        const path = `/v1/${collection}${id === undefined ? '' : `/${id}`}?${new URLSearchParams(search)}`;
        // A stream that opens stays open: its first bytes are enough.
        if (collection === 'stream' && method === 'GET') return;
        sent += 1;
        const send = () => call(server.url, method, path, { token, headers: extra, ...(method === 'GET' || method === 'DELETE' ? {} : { rawBody: raw }) });
        // A kept-alive socket the server closed while idle resets once; the request is sent again on a new one.
        const answer = await send().catch(send).catch((error: unknown) => {
          throw new Error(`${method} ${path}: ${String(error)} ${String((error as { cause?: unknown }).cause)}`);
        });
        expect(answer.status, `${method} ${path} ${raw}`).toBeLessThan(500);
        expect(JSON.stringify(answer.body ?? '').includes(MARKER), `${method} ${path} leaked`).toBe(false);
      }),
      { numRuns: 400 },
    );
    console.log(`API fuzz: ${sent} requests, every route and caller, none failed or leaked`);
    expect(sent).toBeGreaterThan(300);
  });
});
