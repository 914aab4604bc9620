import { rmSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutomationWorker, createApiKey, createRapportApp, ensureTenant, openDatabase, type Database, type RapportApp } from '@rapport/server';
import { migratedDataDir } from './data-dir.js';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 120_000 });

// The automation worker over embedded PostgreSQL with a controlled clock: every write goes
// through the API as a person's would, then the worker runs as if that much time had passed.

let dataDir: string;
let db: Database;
let rapport: RapportApp;
let worker: AutomationWorker;
let adminKey: string;
let clock: Date;

// One database for the file (a fresh one costs seconds); each test works in a tenant of its own.
let TENANT = 'acme';
let tenants = 0;

async function api<T = Record<string, any>>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const response = await rapport.app.request(`/v1${path}`, {
    method,
    headers: { Authorization: `Bearer ${adminKey}`, 'Content-Type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

async function historyOf(collection: string, id: string): Promise<Array<{ changed_by: string | null; record: Record<string, any> }>> {
  return db.query('SELECT changed_by, record FROM changes WHERE tenant_id = $1 AND collection = $2 AND record_id = $3 ORDER BY seq', [TENANT, collection, id]);
}

beforeAll(async () => {
  dataDir = await migratedDataDir();
  db = await openDatabase({ dataDir });
  rapport = await createRapportApp({ database: db, now: () => clock });
  worker = new AutomationWorker({ db, now: () => clock });
});

beforeEach(async () => {
  clock = new Date('2026-03-06T16:30:00Z'); // a Friday, half an hour before closing
  TENANT = `acme-${++tenants}`;
  await ensureTenant(db, { id: TENANT, name: 'Acme' });
  adminKey = (await createApiKey(db, { tenantId: TENANT, role: 'admin' })).key;
  await worker.runOnce(); // what earlier tests left due
});

afterAll(async () => {
  await rapport.close();
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const weekdays = [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '17:00' }));

async function goldCustomer() {
  await api('POST', '/slaPolicies', {
    name: 'Gold',
    tier: 'gold',
    targets: [{ priority: 'normal', firstResponseMinutes: 60, resolutionMinutes: 480 }],
    calendar: { timeZone: 'UTC', weeklyHours: weekdays, holidays: ['2026-03-09'] },
  });
  const account = await api('POST', '/accounts', { name: 'Globex', tier: 'gold', ownerId: 'owner-1' });
  const contact = await api('POST', '/contacts', { name: 'Ada', accountId: account.id, ownerId: 'owner-2' });
  return { account, contact };
}

describe('automation worker', () => {
  it('gives a new ticket its tier’s SLA deadlines, warns and escalates at the right business minute across a weekend and a holiday, once', async () => {
    const { contact } = await goldCustomer();
    const ticket = await api('POST', '/tickets', { subject: 'Printer on fire', description: 'Smoke', channel: 'web', requesterId: contact.id, accountId: contact.accountId });
    await worker.runOnce();

    let stored = await api('GET', `/tickets/${ticket.id}`);
    // 30 minutes on Friday; Monday 9 March is a holiday; the other 30 on Tuesday morning.
    expect(stored).toMatchObject({ firstResponseDueAt: '2026-03-10T09:30:00.000Z', escalationLevel: 0 });
    expect(stored.slaPolicyId).toEqual(expect.any(String));

    clock = new Date('2026-03-09T12:00:00Z'); // the holiday: no business time has passed
    await worker.runOnce();
    expect((await api('GET', `/tickets/${ticket.id}`)).escalationLevel).toBe(0);

    clock = new Date('2026-03-10T09:14:00Z');
    await worker.runOnce();
    expect((await api('GET', `/tickets/${ticket.id}`)).escalationLevel).toBe(0);

    clock = new Date('2026-03-10T09:15:00Z'); // 75 % of the hour: the warning
    await worker.runOnce();
    expect((await api('GET', `/tickets/${ticket.id}`)).escalationLevel).toBe(1);

    clock = new Date('2026-03-10T09:30:00Z'); // breached
    await worker.runOnce();
    await worker.runOnce();
    stored = await api('GET', `/tickets/${ticket.id}`);
    expect(stored.escalationLevel).toBe(2);

    const raises = (await historyOf('tickets', ticket.id)).filter((change, index, all) => index > 0 && change.record.escalationLevel !== all[index - 1]!.record.escalationLevel);
    expect(raises.map((change) => [change.record.escalationLevel, change.changed_by])).toEqual([
      [1, 'rule:sla-breach-escalation'],
      [2, 'rule:sla-breach-escalation'],
    ]);
    const events = await db.query<{ detail: { level: number } }>(`SELECT detail FROM automation_log WHERE tenant_id = $1 AND outcome = 'event' ORDER BY id`, [TENANT]);
    expect(events.map((event) => event.detail.level)).toEqual([1, 2]);
  });

  it('fires a deadline that passed while no worker ran as soon as one starts', async () => {
    const { contact } = await goldCustomer();
    const ticket = await api('POST', '/tickets', { subject: 'Down', description: 'All of it', channel: 'web', requesterId: contact.id, accountId: contact.accountId });
    clock = new Date('2026-03-12T12:00:00Z'); // days later, nothing ran meanwhile
    await worker.runOnce();
    await worker.runOnce();
    expect((await api('GET', `/tickets/${ticket.id}`)).escalationLevel).toBe(2);
  });

  it('stops the first-response clock when an agent replies on the public thread', async () => {
    const { contact } = await goldCustomer();
    const ticket = await api('POST', '/tickets', { subject: 'Question', description: 'How?', channel: 'web', requesterId: contact.id, accountId: contact.accountId });
    await worker.runOnce();
    clock = new Date('2026-03-06T16:40:00Z');
    await api('POST', '/ticketMessages', { ticketId: ticket.id, body: 'Looking into it', authorKind: 'agent', visibility: 'public' });
    await worker.runOnce();
    const stored = await api('GET', `/tickets/${ticket.id}`);
    expect(stored).toMatchObject({ firstRespondedAt: '2026-03-06T16:40:00.000Z', status: 'open' });
    expect((await historyOf('tickets', ticket.id)).at(-1)?.changed_by).toMatch(/^rule:/);

    clock = new Date('2026-03-10T09:30:00Z'); // the first-response target would have run out now
    await worker.runOnce();
    expect((await api('GET', `/tickets/${ticket.id}`)).escalationLevel).toBe(0);
  });

  it('restarts a next-reply clock with the customer’s message after a reply, escalates when it runs out, and stops it with the answer', async () => {
    await api('POST', '/slaPolicies', {
      name: 'Gold',
      tier: 'gold',
      targets: [{ priority: 'normal', firstResponseMinutes: 60, resolutionMinutes: 2400, nextReplyMinutes: 120 }],
      calendar: { timeZone: 'UTC', weeklyHours: weekdays },
    });
    const account = await api('POST', '/accounts', { name: 'Globex', tier: 'gold' });
    const contact = await api('POST', '/contacts', { name: 'Ada', accountId: account.id });
    clock = new Date('2026-03-10T09:00:00Z'); // a Tuesday morning
    const ticket = await api('POST', '/tickets', { subject: 'Question', description: 'How?', channel: 'web', requesterId: contact.id, accountId: account.id });
    await worker.runOnce();
    clock = new Date('2026-03-10T09:20:00Z');
    await api('POST', '/ticketMessages', { ticketId: ticket.id, body: 'Try this', authorKind: 'agent', visibility: 'public' });
    await worker.runOnce();
    clock = new Date('2026-03-10T10:00:00Z');
    await api('POST', '/ticketMessages', { ticketId: ticket.id, body: 'Did not help', authorKind: 'customer', visibility: 'public' });
    await worker.runOnce();
    await worker.runOnce();
    let stored = await api('GET', `/tickets/${ticket.id}`);
    expect(stored).toMatchObject({ awaitingReplySince: '2026-03-10T10:00:00.000Z', nextReplyDueAt: '2026-03-10T12:00:00.000Z', escalationLevel: 0 });

    clock = new Date('2026-03-10T10:30:00Z'); // writing again buys the desk no time
    await api('POST', '/ticketMessages', { ticketId: ticket.id, body: 'Hello?', authorKind: 'customer', visibility: 'public' });
    await worker.runOnce();
    expect((await api('GET', `/tickets/${ticket.id}`)).nextReplyDueAt).toBe('2026-03-10T12:00:00.000Z');

    clock = new Date('2026-03-10T11:30:00Z'); // 75 %: the warning
    await worker.runOnce();
    expect((await api('GET', `/tickets/${ticket.id}`)).escalationLevel).toBe(1);
    clock = new Date('2026-03-10T12:00:00Z'); // breached
    await worker.runOnce();
    await worker.runOnce();
    expect((await api('GET', `/tickets/${ticket.id}`)).escalationLevel).toBe(2);

    clock = new Date('2026-03-10T12:10:00Z');
    await api('POST', '/ticketMessages', { ticketId: ticket.id, body: 'Sorry, fixed now', authorKind: 'agent', visibility: 'public' });
    await worker.runOnce();
    await worker.runOnce();
    stored = await api('GET', `/tickets/${ticket.id}`);
    expect(stored.awaitingReplySince).toBeUndefined();
    expect(stored.nextReplyDueAt).toBeUndefined();
    expect(stored.firstRespondedAt).toBe('2026-03-10T09:20:00.000Z');
  });

  it('opens a ticket that waited on the customer when they answer, and ends its pause', async () => {
    const { contact } = await goldCustomer();
    clock = new Date('2026-03-10T09:00:00Z');
    const ticket = await api('POST', '/tickets', { subject: 'Question', description: 'How?', channel: 'web', requesterId: contact.id, accountId: contact.accountId });
    await worker.runOnce();
    const pending = await api('PATCH', `/tickets/${ticket.id}`, { status: 'pending', pausedAt: '2026-03-10T09:30:00.000Z' }, { 'If-Match': `"${(await api('GET', `/tickets/${ticket.id}`)).version}"`, 'Content-Type': 'application/merge-patch+json' });
    expect(pending.status).toBe('pending');
    clock = new Date('2026-03-10T10:30:00Z');
    await api('POST', '/ticketMessages', { ticketId: ticket.id, body: 'Here is the log', authorKind: 'customer', visibility: 'public' });
    await worker.runOnce();
    await worker.runOnce();
    const stored = await api('GET', `/tickets/${ticket.id}`);
    expect(stored).toMatchObject({ status: 'open', pausedMinutes: 60 });
    expect(stored.pausedAt).toBeUndefined();
  });

  it('warns and escalates at the right business minute across a change to summer time', async () => {
    await api('POST', '/slaPolicies', {
      name: 'Berlin',
      tier: 'gold',
      targets: [{ priority: 'normal', firstResponseMinutes: 60, resolutionMinutes: 2400 }],
      calendar: { timeZone: 'Europe/Berlin', weeklyHours: weekdays },
    });
    const account = await api('POST', '/accounts', { name: 'Siemens', tier: 'gold' });
    const contact = await api('POST', '/contacts', { name: 'Jan', accountId: account.id });
    // Friday 27 March 2026, 16:30 in Berlin (UTC+1); clocks go forward on Sunday the 29th.
    clock = new Date('2026-03-27T15:30:00Z');
    const ticket = await api('POST', '/tickets', { subject: 'Invoice', description: 'Wrong', channel: 'web', requesterId: contact.id, accountId: account.id });
    await worker.runOnce();
    // 30 minutes on Friday, the other 30 on Monday from 09:00 Berlin summer time, 07:00 UTC.
    expect((await api('GET', `/tickets/${ticket.id}`)).firstResponseDueAt).toBe('2026-03-30T07:30:00.000Z');
    clock = new Date('2026-03-30T07:14:00Z');
    await worker.runOnce();
    expect((await api('GET', `/tickets/${ticket.id}`)).escalationLevel).toBe(0);
    clock = new Date('2026-03-30T07:15:00Z'); // 45 of 60 minutes: the warning, an hour before winter time would say
    await worker.runOnce();
    expect((await api('GET', `/tickets/${ticket.id}`)).escalationLevel).toBe(1);
    clock = new Date('2026-03-30T07:30:00Z');
    await worker.runOnce();
    await worker.runOnce();
    expect((await api('GET', `/tickets/${ticket.id}`)).escalationLevel).toBe(2);
  });

  it('creates one follow-up task for the account owner when a detractor answers, even when run again', async () => {
    const { account, contact } = await goldCustomer();
    const survey = await api('POST', '/surveys', { title: 'How did we do?', questions: [{ id: 'nps', type: 'nps', label: 'Would you recommend us?' }] });
    await api('POST', '/surveyResponses', { surveyId: survey.id, contactId: contact.id, answers: { nps: 3 }, submittedAt: clock.toISOString() });
    await api('POST', '/surveyResponses', { surveyId: survey.id, contactId: contact.id, answers: { nps: 9 }, submittedAt: clock.toISOString() });
    await worker.runOnce();
    await db.query('UPDATE automation_jobs SET done_at = NULL WHERE tenant_id = $1', [TENANT]); // as if every job had to run again
    await worker.runOnce();
    const tasks = await api<{ items: Array<Record<string, any>> }>('GET', '/activities');
    expect(tasks.items).toHaveLength(1);
    expect(tasks.items[0]).toMatchObject({ kind: 'task', ownerId: account.ownerId, contactId: contact.id, dueAt: '2026-03-08T16:30:00.000Z' });
    expect((await historyOf('activities', tasks.items[0]!.id))[0]?.changed_by).toBe('rule:detractor-follow-up');
  });

  it('keeps a deal’s stage history when its stage changes', async () => {
    const deal = await api('POST', '/deals', { name: 'Big one', pipelineId: 'p1', stageId: 'qualify', amount: 1000, currency: 'EUR' });
    await worker.runOnce();
    clock = new Date('2026-03-10T10:00:00Z');
    const current = await api('GET', `/deals/${deal.id}`);
    await api('PATCH', `/deals/${deal.id}`, { stageId: 'propose' }, { 'If-Match': `"${current.version}"` });
    await worker.runOnce();
    const stored = await api('GET', `/deals/${deal.id}`);
    expect(stored.stageHistory).toEqual([
      { stageId: 'qualify', enteredAt: '2026-03-06T16:30:00.000Z', exitedAt: '2026-03-10T10:00:00.000Z' },
      { stageId: 'propose', enteredAt: '2026-03-10T10:00:00.000Z' },
    ]);
    expect((await historyOf('deals', deal.id)).at(-1)?.changed_by).toBe('rule:stage-history');
  });

  it('logs a rule that fails with its error, keeps the write, and retries the job', async () => {
    const { contact } = await goldCustomer();
    const response = await api('POST', '/surveyResponses', { surveyId: 'no-such-survey', contactId: contact.id, answers: { nps: 2 }, submittedAt: clock.toISOString() });
    await worker.runOnce();
    expect((await api('GET', `/surveyResponses/${response.id}`)).id).toBe(response.id);
    const [failure] = await db.query<{ rule_id: string; error: string }>(`SELECT rule_id, error FROM automation_log WHERE tenant_id = $1 AND outcome = 'failed'`, [TENANT]);
    expect(failure?.error).toMatch(/no-such-survey|not found/i);
    const [job] = await db.query<{ done_at: Date | null; last_error: string }>(`SELECT done_at, last_error FROM automation_jobs WHERE tenant_id = $1 AND key = $2`, [TENANT, `response:${response.id}`]);
    expect(job).toMatchObject({ done_at: null, last_error: expect.any(String) });
  });

  it('follows the tenant’s settings: a switched-off rule does nothing', async () => {
    await api('PUT', '/automation/settings', { slaEscalation: { enabled: false } });
    const { contact } = await goldCustomer();
    const ticket = await api('POST', '/tickets', { subject: 'Slow', description: 'Very', channel: 'web', requesterId: contact.id, accountId: contact.accountId });
    clock = new Date('2026-03-12T12:00:00Z');
    await worker.runOnce();
    expect((await api('GET', `/tickets/${ticket.id}`)).escalationLevel).toBe(0);
  });

  it('lets only admins read and change the rule settings, validated field by field', async () => {
    expect(await api('GET', '/automation/settings')).toMatchObject({ slaEscalation: { enabled: true, warningPercent: 75 }, idleDealReminder: { idleDays: 14 } });
    const bad = await rapport.app.request('/v1/automation/settings', {
      method: 'PUT',
      headers: { Authorization: `Bearer ${adminKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ slaEscalation: { warningPercent: 150 } }),
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('warningPercent');
    expect(await api('PUT', '/automation/settings', { idleDealReminder: { idleDays: 30 } })).toMatchObject({ idleDealReminder: { enabled: true, idleDays: 30 } });

    const agentKey = (await createApiKey(db, { tenantId: TENANT, role: 'agent' })).key;
    const asAgent = await rapport.app.request('/v1/automation/settings', { headers: { Authorization: `Bearer ${agentKey}` } });
    expect(asAgent.status).toBe(403);
    const logAsAgent = await rapport.app.request('/v1/automation/log', { headers: { Authorization: `Bearer ${agentKey}` } });
    expect(logAsAgent.status).toBe(403);
  });

  it('shows the rules’ changes in a record’s history and the automation log', async () => {
    const deal = await api('POST', '/deals', { name: 'Watched', pipelineId: 'p1', stageId: 'qualify', amount: 10, currency: 'EUR' });
    await worker.runOnce();
    const history = await api<{ items: Array<{ type: string; changedBy?: string }> }>('GET', `/deals/${deal.id}/history`);
    expect(history.items.map((entry) => [entry.type, entry.changedBy])).toEqual([
      ['created', undefined],
      ['updated', 'rule:stage-history'],
    ]);
    await api('POST', '/surveyResponses', { surveyId: 'missing', answers: { nps: 1 }, submittedAt: clock.toISOString() });
    await worker.runOnce();
    const log = await api<{ items: Array<{ outcome: string; error?: string }> }>('GET', '/automation/log');
    expect(log.items[0]).toMatchObject({ outcome: 'failed', error: expect.any(String) });
  });
});
