import { rmSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutomationWorker, createApiKey, createRapportApp, ensureTenant, openDatabase, type Database, type RapportApp } from '@rapport/server';
import { migratedDataDir } from './data-dir.js';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 120_000 });

// The tenant's thresholds as the rules use them (detractor cut-off, rotting days per stage), and
// the retention window that keeps the automation's history from growing forever.

let dataDir: string;
let db: Database;
let rapport: RapportApp;
let worker: AutomationWorker;
let adminKey: string;
let clock: Date;
let TENANT = 'settings';
let tenants = 0;

async function request(method: string, path: string, body?: unknown) {
  const response = await rapport.app.request(`/v1${path}`, {
    method,
    headers: { Authorization: `Bearer ${adminKey}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as Record<string, any> };
}

async function api(method: string, path: string, body?: unknown): Promise<Record<string, any>> {
  const answer = await request(method, path, body);
  if (answer.status >= 400) throw new Error(`${method} ${path} → ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

const tasks = async () => (await api('GET', '/activities')).items as Array<Record<string, any>>;

beforeAll(async () => {
  dataDir = await migratedDataDir();
  db = await openDatabase({ dataDir });
  rapport = await createRapportApp({ database: db, now: () => clock });
  worker = new AutomationWorker({ db, now: () => clock, retentionDays: 7 });
});

beforeEach(async () => {
  clock = new Date('2026-03-02T09:00:00Z');
  TENANT = `settings-${++tenants}`;
  await ensureTenant(db, { id: TENANT, name: 'Settings' });
  adminKey = (await createApiKey(db, { tenantId: TENANT, role: 'admin' })).key;
  await worker.runOnce();
});

afterAll(async () => {
  await rapport.close();
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('automation settings', () => {
  it('has a detractor cut-off and rotting days per stage, validated field by field', async () => {
    expect(await api('GET', '/automation/settings')).toMatchObject({
      detractorFollowUp: { enabled: true, maxScore: 6, dueInHours: 48 },
      idleDealReminder: { enabled: true, idleDays: 14, stageIdleDays: {} },
    });
    const badCutOff = await request('PUT', '/automation/settings', { detractorFollowUp: { maxScore: 10 } });
    expect(badCutOff.status).toBe(400);
    expect(badCutOff.body.issues[0].path).toEqual(['detractorFollowUp', 'maxScore']);
    const badStage = await request('PUT', '/automation/settings', { idleDealReminder: { stageIdleDays: { negotiate: 0 } } });
    expect(badStage.status).toBe(400);
    expect(badStage.body.issues[0].path).toEqual(['idleDealReminder', 'stageIdleDays', 'negotiate']);
    expect(await api('PUT', '/automation/settings', { idleDealReminder: { stageIdleDays: { negotiate: 3 } } })).toMatchObject({
      idleDealReminder: { idleDays: 14, stageIdleDays: { negotiate: 3 } },
    });
  });

  it('follows up only answers at or below the tenant’s detractor cut-off', async () => {
    await api('PUT', '/automation/settings', { detractorFollowUp: { maxScore: 4 } });
    const account = await api('POST', '/accounts', { name: 'Globex', ownerId: 'owner-1' });
    const contact = await api('POST', '/contacts', { name: 'Ada', accountId: account.id });
    const survey = await api('POST', '/surveys', { title: 'How did we do?', questions: [{ id: 'nps', type: 'nps', label: 'Would you recommend us?' }] });
    for (const score of [5, 4]) await api('POST', '/surveyResponses', { surveyId: survey.id, contactId: contact.id, answers: { nps: score }, submittedAt: clock.toISOString() });
    await worker.runOnce();
    expect((await tasks()).map((task) => task.subject)).toEqual(['Follow up on an NPS score of 4']);
  });

  it('reminds about an idle deal after its stage’s own rotting days', async () => {
    await api('PUT', '/automation/settings', { idleDealReminder: { idleDays: 14, stageIdleDays: { negotiate: 3 } } });
    const hot = await api('POST', '/deals', { name: 'Hot', pipelineId: 'p1', stageId: 'negotiate', amount: 10, currency: 'EUR', ownerId: 'rep-1' });
    await api('POST', '/deals', { name: 'Slow', pipelineId: 'p1', stageId: 'qualify', amount: 10, currency: 'EUR', ownerId: 'rep-1' });
    await worker.runOnce();

    clock = new Date('2026-03-04T09:00:00Z'); // two days: nothing rots yet
    await worker.runOnce();
    expect(await tasks()).toEqual([]);

    clock = new Date('2026-03-05T10:00:00Z'); // past three days in negotiation; the other stage keeps 14
    await worker.runOnce();
    expect((await tasks()).map((task) => [task.dealId, task.ownerId])).toEqual([[hot.id, 'rep-1']]);
  });
});

describe('retention', () => {
  it('prunes the automation log, finished jobs and finished deliveries past the window, and nothing pending', async () => {
    const hook = await api('POST', '/webhooks', { url: 'https://erp.example.com/hook', events: ['tickets.created'] });
    const old = '2026-02-01T00:00:00Z';
    const recent = '2026-02-28T00:00:00Z';
    for (const [at, outcome] of [[old, 'event'], [recent, 'event']]) {
      await db.query(`INSERT INTO automation_log (tenant_id, rule_id, job_key, outcome, at) VALUES ($1, 'r', 'k', $2, $3)`, [TENANT, outcome, at]);
    }
    const jobs: Array<[string, string | null, string]> = [
      ['old-done', old, old],
      ['recent-done', recent, recent],
      ['old-pending', null, old], // queued long ago, still to do
    ];
    for (const [key, doneAt, dueAt] of jobs) {
      await db.query(`INSERT INTO automation_jobs (tenant_id, key, kind, due_at, done_at) VALUES ($1, $2, 'nothing', $3, $4)`, [TENANT, key, dueAt, doneAt]);
    }
    const deliveries: Array<[string, string, string | null]> = [
      ['whd_old', 'succeeded', old],
      ['whd_recent', 'failed', recent],
      ['whd_pending', 'pending', null],
    ];
    for (const [[id, status, finishedAt], seq] of deliveries.map((delivery, index) => [delivery, index] as const)) {
      await db.query(
        `INSERT INTO webhook_deliveries (id, tenant_id, webhook_id, event_type, change_seq, body, status, created_at, retry_until, finished_at)
         VALUES ($1, $2, $3, 'tickets.created', $4, '{}', $5, $6, $6, $7)`,
        [id, TENANT, hook.id, seq, status, old, finishedAt],
      );
    }

    expect(await worker.prune()).toMatchObject({ log: expect.any(Number), jobs: expect.any(Number), deliveries: expect.any(Number) });

    const log = await db.query<{ at: Date }>('SELECT at FROM automation_log WHERE tenant_id = $1', [TENANT]);
    expect(log.map((entry) => new Date(entry.at).toISOString())).toEqual(['2026-02-28T00:00:00.000Z']);
    const keys = await db.query<{ key: string }>('SELECT key FROM automation_jobs WHERE tenant_id = $1 ORDER BY key', [TENANT]);
    expect(keys.map((job) => job.key)).toEqual(['old-pending', 'recent-done']);
    const kept = await db.query<{ id: string }>('SELECT id FROM webhook_deliveries WHERE tenant_id = $1 ORDER BY id', [TENANT]);
    expect(kept.map((delivery) => delivery.id)).toEqual(['whd_pending', 'whd_recent']);
  });

  it('refuses a retention window shorter than a day', () => {
    expect(() => new AutomationWorker({ db, retentionDays: 0 })).toThrow(/retentionDays/);
  });
});
