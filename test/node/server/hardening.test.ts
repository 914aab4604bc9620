import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findTenant, signCustomerToken } from '@rapport/server';
import { call, type Answer, type CallOptions } from './http.js';
import { startTestServer, type TestServer } from './test-server.js';

// Servers start and requests travel over loopback: give them time on a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 120_000 });

// What an attack from outside found: each case here was a defect once.

let server: TestServer;
let admin: string;
let publicKey: string;
let secret: string;

const api = (method: string, path: string, options?: CallOptions): Promise<Answer> => call(server.url, method, path, options);
const token = (claims: Record<string, unknown>) => `${Buffer.from(JSON.stringify(claims)).toString('base64url')}.signature`;
const inSeconds = (seconds: number) => Math.floor(Date.now() / 1000) + seconds;

beforeAll(async () => {
  server = await startTestServer({ failedAuthRateLimit: { requests: 10, windowMs: 60_000 }, maxCustomerTokenLifetimeMs: 2 * 3600_000 });
  [admin, publicKey] = await Promise.all([server.keyFor('acme', 'admin'), server.keyFor('acme', 'public')]);
  secret = (await findTenant(server.server.database, 'acme'))?.customerTokenSecret ?? '';
  for (const [id, name, accountId] of [['c-ada', 'Ada', 'a-gold']]) {
    expect((await api('PUT', `/v1/contacts/${id}`, { token: admin, body: { name, accountId }, headers: { 'If-None-Match': '*' } })).status).toBe(201);
  }
});
afterAll(() => server?.stop());

describe('malformed tokens', () => {
  it('answers a customer token whose ids hold NUL or lone surrogates with 401, reporting nothing unexpected', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      for (const claims of [
        { tenantId: 'ac\u0000me', contactId: 'c-ada', exp: inSeconds(60) },
        { tenantId: 'acme', contactId: 'c\u0000', exp: inSeconds(60) },
        { tenantId: '\uD800', contactId: 'c-ada', exp: inSeconds(60) },
      ]) {
        const answer = await api('GET', '/v1/tickets', { token: token(claims) });
        expect(answer.status, JSON.stringify(claims)).toBe(401);
      }
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });
});

describe('customer token lifetime', () => {
  it('refuses a correctly signed token that would stay valid longer than the server allows', async () => {
    const lasting = signCustomerToken({ tenantId: 'acme', contactId: 'c-ada', exp: inSeconds(365 * 24 * 3600) }, secret);
    expect((await api('GET', '/v1/tickets', { token: lasting })).status).toBe(401);
    const hour = signCustomerToken({ tenantId: 'acme', contactId: 'c-ada', exp: inSeconds(3600) }, secret);
    expect((await api('GET', '/v1/tickets', { token: hour })).status).toBe(200);
  });
});

describe('list filters', () => {
  it.each(['nosuchfield', '__proto__', 'constructor', 'customFields.__proto__'])('answers a filter on %s with 400 naming the field', async (field) => {
    const where = `{${JSON.stringify(field)}:"x"}`;
    const answer = await api('GET', `/v1/tickets?where=${encodeURIComponent(where)}`, { token: admin });
    expect(answer.status).toBe(400);
    expect(answer.body.issues[0].path).toEqual(['where', field]);
  });

  it('answers a sort on an unknown field with 400 naming it, and still sorts on known ones', async () => {
    const answer = await api('GET', '/v1/tickets?sort=-secret', { token: admin });
    expect(answer.status).toBe(400);
    expect(answer.body.issues[0].path).toEqual(['sort', 'secret']);
    expect((await api('GET', '/v1/tickets?sort=-createdAt', { token: admin })).status).toBe(200);
  });
});

describe('public callers', () => {
  const help = { subject: 'Refund', description: 'Where is my refund?', channel: 'web' };

  it('cannot file a ticket as an existing contact, and learn nothing but what they sent', async () => {
    const asAda = await api('POST', '/v1/tickets', { token: publicKey, body: { ...help, requesterId: 'c-ada' } });
    expect([asAda.status, asAda.body.issues?.[0]?.path]).toEqual([400, ['requesterId']]);
    const sent = { ...help, requesterEmail: 'ada@example.com', requesterName: 'Ada' };
    const filed = await api('POST', '/v1/tickets', { token: publicKey, body: { ...sent, accountId: 'a-gold' } });
    expect(filed.status).toBe(201);
    expect(filed.body.accountId).toBeUndefined();
    // What they sent, the defaults, and the request number they can quote.
    expect(Object.keys(filed.body).sort()).toEqual([...Object.keys(sent), 'attachments', 'createdAt', 'escalationLevel', 'id', 'number', 'priority', 'status', 'tags', 'customFields', 'tenantId', 'updatedAt', 'version'].sort());
    // Ada's own portal list does not show it: it is linked to nobody until staff link it.
    const stored = await api('GET', `/v1/tickets/${filed.body.id}`, { token: admin });
    expect([stored.body.requesterId, stored.body.requesterEmail]).toEqual([undefined, 'ada@example.com']);
    const ada = signCustomerToken({ tenantId: 'acme', contactId: 'c-ada', exp: inSeconds(600) }, secret);
    const adaList = await api('GET', '/v1/tickets', { token: ada });
    expect(adaList.body.items.map((ticket: { id: string }) => ticket.id)).not.toContain(filed.body.id);
  });

  it('cannot link a survey response to a contact or a ticket', async () => {
    const survey = await api('POST', '/v1/surveys', { token: admin, body: { title: 'How did we do?', questions: [{ id: 'nps', type: 'nps', label: 'Recommend us?' }] } });
    const response = { surveyId: survey.body.id, answers: { nps: 10 }, submittedAt: new Date().toISOString() };
    for (const link of [{ contactId: 'c-ada' }, { ticketId: 't-1' }]) {
      const linked = await api('POST', '/v1/surveyResponses', { token: publicKey, body: { ...response, ...link } });
      expect([linked.status, linked.body.issues?.[0]?.path], JSON.stringify(link)).toEqual([400, Object.keys(link)]);
    }
    expect((await api('POST', '/v1/surveyResponses', { token: publicKey, body: response })).status).toBe(201);
  });

  it('cannot learn whether a record exists by creating one under its id', async () => {
    expect((await api('PUT', '/v1/tickets/t-known', { token: admin, body: { subject: 'Staff ticket', description: 'x', channel: 'email' }, headers: { 'If-None-Match': '*' } })).status).toBe(201);
    const response = { surveyId: 's-any', answers: { nps: 9 }, submittedAt: new Date().toISOString() };
    for (const [collection, body] of [['tickets', { ...help, requesterEmail: 'eve@example.com' }], ['surveyResponses', response]] as const) {
      for (const id of ['t-known', 't-unknown']) {
        const probe = await api('PUT', `/v1/${collection}/${id}`, { token: publicKey, body, headers: { 'If-None-Match': '*' } });
        expect([probe.status, probe.body.issues?.[0]?.path], `${collection}/${id}`).toEqual([400, ['id']]);
      }
    }
    // A random id, as the feedback outbox chooses, still makes its send safe to repeat.
    const id = crypto.randomUUID();
    const sent = await api('PUT', `/v1/surveyResponses/${id}`, { token: publicKey, body: response, headers: { 'If-None-Match': '*', 'Idempotency-Key': id } });
    expect([sent.status, sent.body.id]).toEqual([201, id]);
    const again = await api('PUT', `/v1/surveyResponses/${id}`, { token: publicKey, body: response, headers: { 'If-None-Match': '*', 'Idempotency-Key': id } });
    expect([again.status, again.body.id]).toEqual([201, id]);
  });

  it("cannot choose the author's name of a customer's message", async () => {
    const ada = signCustomerToken({ tenantId: 'acme', contactId: 'c-ada', exp: inSeconds(600) }, secret);
    const ticket = await api('POST', '/v1/tickets', { token: ada, body: help });
    const message = await api('POST', '/v1/ticketMessages', { token: ada, body: { ticketId: ticket.body.id, body: 'Any news?', authorKind: 'agent', authorName: 'Support Agent' } });
    expect(message.status).toBe(201);
    expect([message.body.authorKind, message.body.authorId, message.body.authorName]).toEqual(['customer', 'c-ada', undefined]);
  });
});

describe("a customer's rating of a resolved ticket", () => {
  const rate = (customer: string, body: Record<string, unknown>) => api('POST', '/v1/surveyResponses', { token: customer, body: { submittedAt: new Date().toISOString(), ...body } });

  it('reads back whether they rated it, counts one rating per ticket, and refuses a second one naming the first', async () => {
    const ada = signCustomerToken({ tenantId: 'acme', contactId: 'c-ada', exp: inSeconds(600) }, secret);
    const survey = await api('POST', '/v1/surveys', { token: admin, body: { title: 'How did we do?', questions: [{ id: 'csat', type: 'csat', label: 'Satisfied?' }] } });
    const ticket = await api('POST', '/v1/tickets', { token: ada, body: { subject: 'Broken lid', description: 'It arrived cracked.', channel: 'web' } });
    const ofTicket = `/v1/surveyResponses?where=${encodeURIComponent(JSON.stringify({ ticketId: ticket.body.id }))}`;
    expect((await api('GET', ofTicket, { token: ada })).body.items).toEqual([]);

    const first = await rate(ada, { surveyId: survey.body.id, ticketId: ticket.body.id, answers: { csat: 4 } });
    expect(first.status).toBe(201);
    const second = await rate(ada, { surveyId: survey.body.id, ticketId: ticket.body.id, answers: { csat: 1 } });
    expect(second.status).toBe(412);
    expect(second.body.current?.answers).toEqual({ csat: 4 });

    const read = await api('GET', ofTicket, { token: ada });
    expect(read.body.items.map((response: { answers: unknown }) => response.answers)).toEqual([{ csat: 4 }]);
    const stored = await api('GET', ofTicket, { token: admin });
    expect(stored.body.items).toHaveLength(1);
  });

  it("cannot rate, nor read the ratings of, somebody else's ticket", async () => {
    const ada = signCustomerToken({ tenantId: 'acme', contactId: 'c-ada', exp: inSeconds(600) }, secret);
    await api('PUT', '/v1/contacts/c-bo', { token: admin, body: { name: 'Bo' }, headers: { 'If-None-Match': '*' } });
    const bo = signCustomerToken({ tenantId: 'acme', contactId: 'c-bo', exp: inSeconds(600) }, secret);
    const survey = await api('POST', '/v1/surveys', { token: admin, body: { title: 'Rate us', questions: [{ id: 'csat', type: 'csat', label: 'Satisfied?' }] } });
    const bosTicket = await api('POST', '/v1/tickets', { token: bo, body: { subject: 'Late', description: 'Still waiting.', channel: 'web' } });
    expect((await rate(bo, { surveyId: survey.body.id, ticketId: bosTicket.body.id, answers: { csat: 5 } })).status).toBe(201);

    const onBos = await rate(ada, { surveyId: survey.body.id, ticketId: bosTicket.body.id, answers: { csat: 1 } });
    expect(onBos.status).toBe(404);
    const bosRatings = await api('GET', `/v1/surveyResponses?where=${encodeURIComponent(JSON.stringify({ ticketId: bosTicket.body.id }))}`, { token: ada });
    expect(bosRatings.body.items).toEqual([]);
  });
});

// Last: it locks this server's loopback address out for a minute.
describe('guessing keys', () => {
  it('limits failed sign-ins per client address with 429 and Retry-After, even for a right key afterwards', async () => {
    const answers = [];
    for (let attempt = 0; attempt < 12; attempt += 1) answers.push(await api('GET', '/v1/tickets', { token: `sk_guess${attempt}xyz` }));
    // The earlier cases of this file failed a few sign-ins from the same address already.
    const statuses = answers.map((answer) => answer.status);
    const firstRefusal = statuses.indexOf(429);
    expect(firstRefusal).toBeGreaterThan(0);
    expect(statuses.slice(0, firstRefusal).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(firstRefusal).every((status) => status === 429)).toBe(true);
    expect(Number(answers[firstRefusal]?.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect((await api('GET', '/v1/tickets', { token: admin })).status).toBe(429);
  });
});
