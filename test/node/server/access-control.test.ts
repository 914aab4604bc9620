import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findTenant, signCustomerToken } from '@rapport/server';
import { call, type Answer, type CallOptions } from './http.js';
import { startTestServer, type TestServer } from './test-server.js';

// Servers start and requests travel over loopback: give them time on a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 120_000 });

// Who may see and change what: tenants never meet, roles see their own collections, a public
// key only submits and reads what any page may show, a customer token sees one contact's
// tickets and never an internal note.

let server: TestServer;
let adminA: string;
let adminB: string;
let agentA: string;
let salesA: string;
let publicA: string;
let customer: string;
let secretA: string;
const ids = { ownTicket: '', otherTicket: '', reply: '', note: '', otherReply: '', publishedArticle: '', draftArticle: '', survey: '' };

const api = (method: string, path: string, options?: CallOptions): Promise<Answer> => call(server.url, method, path, options);

async function created(path: string, token: string, body: unknown): Promise<string> {
  const answer = await api('POST', path, { token, body });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body.id;
}

const ticket = (requesterId: string, subject: string) => ({ subject, description: 'The invoice total looks wrong', channel: 'web', requesterId });
const message = (ticketId: string, visibility: 'public' | 'internal', body: string) => ({ ticketId, authorKind: 'agent', visibility, body });

beforeAll(async () => {
  server = await startTestServer();
  [adminA, adminB, agentA, salesA, publicA] = await Promise.all([
    server.keyFor('acme', 'admin'),
    server.keyFor('globex', 'admin'),
    server.keyFor('acme', 'agent'),
    server.keyFor('acme', 'sales'),
    server.keyFor('acme', 'public'),
  ]);
  secretA = (await findTenant(server.server.database, 'acme'))?.customerTokenSecret ?? '';
  customer = signCustomerToken({ tenantId: 'acme', contactId: 'c-ada', exp: Math.floor(Date.now() / 1000) + 3600 }, secretA);
  for (const [id, name, accountId] of [['c-ada', 'Ada', 'a-gold'], ['c-bob', 'Bob', undefined]]) {
    expect((await api('PUT', `/v1/contacts/${id}`, { token: adminA, body: { name, accountId }, headers: { 'If-None-Match': '*' } })).status).toBe(201);
  }
  ids.ownTicket = await created('/v1/tickets', adminA, ticket('c-ada', 'Ada’s invoice'));
  ids.otherTicket = await created('/v1/tickets', adminA, ticket('c-bob', 'Bob’s invoice'));
  ids.reply = await created('/v1/ticketMessages', adminA, message(ids.ownTicket, 'public', 'We are looking into it'));
  ids.note = await created('/v1/ticketMessages', adminA, message(ids.ownTicket, 'internal', 'Customer is on a discount plan'));
  ids.otherReply = await created('/v1/ticketMessages', adminA, message(ids.otherTicket, 'public', 'Fixed for Bob'));
  ids.publishedArticle = await created('/v1/kbArticles', adminA, { title: 'Why is my invoice wrong?', body: 'Check the billing period.' });
  ids.draftArticle = await created('/v1/kbArticles', adminA, { title: 'Internal refund rules', body: 'Draft', published: false });
  ids.survey = await created('/v1/surveys', adminA, { title: 'How did we do?', questions: [{ id: 'nps', type: 'nps', label: 'Would you recommend us?' }] });
});
afterAll(() => server?.stop());

describe('tenants', () => {
  it("one tenant's key can neither read nor change another tenant's records", async () => {
    const path = `/v1/tickets/${ids.ownTicket}`;
    expect((await api('GET', path, { token: adminB })).status).toBe(404);
    expect((await api('PATCH', path, { token: adminB, body: { subject: 'Hijacked' }, headers: { 'If-Match': '"1"' } })).status).toBe(404);
    expect((await api('DELETE', path, { token: adminB })).status).toBe(404);
    const listed = await api('GET', '/v1/tickets', { token: adminB });
    expect(listed.body).toEqual({ items: [], nextCursor: null, total: 0 });
    const untouched = await api('GET', path, { token: adminA });
    expect([untouched.body.subject, untouched.body.version]).toEqual(['Ada’s invoice', 1]);
  });

  it('gives each tenant its own id space', async () => {
    const answer = await api('PUT', `/v1/tickets/${ids.ownTicket}`, { token: adminB, body: ticket('c-zed', 'Same id, other tenant'), headers: { 'If-None-Match': '*' } });
    expect([answer.status, answer.body.tenantId]).toEqual([201, 'globex']);
    expect((await api('GET', `/v1/tickets/${ids.ownTicket}`, { token: adminA })).body.subject).toBe('Ada’s invoice');
  });
});

describe('staff roles', () => {
  it('let agents work tickets and only read deals, and sales staff the reverse', async () => {
    const deal = { name: 'Renewal', pipelineId: 'p-1', stageId: 'lead', amount: 100, currency: 'CNY' };
    expect((await api('GET', '/v1/tickets', { token: agentA })).status).toBe(200);
    expect((await api('GET', '/v1/deals', { token: agentA })).status).toBe(200);
    expect((await api('POST', '/v1/deals', { token: agentA, body: deal })).status).toBe(403);
    expect((await api('POST', '/v1/deals', { token: salesA, body: deal })).status).toBe(201);
    expect((await api('GET', '/v1/tickets', { token: salesA })).status).toBe(200);
    expect((await api('POST', '/v1/tickets', { token: salesA, body: ticket('c-ada', 'From sales') })).status).toBe(403);
    // A ticket's thread holds internal notes: it stays the agents'.
    expect((await api('GET', `/v1/ticketMessages?where=${encodeURIComponent(JSON.stringify({ ticketId: ids.ownTicket }))}`, { token: salesA })).status).toBe(403);
    expect((await api('GET', '/v1/pipelines', { token: salesA })).status).toBe(200);
    const pipeline = { name: 'Sales', currency: 'CNY', stages: [{ id: 'lead', name: 'Lead', probability: 0.1 }] };
    const refused = await api('POST', '/v1/pipelines', { token: salesA, body: pipeline });
    expect([refused.status, refused.body.kind]).toEqual([403, 'permission']);
  });
});

describe('the team and the custom-field definitions', () => {
  const member = { name: '林静', email: 'lin.jing@example.cn', role: 'sales' };
  const field = { entity: 'contacts', key: 'wechatId', label: { en: 'WeChat ID', 'zh-Hans': '微信号' }, type: 'text' };

  it('are read by every staff role, by ids as a widget asks, and changed by an admin only', async () => {
    const memberId = await created('/v1/users', adminA, member);
    const fieldId = await created('/v1/fieldDefinitions', adminA, field);
    for (const token of [agentA, salesA]) {
      const where = encodeURIComponent(JSON.stringify({ id: { in: [memberId, 'u-nobody'] } }));
      const members = await api('GET', `/v1/users?where=${where}`, { token });
      expect([members.status, members.body.items.map((user: { name: string }) => user.name)]).toEqual([200, ['林静']]);
      expect((await api('GET', `/v1/fieldDefinitions/${fieldId}`, { token })).body.label['zh-Hans']).toBe('微信号');
      expect((await api('POST', '/v1/users', { token, body: { ...member, email: 'other@example.cn' } })).status).toBe(403);
      expect((await api('PATCH', `/v1/users/${memberId}`, { token, body: { role: 'admin' }, headers: { 'If-Match': '"1"' } })).status).toBe(403);
      expect((await api('PATCH', `/v1/fieldDefinitions/${fieldId}`, { token, body: { required: true }, headers: { 'If-Match': '"1"' } })).status).toBe(403);
    }
    const renamed = await api('PATCH', `/v1/users/${memberId}`, { token: adminA, body: { active: false }, headers: { 'If-Match': '"1"' } });
    expect([renamed.status, renamed.body.active]).toEqual([200, false]);
  });

  it('are never listed or read for a public key or a customer token', async () => {
    const memberId = await created('/v1/users', adminA, { ...member, email: 'second@example.cn' });
    for (const token of [publicA, customer]) {
      expect((await api('GET', '/v1/users', { token })).status).toBe(403);
      expect((await api('GET', `/v1/users/${memberId}`, { token })).status).toBe(403);
      expect((await api('GET', '/v1/fieldDefinitions', { token })).status).toBe(403);
      expect((await api('POST', '/v1/users', { token, body: member })).status).toBe(403);
    }
  });

  it('answer a bad member or definition with 400 naming the field', async () => {
    const badMember = await api('POST', '/v1/users', { token: adminA, body: { ...member, email: 'lin-at-example' } });
    expect([badMember.status, badMember.body.issues?.[0]?.path]).toEqual([400, ['email']]);
    const badField = await api('POST', '/v1/fieldDefinitions', { token: adminA, body: { ...field, type: 'select' } });
    expect([badField.status, badField.body.issues?.[0]?.path]).toEqual([400, ['options']]);
  });
});

describe("a customer's whole picture", () => {
  it('is readable by agents and sales staff alike, as the contact card shows it: orders and feedback too', async () => {
    for (const token of [agentA, salesA]) {
      for (const collection of ['orders', 'surveys', 'surveyResponses', 'activities', 'accounts', 'contacts']) {
        expect((await api('GET', `/v1/${collection}`, { token })).status, collection).toBe(200);
      }
      expect((await api('POST', '/v1/orders', { token, body: { contactId: 'c-ada', orderedAt: new Date().toISOString(), amount: 10, currency: 'CNY' } })).status).toBe(403);
    }
  });
});

describe('public key', () => {
  it('submits tickets and survey responses, but reads no tickets or contacts', async () => {
    const { requesterId: _none, ...fromPage } = ticket('c-carol', 'From the help page');
    const submitted = await api('POST', '/v1/tickets', { token: publicA, body: { ...fromPage, requesterEmail: 'carol@example.com', status: 'closed', assigneeId: 'u-1' } });
    expect(submitted.status).toBe(201);
    // Status and assignment are the staff's to set: a submission always starts as new and unassigned.
    expect([submitted.body.status, submitted.body.assigneeId]).toEqual(['new', undefined]);
    const response = await api('POST', '/v1/surveyResponses', { token: publicA, body: { surveyId: ids.survey, answers: { nps: 9 }, submittedAt: new Date().toISOString() } });
    expect(response.status).toBe(201);
    for (const path of ['/v1/tickets', `/v1/tickets/${submitted.body.id}`, '/v1/contacts', '/v1/surveyResponses']) {
      expect((await api('GET', path, { token: publicA })).status, path).toBe(403);
    }
    expect((await api('POST', '/v1/contacts', { token: publicA, body: { name: 'Mallory' } })).status).toBe(403);
  });

  it('reads published articles and surveys only', async () => {
    const articles = await api('GET', '/v1/kbArticles', { token: publicA });
    expect(articles.body.items.map((article: { id: string }) => article.id)).toEqual([ids.publishedArticle]);
    expect((await api('GET', `/v1/kbArticles/${ids.draftArticle}`, { token: publicA })).status).toBe(404);
    expect((await api('GET', `/v1/surveys/${ids.survey}`, { token: publicA })).status).toBe(200);
  });
});

describe('customer token', () => {
  it("sees only the customer's own tickets", async () => {
    const tickets = await api('GET', '/v1/tickets', { token: customer });
    expect(tickets.body.items.map((item: { id: string }) => item.id)).toEqual([ids.ownTicket]);
    expect((await api('GET', `/v1/tickets/${ids.otherTicket}`, { token: customer })).status).toBe(404);
    const filtered = await api('GET', `/v1/tickets?where=${encodeURIComponent(JSON.stringify({ requesterId: 'c-bob' }))}`, { token: customer });
    expect(filtered.body.total).toBe(0);
  });

  it('sees the public replies of its tickets and never an internal note', async () => {
    const thread = await api('GET', '/v1/ticketMessages', { token: customer });
    expect(thread.body.items.map((item: { id: string }) => item.id)).toEqual([ids.reply]);
    expect((await api('GET', `/v1/ticketMessages/${ids.note}`, { token: customer })).status).toBe(404);
    expect((await api('GET', `/v1/ticketMessages/${ids.otherReply}`, { token: customer })).status).toBe(404);
    const asked = await api('GET', `/v1/ticketMessages?where=${encodeURIComponent(JSON.stringify({ visibility: 'internal' }))}`, { token: customer });
    expect(asked.body.items).toEqual([]);
  });

  it('writes tickets and replies only as itself, and only publicly', async () => {
    const raised = await api('POST', '/v1/tickets', { token: customer, body: ticket('c-bob', 'Raised for someone else?') });
    expect([raised.status, raised.body.requesterId]).toEqual([201, 'c-ada']);
    const reply = await api('POST', '/v1/ticketMessages', { token: customer, body: { ...message(ids.ownTicket, 'internal', 'Thanks!'), authorKind: 'agent', authorId: 'u-lin' } });
    expect([reply.status, reply.body.visibility, reply.body.authorKind, reply.body.authorId]).toEqual([201, 'public', 'customer', 'c-ada']);
    const intruding = await api('POST', '/v1/ticketMessages', { token: customer, body: message(ids.otherTicket, 'public', 'Hello Bob') });
    expect(intruding.status).toBe(404);
    expect((await api('PATCH', `/v1/tickets/${ids.ownTicket}`, { token: customer, body: { status: 'closed' }, headers: { 'If-Match': '"1"' } })).status).toBe(403);
    expect((await api('DELETE', `/v1/tickets/${ids.ownTicket}`, { token: customer })).status).toBe(403);
  });

  it("files its tickets under the customer's own account, whatever the body says", async () => {
    const raised = await api('POST', '/v1/tickets', { token: customer, body: { ...ticket('c-ada', 'Which account?'), accountId: 'a-someone-else' } });
    expect([raised.status, raised.body.accountId]).toEqual([201, 'a-gold']);

  });

  it('reads its own contact record, and no other contact, and changes none', async () => {
    expect((await api('GET', '/v1/contacts/c-ada', { token: customer })).body.name).toBe('Ada');
    expect((await api('GET', '/v1/contacts/c-bob', { token: customer })).status).toBe(404);
    const listed = await api('GET', '/v1/contacts', { token: customer });
    expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual(['c-ada']);
    expect((await api('PATCH', '/v1/contacts/c-ada', { token: customer, body: { name: 'Eve' }, headers: { 'If-Match': '"1"' } })).status).toBe(403);
  });

  it('is refused when forged, expired, or claiming another tenant', async () => {
    const exp = Math.floor(Date.now() / 1000) + 3600;
    const forged = signCustomerToken({ tenantId: 'acme', contactId: 'c-ada', exp }, 'not the secret');
    const expired = signCustomerToken({ tenantId: 'acme', contactId: 'c-ada', exp: Math.floor(Date.now() / 1000) - 1 }, secretA);
    const elsewhere = signCustomerToken({ tenantId: 'globex', contactId: 'c-ada', exp }, secretA);
    const [payload, signature] = customer.split('.');
    const tampered = `${Buffer.from(JSON.stringify({ tenantId: 'acme', contactId: 'c-bob', exp })).toString('base64url')}.${signature}`;
    for (const token of [forged, expired, elsewhere, tampered, `${payload}.`, 'not-a-token', 'sk_unknown']) {
      const answer = await api('GET', '/v1/tickets', { token });
      expect([answer.status, answer.body.kind], token).toEqual([401, 'permission']);
      expect(answer.headers.get('WWW-Authenticate')).toBe('Bearer');
    }
    expect((await api('GET', '/v1/tickets')).status).toBe(401);
  });
});
