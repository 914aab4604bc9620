import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRestAdapter } from '@rapport/adapter-rest';
import { createCrmClient, randomId } from '@rapport/core';
import { findTenant, signCustomerToken } from '@rapport/server';
import { call, type Answer, type CallOptions } from './http.js';
import { startTestServer, type TestServer } from './test-server.js';

// Servers start and requests travel over loopback: give them time on a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 120_000 });

// A public key or a customer may not update survey responses, except to add answers to one they
// sent in the last 30 minutes: the thank-you follow-up ("may we contact you?") of the feedback form.

const MINUTE = 60_000;
const START = Date.parse('2025-03-03T09:00:00Z');
let clock = START;

let server: TestServer;
let publicKey: string;
let otherTenantPublicKey: string;
let agentKey: string;
let ada: string;
let bob: string;
let surveyId: string;

const api = (method: string, path: string, options?: CallOptions): Promise<Answer> => call(server.url, method, path, options);

/** A response sent the way the feedback form sends it: under a random id it chose. */
async function sent(token: string, answers: Record<string, unknown> = { nps: 9, comment: 'Quick delivery' }, id = randomId()) {
  const answer = await api('PUT', `/v1/surveyResponses/${id}`, {
    token,
    body: { surveyId, answers, submittedAt: new Date(clock).toISOString() },
    headers: { 'If-None-Match': '*' },
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return { id, answers };
}

const patch = (token: string, id: string, body: unknown, version = 1) =>
  api('PATCH', `/v1/surveyResponses/${id}`, { token, body, headers: { 'If-Match': `"${version}"` } });

/** The response as stored, read past the access rules. */
async function stored(id: string): Promise<{ answers: unknown; version: number } | undefined> {
  const rows = await server.server.database.query<{ answers: unknown; version: number }>(
    `SELECT data->'answers' AS answers, version FROM records WHERE collection = 'surveyResponses' AND id = $1`,
    [id],
  );
  return rows[0];
}

beforeAll(async () => {
  server = await startTestServer({ now: () => new Date(clock) });
  const adminKey = await server.keyFor('acme', 'admin');
  [publicKey, otherTenantPublicKey, agentKey] = await Promise.all([server.keyFor('acme', 'public'), server.keyFor('globex', 'public'), server.keyFor('acme', 'agent')]);
  const secret = (await findTenant(server.server.database, 'acme'))?.customerTokenSecret ?? '';
  const exp = Math.floor(START / 1000) + 24 * 3600;
  ada = signCustomerToken({ tenantId: 'acme', contactId: 'c-ada', exp }, secret);
  bob = signCustomerToken({ tenantId: 'acme', contactId: 'c-bob', exp }, secret);
  const survey = await api('POST', '/v1/surveys', { token: adminKey, body: { title: 'How did we do?', questions: [{ id: 'nps', type: 'nps', label: 'Would you recommend us?' }] } });
  surveyId = survey.body.id;
});
beforeEach(() => {
  clock = START;
});
afterAll(() => server?.stop());

describe('adding answers to a sent response', () => {
  it('lets a public key add an answer within 30 minutes of sending', async () => {
    const response = await sent(publicKey);
    clock += 29 * MINUTE;
    const added = await patch(publicKey, response.id, { answers: { ...response.answers, 'follow-up': 'yes' } });
    expect([added.status, added.headers.get('ETag')]).toEqual([200, '"2"']);
    expect(added.body.answers).toEqual({ nps: 9, comment: 'Quick delivery', 'follow-up': 'yes' });
  });

  it('refuses to change an answer already given, even beside a new one', async () => {
    const response = await sent(publicKey);
    const changed = await patch(publicKey, response.id, { answers: { ...response.answers, nps: 10, 'follow-up': 'yes' } });
    expect([changed.status, changed.body.kind]).toEqual([403, 'permission']);
    const dropped = await patch(publicKey, response.id, { answers: { nps: 9, 'follow-up': 'yes' } });
    expect(dropped.status).toBe(403);
    expect(await stored(response.id)).toEqual({ answers: response.answers, version: 1 });
  });

  it('refuses any other field, removing the answers, and a patch that adds nothing', async () => {
    const response = await sent(publicKey);
    const answers = { ...response.answers, 'follow-up': 'no' };
    for (const body of [
      { answers, contactId: 'c-mallory' },
      { answers, submittedAt: new Date(START - 86_400_000).toISOString() },
      { answers: null },
      { answers: response.answers },
      { ticketId: 't-1' },
    ]) {
      const refused = await patch(publicKey, response.id, body);
      expect([refused.status, refused.body.kind], JSON.stringify(body)).toEqual([403, 'permission']);
    }
    expect((await stored(response.id))?.version).toBe(1);
  });

  it('refuses once 30 minutes have passed since the response was sent', async () => {
    const response = await sent(publicKey);
    clock += 30 * MINUTE + 1_000;
    const late = await patch(publicKey, response.id, { answers: { ...response.answers, 'follow-up': 'yes' } });
    expect([late.status, late.body.kind]).toEqual([403, 'permission']);
    expect(late.body.title).toContain('30 minutes');
  });

  it("refuses another tenant's key as if the response did not exist", async () => {
    const response = await sent(publicKey);
    const elsewhere = await patch(otherTenantPublicKey, response.id, { answers: { ...response.answers, 'follow-up': 'yes' } });
    expect([elsewhere.status, elsewhere.body.kind]).toEqual([404, 'not-found']);
    expect((await stored(response.id))?.version).toBe(1);
  });

  it('refuses responses whose id could be guessed', async () => {
    // A public page cannot create one (its ids are random UUIDs); one a customer sent is still not its to add to.
    const response = await sent(ada, { nps: 3 }, 'response-1');
    const guessed = await patch(publicKey, response.id, { answers: { nps: 3, 'follow-up': 'yes' } });
    expect([guessed.status, guessed.body.kind]).toEqual([403, 'permission']);
  });

  it("lets a customer add answers to their own responses only, never another customer's", async () => {
    const own = await sent(ada);
    const added = await patch(ada, own.id, { answers: { ...own.answers, 'follow-up': 'yes' } });
    expect([added.status, added.body.contactId]).toEqual([200, 'c-ada']);
    const bobs = await sent(bob);
    expect((await patch(ada, bobs.id, { answers: { ...bobs.answers, 'follow-up': 'no' } })).status).toBe(404);
    const anonymous = await sent(publicKey);
    expect((await patch(ada, anonymous.id, { answers: { ...anonymous.answers, 'follow-up': 'no' } })).status).toBe(404);
  });

  it('answers a replay of an addition that was stored with a conflict holding it, as the outbox expects', async () => {
    const response = await sent(publicKey);
    const body = { answers: { ...response.answers, 'follow-up': 'yes' } };
    expect((await patch(publicKey, response.id, body)).status).toBe(200);
    const replay = await patch(publicKey, response.id, body);
    expect([replay.status, replay.body.current?.version, replay.body.current?.answers]).toEqual([412, 2, body.answers]);
  });

  it('leaves staff roles without survey responses refused', async () => {
    const response = await sent(publicKey);
    expect((await patch(agentKey, response.id, { answers: { ...response.answers, 'follow-up': 'yes' } })).status).toBe(403);
  });

  it('works for the follow-up as the SDK sends it, through the REST adapter', async () => {
    const client = createCrmClient({ adapter: createRestAdapter({ baseUrl: server.url, token: publicKey }) });
    const id = randomId();
    const response = { surveyId, answers: { nps: 4, better: 'Faster replies' }, submittedAt: new Date(clock).toISOString() };
    await client.surveyResponses.create(response, { id, idempotencyKey: id });
    const updated = await client.surveyResponses.update(id, { answers: { ...response.answers, 'follow-up': 'yes' } }, { expectedVersion: 1 });
    expect([updated.version, updated.answers]).toEqual([2, { nps: 4, better: 'Faster replies', 'follow-up': 'yes' }]);
  });
});
