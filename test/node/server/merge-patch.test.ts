import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRestAdapter } from '@rapport/adapter-rest';
import * as z from 'zod/mini';
import { createCrmClient, entityNames } from '@rapport/core';
import { entities } from '@rapport/core/schema';
import { slaPausePatch } from '@rapport/core/domain';
import { call, type Answer, type CallOptions } from './http.js';
import { startTestServer, type TestServer } from './test-server.js';

// Servers start and requests travel over loopback: give them time on a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 120_000 });

// A PATCH is a JSON Merge Patch at the top level: `null` removes a field. That is how a patch
// member set to `undefined` in the SDK (which JSON cannot carry) removes the field over HTTP too.

let server: TestServer;
let admin: string;

const api = (method: string, path: string, options?: CallOptions): Promise<Answer> => call(server.url, method, path, options);

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.keyFor('acme', 'admin');
});
afterAll(() => server?.stop());

describe('PATCH as JSON Merge Patch', () => {
  it('can mean "remove" by null, since no entity field takes null as its value', () => {
    for (const name of entityNames) {
      for (const field of Object.keys(entities[name].update.shape)) {
        expect(z.safeParse(entities[name].update, { [field]: null }).success, `${name}.${field}`).toBe(false);
      }
    }
  });

  it('removes a field sent as null and changes the others', async () => {
    const created = await api('POST', '/v1/contacts', { token: admin, body: { name: 'Ada', title: 'Buyer', region: 'north' } });
    const patched = await api('PATCH', `/v1/contacts/${created.body.id}`, { token: admin, body: { title: null, region: 'west' }, headers: { 'If-Match': '"1"' } });
    expect(patched.status).toBe(200);
    expect([patched.body.version, patched.body.region, 'title' in patched.body]).toEqual([2, 'west', false]);
    expect('title' in (await api('GET', `/v1/contacts/${created.body.id}`, { token: admin })).body).toBe(false);
  });

  it('refuses to remove a field the entity requires, at its path, and changes nothing', async () => {
    const created = await api('POST', '/v1/contacts', { token: admin, body: { name: 'Required' } });
    const refused = await api('PATCH', `/v1/contacts/${created.body.id}`, { token: admin, body: { name: null }, headers: { 'If-Match': '"1"' } });
    expect([refused.status, refused.body.kind, refused.body.issues[0].path]).toEqual([400, 'validation', ['name']]);
    expect((await api('GET', `/v1/contacts/${created.body.id}`, { token: admin })).body).toMatchObject({ name: 'Required', version: 1 });
  });

  it('ends a ticket’s SLA pause through the SDK: pausedAt is removed, pausedMinutes kept', async () => {
    const client = createCrmClient({ adapter: createRestAdapter({ baseUrl: server.url, token: admin }) });
    const pausedAt = '2025-03-03T09:00:00.000Z';
    const ticket = await client.tickets.create({ subject: 'Invoice', description: 'The total looks wrong', channel: 'web', requesterId: 'c-ada', status: 'pending', pausedAt });
    const calendar = { timeZone: 'UTC', weeklyHours: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '18:00' })), holidays: [] };
    const resumed = slaPausePatch(ticket, 'open', new Date('2025-03-03T10:30:00.000Z'), { targets: [], calendar, escalation: [] });
    expect(resumed).toMatchObject({ pausedAt: undefined, pausedMinutes: 90 });
    const updated = await client.tickets.update(ticket.id, { status: 'open', ...resumed }, { expectedVersion: 1 });
    expect([updated.status, updated.pausedMinutes, 'pausedAt' in updated]).toEqual(['open', 90, false]);
    expect('pausedAt' in (await client.tickets.get(ticket.id))).toBe(false);
  });
});
