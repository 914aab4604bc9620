import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRestAdapter } from '@rapport/adapter-rest';
import { createCrmClient, randomId, type CrmClient } from '@rapport/core';
import { findTenant, signCustomerToken } from '@rapport/server';
import { contactAnsweredRecently } from '../../../packages/elements/src/feedback-form/contact-asked.js';
import type { PromptRules } from '../../../packages/elements/src/feedback-form/prompt-watch.js';
import { call } from './http.js';
import { startTestServer, type TestServer } from './test-server.js';

// Servers start and requests travel over loopback: give them time on a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 120_000 });

// A popup or slider does not ask a contact again within `ask-again-days` of their answer, on any
// device: the form asks the server, with the caller's own rights, whether that contact answered.
// A signed-in customer learns only of their own responses; a public key learns nothing.

const DAY = 86_400_000;
const NOW = Date.parse('2025-03-03T09:00:00Z');

let server: TestServer;
let publicKey: string;
let ada: string;
let bob: string;
let globexAda: string;
let surveyId: string;
let otherSurveyId: string;

/** A client on "another device": its own adapter and cache, nothing remembered. */
function device(token: string): CrmClient {
  return createCrmClient({ adapter: createRestAdapter({ baseUrl: server.url, token, retries: 0 }), now: () => new Date(NOW) });
}

function rules(overrides: Partial<PromptRules> = {}): PromptRules {
  return { mode: 'slider', triggers: [], surveyId, contactId: 'c-ada', sampleRate: 1, askAgainDays: 90, dismissDays: 7, ...overrides };
}

/** A response sent with a customer's token: the server links it to their contact. */
async function answered(token: string, survey: string, daysAgo: number): Promise<void> {
  const sent = await call(server.url, 'PUT', `/v1/surveyResponses/${randomId()}`, {
    token,
    body: { surveyId: survey, answers: { nps: 9 }, submittedAt: new Date(NOW - daysAgo * DAY).toISOString() },
    headers: { 'If-None-Match': '*' },
  });
  expect(sent.status, JSON.stringify(sent.body)).toBe(201);
}

beforeAll(async () => {
  server = await startTestServer({ now: () => new Date(NOW) });
  const [acmeAdmin, globexAdmin] = await Promise.all([server.keyFor('acme', 'admin'), server.keyFor('globex', 'admin')]);
  publicKey = await server.keyFor('acme', 'public');
  const exp = Math.floor(NOW / 1000) + 24 * 3600;
  const acmeSecret = (await findTenant(server.server.database, 'acme'))?.customerTokenSecret ?? '';
  const globexSecret = (await findTenant(server.server.database, 'globex'))?.customerTokenSecret ?? '';
  ada = signCustomerToken({ tenantId: 'acme', contactId: 'c-ada', exp }, acmeSecret);
  bob = signCustomerToken({ tenantId: 'acme', contactId: 'c-bob', exp }, acmeSecret);
  globexAda = signCustomerToken({ tenantId: 'globex', contactId: 'c-ada', exp }, globexSecret);
  const survey = { title: 'How did we do?', questions: [{ id: 'nps', type: 'nps', label: 'Would you recommend us?' }] };
  surveyId = (await call(server.url, 'POST', '/v1/surveys', { token: acmeAdmin, body: survey })).body.id;
  otherSurveyId = (await call(server.url, 'POST', '/v1/surveys', { token: acmeAdmin, body: survey })).body.id;
  // The same survey id in another tenant: its responses say nothing about acme's contact.
  await call(server.url, 'PUT', `/v1/surveys/${surveyId}`, { token: globexAdmin, body: survey, headers: { 'If-None-Match': '*' } });
  await answered(ada, surveyId, 10);
  await answered(bob, otherSurveyId, 200);
});
afterAll(() => server?.stop());

describe("a contact's answers on another device", () => {
  it('keep a signed-in customer who answered 10 days ago from being asked again', async () => {
    expect(await contactAnsweredRecently(device(ada), rules())).toBe(true);
  });

  it('no longer count once ask-again-days have passed', async () => {
    expect(await contactAnsweredRecently(device(ada), rules({ askAgainDays: 7 }))).toBe(false);
    expect(await contactAnsweredRecently(device(bob), rules({ contactId: 'c-bob', surveyId: otherSurveyId }))).toBe(false);
  });

  it('count only for the survey answered', async () => {
    expect(await contactAnsweredRecently(device(ada), rules({ surveyId: otherSurveyId }))).toBe(false);
  });

  it("tell another customer nothing about Ada's answers", async () => {
    expect(await contactAnsweredRecently(device(bob), rules())).toBe(false);
  });

  it('tell a customer of another tenant with the same contact id nothing', async () => {
    expect(await contactAnsweredRecently(device(globexAda), rules())).toBe(false);
  });

  it('tell a public key nothing: it may not list responses, so the device decides alone', async () => {
    const listed = await call(server.url, 'GET', `/v1/surveyResponses?where=${encodeURIComponent(JSON.stringify({ surveyId, contactId: 'c-ada' }))}`, { token: publicKey });
    expect([listed.status, listed.body.kind]).toEqual([403, 'permission']);
    expect(await contactAnsweredRecently(device(publicKey), rules())).toBe(false);
  });
});
