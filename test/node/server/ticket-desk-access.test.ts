import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRestAdapter } from '@rapport/adapter-rest';
import type { PresenceMember } from '@rapport/core';
import { findTenant, signCustomerToken } from '@rapport/server';
import { DEFAULT_ACCEPTED_TYPES, parseAcceptedTypes } from '../../../packages/elements/src/ticket-widget/attachment-policy.js';
import { ACCEPTED_ATTACHMENT_TYPES } from '../../../packages/server/src/access/attachment-rules.js';
import { call, type Answer, type CallOptions } from './http.js';
import { startTestServer, type TestServer } from './test-server.js';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 120_000 });

// The ticket desk's records: attachments on tickets and replies (a customer attaches only to their
// own tickets, a public page only to the ticket it sends, and neither may store a file other than
// what it says it is), and canned replies (staff read them, agents and admins write them).

let server: TestServer;
let admin: string;
let agent: string;
let sales: string;
let otherTenantAgent: string;
let publicKey: string;
let customer: string;
const tickets = { ada: '', bob: '' };

const api = (method: string, path: string, options?: CallOptions): Promise<Answer> => call(server.url, method, path, options);
const png = { name: 'damage.png', type: 'image/png', size: 5, url: `data:image/png;base64,${Buffer.from('photo').toString('base64')}` };
const reply = (ticketId: string, attachments: unknown[]) => ({ ticketId, authorKind: 'customer', body: 'See the attached file', attachments });

beforeAll(async () => {
  server = await startTestServer();
  const roles = [['acme', 'admin'], ['acme', 'agent'], ['acme', 'sales'], ['globex', 'agent'], ['acme', 'public']] as const;
  [admin, agent, sales, otherTenantAgent, publicKey] = (await Promise.all(roles.map(([tenant, role]) => server.keyFor(tenant, role)))) as [string, string, string, string, string];
  const secret = (await findTenant(server.server.database, 'acme'))?.customerTokenSecret ?? '';
  customer = signCustomerToken({ tenantId: 'acme', contactId: 'c-ada', exp: Math.floor(Date.now() / 1000) + 3600 }, secret);
  for (const [key, requesterId] of [['ada', 'c-ada'], ['bob', 'c-bob']] as const) {
    const answer = await api('POST', '/v1/tickets', { token: admin, body: { subject: `${key}'s parcel`, description: 'Broken', channel: 'web', requesterId } });
    tickets[key] = answer.body.id;
  }
});
afterAll(() => server?.stop());

describe('reply attachments', () => {
  it('accepts the types the ticket widget accepts by default', () => {
    expect(ACCEPTED_ATTACHMENT_TYPES).toEqual(parseAcceptedTypes(DEFAULT_ACCEPTED_TYPES));
  });

  it('lets a customer attach a file to a reply on their own ticket, which agents of the tenant read', async () => {
    const sent = await api('POST', '/v1/ticketMessages', { token: customer, body: reply(tickets.ada, [png]) });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    const read = await api('GET', `/v1/ticketMessages/${sent.body.id}`, { token: agent });
    expect(read.body.attachments).toEqual([png]);
    expect((await api('GET', `/v1/ticketMessages/${sent.body.id}`, { token: otherTenantAgent })).status).toBe(404);
  });

  it("refuses a customer's attachment to someone else's ticket, storing nothing", async () => {
    const sent = await api('POST', '/v1/ticketMessages', { token: customer, body: reply(tickets.bob, [png]) });
    expect(sent.status).toBe(404);
    const thread = await api('GET', `/v1/ticketMessages?where=${encodeURIComponent(JSON.stringify({ ticketId: tickets.bob }))}`, { token: admin });
    expect(thread.body.total).toBe(0);
  });

  it('gives a public page no way to attach to an existing ticket', async () => {
    expect((await api('POST', '/v1/ticketMessages', { token: publicKey, body: reply(tickets.ada, [png]) })).status).toBe(403);
    expect((await api('PATCH', `/v1/tickets/${tickets.ada}`, { token: publicKey, body: { attachments: [png] }, headers: { 'If-Match': '"1"' } })).status).toBe(403);
  });

  it('refuses, naming the field, a file of a type not accepted or not what it says it is', async () => {
    const cases: Array<[unknown, string]> = [
      [{ name: 'page.html', type: 'text/html', size: 8, url: `data:text/html;base64,${Buffer.from('<script>').toString('base64')}` }, 'attachments.0.type'],
      [{ ...png, url: `data:text/html;base64,${Buffer.from('photo').toString('base64')}` }, 'attachments.0.url'],
      [{ ...png, size: 4 }, 'attachments.0.size'],
      [{ ...png, url: 'https://elsewhere.example/damage.png' }, 'attachments.0.url'],
      [{ ...png, url: 'data:image/png;base64,not base64!' }, 'attachments.0.url'],
    ];
    for (const [attachment, path] of cases) {
      const answer = await api('POST', '/v1/ticketMessages', { token: customer, body: reply(tickets.ada, [attachment]) });
      expect([answer.status, answer.body.issues?.map((issue: { path: string[] }) => issue.path.join('.'))], path).toEqual([400, [path]]);
    }
    const fromPage = { subject: 'Help', description: 'Broken', channel: 'web', requesterEmail: 'carol@example.com' };
    const page = await api('POST', '/v1/tickets', { token: publicKey, body: { ...fromPage, attachments: [cases[0]![0]] } });
    expect(page.status).toBe(400);
    expect((await api('POST', '/v1/tickets', { token: publicKey, body: { ...fromPage, attachments: [png] } })).status).toBe(201);
  });
});

describe('canned replies', () => {
  it('are written by agents and admins, read by all staff of the tenant, and by no customer or public page', async () => {
    const made = await api('POST', '/v1/cannedReplies', { token: agent, body: { title: 'Refund sent', body: 'Hi {{requester.firstName}}, the refund is on its way.' } });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const edited = await api('PATCH', `/v1/cannedReplies/${made.body.id}`, { token: admin, body: { title: 'Refund on its way' }, headers: { 'If-Match': '"1"' } });
    expect(edited.status).toBe(200);
    const listed = await api('GET', '/v1/cannedReplies?sort=title', { token: sales });
    expect(listed.body.items.map((reply: { title: string }) => reply.title)).toEqual(['Refund on its way']);
    expect((await api('POST', '/v1/cannedReplies', { token: sales, body: { title: 'Mine', body: 'Text' } })).status).toBe(403);
    expect((await api('DELETE', `/v1/cannedReplies/${made.body.id}`, { token: sales })).status).toBe(403);
    for (const token of [customer, publicKey]) {
      expect((await api('GET', '/v1/cannedReplies', { token })).status).toBe(403);
      expect((await api('POST', '/v1/cannedReplies', { token, body: { title: 'Mine', body: 'Text' } })).status).toBe(403);
    }
    expect((await api('GET', `/v1/cannedReplies/${made.body.id}`, { token: otherTenantAgent })).status).toBe(404);
    expect((await api('DELETE', `/v1/cannedReplies/${made.body.id}`, { token: agent, headers: { 'If-Match': '"2"' } })).status).toBe(204);
  });

  it('refuses a canned reply without a title, naming the field', async () => {
    const answer = await api('POST', '/v1/cannedReplies', { token: agent, body: { title: ' ', body: 'Text' } });
    expect([answer.status, answer.body.issues?.[0]?.path]).toEqual([400, ['title']]);
  });
});

describe('ticket categories', () => {
  it('are written by admins, read by staff, and offered to customers and public pages only while active', async () => {
    const category = (key: string, active: boolean) => ({ key, label: { en: key, 'zh-Hans': key }, active });
    expect((await api('POST', '/v1/ticketCategories', { token: admin, body: category('order', true) })).status).toBe(201);
    expect((await api('POST', '/v1/ticketCategories', { token: admin, body: category('fax', false) })).status).toBe(201);
    expect((await api('POST', '/v1/ticketCategories', { token: agent, body: category('mine', true) })).status).toBe(403);
    expect((await api('GET', '/v1/ticketCategories', { token: agent })).body.total).toBe(2);
    for (const token of [customer, publicKey]) {
      const listed = await api('GET', '/v1/ticketCategories', { token });
      expect(listed.body.items.map((item: { key: string }) => item.key)).toEqual(['order']);
      expect((await api('POST', '/v1/ticketCategories', { token, body: category('x', true) })).status).toBe(403);
    }
    expect((await api('GET', '/v1/ticketCategories', { token: otherTenantAgent })).body.total).toBe(0);
  });
});

describe('presence', () => {
  /** What `adapter` last heard of the others on `topic`, as names (typing marked). */
  function joined(token: string, userId: string, name: string, topic = 'tickets/t-1') {
    const heard: string[][] = [];
    const adapter = createRestAdapter({ baseUrl: server.url, token });
    const session = adapter.presence({ topic, userId, name, onChange: (others: readonly PresenceMember[]) => heard.push(others.map((other) => `${other.name}${other.typing ? ' typing' : ''}`)) });
    return { session, last: () => heard.at(-1) ?? [] };
  }
  const until = async (check: () => boolean, what: string) => {
    for (let waited = 0; !check(); waited += 20) {
      if (waited > 10_000) throw new Error(`never: ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  it('tells the agents of a tenant who else has a ticket open and who is typing, and no one of another tenant', async () => {
    const emma = joined(agent, 'u-emma', 'Emma');
    const lin = joined(admin, 'u-lin', 'Lin');
    const stranger = joined(otherTenantAgent, 'u-zed', 'Zed');
    await until(() => emma.last().join() === 'Lin', 'Emma saw Lin');
    await until(() => lin.last().join() === 'Emma', 'Lin saw Emma');
    lin.session.setTyping(true);
    await until(() => emma.last().join() === 'Lin typing', 'Emma saw Lin typing');
    lin.session.leave();
    await until(() => emma.last().length === 0, 'Emma saw Lin leave');
    expect(stranger.last()).toEqual([]);
    emma.session.leave();
    stranger.session.leave();
  });

  it('is for staff who read tickets only, and checks what it is told', async () => {
    const body = { topic: 'tickets/t-1', userId: 'u-x', typing: false };
    for (const token of [customer, publicKey]) expect((await api('PUT', '/v1/presence/session-0001', { token, body })).status).toBe(403);
    expect((await api('PUT', '/v1/presence/session-0001', { token: agent, body })).status).toBe(204);
    const bad = await api('PUT', '/v1/presence/session-0001', { token: agent, body: { topic: 'contacts/c-1', userId: '', typing: 'yes' } });
    expect([bad.status, bad.body.issues.map((issue: { path: string[] }) => issue.path.join('.'))]).toEqual([400, ['topic', 'userId', 'typing']]);
    expect((await api('DELETE', '/v1/presence/session-0001', { token: agent })).status).toBe(204);
  });
});
