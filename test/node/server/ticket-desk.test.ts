import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findTenant, signCustomerToken } from '@rapport/server';
import { call, type Answer, type CallOptions } from './http.js';
import { startTestServer, type TestServer } from './test-server.js';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 120_000 });

// A ticket's number (#1042) is the server's to give, once per ticket and tenant; the desk's
// search finds a ticket by it, by its messages and by its requester's name or email; each
// member of the desk keeps their own saved views.

let server: TestServer;
let admin: string;
let agent: string;
let otherAgent: string;
let other: string;
let publicKey: string;
let customer: string;
let tillNumber = 0;

const api = (method: string, path: string, options?: CallOptions): Promise<Answer> => call(server.url, method, path, options);
const ticket = (subject: string, extra: Record<string, unknown> = {}) => ({ subject, description: 'The till will not start', channel: 'web', ...extra });

async function create(path: string, token: string, body: unknown): Promise<any> {
  const answer = await api('POST', path, { token, body });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body;
}

async function search(token: string, q: string): Promise<string[]> {
  const answer = await api('GET', `/v1/tickets?q=${encodeURIComponent(q)}`, { token });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.items.map((item: { subject: string }) => item.subject).sort();
}

beforeAll(async () => {
  server = await startTestServer();
  [admin, agent, otherAgent, other, publicKey] = await Promise.all([
    server.keyFor('numbers', 'admin'),
    server.keyFor('numbers', 'agent'),
    server.keyFor('numbers', 'agent'),
    server.keyFor('other-desk', 'admin'),
    server.keyFor('numbers', 'public'),
  ]);
  const secret = (await findTenant(server.server.database, 'numbers'))?.customerTokenSecret ?? '';
  customer = signCustomerToken({ tenantId: 'numbers', contactId: 'c-wang', exp: Math.floor(Date.now() / 1000) + 3600 }, secret);
});
afterAll(() => server?.stop());

describe('ticket numbers', () => {
  it('concurrent creates each get their own number, counted per tenant from 1', async () => {
    const created = await Promise.all(Array.from({ length: 12 }, (_, index) => create('/v1/tickets', admin, ticket(`Concurrent ${index}`))));
    expect(created.map((record) => record.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, index) => index + 1));
    expect((await create('/v1/tickets', other, ticket('Another desk'))).number).toBe(1);
  });

  it('a caller can neither choose a number nor change or remove one', async () => {
    const created = await create('/v1/tickets', admin, ticket('Chosen number', { number: 5 }));
    expect(created.number).toBeGreaterThan(12);
    const changed = await api('PATCH', `/v1/tickets/${created.id}`, { token: admin, body: { number: 1, subject: 'Renamed' }, headers: { 'If-Match': '"1"' } });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ subject: 'Renamed', number: created.number });
    const removed = await api('PATCH', `/v1/tickets/${created.id}`, { token: admin, body: { number: null }, headers: { 'If-Match': '"2"' } });
    expect(removed.body.number).toBe(created.number);
  });

  it('a public page learns the number of the request it sent', async () => {
    const sent = await create('/v1/tickets', publicKey, ticket('From the shop', { requesterEmail: 'li@example.com', requesterName: 'Li' }));
    expect(sent.number).toEqual(expect.any(Number));
    expect(sent).not.toHaveProperty('accountId');
  });

  it('tickets created by external id are numbered too', async () => {
    const answer = await api('POST', '/v1/tickets/bulk', { token: admin, body: { records: [ticket('Imported A', { externalId: 'x-1' }), ticket('Imported B', { externalId: 'x-2' })] } });
    expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
    const listed = await api('GET', `/v1/tickets?where=${encodeURIComponent(JSON.stringify({ externalId: { in: ['x-1', 'x-2'] } }))}`, { token: admin });
    const numbers = listed.body.items.map((item: { number: number }) => item.number);
    expect(new Set(numbers).size).toBe(2);
    expect(numbers.every((n: unknown) => typeof n === 'number' && n > 12)).toBe(true);
  });
});

describe('ticket search', () => {
  beforeAll(async () => {
    expect((await api('PUT', '/v1/contacts/c-wang', { token: admin, body: { name: '王芳', channels: [{ kind: 'email', value: 'wang.fang@example.cn' }] }, headers: { 'If-None-Match': '*' } })).status).toBe(201);
    const till = await create('/v1/tickets', admin, ticket('Till is dead', { requesterId: 'c-wang' }));
    const printer = await create('/v1/tickets', admin, ticket('Printer jams'));
    await create('/v1/ticketMessages', admin, { ticketId: till.id, authorKind: 'agent', visibility: 'public', body: 'Please send the serial number from the sticker' });
    await create('/v1/ticketMessages', admin, { ticketId: printer.id, authorKind: 'agent', visibility: 'internal', body: 'Vendor owes us a sticker refund' });
    tillNumber = till.number;
  });

  it('finds a ticket by the text of its messages, internal notes included for staff', async () => {
    expect(await search(agent, 'serial number')).toEqual(['Till is dead']);
    expect(await search(agent, 'STICKER')).toEqual(['Printer jams', 'Till is dead']);
  });

  it("finds a ticket by its requester contact's name or email", async () => {
    expect(await search(agent, '王芳')).toEqual(['Till is dead']);
    expect(await search(agent, 'wang.fang@')).toEqual(['Till is dead']);
  });

  it('finds a ticket by its number', async () => {
    expect(await search(agent, String(tillNumber))).toContain('Till is dead');
  });

  it("a customer's search reads only the public side of their own tickets", async () => {
    expect(await search(customer, 'sticker')).toEqual(['Till is dead']);
    expect(await search(customer, 'refund')).toEqual([]);
    expect(await search(customer, 'printer')).toEqual([]);
  });
});

describe('saved views', () => {
  const view = { name: 'Urgent, mine', collection: 'tickets', filter: { status: 'unresolved', priority: 'urgent', assignee: null }, sort: { key: 'sla', direction: 'ascending' } };

  it('are their creator’s alone: others neither see, change nor remove them, and none can be handed over', async () => {
    const mine = await create('/v1/savedViews', agent, { ...view, ownerId: 'someone-else' });
    expect(mine.ownerId).not.toBe('someone-else');
    const listed = async (token: string) => (await api('GET', '/v1/savedViews', { token })).body.items.map((item: { name: string }) => item.name);
    expect(await listed(agent)).toEqual(['Urgent, mine']);
    expect(await listed(otherAgent)).toEqual([]);
    expect(await listed(admin)).toEqual([]);
    expect((await api('GET', `/v1/savedViews/${mine.id}`, { token: otherAgent })).status).toBe(404);
    expect((await api('PATCH', `/v1/savedViews/${mine.id}`, { token: otherAgent, body: { name: 'Taken' }, headers: { 'If-Match': '"1"' } })).status).toBe(404);
    expect((await api('DELETE', `/v1/savedViews/${mine.id}`, { token: admin })).status).toBe(404);
    const renamed = await api('PATCH', `/v1/savedViews/${mine.id}`, { token: agent, body: { name: 'Urgent', ownerId: 'key:other' }, headers: { 'If-Match': '"1"' } });
    expect(renamed.body).toMatchObject({ name: 'Urgent', ownerId: mine.ownerId });
    expect(await listed(agent)).toEqual(['Urgent']);
  });

  it('refuses a view that is not one, naming the field', async () => {
    const answer = await api('POST', '/v1/savedViews', { token: agent, body: { ...view, filter: { status: 42 } } });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toContain('filter');
  });
});
